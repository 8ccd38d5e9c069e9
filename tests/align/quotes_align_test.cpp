#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "align/align.h"
#include "align/quotes_internal.h"
#include "extract/quotes.h"
#include "quote_story.h"

namespace {

using Story = fctest::QuoteStory;

size_t sources_of(const fc::Fact& f) {
  std::vector<std::string> ids;
  for (const auto& m : f.mentions) {
    if (std::find(ids.begin(), ids.end(), m.source) == ids.end()) ids.push_back(m.source);
  }
  return ids.size();
}

const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& words) {
  for (const fc::Fact& f : facts) {
    for (const auto& m : f.mentions) if (m.value.rfind(words, 0) == 0) return &f;
  }
  return nullptr;
}

bool any_flag(const fc::Fact& f, const std::string& prefix) {
  for (const auto& fl : f.flags) if (fl.rfind(prefix, 0) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("identical and minor renderings agree", "[quotes][align]") {
  Story story({"\"We can't wait for the new school to open,\" Mayor Ines Carr said on Monday.",
               "Carr said: \"We cannot wait for the new school to open.\"",
               "\xE2\x80\x9CWe can\xE2\x80\x99t wait for the new school to open,\xE2\x80\x9D said Ines Carr."});
  const auto facts = story.facts();
  REQUIRE(facts.size() == 1);
  const fc::Fact& f = facts[0];
  CHECK(f.kind == "quote");
  CHECK(f.verdict == "agree");
  CHECK(f.speaker == "Ines Carr");
  CHECK(f.id.empty());
  CHECK(f.label.rfind("Carr: \"", 0) == 0);
  CHECK(f.flags.empty());
  REQUIRE(f.mentions.size() == 3);
  for (const auto& m : f.mentions) {
    const std::string& text = story.sources[std::stoul(m.source.substr(1)) - 1].text;
    CHECK(text.substr(m.start, m.end - m.start) == m.text);
  }
}

TEST_CASE("a different translation of the same statement is a variant with a word diff", "[quotes][align]") {
  Story story({"Minister Ana Ruiz defended the reform on Tuesday. \"The pension system will collapse in ten years "
               "if we do nothing now,\" Ruiz told parliament.",
               "Ruiz warned parliament on Tuesday about the pension reform: \"Within ten years the pension system "
               "collapses if nothing is done today,\" she said."});
  const auto facts = story.facts();
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].variants.size() == 2);
  REQUIRE(facts[0].diffs.size() == 1);
  CHECK_FALSE(facts[0].diffs[0].ops.empty());
}

TEST_CASE("different statements and different speakers are not merged", "[quotes][align]") {
  Story story({"\"We will build the bridge next year,\" said Governor Tom Hill. \"Taxes will not rise,\" Hill added.",
               "\"We will build the bridge next year,\" said opposition leader Ray Dunn, mocking the governor.",
               "\"Taxes will not rise,\" Governor Tom Hill said."});
  const auto facts = story.facts();
  REQUIRE(facts.size() == 3);
  const fc::Fact* taxes = fact_with(facts, "Taxes will not rise");
  REQUIRE(taxes);
  CHECK(sources_of(*taxes) == 2);
  CHECK(taxes->verdict == "agree");
  for (const fc::Fact& f : facts) {
    for (const auto& m : f.mentions) {
      bool dunn = m.source == "s2";
      if (dunn) CHECK(f.speaker == "Ray Dunn");
    }
  }
}

TEST_CASE("meaning-changing differences are flagged apart from wording", "[quotes][align]") {
  auto diff = [](const char* a, const char* b) { return fc::qa::word_diff("a", a, "b", b).flags; };
  CHECK(diff("We will sign the deal this week", "We will not sign the deal this week").at(0).rfind("negation", 0) == 0);
  CHECK(diff("The plant will cut 300 jobs", "The plant will cut 3,000 jobs").at(0).rfind("number", 0) == 0);
  CHECK(diff("The talks were a clear success for us", "The talks were a clear failure for us").at(0).rfind("unrelated", 0) == 0);
  CHECK(diff("It is likely that prices rise", "It is unlikely that prices rise").at(0).rfind("antonym", 0) == 0);
  CHECK(diff("The offer came from Berlin on Friday", "The offer came from Paris on Friday").at(0).rfind("name", 0) == 0);
  CHECK(diff("We want a talk with them soon", "We want a conversation with them soon").empty());
  CHECK(diff("We can't accept this.", "We cannot accept this").empty());
  Story story({"\"Since the results were quite unprecedented, a recount cannot be excluded,\" Ida Holm said.",
               "\"Since the results were quite unpublished, a recount can't be excluded,\" said Ida Holm."});
  const auto facts = story.facts();
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(any_flag(facts[0], "unrelated word: "));
}

