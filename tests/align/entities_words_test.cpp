// Entity alignment of lone name words, given names that are also English words and Baltic spellings.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "extract/entity_tables.h"
#include "story_fixture.h"

namespace {
std::vector<fc::Source> two(const char* a, const char* b) {
  return {{"a", "", "", "", "", "", a}, {"b", "", "", "", "", "", b}};
}
}  // namespace

TEST_CASE("a lone name written mid-sentence by two sources is one name", "[align][entities]") {
  auto facts = fctest::align_entity_texts(two("Trains run by Velkbane stopped near the coast on Sunday.",
                                              "Passengers said the trains of Velkbane were late again."));
  const fc::Fact* f = fctest::fact_by_label(facts, "Name: Velkbane");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("ordinary words, people's adjectives and pieces of longer names make no lone-name fact", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      two("Officials said the Tarnish fleet left. The Office for Prevention of Waste spoke. Crews will Stop the leak.",
          "Reports said the Tarnish boats left. The Office for Prevention of Waste agreed. Crews could stop work."));
  for (const fc::Fact& f : facts) {
    INFO(f.label);
    CHECK(f.label != "Name: Tarnish");
    CHECK(f.label != "Name: Prevention");
    CHECK(f.label != "Name: Waste");
    CHECK(f.label != "Name: Stop");
  }
}

TEST_CASE("a lone word joins the one organisation whose name it opens, and is no spelling of it", "[align][entities]") {
  auto facts = fctest::align_entity_texts(two("Shares of Dremora Group fell after the chain reported a loss.",
                                              "Staff at Dremora expect more store closures this year."));
  const fc::Fact* f = fctest::fact_by_label(facts, "Organisation: Dremora Group");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
}

TEST_CASE("a given name that is also a preposition opens a name before a capitalised word", "[align][entities]") {
  auto facts = fctest::align_entity_texts(two("The mayor Per Lundvik opened the bridge on Monday.",
                                              "Town mayor Per Lundvik said the bridge is safe."));
  const fc::Fact* f = fctest::fact_by_label(facts, "Person: Per Lundvik (mayor)");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
}

TEST_CASE("a gliding j is one spelling: Andrijs is Andrius, Sergej is Sergei", "[align][entities]") {
  CHECK(fc::name_key("Andrijs Kalvens") == fc::name_key("Andrius Kalvens"));
  CHECK(fc::name_key("Sergej Morov") == fc::name_key("Sergei Morov"));
  CHECK(fc::name_key("Maija Lind") != fc::name_key("Mia Lind"));  // a j between vowels is a consonant
  auto facts = fctest::align_entity_texts(two("Bank governor Andrijs Kalvens resigned.", "Bank governor Andrius Kalvens resigned."));
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
}

TEST_CASE("two people sharing a surname stay apart, the full name stands for its source", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      two("Chief executive Marit Hovden said the train was new. Hovden spoke in Tolvik.",
          "Hovden quits. The driver, Jonas Hovden, was injured. Chief executive Marit Hovden said the train was new."));
  const fc::Fact* ceo = fctest::fact_by_label(facts, "Person: Marit Hovden (chief executive)");
  REQUIRE(ceo);
  for (const fc::Mention& m : ceo->mentions) CHECK(m.text == "Marit Hovden");
  // the driver is his own person, named by one source only: no other mention joins him
  const fc::Fact* driver = fctest::fact_by_label(facts, "Person: Jonas Hovden (driver)");
  REQUIRE(driver);
  CHECK(driver->verdict == "single");
  for (const fc::Mention& m : driver->mentions) CHECK(m.text == "Jonas Hovden");
}

TEST_CASE("a lone name that speaks joins the name other sources write mid-sentence", "[align][entities]") {
  auto facts = fctest::align_entity_texts(two("Trains run by Kestvane stopped near the coast on Sunday.",
                                              "On Monday Kestvane said the trains would run again."));
  const fc::Fact* f = fctest::fact_by_label(facts, "Name: Kestvane");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("code-like names of models and craft are names, told apart by their numbers", "[align][entities]") {
  auto facts = fctest::align_entity_texts(two("The recall covers the Brisa KX-200 heater; the KX-250 is not affected.",
                                              "Owners of a KX-200 should stop using it. The larger KX-250 is safe."));
  const fc::Fact* small = fctest::fact_by_label(facts, "Name: KX-200");
  const fc::Fact* large = fctest::fact_by_label(facts, "Name: KX-250");
  REQUIRE(small);
  REQUIRE(large);
  CHECK(small->verdict == "agree");
  CHECK(small->mentions.size() == 2);
  CHECK(large->mentions.size() == 2);
}

TEST_CASE("a capitalised word opening a quotation or following a colon is no lone name", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      two("The mayor answered with an old line. \"Under a full moon, every dog barks,\" he said. Her aide added: Never.",
          "The mayor replied on radio, telling listeners: \u201cUnder a full moon, every dog barks.\u201d Her aide added: Never."));
  for (const fc::Fact& f : facts) {
    INFO(f.label);
    CHECK(f.label != "Name: Under");
    CHECK(f.label != "Name: Never");
  }
  auto named = fctest::align_entity_texts(two("Crews said: \"we are late\" to the staff of Velkbane on Monday.",
                                              "Passengers said the trains of Velkbane were late again."));
  CHECK(fctest::fact_by_label(named, "Name: Velkbane") != nullptr);
}
