// Entity alignment: gold stories, spelling variants, and no facts for places everyone spells alike.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

TEST_CASE("entity facts of the fixture stories match their gold lists", "[align][entities]") {
  fctest::check_gold("entity", fc::align_entities);
}

TEST_CASE("transliteration variants of a person are one variant fact", "[align][entities]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Opposition leader Alexei Volkov was detained. Volkov denied it."},
                                 {"b", "", "", "", "", "", "Police detained opposition leader Aleksei Volkov in Moscow."}};
  auto facts = fctest::align_entity_texts(src);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].variants.size() == 2);
  CHECK(facts[0].label.find("Volkov") != std::string::npos);
}

TEST_CASE("a bare surname in two sources is not taken for one person", "[align][entities]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Mr. Hargreaves said the plan was sound."},
                                 {"b", "", "", "", "", "", "Judge Hargreaves rejected the plan."}};
  CHECK(fctest::align_entity_texts(src).empty());
}

namespace {
std::vector<fc::Fact> align_texts(const std::vector<fc::Source>& src) { return fctest::align_entity_texts(src); }
const fc::Fact* by_label(const std::vector<fc::Fact>& fs, const std::string& label) {
  return fctest::fact_by_label(fs, label);
}
}  // namespace

TEST_CASE("organisations, places and other names spelled alike by two sources agree", "[align][entities]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "", "", "", "The Supreme Court of Norland ruled in Orlun on Friday. Workers at Jorvik Paints lost their jobs."},
      {"b", "", "", "", "", "", "Judges of the Supreme Court of Norland met in Orlun. A fire hit the Jorvik Paints site."},
      {"c", "", "", "", "", "", "The Court said little. Parliament was silent."},
      {"d", "", "", "", "", "", "The Court ruled again. Parliament met."}};
  auto facts = align_texts(src);
  const auto* court = by_label(facts, "Organisation: Supreme Court of Norland");
  REQUIRE(court);
  CHECK(court->verdict == "agree");
  const auto* town = by_label(facts, "Place: Orlun");
  REQUIRE(town);
  CHECK(town->verdict == "agree");
  const auto* firm = by_label(facts, "Name: Jorvik Paints");
  REQUIRE(firm);
  CHECK(firm->verdict == "agree");
  CHECK(by_label(facts, "Organisation: Court") == nullptr);  // an organisation word alone names no one
  CHECK(by_label(facts, "Organisation: Parliament") == nullptr);
}

TEST_CASE("a title that is the last word of another is no difference of titles", "[align][entities]") {
  auto facts = align_texts({{"a", "", "", "", "", "", "The blaze spread fast, fire chief Ana Holm said."},
                            {"b", "", "", "", "", "", "The chief, Ana Holm, said the blaze spread fast."}});
  const auto* holm = by_label(facts, "Person: Ana Holm (fire chief)");
  REQUIRE(holm);
  CHECK(holm->flags.empty());
}
