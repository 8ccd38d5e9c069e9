// Organisation and product names: public bodies named with "for", brands before model codes.
#include <catch2/catch.hpp>

#include <string>

#include "extract/entities.h"

namespace {
const fc::EntityMention* named(const std::vector<fc::EntityMention>& ms, const std::string& text) {
  for (const auto& m : ms) if (m.text == text) return &m;
  return nullptr;
}
}  // namespace

TEST_CASE("a public body's name runs on through 'for' and a later 'of'", "[entities]") {
  auto ms = fc::extract_entities("The Office for the Protection of Wetlands opened a case. The Agency for Rail Safety "
                                 "agreed. Staff of the Inspectorate for Food Hygiene left.");
  const auto* office = named(ms, "Office for the Protection of Wetlands");
  REQUIRE(office);
  CHECK(office->type == "ORG");
  CHECK(named(ms, "Agency for Rail Safety"));
  CHECK(named(ms, "Inspectorate for Food Hygiene"));
}

TEST_CASE("'for' does not join a firm to a place or a body to a coined product", "[entities]") {
  auto ms = fc::extract_entities("She works for Tarvo Corp for Lindau. The Health Agency for Respira-C approved it.");
  CHECK(named(ms, "Tarvo Corp"));
  CHECK_FALSE(named(ms, "Tarvo Corp for Lindau"));
  for (const auto& m : ms) CHECK((m.text.find("Respira-C") == std::string::npos || m.text == "Respira-C"));
}

TEST_CASE("a brand before a model code is a name of its own", "[entities]") {
  auto ms = fc::extract_entities("The maker is recalling the FrostLine FL-20 freezer. Owners of a FrostLine should call.");
  const auto* brand = named(ms, "FrostLine");
  REQUIRE(brand);
  CHECK(brand->rule == "ent.name.word");
}
