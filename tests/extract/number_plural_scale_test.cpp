// Sums of translated text: a plural scale word before "of" and a currency word ("1,8 billions of euro").
#include <catch2/catch.hpp>

#include "extract/numbers.h"

TEST_CASE("a plural scale word, 'of' and a currency word make a sum", "[numbers]") {
  auto m = fc::extract_numbers("The depositors took out 2,3 billions of euro in one week.");
  REQUIRE(m.size() >= 1);
  CHECK(m[0].text == "2,3 billions of euro");
  CHECK(m[0].unit == "EUR");
  CHECK(m[0].low == Approx(2.3e9));
  CHECK(m[0].nominal == Approx(2.3e9));
  m = fc::extract_numbers("The town will receive 4 millions of dollars for the bridge.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].unit == "USD");
  CHECK(m[0].low == Approx(4e6));
}

TEST_CASE("a plural scale word without a currency stays as it was", "[numbers]") {
  // "2 millions of viewers" counts viewers: no currency follows "of".
  auto m = fc::extract_numbers("The final drew 2 millions of viewers on Sunday.");
  for (const fc::NumberMention& x : m) CHECK(x.unit.empty());
}

TEST_CASE("a plural scale word and 'of' before a counted noun scale the count", "[numbers]") {
  // Translated text: "3,5 millions of residents" is 3.5 million residents, not 3.5 "millions".
  auto m = fc::extract_numbers("The census counted 3,5 millions of residents in the region.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].nominal == Approx(3.5e6));
  CHECK(m[0].counts == "resident");
  CHECK(m[0].unit.empty());
  // Below a million the plural is a vague amount of its own ("thousands of"), left as it was.
  m = fc::extract_numbers("Thousands of residents left the region.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].vague);
}
