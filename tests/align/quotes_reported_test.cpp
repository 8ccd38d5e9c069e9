// Reported speech ("Minister Ana Berg said the plan would fail") joined to the words another source quotes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "extract/entities.h"
#include "extract/quotes.h"

namespace {

// Quote facts of texts, with the findings analyze() gives quote alignment (entities included).
std::vector<fc::Fact> quote_facts(const std::vector<std::string>& texts) {
  std::vector<fc::Source> sources(texts.size());
  std::vector<fc::SourceFindings> fs(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) {
    sources[i].id = "s" + std::to_string(i + 1);
    sources[i].text = texts[i];
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    fs[i].source = &sources[i];
    fs[i].index = fc::index_text(sources[i].text);
    fs[i].quotes = fc::extract_quotes(sources[i].text);
    fs[i].entities = fc::extract_entities(sources[i].text);
  }
  return fc::align_quotes(fs);
}

size_t reported_mentions(const fc::Fact& f) {
  size_t n = 0;
  for (const fc::Mention& m : f.mentions) {
    for (const auto& kv : m.extra) n += kv.first == "kind" && kv.second == "reported" ? 1 : 0;
  }
  return n;
}

}  // namespace

TEST_CASE("reported speech joins the statement another source quotes, as a variant", "[align][quotes]") {
  auto facts = quote_facts({"\"Without new dikes, the old town will flood within five years,\" Mayor Lotte Varga told the council.",
                            "Mayor Lotte Varga, who chairs the council, warned that without new dikes the old town would "
                            "flood within five years."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].mentions.size() == 2);
  CHECK(reported_mentions(facts[0]) == 1);
}

