// Adjacent days for one named event: a dispute only on firm ground (same named participants, no night or time
// zone, days told from one anchor day).
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "date_fixture.h"

namespace {

// Stories of one hand-made timex per source, anchored on 2030-04-10 unless a test says otherwise.
struct Story : fctest::DateStory {
  void add(const std::string& id, const std::string& text, const std::string& phrase, const std::string& value,
           fc::CivilDate anchor = {2030, 4, 10}, const std::string& rule = "d_weekday") {
    DateStory::add(id, text, {{phrase, value}}, anchor, rule);
  }
};

bool any_conflict(const Story& s) {
  for (const fc::Fact& f : fc::align_dates(s.findings)) {
    if (f.verdict == "conflict") return true;
  }
  return false;
}

}  // namespace

TEST_CASE("adjacent days for one named visit in same-day reports conflict", "[align][dates]") {
  Story s;
  s.add("a", "Governor Alma Ruuth visited the flooded village of Kessa on Tuesday and met families.", "Tuesday",
        "2030-04-09");
  s.add("b", "Governor Alma Ruuth visited the flooded village of Kessa on Monday and met families.", "Monday",
        "2030-04-08");
  CHECK(any_conflict(s));
  for (const fc::Fact& f : fc::align_dates(s.findings)) {
    if (f.verdict == "conflict") CHECK(f.why.find("one day apart") != std::string::npos);
  }
}

TEST_CASE("adjacent days are no conflict when a night or time zone is in play", "[align][dates]") {
  Story s;
  s.add("a", "Governor Alma Ruuth visited the flooded village of Kessa overnight on Tuesday and met families.",
        "Tuesday", "2030-04-09");
  s.add("b", "Governor Alma Ruuth visited the flooded village of Kessa on Monday and met families.", "Monday",
        "2030-04-08");
  CHECK_FALSE(any_conflict(s));
}

TEST_CASE("adjacent days are no conflict without a named participant in common", "[align][dates]") {
  Story s;
  s.add("a", "The governor visited the flooded village on Tuesday and met families.", "Tuesday", "2030-04-09");
  s.add("b", "The governor visited the flooded village on Monday and met families.", "Monday", "2030-04-08");
  CHECK_FALSE(any_conflict(s));
}

TEST_CASE("'yesterday' from reports of different days is no adjacent conflict", "[align][dates]") {
  Story s;
  s.add("a", "Governor Alma Ruuth visited the flooded village of Kessa yesterday and met families.", "yesterday",
        "2030-04-09", fc::CivilDate{2030, 4, 10}, "d_relday");
  s.add("b", "Governor Alma Ruuth visited the flooded village of Kessa yesterday and met families.", "yesterday",
        "2030-04-10", fc::CivilDate{2030, 4, 11}, "d_relday");
  CHECK_FALSE(any_conflict(s));
}

TEST_CASE("adjacent days conflict when two sources agree on one day for the event", "[align][dates]") {
  // no name in common, but the arrest day is given alike by two sources: the third source's day disputes it
  Story s;
  s.add("a", "Police arrested three suspects on Tuesday after the robbery of the depot.", "Tuesday", "2030-04-09");
  s.add("b", "Three suspects were arrested on Tuesday, a day after the robbery of the depot.", "Tuesday", "2030-04-09");
  s.add("c", "Three suspects were arrested on Wednesday over the robbery of the depot.", "Wednesday", "2030-04-10");
  CHECK(any_conflict(s));
  for (const fc::Fact& f : fc::align_dates(s.findings)) {
    if (f.verdict == "conflict") CHECK(f.why.find("describe the same event") != std::string::npos);
  }
}

TEST_CASE("adjacent days of one source each, with no name in common, stay apart", "[align][dates]") {
  Story s;
  s.add("a", "Police arrested three suspects on Tuesday after the robbery of the depot.", "Tuesday", "2030-04-09");
  s.add("c", "Three suspects were arrested on Wednesday over the robbery of the depot.", "Wednesday", "2030-04-10");
  CHECK_FALSE(any_conflict(s));
}

TEST_CASE("a day told as one more event of its kind is no conflict", "[align][dates]") {
  // day-two coverage: the third source's Wednesday is another arrest, not a different day for the first
  Story s;
  s.add("a", "Police arrested three suspects on Tuesday after the robbery of the depot.", "Tuesday", "2030-04-09");
  s.add("b", "Three suspects were arrested on Tuesday, a day after the robbery of the depot.", "Tuesday", "2030-04-09");
  s.add("c", "Another suspect was arrested on Wednesday over the robbery of the depot.", "Wednesday", "2030-04-10");
  CHECK_FALSE(any_conflict(s));
}
