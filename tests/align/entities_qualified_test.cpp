// Organisation names a translation renders with one qualifier more and plural words ("the Interregional Fund of
// Protection of the Savings" for "the Savings Protection Fund"), and names whose "dj" is another alphabet's "j".
// Sentences are our own.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

fc::Source src(const char* id, const char* text) { return {id, "", "", "", "", "", text}; }

// The entity fact holding a mention with `text`; nullptr if none.
const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) if (f.kind == "entity" && m.text == text) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("an organisation rendered with one qualifier more and a plural word is a variant of the name",
          "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The loan came from the Savings Protection Fund on Monday."),
       src("b", "Officials at the Savings Protection Fund confirmed the loan."),
       src("c", "The Interregional Fund of Protection of the Savings puts 2 billions in the bank.")});
  const fc::Fact* f = fact_with(facts, "Interregional Fund of Protection of the Savings");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(f->verdict == "variant");
}

TEST_CASE("two qualifiers more, or a different word, keep organisations apart", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The loan came from the Savings Protection Fund on Monday."),
       src("b", "The Regional Interbank Fund of Protection of the Savings puts 2 billions in the bank."),
       src("c", "The Savings Guarantee Fund said nothing about the loan.")});
  const fc::Fact* f = fact_with(facts, "Savings Protection Fund");
  if (f) CHECK(f->mentions.size() == 1);
}

TEST_CASE("a \"dj\" written for \"j\" is the same name", "[align][entities]") {
  auto facts = fctest::align_entity_texts({src("a", "The driver, Amadou Tanjara, was freed on Friday."),
                                           src("b", "Their driver, Amadou Tandjara, was also freed.")});
  const fc::Fact* f = fact_with(facts, "Amadou Tandjara");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a lone name joins the firm another source names so when no source names a place so but by a weak cue",
          "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The telecoms group Varnet bought a rival on Monday."),
       src("b", "Workers learned on Monday that Varnet is taking over its rival."),
       src("c", "Shares in Varnet rose 4%, and analysts in Kelby praised the deal.")});
  const fc::Fact* f = fact_with(facts, "Varnet");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
}

TEST_CASE("an upper-case word opening a line before an outlet in brackets is a dateline place", "[align][entities]") {
  auto facts = fctest::align_entity_texts({src("a", "KELBY (Kelby Courier) - The heat broke records on Friday."),
                                           src("b", "The heat in Kelby broke records, officials said.")});
  const fc::Fact* f = fact_with(facts, "KELBY");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->label == "Place: Kelby");
}

TEST_CASE("a lone name opening a headline joins the place other sources name, a number word does not",
          "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Dravena hosts the summit\n\nDravena hosted the summit on Friday. Nine leaders came."),
       src("b", "The summit took place in Dravena on Friday, with nine leaders."),
       src("c", "Leaders met in Dravena for the summit. Nine of them signed.")});
  const fc::Fact* f = fact_with(facts, "Dravena");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(f->mentions[0].start == 0);  // the headline's word in the first source
  CHECK(fact_with(facts, "Nine") == nullptr);
}

TEST_CASE("a party named an alliance joins its translation in the other word order", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The Fishers' Alliance left the coalition on Monday."),
       src("b", "On Monday the Fishers' Alliance quit the government."),
       src("c", "The Alliance of the Fishers abandoned the government on Monday.")});
  const fc::Fact* f = fact_with(facts, "Fishers' Alliance");
  REQUIRE(f);
  CHECK(fact_with(facts, "Alliance of the Fishers") == f);
  CHECK(f->verdict == "variant");
}
