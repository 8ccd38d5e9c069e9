// Entity types from the words around a name, given names that open a second name, credits, defined acronyms and
// more transliteration folds. Sentences are our own.
#include <catch2/catch.hpp>

#include <string>

#include "extract/entities.h"
#include "extract/entity_tables.h"

namespace {

const fc::EntityMention* find(const std::vector<fc::EntityMention>& ms, const std::string& text) {
  for (const auto& m : ms) if (m.text == text) return &m;
  return nullptr;
}

std::string type_of(const std::string& text, const std::string& surface) {
  auto ms = fc::extract_entities(text);
  const auto* m = find(ms, surface);
  return m ? m->type : "(none)";
}

}  // namespace

TEST_CASE("place and firm words around a name type it, and a lone word used again does not make it a person",
          "[entities]") {
  const std::string text = "Rain swelled the Mirna River. Homes in the Lower Mirna region were flooded and the dam "
                           "Horna Mirna held. The Mirna fell on Monday. The carmaker Ostvik Autos cut jobs.";
  CHECK(type_of(text, "Lower Mirna") == "PLACE");
  CHECK(type_of(text, "Horna Mirna") == "PLACE");
  CHECK(type_of(text, "Ostvik Autos") == "ORG");
  CHECK(type_of(text, "Mirna River") == "PLACE");
  CHECK(type_of("Floods hit the Tisva valley towns; the Upper Tisva was worst hit.", "Upper Tisva") == "PLACE");
  CHECK(type_of("Workers at Kordal Steel walked out. Kordal said talks go on.", "Kordal Steel") == "ORG");
  CHECK(type_of("The novelist Anna Steel signed books.", "Anna Steel") == "PERSON");  // given name first
}

TEST_CASE("lower-case particles stay inside a name", "[entities]") {
  auto ms = fc::extract_entities("Commissioner Greta van der Berg met Paulo da Costa. Later van der Berg left.");
  const auto* berg = find(ms, "Greta van der Berg");
  REQUIRE(berg);
  CHECK(berg->type == "PERSON");
  const auto* costa = find(ms, "Paulo da Costa");
  REQUIRE(costa);
  const auto* sur = find(ms, "Berg");
  REQUIRE(sur);
  CHECK(sur->canonical == "Greta van der Berg");
}

TEST_CASE("a given name inside a run of capitals opens the person's name", "[entities]") {
  auto ms = fc::extract_entities("The mayor of Lisvar Pavol Kren said the town needs pumps.");
  const auto* kren = find(ms, "Pavol Kren");
  REQUIRE(kren);
  CHECK(kren->type == "PERSON");
  CHECK(find(ms, "Lisvar Pavol Kren") == nullptr);
}

TEST_CASE("credit lines are no facts of the story", "[entities]") {
  auto ms = fc::extract_entities(
      "TIRVA (Nordwire) - The port reopened on Monday, the Harbour Authority said.\n"
      "Photo: Baltpress\nReporting by Ida Brandt; Editing by Karl Vesterholm\nBy NWA\n"
      "By contrast, Minister Ola Lind said nothing.");
  CHECK(find(ms, "Nordwire") == nullptr);
  CHECK(find(ms, "Baltpress") == nullptr);
  CHECK(find(ms, "Ida Brandt") == nullptr);
  CHECK(find(ms, "Karl Vesterholm") == nullptr);
  CHECK(find(ms, "NWA") == nullptr);
  CHECK(find(ms, "Harbour Authority") != nullptr);
  CHECK(find(ms, "Ola Lind") != nullptr);  // a sentence that opens with "By" is no byline
}

TEST_CASE("an acronym in parentheses names the organisation before it, in any word order", "[entities]") {
  auto ms = fc::extract_entities("The Office for Food and Drug Safety (OFDS) approved it. The Safety Office of Food "
                                 "and Drugs (OFDS) agreed. Members of the Bakers' Union met.");
  const auto* full = find(ms, "Office for Food and Drug Safety");
  REQUIRE(full);
  CHECK(full->type == "ORG");
  CHECK(full->rule == "ent.org.acronym_defined");
  const auto* acr = find(ms, "OFDS");
  REQUIRE(acr);
  CHECK(acr->canonical == "Office for Food and Drug Safety");
  CHECK(acr->key == full->key);
  CHECK(find(ms, "Drug Safety") == nullptr);  // the piece inside the full name is gone
  CHECK(find(ms, "Safety Office of Food and Drugs") != nullptr);
  CHECK(find(ms, "Bakers' Union") != nullptr);  // a plural possessive inside a name
}

