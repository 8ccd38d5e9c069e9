// A double surname: extracted with its hyphen ("Cortés-Rivas"), and one person with the same name written with a
// space; a hyphenated word that is no surname stays out, and two people sharing one half stay apart.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {
using fctest::fact_naming;
fc::Source src(const char* id, const char* text) { return fctest::text_source(id, text); }
}  // namespace

TEST_CASE("a hyphenated double surname is a person's name in every source", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Governor Lucía Marín-Soler opened the new bridge on Friday."),
       src("b", "The bridge was opened by Governor Lucía Marín-Soler, who cut the ribbon.")});
  const fc::Fact* f = fact_naming(facts, "Lucía Marín-Soler");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("a double surname with a hyphen and with a space is one person, a variant", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Governor Lucía Marín-Soler opened the new bridge on Friday."),
       src("b", "The governor Lucia Marin Soler inaugurated the bridge yesterday.")});
  const fc::Fact* f = fact_naming(facts, "Lucía Marín-Soler");
  REQUIRE(f);
  CHECK(fact_naming(facts, "Lucia Marin Soler") == f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a person named by one half of another's double surname stays apart", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Governor Lucía Marín-Soler opened the new bridge on Friday."),
       src("b", "Governor Lucía Soler opened the new bridge on Friday.")});
  const fc::Fact* f = fact_naming(facts, "Lucía Marín-Soler");
  CHECK((f == nullptr || fact_naming(facts, "Lucía Soler") != f));
}

TEST_CASE("a hyphenated code or particle is no double surname", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Doctor Anna Berg-19 is a test."), src("b", "Doctor Anna Berg-19 is a test.")});
  CHECK(fact_naming(facts, "Anna Berg-19") == nullptr);
}
