// People whose names sources transliterate with other letters (h/g, a first vowel) are one person, a variant.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {
using fctest::fact_naming;
fc::Source src(const char* id, const char* text) { return fctest::text_source(id, text); }
}  // namespace

TEST_CASE("Ukrainian h and Russian g spellings of one person join as a variant", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The swimmer Oleh Hrytsenko won the final. Hrytsenko thanked his coach."),
       src("b", "The swimmer Oleg Grytsenko won the final on Sunday. Grytsenko was in tears.")});
  const fc::Fact* f = fact_naming(facts, "Oleh Hrytsenko");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Oleg Grytsenko") == f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a given name with another first vowel joins when the surname is the same", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Health Minister Eleni Markou opened the clinic."),
       src("b", "The clinic was opened by Health Minister Aleni Markou on Friday.")});
  const fc::Fact* f = fact_naming(facts, "Eleni Markou");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Aleni Markou") == f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("two such names one source writes both stay two people", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The brothers Ivan Horak and Ivan Gorak both ran the marathon."),
       src("b", "Ivan Horak finished fourth in the marathon.")});
  const fc::Fact* f = fact_naming(facts, "Ivan Horak");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Ivan Gorak") != f);
}

TEST_CASE("the name ending a long title run joins its transliterated person", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "\"We will help\", has declared the Minister of Fisheries Eleni Markou, who visited the port."),
       src("b", "Fisheries Minister Aleni Markou visited the port on Monday.")});
  const fc::Fact* f = fact_naming(facts, "Aleni Markou");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Eleni Markou") == f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("an organisation translated in another word order with a longer form of one word joins", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The Pacific Volcano Observatory raised the alert on Sunday."),
       src("b", "The alert was raised by the Volcanological Observatory of the Pacific."),
       src("c", "Scientists at the Pacific Volcano Observatory watched the crater.")});
  const fc::Fact* f = fact_naming(facts, "Volcanological Observatory of the Pacific");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Pacific Volcano Observatory") == f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("organisations differing in two words stay apart", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The Pacific Volcano Observatory raised the alert."),
       src("b", "The Volcanological Institute of the Pacifica Islands issued a warning.")});
  const fc::Fact* f = fact_naming(facts, "Pacific Volcano Observatory");
  CHECK((f == nullptr || f != fact_naming(facts, "Volcanological Institute of the Pacifica Islands")));
  if (f) CHECK(f->mentions.size() == 1);
}

TEST_CASE("a long Arabic name written the French way (ben, ch, e) joins the English spelling", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Talks were led by the envoy, Sheikh Hamid bin Rashid, who flew in twice."),
       src("b", "The envoy Sheikh Hamid bin Rashid arrived on Monday."),
       src("c", "The talks were led by the sheikh Hamed ben Rached, according to the ministry.")});
  const fc::Fact* f = fact_naming(facts, "Sheikh Hamid bin Rashid");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Hamed ben Rached") == f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("two-word names that differ by ch and sh stay two people", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Professor Mei Chen led the study."), src("b", "Professor Mei Shen led the second study.")});
  const fc::Fact* f = fact_naming(facts, "Mei Chen");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Mei Shen") != f);
}

TEST_CASE("a dateline's capitals of a name with a non-English letter are no other spelling", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "ÅLBORG, May 2 (NPA) - The harbour of Ålborg was closed on Friday."),
       src("b", "The harbour in Ålborg was closed on Friday, officials said.")});
  const fc::Fact* f = fact_naming(facts, "Ålborg");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->label == "Place: Ålborg");  // the spelling as written, not the dateline's capitals half folded
}

TEST_CASE("two one-word names of one key stay apart when a source writes both", "[align][entities]") {
  // "Tarvoria" the country and "Tarvair" its airline share a consonant skeleton; the first source names both
  auto facts = fctest::align_entity_texts(
      {src("a", "Pilots in Tarvoria went on strike on Monday. Tarvair cancelled all flights out of Tarvoria."),
       src("b", "The airline Tarvair grounded its fleet. Flights at Tarvair were cancelled for a second day."),
       src("c", "The strike shut the airports of Tarvoria for two days.")});
  const fc::Fact* country = fact_naming(facts, "Tarvoria");
  const fc::Fact* airline = fact_naming(facts, "Tarvair");
  REQUIRE(country);
  REQUIRE(airline);
  CHECK(country != airline);
  CHECK(country->verdict == "agree");
  for (const auto& m : country->mentions) CHECK(m.text == "Tarvoria");
}

TEST_CASE("a two-word name with its head noun in lower case, before or after, joins as a variant", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Fans gathered outside Kestrel Stadium on Sunday. The Kestrel Stadium holds 40,000 people."),
       src("b", "Thousands gathered in front of the stadium Kestrel on Sunday evening."),
       src("c", "The Kestrel stadium was closed on Sunday."),
       src("d", "Engineers inspected the dam of Kestrel on Monday."),
       src("e", "Kestrel stadium staff went home early.")});  // a capital opening a sentence may be any word
  const fc::Fact* f = fact_naming(facts, "Kestrel Stadium");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(fact_naming(facts, "stadium Kestrel") == f);
  CHECK(fact_naming(facts, "Kestrel stadium") == f);
  CHECK(f->verdict == "variant");
  CHECK(fact_naming(facts, "dam of Kestrel") == nullptr);  // another head noun: no name another source gives
}

TEST_CASE("a liberation front named in another word order joins as a variant", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The government and the Orvan Liberation Front (OLF) signed a truce on Monday."),
       src("b", "The government and the Front of Liberation of Orvan have signed a truce."),
       src("c", "Rebels of the Orvan Liberation Front agreed to the truce on Monday.")});
  const fc::Fact* f = fact_naming(facts, "Front of Liberation of Orvan");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(f->verdict == "variant");
}