TEST_CASE("sayings at the same place of matched long quotes are one saying", "[quotes][align]") {
  Story story(
      {"\"When I was a boy, we had a rule in our street. We used to say: whoever laughs first, loses. And it is "
       "still true today in politics,\" Senator Paul Grey said.",
       "\"When I was a boy, we had a rule in our street. We used to say: the first to laugh is the loser. And it is "
       "still true today in politics,\" Grey said.",
       "Grey answered his rival with the remark that whoever laughs first, loses."});
  const auto facts = story.facts();
  const fc::Fact* saying = fact_with(facts, "whoever laughs first");
  REQUIRE(saying);
  const fc::Fact* whole = fact_with(facts, "When I was a boy");
  REQUIRE(whole);
  CHECK(whole != saying);  // the longer quote stays its own fact
  CHECK(sources_of(*whole) == 2);
  CHECK(sources_of(*saying) == 3);
  CHECK(saying->verdict == "variant");
  CHECK(saying->speaker == "Paul Grey");
  bool has_rendering = false;
  for (const auto& m : saying->mentions) has_rendering = has_rendering || m.value == "the first to laugh is the loser";
  CHECK(has_rendering);
}

TEST_CASE("British and American spellings and listed synonyms are one wording", "[quotes][align]") {
  Story story({"\"A bad harvest is still a harvest, and we will keep working the land,\" farmer Ute Brand said at the fair.",
               "\"An evil harvest is also a harvest, and we will continue to work the land,\" Ute Brand told the fair.",
               "\"We realise the neighbours are angry,\" Brand said.",
               "\"We realize the neighbors are angry,\" said Ute Brand."});
  const auto facts = story.facts();
  REQUIRE(facts.size() == 2);
  const fc::Fact* harvest = fact_with(facts, "A bad harvest");
  REQUIRE(harvest);
  CHECK(sources_of(*harvest) == 2);
  CHECK(harvest->verdict == "variant");
  CHECK(harvest->flags.empty());  // bad/evil and keep/continue are wording
  const fc::Fact* angry = fact_with(facts, "We realise");
  REQUIRE(angry);
  CHECK(sources_of(*angry) == 2);
  CHECK(fc::qa::fold_words("the neighbours organised") == fc::qa::fold_words("the neighbors organized"));
  CHECK(fc::qa::fold_words("four hours") != fc::qa::fold_words("for hors"));  // short words keep their spelling
}

TEST_CASE("renderings that differ by synonyms are variants, never agreement", "[quotes][align]") {
  Story story({"\"We want a long talk with the union before May,\" Mayor Ivo Sand said.",
               "\"We want a long conversation with the union before May,\" Mayor Ivo Sand said.",
               "Sand said the city was \"very bad\" at planning. \"We have been really bad at planning,\" Sand said."});
  const auto facts = story.facts();
  const fc::Fact* talk = fact_with(facts, "We want a long");
  REQUIRE(talk);
  CHECK(sources_of(*talk) == 2);
  CHECK(talk->verdict == "variant");
  for (const fc::Fact& f : facts) CHECK(f.verdict != "agree");  // "very bad" is not a word-for-word excerpt
}

TEST_CASE("synonyms do not merge statements that share only their frame", "[quotes][align]") {
  Story story({"\"We will keep the harbour open all winter,\" Mayor Ivo Sand said.",
               "\"We will continue the harbor tax next year,\" Mayor Ivo Sand said."});
  CHECK(story.facts().size() == 2);
}

