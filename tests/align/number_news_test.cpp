// Number alignment across retellings: another notation or noun of the same count, a weekday told as "yesterday",
// and conflicts only where the evidence names one fact.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "align/align.h"
#include "story_fixture.h"

namespace {

using Sources = fctest::NumberSources;

// The first non-single fact holding a mention with text `text`, or nullptr.
const fc::Fact* joined(const std::vector<fc::Fact>& facts, const std::string& text) {
  for (const fc::Fact& f : facts) {
    if (f.verdict == "single") continue;
    for (const fc::Mention& m : f.mentions) if (m.text == text) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("thousands written with dots or as square kilometres agree with the plain count", "[align][numbers]") {
  Sources s({"The flames destroyed 2,700 hectares of vineyards near the river.",
             "Yesterday the fire has devoured 2.700 hectares of vineyards and of fields.",
             "By evening it had burned 27 square kilometres of vineyards."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "2,700 hectares");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 3);
}

TEST_CASE("synonyms of a counted noun agree: houses and habitations, pieces and items", "[align][numbers]") {
  Sources s({"The mudslide buried 23 houses in the hamlet of Orvel.",
             "In the hamlet of Orvel the mud has covered 23 habitations."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "23 houses");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
  Sources p({"Burglars took six pieces of antique silver from the manor.",
             "Six items of antique silver vanished from the manor overnight."});
  auto items = fc::align_numbers(p.findings);
  const fc::Fact* g = joined(items, "six pieces");
  REQUIRE(g != nullptr);
  CHECK(g->mentions.size() == 2);
}

TEST_CASE("'yesterday' names the weekday before the publication day", "[align][numbers]") {
  // Little shared context: the value joins them only when no day words disagree.
  Sources s({"Seven schools stayed shut on Monday.", "Yesterday 7 schools remained closed."});
  s.findings[0].anchor = fc::CivilDate{2026, 3, 10};  // a Tuesday: "on Monday" is the 9th
  s.findings[1].anchor = fc::CivilDate{2026, 3, 10};  // "yesterday" is Monday the 9th
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "Seven schools");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
  // published a day later, its "yesterday" is Tuesday: another day, left apart
  s.findings[1].anchor = fc::CivilDate{2026, 3, 11};
  auto later = fc::align_numbers(s.findings);
  CHECK(joined(later, "Seven schools") == nullptr);
}

TEST_CASE("two first tallies beside the same other figure conflict", "[align][numbers]") {
  Sources s({"The city council approved the budget by 41 votes to 12 on Monday evening.",
             "For the budget voted 38 councillors, 12 against, the city council said."});
  s.findings[0].anchor = fc::CivilDate{2026, 4, 14};
  s.findings[1].anchor = fc::CivilDate{2026, 4, 14};
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "41 votes");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "conflict");
  const fc::Fact* against = joined(facts, "12 against");
  REQUIRE(against != nullptr);
  CHECK(against->verdict == "agree");
}

TEST_CASE("a height named beside a peak does not deny an altitude told elsewhere", "[align][numbers]") {
  // Sentence words are shared, but nothing at the two numbers is: the peak's height and the camp's altitude.
  Sources s({"On Friday rescuers flew three hikers off the west face of Mount Arlen (3,950 m) after a storm.",
             "The three hikers were flown off the west face of Mount Arlen by rescuers on Friday after two nights "
             "spent at 3100 meters of altitude."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("a value that would deny two different facts of one source accuses neither", "[align][numbers]") {
  // One source gives two counts of passengers (two crossings); which one the other source's figure denies is unclear.
  Sources s({"The ferry carried 120 passengers across the bay before the engine failed. "
             "The ferry carried 45 passengers across the bay later before the engine failed again.",
             "The ferry carried 210 passengers across the bay before the engine failed."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.verdict != "conflict");
  Sources one({"The ferry carried 120 passengers across the bay before the engine failed.",
               "The ferry carried 210 passengers across the bay before the engine failed."});
  bool conflict = false;
  for (const fc::Fact& f : fc::align_numbers(one.findings)) conflict = conflict || f.verdict == "conflict";
  CHECK(conflict);
}

TEST_CASE("one score told from either side agrees, two scores of one match never conflict", "[align][numbers]") {
  Sources s({"Arden beat the Harriers 3-1 in the cup final, after trailing 0-1 at half-time.",
             "The Harriers lost 1:3 to Arden in the cup final, although they led 1:0 at half-time."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "3-1");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
  CHECK(f->label.rfind("Score", 0) == 0);
  for (const fc::Fact& x : facts) CHECK(x.verdict != "conflict");
}

TEST_CASE("context words told two ways read alike: a probe is an investigation", "[align][numbers]") {
  Sources s({"The probe into the collapse took 16 months, the ministry said.",
             "The investigation of the collapse lasted 16 months."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "16 months");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
}

TEST_CASE("men and suspects are people, verbs told two ways read alike (saved is rescued)", "[align][numbers]") {
  Sources s({"Police arrested two men in Orlov on Friday after the bank robbery.",
             "Two suspects were detained in Orlov on Friday over the robbery at the bank."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "two men");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
  // Only the verb is shared, read as one family: "rescuers pulled" / "were saved".
  Sources r({"Rescuers pulled 140 people out of the mud.", "Overnight 140 persons were saved."});
  auto rescued = fc::align_numbers(r.findings);
  const fc::Fact* g = joined(rescued, "140 people");
  REQUIRE(g != nullptr);
  CHECK(g->verdict == "agree");
  Sources apart({"Rescuers pulled 140 people out of the mud.", "Overnight 140 persons were counted."});
  auto counted = fc::align_numbers(apart.findings);
  CHECK(joined(counted, "140 people") == nullptr);
}

TEST_CASE("an approximate value far from a precise one conflicts, a near one does not", "[align][numbers]") {
  Sources s({"The merged group plans to cut 2,400 jobs at its plants, the company said.",
             "The company said about 1,500 jobs will disappear at its plants after the merger."});
  bool conflict = false;
  for (const fc::Fact& f : fc::align_numbers(s.findings)) conflict = conflict || f.verdict == "conflict";
  CHECK(conflict);
  Sources near({"The merged group plans to cut 2,400 jobs at its plants, the company said.",
                "The company said about 2,200 jobs will disappear at its plants after the merger."});
  for (const fc::Fact& f : fc::align_numbers(near.findings)) CHECK(f.verdict != "conflict");
  // two approximations accuse no one
  Sources both({"The merged group plans to cut about 2,400 jobs at its plants, the company said.",
                "The company said about 1,500 jobs will disappear at its plants after the merger."});
  for (const fc::Fact& f : fc::align_numbers(both.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("first counts of one specific thing with the same words at the number conflict", "[align][numbers]") {
  // The words right at the number name the same count; a smaller part of it in the sentence does not crowd it.
  Sources s({"The derby was played in front of 31,500 fans at the Riverside Stadium on Sunday.",
             "The derby drew 27,000 spectators to the Riverside Stadium, among them about 4,000 fans from the north."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "31,500 fans");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "conflict");
  CHECK(f->why.find("first figure") != std::string::npos);
  // One word at the numbers is too thin to accuse: left apart.
  Sources crew({"On board the trawler were 14 fishermen.", "All 16 fishermen on board come from the harbour town."});
  for (const fc::Fact& x : fc::align_numbers(crew.findings)) CHECK(x.verdict != "conflict");
}

TEST_CASE("a sentence told as 'condemned' and 'sentenced' in 'March of 2024' is one sentence", "[align][numbers]") {
  Sources s({"The reporter was arrested in March 2024 in Tolvik and was later sentenced to six years for spying.",
             "The reporter, who in March of 2024 was detained in Tolvik, was condemned to 11 years for spying."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = joined(facts, "six years");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "conflict");
}

TEST_CASE("the two sides of a reciprocal act are two facts", "[align][numbers]") {
  fctest::NumberSources s({"Velaria closed four Ostrean trade offices on Friday. Ostrea shut four Velarian trade "
                           "offices in reply on Saturday.",
                           "Ostrea shut four Velarian trade offices on Saturday, a day after Velaria closed four "
                           "Ostrean trade offices.",
                           "Velaria's four trade offices in Ostrea were shut on Saturday after Velaria closed four "
                           "Ostrean trade offices."});
  size_t joined = 0;
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    if (f.mentions.size() < 2) continue;
    ++joined;
    std::set<std::string> owners;
    for (const fc::Mention& m : f.mentions) {
      const size_t at = m.text.find("Ostrean");
      owners.insert(at != std::string::npos ? "ostrea" : "velaria");
    }
    CHECK(owners.size() == 1);  // never one side's offices with the other's
  }
  CHECK(joined >= 1);
}
