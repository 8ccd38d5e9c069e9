// Shared wording: the same phrase in two or more sources becomes an agree fact, with its limits.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;

std::vector<fc::Fact> phrases(const Story& s, std::vector<std::string>* warnings = nullptr,
                              const std::vector<fc::Fact>& found = {}) {
  std::vector<std::string> w;
  auto facts = fc::align_phrases(s.findings, found, w);
  if (warnings) *warnings = w;
  return facts;
}

const fc::Fact* with_text(const std::vector<fc::Fact>& facts, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) {
      if (m.text == text) return &f;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("the same run of words in two sources is one shared-wording fact", "[align][phrases]") {
  Story s;
  s.add("a", "The mayor ordered all schools closed for safety checks after the tremor.", {});
  s.add("b", "After the tremor, officials ordered all schools closed for safety checks, the radio said.", {});
  const auto facts = phrases(s);
  REQUIRE(facts.size() == 1);
  const fc::Fact& f = facts.front();
  CHECK(f.kind == "event");
  CHECK(f.verdict == "agree");
  CHECK(f.label == "Same words: \"ordered all schools closed for safety checks\"");
  REQUIRE(f.mentions.size() == 2);
  for (const fc::Mention& m : f.mentions) {
    CHECK(m.text == "ordered all schools closed for safety checks");
    CHECK(m.rule == "shared-wording");
  }
}

TEST_CASE("a two-word term or attribution words shared by sources make no fact", "[align][phrases]") {
  Story s;
  s.add("a", "The union called a general strike. A spokesman told reporters.", {});
  s.add("b", "Workers backed the general strike, a spokesman told reporters.", {});
  CHECK(phrases(s).empty());
}

TEST_CASE("a phrase stops at a date, which date facts compare", "[align][phrases]") {
  Story s;
  s.add("a", "The museum reopened its restored west wing on Tuesday to long queues.", {{"on Tuesday", "2021-03-16"}});
  s.add("b", "Visitors queued as the museum reopened its restored west wing on March 16.", {{"March 16", "2021-03-16"}});
  const auto facts = phrases(s);
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().mentions.front().text == "museum reopened its restored west wing");
}

TEST_CASE("a third source sharing part of a longer shared passage joins that part", "[align][phrases]") {
  Story s;
  s.add("a", "Rescuers pulled two fishermen from the freezing water near the old harbour wall at dawn.", {});
  s.add("b", "Rescuers pulled two fishermen from the freezing water near the old harbour wall at dawn.", {});
  s.add("c", "Two men were saved from the freezing water near the old harbour wall by volunteers.", {});
  const auto facts = phrases(s);
  const fc::Fact* three = with_text(facts, "freezing water near the old harbour wall");
  REQUIRE(three != nullptr);
  CHECK(three->mentions.size() == 3);
}

TEST_CASE("a phrase whose every use one fact already joins is not repeated", "[align][phrases]") {
  Story s;
  s.add("a", "She said the ferry company had ignored repeated safety warnings.", {});
  s.add("b", "The ferry company had ignored repeated safety warnings, she said.", {});
  fc::Fact quote;
  quote.kind = "quote";
  quote.verdict = "agree";
  const std::string phrase = "ferry company had ignored repeated safety warnings";
  for (size_t i = 0; i < 2; ++i) {
    const size_t at = s.sources[i].text.find(phrase);
    fc::Mention m;
    m.source = s.sources[i].id;
    m.start = at;
    m.end = at + phrase.size();
    quote.mentions.push_back(m);
  }
  CHECK(phrases(s, nullptr, {quote}).empty());
  CHECK(phrases(s).size() == 1);  // without that fact, the wording is reported
}

TEST_CASE("stories of more than kMaxPhraseSources sources get no shared wording and a warning", "[align][phrases]") {
  Story s;
  for (size_t i = 0; i <= fc::kMaxPhraseSources; ++i) {
    s.add("s" + std::to_string(i), "The council approved a new cycling lane along the river road.", {});
  }
  std::vector<std::string> warnings;
  CHECK(phrases(s, &warnings).empty());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings.front().find("up to 30 sources") != std::string::npos);
}
