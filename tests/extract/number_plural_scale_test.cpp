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
