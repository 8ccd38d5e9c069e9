// Days counted from another event or two days from writing: "the day before the vote" is not a date of its own,
// "the day before yesterday" is one day, two days back.
#include <catch2/catch.hpp>

#include <string>

#include "extract/dates.h"

namespace {

const fc::CivilDate kWednesday{2026, 11, 11};

// "text=value" for each tag of `sentence` written on kWednesday, joined by "; ".
std::string tags_of(const std::string& sentence) {
  std::string out;
  for (const fc::Timex& t : fc::tag_dates(sentence, kWednesday)) out += (out.empty() ? "" : "; ") + t.text + "=" + t.value;
  return out;
}

}  // namespace

TEST_CASE("'the day before' an event names no day of its own, so an apposition keeps its weekday", "[dates]") {
  CHECK(tags_of("The mayor came home on Monday, the day before the vote.") == "Monday=2026-11-09");
  CHECK(tags_of("Stocks slid the week before their results.").empty());
  // Without an object it still counts back from the day the text last named.
  CHECK(tags_of("The dam collapsed on Friday after heavy rain had fallen the day before.") ==
        "Friday=2026-11-06; the day before=2026-11-05");
}

TEST_CASE("'the day before yesterday' and 'the day after tomorrow' are one day each", "[dates]") {
  CHECK(tags_of("The crew left port the day before yesterday.") == "the day before yesterday=2026-11-09");
  CHECK(tags_of("The court rules the day after tomorrow.") == "the day after tomorrow=2026-11-13");
}
