// Entity grouping across sources: short forms of organisations, acronyms, names typed by another source, and
// people who share a surname kept apart. Sentences are our own.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

std::vector<fc::Fact> align_texts(const std::vector<fc::Source>& src) { return fctest::align_entity_texts(src); }

const fc::Fact* by_label(const std::vector<fc::Fact>& fs, const std::string& label) {
  return fctest::fact_by_label(fs, label);
}

fc::Source src(const char* id, const char* text) { return {id, "", "", "", "", "", text}; }

}  // namespace

TEST_CASE("a short form joins the one longer organisation name that contains it, and is no other spelling",
          "[align][entities]") {
  auto facts = align_texts({src("a", "Rain fell for days, the State Hydrology Office said on Friday."),
                            src("b", "According to the Hydrology Office, the river will crest today.")});
  const auto* office = by_label(facts, "Organisation: State Hydrology Office");
  REQUIRE(office);
  CHECK(office->mentions.size() == 2);
  CHECK(office->verdict == "agree");
  auto two = align_texts({src("a", "The National Bank of Arvia raised rates."), src("b", "The National Bank of Belsk cut rates."),
                          src("c", "The National Bank said little.")});
  for (const auto& f : two) CHECK(f.mentions.size() < 2);  // which national bank is not said
}

TEST_CASE("an acronym joins the names it was defined with, and names spelled out in another order are a variant",
          "[align][entities]") {
  auto facts = align_texts({src("a", "The Office for Food and Drug Safety (OFDS) approved the pill on Monday."),
                            src("b", "OFDS approved the pill, its head said."),
                            src("c", "The Safety Office of Food and Drugs (OFDS) registered the pill.")});
  const fc::Fact* ofds = nullptr;
  for (const auto& f : facts) if (f.kind == "entity" && f.mentions.size() == 3) ofds = &f;
  REQUIRE(ofds);
  CHECK(ofds->verdict == "variant");
  CHECK(ofds->variants.size() == 2);  // the bare acronym is no third spelling
}

TEST_CASE("a name one source types as a firm joins it in a source that gives no type", "[align][entities]") {
  auto facts = align_texts({src("a", "Jobs go as the carmaker Ostvik Autos shuts a plant."),
                            src("b", "Ostvik Autos will shut its plant in the north.")});
  const auto* firm = by_label(facts, "Organisation: Ostvik Autos");
  REQUIRE(firm);
  CHECK(firm->mentions.size() == 2);
  for (const auto& m : firm->mentions) {
    for (const auto& [k, v] : m.extra) if (k == "type") CHECK(v == "ORG");
  }
}

TEST_CASE("two people who share a surname stay two facts", "[align][entities]") {
  auto facts = align_texts({src("a", "Minister Ana Holm met the strikers. Holm said talks would go on."),
                            src("b", "Judge Erik Holm dismissed the case. Holm said the law was clear."),
                            src("c", "Minister Ana Holm and Judge Erik Holm spoke. Holm declined to comment.")});
  const auto* ana = by_label(facts, "Person: Ana Holm (minister)");
  const auto* erik = by_label(facts, "Person: Erik Holm (judge)");
  REQUIRE(ana);
  REQUIRE(erik);
  CHECK(ana->mentions.size() == 2);
  CHECK(erik->mentions.size() == 2);
}

TEST_CASE("a term defined by its acronym joins sources that use only the acronym or only the words",
          "[align][entities]") {
  auto facts = align_texts({src("a", "A shot against chronic wasting disease (CWD) was approved for deer."),
                            src("b", "Regulators cleared the first CWD shot on Monday."),
                            src("c", "The vaccine protects deer from chronic wasting disease, its maker said.")});
  const auto* cwd = by_label(facts, "Name: CWD");
  REQUIRE(cwd);
  CHECK(cwd->mentions.size() == 3);
  CHECK(cwd->verdict == "agree");
  CHECK(by_label(facts, "Organisation: CWD") == nullptr);  // a disease is no organisation
}

TEST_CASE("a lone word joins a place another source names, and a river is one place however it is written",
          "[align][entities]") {
  auto facts = align_texts({src("a", "Floods swept through the town of Varnessa as the River Osla burst its banks."),
                            src("b", "Rescuers reached Varnessa on foot. Water in the Osla river kept rising."),
                            src("c", "The Osla peaked on Monday, officials said.")});
  const auto* town = by_label(facts, "Place: Varnessa");
  REQUIRE(town);
  CHECK(town->mentions.size() == 2);
  const auto* river = by_label(facts, "Place: River Osla");
  REQUIRE(river);
  CHECK(river->mentions.size() == 3);
  CHECK(river->verdict == "agree");
}

TEST_CASE("a firm's first word alone is the firm, not a place", "[align][entities]") {
  auto facts = align_texts({src("a", "Workers at Kordal Steel struck. Kordal's boss said talks go on."),
                            src("b", "Kordal Steel said Kordal's plants would reopen.")});
  CHECK(by_label(facts, "Place: Kordal") == nullptr);
  REQUIRE(by_label(facts, "Organisation: Kordal Steel"));
}

TEST_CASE("coined product names and the place that ends an organisation's name join across sources",
          "[align][entities]") {
  auto facts = align_texts({src("a", "The pill, sold as Calmora-X, works. Rates rose in Tessaly on Friday."),
                            src("b", "Doctors may prescribe Calmora-X soon. The Central Bank of Tessaly raised rates.")});
  const auto* pill = by_label(facts, "Name: Calmora-X");
  REQUIRE(pill);
  CHECK(pill->mentions.size() == 2);
  const auto* land = by_label(facts, "Place: Tessaly");
  REQUIRE(land);
  CHECK(land->mentions.size() == 2);
}

TEST_CASE("a lone word next to a verb of saying is a person, not the place of the same name", "[align][entities]") {
  auto facts = align_texts({src("a", "Floods hit the town of Marsby on Sunday."),
                            src("b", "\"We will rebuild,\" said Marsby, a farmer.")});
  CHECK(by_label(facts, "Place: Marsby") == nullptr);
}

TEST_CASE("a surname before 'said' joins the one full name another source gives, and a given name makes a place "
          "word a surname", "[align][entities]") {
  auto facts = align_texts({src("a", "Governor Adel Qasem said rates would rise. Coach Anna Georgia spoke in Georgia."),
                            src("b", "Rates rose. Qasem said more may follow. Anna Georgia agreed.")});
  const auto* qasem = by_label(facts, "Person: Adel Qasem (governor)");
  REQUIRE(qasem);
  CHECK(qasem->mentions.size() == 2);
  const auto* anna = by_label(facts, "Person: Anna Georgia (coach)");
  REQUIRE(anna);
  CHECK(anna->mentions.size() == 2);
}

TEST_CASE("a word one source makes a place by a weak cue joins the firm another source names", "[align][entities]") {
  auto facts = align_texts({src("a", "The appliance maker Velora recalled its fryers."),
                            src("b", "Owners should check Velora's recall page today.")});
  const auto* firm = by_label(facts, "Organisation: Velora");
  REQUIRE(firm);
  CHECK(firm->mentions.size() == 2);
  CHECK(by_label(facts, "Place: Velora") == nullptr);
}
