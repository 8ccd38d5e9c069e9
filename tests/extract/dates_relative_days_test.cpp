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

TEST_CASE("a counted day set off by a comma beside a named day is that day", "[dates]") {
  // The reference of "a day earlier" would be Thursday of the first sentence; the apposition names Tuesday.
  CHECK(tags_of("The port closed on Thursday. The unions had voted a day earlier, on Tuesday.") ==
        "Thursday=2026-11-05; a day earlier=2026-11-10; Tuesday=2026-11-10");
  CHECK(tags_of("The port closed on Thursday. On Tuesday, two days later, the unions voted.") ==
        "Thursday=2026-11-05; Tuesday=2026-11-10; two days later=2026-11-10");
  CHECK(tags_of("The ship arrived last Tuesday, a day later than planned.") ==
        "last Tuesday=2026-11-10; a day later=2026-11-10");
  // Two clauses run together: the counted day opens the second one and counts on from the first.
  CHECK(tags_of("The leader resigned on Monday, a day later the party split.") ==
        "Monday=2026-11-09; a day later=2026-11-10");
  // Without the comma the counted day keeps its own reference.
  CHECK(tags_of("The port closed on Thursday and the unions had voted a day earlier.") ==
        "Thursday=2026-11-05; a day earlier=2026-11-04");
}

TEST_CASE("a counted day with no day named before it is not counted from the day of writing", "[dates]") {
  // A headline: "a day earlier" than an event the text has not dated yet, not the day before publication.
  CHECK(tags_of("Satellite images put the landing a day earlier") == "a day earlier=PAST_REF");
  CHECK(tags_of("Two days later the talks resumed.") == "Two days later=FUTURE_REF");
  // Once a day is named, it counts from that day.
  CHECK(tags_of("The ferry sank on Saturday. Satellite images put the landing a day earlier.") ==
        "Saturday=2026-11-07; a day earlier=2026-11-06");
}
