// Entity alignment of names written inside longer capitalised runs, with other transliterations or other spacing.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "align/entities_align_keys.h"
#include "extract/scan.h"
#include "story_fixture.h"

namespace {
fc::Source src(const char* id, const char* text) { return {id, "", "", "", "", "", text}; }
}  // namespace

TEST_CASE("a person named at the end of a longer run joins the person another source names", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Coach Pavel Drunea left Sporting Maravel on Monday, the club said."),
       src("b", "The coach of Sporting Maravel Pavel Drunea leaves the club after six years."),
       src("c", "Pavel Drunea, the coach, confirmed he was leaving.")});
  const fc::Fact* coach = fctest::fact_by_label(facts, "Person: Pavel Drunea (coach)");
  REQUIRE(coach);
  CHECK(coach->mentions.size() == 3);
  CHECK(coach->verdict == "agree");
  // The words before the person ("Sporting Maravel") join the club the other source names.
  const fc::Fact* club = fctest::fact_by_label(facts, "Name: Sporting Maravel");
  REQUIRE(club);
  CHECK(club->mentions.size() == 2);
}

TEST_CASE("the last words of a longer run are no person when no source names one so", "[align][entities]") {
  // "Grand Hotel Riva Verde" in both: the tail "Riva Verde" is nobody, and no person fact is made of it.
  auto facts = fctest::align_entity_texts({src("a", "Guests left the Grand Hotel Riva Verde at noon."),
                                           src("b", "The Grand Hotel Riva Verde was evacuated.")});
  for (const fc::Fact& f : facts) CHECK(f.label.rfind("Person:", 0) != 0);
}

TEST_CASE("given names transliterated with another first letter are one person, a variant", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Chief executive Henrik Lund said the launch failed."),
       src("b", "\"We will fly again,\" declared the director of the company Genrik Lund."),
       src("c", "Coach Yiorgos Rallis praised the team. Rallis said little more."),
       src("d", "Coach Giorgos Rallis praised his players.")});
  const fc::Fact* lund = fctest::fact_by_label(facts, "Person: Henrik Lund (chief executive)");
  REQUIRE(lund);
  CHECK(lund->mentions.size() == 2);
  CHECK(lund->verdict == "variant");
  bool rallis = false;
  for (const fc::Fact& f : facts) {
    if (f.label.find("Rallis") == std::string::npos) continue;
    rallis = true;
    CHECK(f.mentions.size() == 2);
    CHECK(f.verdict == "variant");
  }
  CHECK(rallis);
}

TEST_CASE("two people sharing a surname stay apart", "[align][entities]") {
  CHECK(fc::given_name_variant("hnrk lnd", "gnrk lnd"));
  CHECK(fc::given_name_variant("yrgs rls", "grgs rls"));
  CHECK_FALSE(fc::given_name_variant("hns lnd", "gns lnd"));    // short given names: too little to tell
  CHECK_FALSE(fc::given_name_variant("krn pm", "gr pm"));       // Karen and Gary Pym
  CHECK_FALSE(fc::given_name_variant("mrta lnd", "brta lnd"));  // a letter pair no transliteration swaps
  auto facts = fctest::align_entity_texts({src("a", "Analyst Sofia Brandt said sales fell. Minister Sonja Brandt spoke."),
                                           src("b", "Minister Sonja Brandt said sales fell.")});
  const fc::Fact* sonja = fctest::fact_by_label(facts, "Person: Sonja Brandt (minister)");
  REQUIRE(sonja);
  CHECK(sonja->mentions.size() == 2);
}

TEST_CASE("names opening with a capital of Latin Extended-A are names, and join their plain spelling", "[align][entities]") {
  auto t = fc::scan_words("\xC5\xBD" "ukas met \xC5\x81" "ukasz and \xC5\x9F" "ahin.");  // Žukas, Łukasz, şahin
  REQUIRE(t.size() >= 5);
  CHECK(t[0].cap);
  CHECK(t[2].cap);
  CHECK_FALSE(t[4].cap);  // lower-case s with cedilla
  auto facts = fctest::align_entity_texts({src("a", "Centre Peter Zemaitis added 14 points."),
                                           src("b", "Peter \xC5\xBD" "emaitis collected nine rebounds.")});  // Žemaitis
  const fc::Fact* f = fctest::fact_by_label(facts, "Person: Peter Zemaitis");
  REQUIRE(f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a one-word name written apart by another source is the same name, spelled differently", "[align][entities]") {
  auto facts = fctest::align_entity_texts({src("a", "The attack was claimed by NightRaven, police said."),
                                           src("b", "The hacker group Night Raven had declared itself responsible.")});
  const fc::Fact* f = fctest::fact_by_label(facts, "Organisation: NightRaven");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "variant");
  // Two different one-word names whose letters differ are not joined.
  auto apart = fctest::align_entity_texts({src("a", "The attack was claimed by NightRaven, police said."),
                                           src("b", "The hacker group Night Rover had declared itself responsible.")});
  for (const fc::Fact& x : apart) CHECK(x.mentions.size() < 2);
}

TEST_CASE("an organisation named in another word order or with 'bureau' for 'office' is one, spelled differently",
          "[align][entities]") {
  CHECK(fc::org_word_bag("inspctrt fr dt prtctn") == fc::org_word_bag("dt prtctn inspctrt"));
  CHECK(fc::org_word_bag("br fr prvntn of frd") == fc::org_word_bag("ofc fr th prvntn of frd"));
  CHECK(fc::org_word_bag("mnstr of jstc") != fc::org_word_bag("mnstr of fnnc"));
  auto facts = fctest::align_entity_texts(
      {src("a", "The Inspectorate for Food Hygiene fined the bakery."),
       src("b", "A fine from the Food Hygiene Inspectorate hit the bakery."),
       src("c", "The Food Hygiene Inspectorate said the bakery must pay.")});
  const fc::Fact* f = fctest::fact_by_label(facts, "Organisation: Food Hygiene Inspectorate");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a lone surname joins the one titled person the sources name in full with it", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Coach Bruno Castellan praised his players."),
       src("b", "\"We lost our heads,\" a tired Castellan admitted after the game.")});
  const fc::Fact* f = fctest::fact_by_label(facts, "Person: Bruno Castellan (coach)");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  // Two people of that surname: the lone one says not which.
  auto two = fctest::align_entity_texts(
      {src("a", "Coach Bruno Castellan praised his players. His sister, minister Carla Castellan, watched."),
       src("b", "\"We lost our heads,\" a tired Castellan admitted after the game.")});
  for (const fc::Fact& x : two) CHECK(x.mentions.size() < 2);
}

TEST_CASE("a source's mention of a place is the one its text types, not an earlier untyped one", "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "Aid for Marvik flood\nRelief reached families in Marvik province on Monday."),
       src("b", "Floods hit Marvik province on Sunday.")});
  const fc::Fact* f = fctest::fact_by_label(facts, "Place: Marvik");
  REQUIRE(f);
  for (const fc::Mention& m : f->mentions) {
    if (m.source == "a") CHECK(m.start > 20);  // "Marvik province" in the body, not the headline's "Marvik flood"
  }
}

TEST_CASE("an organisation written in lower case and another word order joins the name another source gives",
          "[align][entities]") {
  auto facts = fctest::align_entity_texts(
      {src("a", "The Coastal Flood Warning Service issued an alert on Monday."),
       src("b", "The service of warning for coastal floods issued an alert."),
       src("c", "Officials said the flood warning service was busy.")});  // three of four words: not it
  const fc::Fact* f = fctest::fact_by_label(facts, "Organisation: Coastal Flood Warning Service");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "variant");
}