TEST_CASE("name keys fold Polish sz, qu/qv, initial ye/ya/yu, -off and British spellings", "[entities]") {
  CHECK(fc::name_key("Tomasz Wrobel") == fc::name_key("Tomas Wrobel"));
  CHECK(fc::name_key("Karin Lindqvist") == fc::name_key("Karin Lindquist"));
  CHECK(fc::name_key("Yevgeny Sorokin") == fc::name_key("Evgeni Sorokin"));
  CHECK(fc::name_key("Pyotr Smirnoff") == fc::name_key("Pyotr Smirnov"));
  CHECK(fc::name_key("Tomas Wrobel") != fc::name_key("Tobias Wrobel"));
  CHECK(fc::name_key("Yelena Sorokina") == fc::name_key("Elena Sorokina"));
  CHECK(fc::name_key("Yulia Marchenko") == fc::name_key("Julia Marchenko"));
  CHECK(fc::name_key("Yaroslav Horak") == fc::name_key("Jaroslav Horak"));
  CHECK(fc::name_key("Yulia Marchenko") != fc::name_key("Lidia Marchenko"));
  CHECK(fc::name_key("World Trade Organisation") == fc::name_key("World Trade Organization"));
  CHECK(fc::name_key("Ministry of Defence") == fc::name_key("Ministry of Defense"));
  CHECK(fc::name_key("Ana K. Varga") == fc::name_key("Ana Varga"));  // a middle initial
  CHECK(fc::name_key("Vitamin D") != fc::name_key("Vitamin"));
  CHECK(fc::name_key("\xC8\x98" "tefan Mure\xC8\x99" "an") == fc::name_key("Stefan Muresan"));  // Romanian comma-below letters
  CHECK(fc::name_key("\xC5\x81" "ukasz Wr\xC3\xB3" "bel") == fc::name_key("Lukasz Wrobel"));
}

TEST_CASE("lower-case institutions that say which one they are", "[entities]") {
  auto ms = fc::extract_entities(
      "The health ministry ordered doses, the regional crisis staff said. Water authority engineers checked the "
      "dam. Hospital staff were tired and the ministry said nothing. Health Ministry officials agreed.");
  const auto* health = find(ms, "health ministry");
  REQUIRE(health);
  CHECK(health->type == "ORG");
  CHECK(health->rule == "ent.org.generic");
  const auto* staff = find(ms, "crisis staff");
  REQUIRE(staff);
  CHECK(staff->canonical == "crisis staff");
  const auto* water = find(ms, "Water authority");
  REQUIRE(water);
  CHECK(water->canonical == "water authority");
  CHECK(find(ms, "Hospital staff") == nullptr);  // staff of a hospital are people
  const auto* capital = find(ms, "Health Ministry");
  REQUIRE(capital);
  CHECK(capital->key == health->key);  // the capitalised name is the same body
}

TEST_CASE("honorifics without a dot, a silent h, and a speaker after a place noun", "[entities]") {
  auto ms = fc::extract_entities("The envoy, Mr Pavo Lindic, left. The mayor of the city Rauf Demsa declared a curfew.");
  const auto* lindic = find(ms, "Pavo Lindic");
  REQUIRE(lindic);
  CHECK(lindic->type == "PERSON");
  CHECK(find(ms, "Mr Pavo Lindic") == nullptr);
  CHECK(type_of("The mayor of the city Rauf Demsa declared a curfew.", "Rauf Demsa") != "PLACE");
  CHECK(fc::name_key("Henrik Sohlberg") == fc::name_key("Henrik Solberg"));
}

TEST_CASE("a place word used alone does not make a name ending in it a person, and date ranges are no coined names",
          "[entities]") {
  CHECK(type_of("He left Dinamo Varsk for good. Fans in Varsk were sad.", "Dinamo Varsk") != "PERSON");
  auto ms = fc::extract_entities("Sales for January-March rose. The shot, sold as Vireo-C, works.");
  const auto* range = find(ms, "January-March");
  CHECK((range == nullptr || range->rule != "ent.name.coined"));
  const auto* shot = find(ms, "Vireo-C");
  REQUIRE(shot);
  CHECK(shot->rule == "ent.name.coined");
}

TEST_CASE("a capital city's name right after a title opens the titled person's name", "[entities]") {
  CHECK(type_of("Prime Minister Sofia Marten toured the flooded valley.", "Sofia Marten") == "PERSON");
  CHECK(type_of("The president of the Government, Sofia Marten, visited the valley.", "Sofia Marten") == "PERSON");
  // no title right before: the city stays a place
  CHECK(type_of("Talks in Sofia ended on Monday.", "Sofia") == "PLACE");
  CHECK(type_of("Minister Dahl flew to Sofia on Monday.", "Sofia") == "PLACE");
}