TEST_CASE("a short reported saying joins the saying inside longer quotes", "[quotes][align]") {
  Story story(
      {"\"In my village we had a saying: a big storm starts with one drop. We never forgot it,\" Elder Rosa Vey said.",
       "\"In my village we had a saying: a big storm starts with one drop. We never forgot it,\" Vey said.",
       "On Friday Vey replied that \"a huge storm begins with a single drop\" and left the hall."});
  const auto facts = story.facts();
  const fc::Fact* saying = fact_with(facts, "a big storm");
  REQUIRE(saying);
  CHECK(sources_of(*saying) == 3);
  CHECK(saying->verdict == "variant");
}

TEST_CASE("an organisation's excerpt joins the full quote of the person speaking for it", "[quotes][align]") {
  Story story({"Harbour Authority spokesman Olav Brekke spoke on Tuesday. \"The ferries will run again on Friday and "
               "the port stays fully open,\" Brekke said.",
               "The Harbour Authority said the port stays \"fully open\" despite the storm.",
               "The Harbour Authority said the ferries were \"badly delayed\" on Monday."});
  const auto facts = story.facts();
  const fc::Fact* full = fact_with(facts, "The ferries will run");
  REQUIRE(full);
  CHECK(sources_of(*full) == 2);
  CHECK(full->speaker == "Olav Brekke");
  const fc::Fact* other = fact_with(facts, "badly delayed");
  REQUIRE(other);
  CHECK(sources_of(*other) == 1);
}

TEST_CASE("many sources stay near-linear and never merge different statements", "[quotes][align]") {
  // 40 statements of six made-up words each; each of 200 sources quotes 8 of them
  std::vector<std::string> vocab;  // 512 made-up words with distinct stems
  const char* const kSyl[] = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "tu"};
  for (const char* a : kSyl) for (const char* b : kSyl) for (const char* c : kSyl) vocab.push_back(std::string(a) + b + c);
  const char* const kPeople[] = {"Ada Berg", "Bo Lind", "Cy Moor", "Di Park", "Ed Holt", "Fay Ross", "Gus Tell",
                                 "Hal Vane"};
  std::vector<std::string> statements;
  for (int st = 0; st < 40; ++st) {
    std::string t;
    for (int w = 0; w < 6; ++w) t += (w ? " " : "") + vocab[static_cast<size_t>((st * 37 + w * 83) % 512)];
    statements.push_back(t);
  }
  std::vector<std::string> texts;
  for (int s = 0; s < 200; ++s) {
    std::string t;
    for (int k = 0; k < 8; ++k) {
      int st = (s * 3 + k * 7) % 40;
      t += "\"" + statements[static_cast<size_t>(st)] + ",\" " + kPeople[st % 8] + " said.\n";
    }
    texts.push_back(t);
  }
  Story story(texts);
  const auto facts = story.facts();
  size_t wrong = 0;
  for (const fc::Fact& f : facts) {
    for (const auto& m : f.mentions) wrong += m.value != f.mentions[0].value;
  }
  CHECK(wrong == 0);
  CHECK(facts.size() == 40);
}

TEST_CASE("alignment of odd sources never crashes and keeps mention offsets in range", "[quotes][align]") {
  Story story({"", "\"\"", "\"A\" \"A\" \"A\"", "\xE2\x80\x9C\n\n\xE2\x80\x9C", "he said: ok.", "\"Yes,\" she said.",
               "\"Yes,\" she said. \"Yes,\" he said.", std::string(3000, '"')});
  const auto facts = story.facts();
  for (const fc::Fact& f : facts) {
    CHECK(f.kind == "quote");
    CHECK_FALSE(f.verdict.empty());
    for (const auto& m : f.mentions) {
      const std::string& text = story.sources[std::stoul(m.source.substr(1)) - 1].text;
      CHECK(m.start <= m.end);
      CHECK(m.end <= text.size());
    }
  }
}

