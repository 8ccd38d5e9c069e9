// Background dates: a month or day far from the news that each source names once is one fact however worded.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;
constexpr fc::CivilDate kWritten{2026, 5, 20};

}  // namespace

TEST_CASE("a far month each source names once joins though the wording shares nothing", "[align][dates]") {
  Story s;
  s.add("a", "The fencer may take part in contests again in October 2029 under the ruling.",
        {{"October 2029", "2029-10"}}, kWritten);
  s.add("b", "Her suspension keeps her off the piste until October 2029, judges decided.",
        {{"October 2029", "2029-10"}}, kWritten);
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "a", "October 2029");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("a far bare year joins on one shared word, a near one does not", "[align][dates]") {
  Story s;
  s.add("a", "The bridge was opened to traffic in 1994 by the then mayor.", {{"1994", "1994"}}, kWritten);
  s.add("b", "Engineers say the 1994 bridge has never had a full inspection.", {{"1994", "1994"}}, kWritten);
  const auto far = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(far, "a", "1994");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);

  Story near;  // "next year" is the news' own time: two plans in it stay apart
  near.add("a", "The firm had hoped to open six shops next year in the south.", {{"next year", "2027"}}, kWritten);
  near.add("b", "Its chief said the first flight could come early next year.", {{"early next year", "2027"}}, kWritten);
  for (const fc::Fact& x : fc::align_dates(near.findings)) CHECK(x.verdict == "single");
}

TEST_CASE("the start of a span far back needs more than a shared word", "[align][dates]") {
  Story s;
  s.add("a", "The ministry said it had collected 3 million euros in tolls since January.", {{"January", "2026-01"}},
        {2026, 6, 20});
  s.add("b", "A haulier said his firm had lost four drivers since January.", {{"January", "2026-01"}}, {2026, 6, 20});
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("a near month each source names once still needs the usual signs", "[align][dates]") {
  Story s;
  s.add("a", "Tickets for the final go on sale in June at the stadium.", {{"June", "2026-06"}}, kWritten);
  s.add("b", "The city will repave the harbour road in June, officials said.", {{"June", "2026-06"}}, kWritten);
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("a time of day tells two events of one day apart, so each still joins its own", "[align][dates]") {
  Story s;
  s.add("a",
        "Forecasters issued a storm warning on Saturday morning for the whole bay. The tanker Mira ran aground near "
        "Oskar Point on Saturday evening, and its crew of twelve was lifted off by helicopter.",
        {{"Saturday morning", "2021-03-13TMO"}, {"Saturday evening", "2021-03-13TEV"}});
  s.add("b", "The Mira ran aground off Oskar Point on Saturday evening; all twelve crew were lifted off.",
        {{"Saturday evening", "2021-03-13TEV"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "b", "Saturday evening");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(fctest::fact_of(facts, "a", "Saturday evening") == f);
  CHECK(fctest::fact_of(facts, "a", "Saturday morning") != f);
}

TEST_CASE("same_stem: one word inflected, not two words that open alike", "[align][dates]") {
  CHECK(fc::dates_align::same_stem("high", "highest"));
  CHECK(fc::dates_align::same_stem("competitions", "compete"));
  CHECK(fc::dates_align::same_stem("constructed", "construction"));
  CHECK_FALSE(fc::dates_align::same_stem("company", "compete"));
  CHECK_FALSE(fc::dates_align::same_stem("war", "warning"));  // under four letters
  CHECK_FALSE(fc::dates_align::same_stem("#raise", "#raised"));
}

TEST_CASE("a far year joins on a word next to both, inflected either way", "[align][dates]") {
  Story s;
  s.add("a", "Grain prices were last this high in 2011, during a drought.", {{"2011", "2011"}}, kWritten);
  s.add("b", "Wheat futures touched their highest since 2011 on Monday.", {{"2011", "2011"}}, kWritten);
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "a", "2011");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}
