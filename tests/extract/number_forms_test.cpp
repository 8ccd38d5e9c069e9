// Number forms news copy uses beyond plain counts: casualties told of any person noun, speeds and their limits,
// metres written "m", money joined by hyphens or after a currency code, ages after names and roles, "about" widths.
#include <catch2/catch.hpp>

#include <string>

#include "extract/numbers.h"

namespace {

// The only mention of `text`, or a default one if there is not exactly one.
fc::NumberMention one(const std::string& text) {
  auto m = fc::extract_numbers(text);
  return m.size() == 1 ? m[0] : fc::NumberMention{};
}

}  // namespace

TEST_CASE("what happens to any noun counting people makes it a casualty count", "[numbers]") {
  CHECK(one("Officials said two hikers have died on the ridge.").counts == "dead");
  CHECK(one("Four miners were still missing at dawn.").counts == "missing");
  CHECK(one("Five persons lost the life in the crash.").counts == "dead");
  CHECK(one("Mourners remembered the 14 workers who died in the blast.").counts == "dead");
  CHECK(one("The bus overturned, injuring 23 on the motorway.").counts == "injured");
  // a count of things, not people, keeps its noun
  CHECK(one("Six containers were missing from the yard.").counts == "container");
  CHECK(one("The ferry carried 300 passengers to the island.").counts == "passenger");
  CHECK(one("Last year 300 jobs were lost at the mill.").counts == "job");  // a job is no person
}

TEST_CASE("speeds in km/h and per hour, a limit apart from a speed", "[numbers]") {
  CHECK(one("The coach was doing 95 km/h on the bend.").counts == "kilometre per hour");
  CHECK(one("The coach was doing 95 kilometres per hour on the bend.").counts == "kilometre per hour");
  CHECK(one("Gusts of 80 mph hit the coast.").counts == "mile per hour");
  CHECK(one("The road has a 100 km/h limit there.").counts == "kilometre per hour limit");
  CHECK(one("It ignored a speed limit of 100 km/h there.").counts == "kilometre per hour limit");
  CHECK(one("It broke the 100 km/h speed limit there.").counts == "kilometre per hour limit");
}

TEST_CASE("metres written as m, money with hyphens, after a code and after a scale", "[numbers]") {
  CHECK(one("The hut sits at 2,750 m on the ridge.").counts == "metre");
  CHECK(one("She won the 100m race in the rain.").counts != "metre");  // glued: a name of a race, left alone
  CHECK(one("They lost a 40-million-euro probe.").value == "EUR 40 million");
  CHECK(one("The fee was EUR 9m in the end.").value == "EUR 9 million");
  CHECK(one("The council spent 7 million pounds on roads.").value == "GBP 7 million");
  CHECK(one("The parcel weighed 7 pounds.").unit.empty());  // no scale: a weight
}

TEST_CASE("ages after a name with years, after 'of', after a role, employees after 'employs'", "[numbers]") {
  CHECK(one("The pilot, Anna Lind, 38 years, landed safely.").counts == "age");
  CHECK(one("A man of 52 years was arrested.").counts == "age");
  CHECK(one("The captain, of 61 years, was questioned.").counts == "age");  // a comma between
  CHECK(one("The period, of 52 years, ended.").counts == "year");
  CHECK(one("The bus driver, 47, was unhurt.").counts == "age");
  CHECK(one("The period of 52 years ended.").counts == "year");  // a period, not a person
  CHECK(one("The mill employs 640 people in the valley.").counts == "employee");
}

TEST_CASE("an adjective in -ed before the counted noun, 'the' before a counted number", "[numbers]") {
  CHECK(one("Crews cancelled 412 scheduled flights on Monday.").counts == "flight");
  CHECK(one("Three hundred planned flights were cancelled.").counts == "flight");
  // one more modifier between the -ed adjective and the noun
  CHECK(one("The council keeps around 90 refurbished municipal libraries open late.").counts == "library");
  CHECK(one("Some 35 licensed private clinics took part.").counts == "clinic");
  CHECK(one("Staff at the five clinics of the group walked out.").counts == "clinic");
  CHECK(fc::extract_numbers("The two agreed to meet again.").empty());  // "the two" looks back
}