TEST_CASE("speaker names fold diacritics and transliteration", "[quotes][align]") {
  Story story({"\"Our harbour will reopen in the spring,\" said Mayor Ivo Horvati\xC4\x87.",
               "\"Our harbour will reopen in spring,\" said Mayor Ivo Horvatic.",
               "\"Our harbour will reopen in the spring,\" Mayor Ivo Horvatitz said."});
  const auto facts = story.facts();
  REQUIRE(facts.size() == 1);
  CHECK(sources_of(facts[0]) == 3);
}

TEST_CASE("a negation both renderings keep, or a cut-off rendering, is no negation flag", "[quotes][align]") {
  auto flags = [](const char* a, const char* b) { return fc::qa::word_diff("a", a, "b", b).flags; };
  auto negation = [](const std::vector<std::string>& fs) {
    for (const auto& f : fs) if (f.rfind("negation:", 0) == 0) return true;
    return false;
  };
  CHECK_FALSE(negation(flags("even those who did not vote for us", "also those who did not give us their vote")));
  CHECK_FALSE(negation(flags("we will act fast and we will not wait", "we will act fast")));
  CHECK(negation(flags("we will wait for the report", "we will not wait for the report")));
}

TEST_CASE("the canonical wording is the one other sources excerpt, not the longest translation", "[quotes][align]") {
  Story story({"\"The new line will carry riders to the airport in twelve minutes,\" transit chief Omar Vell said.",
               "Omar Vell said the new line would take riders \"to the airport in twelve minutes.\"",
               "\"The new line is going to transport the passengers until the airport in twelve minutes only\", "
               "declared the chief of the transit office Omar Vell."});
  const auto facts = story.facts();
  const fc::Fact* f = fact_with(facts, "The new line will carry");
  REQUIRE(f != nullptr);
  CHECK(sources_of(*f) == 3);
  CHECK(f->verdict == "variant");
  REQUIRE_FALSE(f->values.empty());
  CHECK(f->values[0].rfind("The new line will carry", 0) == 0);
  CHECK(f->label.find("will carry") != std::string::npos);
}

TEST_CASE("a fragment of four words or more inside the same speaker's longer quote joins it, however it is marked",
          "[quotes][align]") {
  Story story({"\"The water rose fast. Two more hours down there and we would have lost the village,\" said fire chief "
               "Ines Korr.",
               "Fire chief Ines Korr said the village was saved just in time: \"Two more hours down there\" would "
               "have been too late, she told us.",
               "Fire chief Ines Korr thanked the volunteers. \"Thank you all\", she told them."});
  const auto facts = story.facts();
  const fc::Fact* full = fact_with(facts, "The water rose fast");
  REQUIRE(full);
  CHECK(sources_of(*full) == 2);
  const fc::Fact* thanks = fact_with(facts, "Thank you all");
  REQUIRE(thanks);
  CHECK(sources_of(*thanks) == 1);
}

TEST_CASE("a whole quote that another source gives as two quotes is cut into its sentences", "[quotes][align]") {
  Story story({"\"The harbour will reopen on Monday. Every ferry company has agreed to the new timetable,\" port director "
               "Lene Aasheim said.",
               "\"The harbour will reopen on Monday,\" port director Lene Aasheim said. Crews worked all night. "
               "\"Every ferry company has agreed to the new timetable,\" she added.",
               "Port director Lene Aasheim said: \"We expect a busy summer. Tourists are already booking.\""});
  const auto facts = story.facts();
  const fc::Fact* reopen = fact_with(facts, "The harbour will reopen");
  REQUIRE(reopen);
  CHECK(sources_of(*reopen) == 2);
  CHECK(reopen->verdict == "agree");
  const fc::Fact* timetable = fact_with(facts, "Every ferry company");
  REQUIRE(timetable);
  CHECK(timetable != reopen);
  CHECK(sources_of(*timetable) == 2);
  for (const auto& m : timetable->mentions) {
    const bool cut = m.rule.find("split-like-other-source") != std::string::npos;
    CHECK((cut || m.source == "s2"));
  }
  const fc::Fact* summer = fact_with(facts, "We expect a busy summer");  // nobody splits it: it stays whole
  REQUIRE(summer);
  CHECK(summer->mentions.size() == 1);
  CHECK(summer->mentions[0].text.find("Tourists") != std::string::npos);
}