TEST_CASE("reported speech with the quoted words themselves agrees", "[align][quotes]") {
  auto facts = quote_facts({"Coach Tobias Dorsay said the team was \"utterly exhausted\" after the match.",
                            "Coach Tobias Dorsay said they were utterly exhausted and needed a rest."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  CHECK(reported_mentions(facts[0]) == 1);
}

TEST_CASE("reported speech of another speaker or about something else joins nothing, and is no fact alone",
          "[align][quotes]") {
  auto other = quote_facts({"\"Without new dikes, the old town will flood within five years,\" Mayor Lotte Varga said.",
                            "Engineer Paul Brenner said that without new dikes the old town would flood within five years."});
  for (const fc::Fact& f : other) CHECK(reported_mentions(f) == 0);
  auto namesake = quote_facts({"\"Without new dikes, the old town will flood within five years,\" Mayor Lotte Varga said.",
                               "Judge Anton Varga said that without new dikes the old town would flood within five years."});
  for (const fc::Fact& f : namesake) CHECK(reported_mentions(f) == 0);
  auto topic = quote_facts({"\"Without new dikes, the old town will flood within five years,\" Mayor Lotte Varga said.",
                            "Mayor Lotte Varga said she would stand for election again next spring."});
  for (const fc::Fact& f : topic) CHECK(reported_mentions(f) == 0);
  CHECK(topic.size() == 1);  // the quote alone: the reported sentence makes no fact of its own
}

TEST_CASE("a translated quote using synonyms of translation joins the statement", "[align][quotes]") {
  auto facts = quote_facts({"\"Brava neglected the security of its clients for years,\" regulator Ines Kolar said.",
                            "\"Brava has neglected the safety of its customers during years\", declared Ines Kolar."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 2);
  CHECK(facts[0].verdict == "variant");
}

TEST_CASE("an unattributed fragment found word for word in another source's quote joins it", "[align][quotes]") {
  auto facts = quote_facts({"\"My players never lost their nerve, not even at the break,\" coach Edda Rink said.",
                            "Her side, as she put it later, \"never lost their nerve\" in the final minutes."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 2);
  // two words only, or one content word, say too little to join
  auto thin = quote_facts({"\"My players never lost their nerve, not even at the break,\" coach Edda Rink said.",
                           "It was, as fans put it, \"the break\" that decided it."});
  for (const fc::Fact& f : thin) CHECK(f.mentions.size() == 1);
}

TEST_CASE("reported speech before its speaker joins the quoted statement too", "[align][quotes]") {
  auto facts = quote_facts({"\"Without new dikes, the old town will flood within five years,\" Mayor Lotte Varga told the council.",
                            "Without new dikes the old town would flood within five years, Mayor Lotte Varga said.",
                            "Without new dikes the old town would flood within five years, said Mayor Lotte Varga."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 3);
  CHECK(reported_mentions(facts[0]) == 2);
}

TEST_CASE("a firm's reported statement after a long apposition joins what another source quotes of it",
          "[align][quotes]") {
  auto facts = quote_facts({"Nordhavn Ferry Lines said in a statement it was \"checking every vessel\" before Friday.",
                            "Nordhavn Ferry Lines, which runs eleven ferries between the mainland and the outer "
                            "islands, said it was checking every vessel in its fleet."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 2);
  CHECK(reported_mentions(facts[0]) == 1);
}

TEST_CASE("reported speech after a quoted word and 'and said' joins a free translation of the same speaker",
          "[align][quotes]") {
  // "Eirini" and "Irini" are one first name, as transliterations write it
  auto facts = quote_facts({"The old bridge over the Lenna fell on Sunday. Two lorries were on it. \"The guilty will "
                            "give account,\" has declared the Minister of Roads Eirini Palou. Divers searched the river "
                            "all night.",
                            "Rescuers worked through the night at the Lenna. The roads minister, Irini Palou, promised "
                            "\"answers\" and said the guilty would be held to account. A new crossing will take years."});
  const fc::Fact* joined = nullptr;
  for (const fc::Fact& f : facts) if (f.mentions.size() == 2) joined = &f;
  REQUIRE(joined != nullptr);
  CHECK(joined->verdict == "variant");
  CHECK(reported_mentions(*joined) == 1);
}

TEST_CASE("reported speech about something else stays apart from the speaker's quote", "[align][quotes]") {
  auto facts = quote_facts({"\"The guilty will give account for the collapse,\" said roads minister Irini Palou.",
                            "The roads minister, Irini Palou, promised \"answers\" and said the bridge would reopen "
                            "for traffic in the spring."});
  for (const fc::Fact& f : facts) CHECK(f.mentions.size() == 1);
}

TEST_CASE("reported speech after a role and the speaker's name set off by commas, or after 'has', joins the quote",
          "[align][quotes]") {
  auto facts = quote_facts({"\"The budget for schools will not be cut this year,\" said finance minister Olga Sander.",
                            "The finance minister, Olga Sander, says the budget for schools would not be cut this year.",
                            "Olga Sander has said the budget for the schools would not be cut in this year."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].mentions.size() == 3);
  CHECK(reported_mentions(facts[0]) == 2);
}

TEST_CASE("reported speech opened by a pronoun speaks for the one person the sentence before names", "[align][quotes]") {
  auto facts = quote_facts({"\"No harvest is worth a farmer's health,\" Labour Minister Petra Olsson said on Friday.",
                            "Labour Minister Petra Olsson visited the farms on Friday. She told the radio that no "
                            "harvest was worth a farmer's health."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 2);
  CHECK(reported_mentions(facts[0]) == 1);
  // with two people in the sentence before, the pronoun may mean either: no reported statement
  auto two = quote_facts({"\"No harvest is worth a farmer's health,\" Labour Minister Petra Olsson said on Friday.",
                          "Labour Minister Petra Olsson met union leader Karin Dahl on Friday. She told the radio "
                          "that no harvest was worth a farmer's health."});
  for (const fc::Fact& f : two) CHECK(reported_mentions(f) == 0);
}

TEST_CASE("an unattributed quote takes the speaker its sentence opens with, or a pronoun's person", "[align][quotes]") {
  // the extractor knows no speaker for "defended ... who had behaved \"...\""; the sentence names one person first
  auto subject = quote_facts({"\"The guards acted calmly and within the rules,\" Justice Minister Helga Brandt said on Tuesday.",
                              "The justice minister, Helga Brandt, defended the prison staff, who had behaved \"with calm "
                              "and within the rules\"."});
  REQUIRE(subject.size() == 1);
  CHECK(subject[0].mentions.size() == 2);
  // "she struck a firm tone:" after a sentence naming her alone
  auto pronoun = quote_facts({"\"The guards acted calmly and within the rules,\" Justice Minister Helga Brandt said on Tuesday.",
                              "Justice Minister Helga Brandt visited the prison on Tuesday. Speaking afterwards, she struck "
                              "a firm tone: \"The wardens kept calm and stayed within the rules.\""});
  REQUIRE(pronoun.size() == 1);
  CHECK(pronoun[0].mentions.size() == 2);
  // with a second person in the sentence before, the pronoun may mean either: the quotes stay apart
  auto two = quote_facts({"\"The guards acted calmly and within the rules,\" Justice Minister Helga Brandt said on Tuesday.",
                          "Justice Minister Helga Brandt met governor Lars Eng at the prison. Speaking afterwards, she "
                          "struck a firm tone: \"The wardens kept calm and stayed within the rules.\""});
  CHECK(two.size() == 2);
}

TEST_CASE("one quoted word no other source renders is no quote fact on its own", "[align][quotes]") {
  auto facts = quote_facts({"Union leader Mara Lind called the plan \"reckless\" on Monday.",
                            "Union leader Mara Lind said the plan was \"reckless and cruel\" on Monday."});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 1);
  CHECK(facts[0].mentions[0].text == "reckless and cruel");
}