TEST_CASE("'about' reaches one and a half steps of the last digit, 5% at least, 15% at most", "[numbers]") {
  auto m = one("The camp is at about 3,800 metres.");
  CHECK(m.low == Approx(3610));
  CHECK(m.high == Approx(3990));
  auto s = one("About 40 volunteers came.");
  CHECK(s.low == Approx(34));
  CHECK(s.high == Approx(46));
}

TEST_CASE("a severity word makes a count of the seriously injured, apart from all the injured", "[numbers]") {
  CHECK(one("Six people are said to be seriously injured.").counts == "seriously injured");
  CHECK(one("Three passengers were critically hurt.").counts == "seriously injured");
  auto m = fc::extract_numbers("In all 30 people were injured, five of them seriously.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "injured");
  CHECK(m[1].value == "5 seriously injured");
}

TEST_CASE("a compound duration and a temperature below zero", "[numbers]") {
  CHECK(one("The stage failed 3 minutes 5 seconds after lift-off.").value == "185 second");
  CHECK(one("The night brought minus 12 degrees.").value == "-12 degree");
  CHECK(one("The night brought snow and -12 degrees.").value == "-12 degree");
  CHECK(fc::extract_numbers("The code COVID-19 was used.").empty());  // a glued hyphen is still no sign
}

TEST_CASE("a part of a counted whole counts the whole's noun, a possessive before the noun", "[numbers]") {
  auto m = fc::extract_numbers("Five of the company's nine ferries were idle.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].text == "Five");
  CHECK(m[0].counts == "ferry");
  CHECK(m[1].text == "nine ferries");
  CHECK(one("All three of the council's schools closed.").counts == "school");
}

TEST_CASE("ranges written with 'to', 'between ... and' and a dash share the scale, a change is no range", "[numbers]") {
  for (const char* text : {"It expects 40 million to 45 million euros.", "It expects between 40 and 45 million euros.",
                           "It expects EUR 40-45 million."}) {
    INFO(text);
    auto m = one(text);
    CHECK(m.low == Approx(40e6));
    CHECK(m.high == Approx(45e6));
    CHECK(m.unit == "EUR");
  }
  auto change = fc::extract_numbers("Profit rose from 40 million euros to 45 million euros.");
  REQUIRE(change.size() == 2);
  CHECK(change[0].low == change[0].high);
  CHECK(fc::extract_numbers("The 2019-2021 plan ended.").empty());  // years, not a range of anything
}

TEST_CASE("lost people are missing, the injured in serious condition are the seriously injured", "[numbers]") {
  CHECK(one("Two fishermen are lost at sea.").counts == "missing");
  CHECK(one("Officials said 40 people lost their lives.").counts == "dead");
  CHECK(one("Three of the injured are in serious condition.").counts == "seriously injured");
  // unaccounted for is missing; "are the dead" names the dead; lives lost are the dead
  CHECK(one("After the blast, four remain unaccounted for.").counts == "missing");
  CHECK(one("Six are the dead of the landslide.").counts == "dead");
  CHECK(one("The avalanche claimed six lives.").counts == "dead");
  // taken to hospital or kept in the hospital: counted as those in hospital, whoever they are
  CHECK(one("Twelve survivors were taken to hospital in Brell.").counts == "in hospital");
  CHECK(one("Of them, 12 which were transferred in the hospital of Brell.").counts == "in hospital");
  CHECK(one("Four workers remain in hospital.").counts == "in hospital");
  // a bare count opening its clause, then what happens to people, counts people; not a count inside a phrase
  CHECK(one("Across the valley, ninety were evacuated overnight.").counts == "people");
  for (const fc::NumberMention& m : fc::extract_numbers("Sales of 300 were saved.")) CHECK(m.counts != "people");
}
