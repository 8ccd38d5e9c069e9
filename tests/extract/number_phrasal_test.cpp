// Words next to a number that change what it tells: "over" after a phrasal verb ("handed over 212 soldiers"),
// machine-translated "more of", and offsets of time ("two years ago") apart from spans ("for two years").
#include <catch2/catch.hpp>

#include "extract/numbers.h"

TEST_CASE("over after a phrasal verb keeps the number exact, except money and durations", "[numbers]") {
  auto m = fc::extract_numbers("The militia turned over 120 weapons to the monitors.");
  REQUIRE(m.size() == 1);
  CHECK_FALSE(m[0].vague);
  CHECK(m[0].low == 120);
  CHECK(m[0].high == 120);
  CHECK(m[0].text == "120 weapons");

  m = fc::extract_numbers("The repair took over 40 minutes.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].vague);
  CHECK(m[0].low == 40);
  CHECK(m[0].high == 60);
  CHECK(m[0].text == "over 40 minutes");

  m = fc::extract_numbers("The fund took over $3 million from savers.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].vague);
  CHECK(m[0].text == "over $3 million");

  m = fc::extract_numbers("Crews evacuated more of 2.500 residents.");  // machine-translated "more than"
  REQUIRE(m.size() == 1);
  CHECK(m[0].vague);
  CHECK(m[0].low == 2500);
}

TEST_CASE("a count of time before ago, later or earlier is an offset, not a span", "[numbers]") {
  auto m = fc::extract_numbers("The plant opened two years ago and ran for two years.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "year ago");
  CHECK(m[0].text == "two years ago");
  CHECK(m[1].counts == "year");
  m = fc::extract_numbers("Three days later the strike ended.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "day later");
  m = fc::extract_numbers("Some 40 workers earlier said no.");  // no unit of time: nothing changes
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "worker");
}
