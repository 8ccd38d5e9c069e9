// What a number counts read from the words around it: dotted thousands, temperatures, ages after "age", votes and
// tallies, nouns shared by two numbers joined with "and", invariant plurals, square kilometres.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/numbers.h"

namespace {

// The mention whose text is `text` in `sentence`, or a default one.
fc::NumberMention find(const std::string& sentence, const std::string& text) {
  for (const fc::NumberMention& m : fc::extract_numbers(sentence)) if (m.text == text) return m;
  return fc::NumberMention{};
}

}  // namespace

TEST_CASE("dots that group thousands are read as thousands, decimals keep their dot", "[numbers]") {
  CHECK(find("The storm cut power to 8.500 households.", "8.500 households").low == 8500);
  CHECK(find("In all 2.450.000 voters were registered.", "2.450.000 voters").low == 2450000);
  CHECK(find("The lake rose 1.250 metres, they wrote.", "1.250 metres").low == 1250);
  // a decimal not ending in zero, a scale word or a percent keep the dot as a decimal mark
  CHECK(find("The tank holds 3.785 litres.", "3.785 litres").low == Approx(3.785));
  CHECK(find("The bank sold 1.250 billion euros of bonds.", "1.250 billion euros").low == Approx(1.25e9));
  CHECK(find("The bond now yields 4.250% a year.", "4.250%").low == Approx(4.25));
  // grouped thousands are never a year, even after "of"; "working places" are jobs told another way
  CHECK(find("The plan foresees the loss of 1.900 working places.", "1.900 working places").low == 1900);
  CHECK(find("The plan foresees the loss of 1.900 working places.", "1.900 working places").counts == "working place");
}

TEST_CASE("a temperature sign after the number counts degrees", "[numbers]") {
  CHECK(find("Temperatures climbed to 38C by noon.", "38C").counts == "degree");
  CHECK(find("The valley saw 44°C on Friday.", "44°C").counts == "degree");
  // without a word of heat a glued letter is a code or cents
  CHECK(fc::extract_numbers("She sat in row 12C of the plane.").empty());
  CHECK(fc::extract_numbers("Bread now costs 89c in the shop.").empty());
  // one decimal after a point or comma, with the word of heat before or after it
  CHECK(find("The station logged 39.4C, the highest temperature of the year.", "39.4C").low == Approx(39.4));
  CHECK(find("Thermometers showed 41,2C at noon.", "41,2C").counts == "degree");
  CHECK(fc::extract_numbers("Petrol went up by 4.5c a litre.").empty());
}

TEST_CASE("a number after from/to/at/of with 'age' just before it is an age", "[numbers]") {
  auto m = fc::extract_numbers("Parliament lifted the pension age from 62 to 64 last week.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "age");
  CHECK(m[1].counts == "age");
  CHECK(find("The painter died at the age of 91 in his home.", "91").counts == "age");
  CHECK(find("The age of retirement goes from 60 years to 62 years.", "62 years").counts == "age");
  // no "age" before it: a plain count
  CHECK(find("Sales went from 62 to 64 units.", "64 units").counts == "unit");
}

TEST_CASE("votes for, against and abstentions are read from the tally", "[numbers]") {
  auto m = fc::extract_numbers("The council voted 31 to 12 to close the depot.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "vote");
  CHECK(m[1].counts == "vote against");
  CHECK(find("The senate passed the bill by 60 votes to 38.", "38").counts == "vote against");
  CHECK(find("The jury decided by eight votes to four.", "four").counts == "vote against");
  CHECK(find("In the end 204 senators in favour, 190 against.", "204 senators in favour").counts == "vote");
  CHECK(find("In the end 204 senators in favour, 190 against.", "190 against").counts == "vote against");
  CHECK(find("For the motion voted 77 councillors, while 9 abstained.", "9 abstained").counts == "abstention");
  CHECK(find("Last night 240 members voted, and 15 were absent.", "240 members").counts == "member");
}

TEST_CASE("two numbers joined by 'and' share what they count", "[numbers]") {
  CHECK(find("Two women of 41 and 52 years were questioned.", "41").counts == "age");
  CHECK(find("Two women of 41 and 52 years were questioned.", "52 years").counts == "age");
  CHECK(find("The drivers, aged 23 and 57, were unhurt.", "57").counts == "age");
  CHECK(find("The fund spent 12 and 15 days on the two audits.", "12").counts == "day");
}

TEST_CASE("invariant plurals and two-word units keep their noun", "[numbers]") {
  CHECK(find("Firefighters had 12 aircraft in the sky.", "12 aircraft").counts == "aircraft");
  CHECK(find("Police caught three thieves at dawn.", "three thieves").counts == "thief");
  CHECK(find("The blaze burned 18 square kilometres of scrub.", "18 square kilometres").counts == "square kilometre");
}

TEST_CASE("a count after 'a town of' counts its residents", "[numbers]") {
  CHECK(find("Orsk, a town of some 45,000, lost power.", "some 45,000").counts == "resident");
  CHECK(find("It is a city of 300,000 on the coast.", "300,000").counts == "resident");
  CHECK(find("A city of 2 million people voted.", "2 million people").counts == "people");  // its own noun stays
}

TEST_CASE("scores and tallies are one value whichever side comes first", "[numbers]") {
  auto won = find("The hosts beat the visitors 102-97 on Sunday.", "102-97");
  auto lost = find("The visitors lost 97:102 in the end.", "97:102");
  CHECK(won.counts == "score");
  CHECK(lost.counts == "score");
  CHECK(won.low == lost.low);
  CHECK(won.value == "102-97 score");
  // a range, a clock time and a season are no score
  CHECK(find("Between 30-40 people came.", "30-40 people").counts == "people");
  CHECK(find("The match starts at 10:30 on Saturday.", "10:30").counts.empty());
  CHECK(find("They won the 2019-20 title.", "2019-20").counts.empty());
}

TEST_CASE("running times are durations, never scores", "[numbers]") {
  // h:mm:ss and m:ss after a word of winning are still times
  for (const fc::NumberMention& m : fc::extract_numbers("Okafor won the city race with a winning time of 2:09:51."))
    CHECK(m.counts != "score");
  for (const fc::NumberMention& m : fc::extract_numbers("She won the mile final in 4:05 on a wet track."))
    CHECK(m.counts != "score");
  // a score after a word of winning is still a score
  CHECK(find("The visitors won 3:1 in the rain.", "3:1").counts == "score");
}

TEST_CASE("a number joined by a hyphen to a noun counts that noun", "[numbers]") {
  CHECK(find("The 450-seat parliament met.", "450-seat").counts == "seat");
  CHECK(find("They built up a 15-point lead.", "15-point").counts == "point");
  CHECK(find("A seven-member panel ruled.", "seven-member").low == 7);
  // written numbers, ways, folds, fractions and adjectives are no counted noun
  CHECK(find("Thirty-two people came.", "Thirty-two people").counts == "people");
  CHECK(fc::extract_numbers("It was a two-way deal, a three-fold rise, a 40-strong crowd.").empty());
}
