#include <catch2/catch.hpp>

#include "core/date.h"

using fc::CivilDate;

TEST_CASE("civil date arithmetic round-trips and knows weekdays", "[core][date]") {
  const CivilDate d{2021, 3, 18};
  CHECK(fc::weekday(d) == 3);  // Thursday
  CHECK(fc::to_iso(fc::add_days(d, 1)) == "2021-03-19");
  CHECK(fc::to_iso(fc::add_days(d, 4)) == "2021-03-22");
  CHECK(fc::to_iso(fc::add_days(CivilDate{2020, 2, 28}, 1)) == "2020-02-29");
  CHECK(fc::to_iso(fc::add_days(CivilDate{2021, 2, 28}, 1)) == "2021-03-01");
  for (long z = -800000; z <= 800000; z += 997) {
    CHECK(fc::days_from_civil(fc::civil_from_days(z)) == z);
  }
}

TEST_CASE("ISO dates parse only when they are real days", "[core][date]") {
  CHECK(fc::parse_iso_date("2021-03-18").has_value());
  CHECK_FALSE(fc::parse_iso_date("2021-02-29").has_value());
  CHECK(fc::parse_iso_date("2020-02-29").has_value());
  CHECK_FALSE(fc::parse_iso_date("2021-13-01").has_value());
  CHECK_FALSE(fc::parse_iso_date("21-03-18").has_value());
  CHECK_FALSE(fc::parse_iso_date("2021-03-1x").has_value());
}
