// Written counts of hundreds and thousands that go on after "and": "six hundred and fifty".
#include <catch2/catch.hpp>

#include "extract/numbers.h"

TEST_CASE("a written count of hundreds goes on after 'and'", "[numbers]") {
  auto m = fc::extract_numbers("Nine hundred and forty households lost power.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].text == "Nine hundred and forty households");
  CHECK(m[0].low == 940);
  CHECK(m[0].counts == "household");
  m = fc::extract_numbers("Three thousand and six runners started.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].low == 3006);
}

TEST_CASE("digits, scales of millions and two counts joined by 'and' stay apart", "[numbers]") {
  auto m = fc::extract_numbers("There were 300 and 400 cases.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].low == 300);
  m = fc::extract_numbers("Two million viewers and five others were counted.");
  for (const fc::NumberMention& x : m) CHECK(x.low != 2000005);
}
