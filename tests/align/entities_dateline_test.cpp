// A dateline of two or three capitalised words names a place ("PORT VELMA, May 3 -"), shown as written in the text
// elsewhere when the story has it there too; a shouted headline without a date or credit names none.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "extract/entities.h"
#include "story_fixture.h"

namespace {

const fc::EntityMention* find(const std::vector<fc::EntityMention>& ms, const std::string& text) {
  for (const auto& m : ms) if (m.text == text) return &m;
  return nullptr;
}

fc::Source src(const char* id, const char* text) { return {id, "", "", "", "", "", text}; }

}  // namespace

TEST_CASE("a dated or credited dateline of two capitalised words is a place", "[entities]") {
  const auto dated = fc::extract_entities("PORT VELMA, May 3 (Reuna) - The ferry sank near the coast.");
  const fc::EntityMention* m = find(dated, "PORT VELMA");
  REQUIRE(m);
  CHECK(m->type == "PLACE");
  CHECK(m->canonical == "Port Velma");
  const auto credited = fc::extract_entities("SAN ORSO (Daily Post) - Heavy rain closed the roads.");
  REQUIRE(find(credited, "SAN ORSO"));
  CHECK(find(credited, "SAN ORSO")->type == "PLACE");
}

TEST_CASE("a shouted headline with no date or credit is no place", "[entities]") {
  const auto ms = fc::extract_entities("BIG STORM, more rain to come as rivers rise.");
  CHECK(find(ms, "BIG STORM") == nullptr);
}

TEST_CASE("a dateline place joins the same place written in another source's text", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "PORT VELMA, May 3 (Reuna) - The ferry sank near the coast. Divers searched all night."),
       src("b", "The ferry sank on Saturday off Port Velma, the island's main harbour.")});
  const fc::Fact* f = nullptr;
  for (const fc::Fact& x : facts) for (const auto& men : x.mentions) if (men.text == "Port Velma") f = &x;
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
}
