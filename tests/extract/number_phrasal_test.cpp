// "over" after a phrasal verb ("handed over 212 soldiers") and machine-translated "more of" before a number.
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
