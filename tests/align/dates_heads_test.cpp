// The event a date belongs to: named next to the day ("broke out on Monday"), and folded to one class however
// worded, so reports of one event join and two days for it conflict, while a day of another event of the
// sentence never does.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

// Stories of hand-made timexes, anchored on 2030-04-10.
struct Story : fctest::DateStory {
  void add(const std::string& id, const std::string& text, const std::string& phrase, const std::string& value,
           const std::string& rule = "d_weekday") {
    DateStory::add(id, text, {{phrase, value}}, fc::CivilDate{2030, 4, 10}, rule);
  }
};

size_t conflicts(const Story& s) {
  size_t n = 0;
  for (const fc::Fact& f : fc::align_dates(s.findings)) n += f.verdict == "conflict" ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("two days for one outbreak, worded 'broke out' and 'erupted', conflict", "[align][dates]") {
  Story s;
  s.add("a", "A wildfire broke out on Monday near the hamlet of Orsk and burned 900 hectares of pine.", "Monday",
        "2030-04-08");
  s.add("b", "The blaze, which erupted on Saturday near the hamlet of Orsk, burned 900 hectares of pine.", "Saturday",
        "2030-04-06");
  CHECK(conflicts(s) == 1);
}

TEST_CASE("a day dating another event of the sentence is no conflict", "[align][dates]") {
  // b's holiday dates the sales ("sold ... as New Year gifts"), a's Tuesday the ban: two events, though both
  // sentences speak of drones sold across the country
  Story s;
  s.add("a", "Regulators on Tuesday banned about 30,000 toy drones sold across the country after two fires.", "Tuesday",
        "2030-04-09");
  s.add("b", "About 30,000 toy drones were sold across the country, many of them as New Year gifts.", "New Year",
        "2030-01-01", "d_holiday");
  CHECK(conflicts(s) == 0);
}

TEST_CASE("one protest worded 'protested' and 'marched' joins on its day", "[align][dates]") {
  Story s;
  s.add("a", "Thousands of nurses protested outside the ministry in Velna on Thursday over pay.", "Thursday",
        "2030-04-04");
  s.add("b", "Some 20,000 health workers marched through Velna on Thursday, a week before the budget.", "Thursday",
        "2030-04-04");
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "a", "Thursday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
}

TEST_CASE("one founding worded 'created' and 'set up' joins on its year", "[align][dates]") {
  Story s;
  s.add("a", "The penalty is the largest since the ombudsman was created in 2011.", "2011", "2011", "d_year");
  s.add("b", "The office, set up in 2011 by the Lessing government, has grown bolder.", "2011", "2011", "d_year");
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "a", "2011");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("two named months for one event conflict when two sources agree on one of them", "[align][dates]") {
  Story s;
  s.add("a", "The Volta kettle, sold since June 2028 in hardware stores, is being recalled.", "June 2028", "2028-06",
        "d_my");
  s.add("b", "Volta kettles sold from June 2028 in hardware stores are affected.", "June 2028", "2028-06", "d_my");
  s.add("c", "The kettle was sold since August 2028 in hardware stores.", "August 2028", "2028-08", "d_my");
  CHECK(conflicts(s) == 1);
}

TEST_CASE("a part of a month is no whole month to dispute", "[align][dates]") {
  Story s;
  s.add("a", "The Volta kettle, sold since June 2028 in hardware stores, is being recalled.", "June 2028", "2028-06",
        "d_my");
  s.add("b", "Volta kettles sold from June 2028 in hardware stores are affected.", "June 2028", "2028-06", "d_my");
  s.add("c", "The kettle was sold since the end of August 2028 in hardware stores.", "the end of August 2028",
        "2028-08", "d_pos_month");
  CHECK(conflicts(s) == 0);
}

TEST_CASE("two named months of one source each, with no name in common, stay apart", "[align][dates]") {
  Story s;
  s.add("a", "The kettle, sold since June 2028 in hardware stores, is being recalled.", "June 2028", "2028-06", "d_my");
  s.add("c", "The kettle was sold since August 2028 in hardware stores.", "August 2028", "2028-08", "d_my");
  CHECK(conflicts(s) == 0);
}

TEST_CASE("two leads dating one party's announcement join on its day", "[align][dates]") {
  Story s;
  s.add("a", "Korvald Foods has agreed to buy the dairy group Mellan for 900 million euros, the company said on Monday.",
        "Monday", "2030-04-08");
  s.add("b", "Korvald Foods will pay 950 million euros for its rival Mellan, it announced on Monday.", "Monday",
        "2030-04-08");
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "a", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("a statement day outside the lead joins no other statement on its words alone", "[align][dates]") {
  Story s;
  s.add("a", "Korvald Foods has agreed to buy the dairy group Mellan for 900 million euros, the company said on Monday.",
        "Monday", "2030-04-08");
  s.add("b", "Shares in the dairy sector rose sharply across the region this week. Farmers' unions welcomed the news. "
             "A spokesman for the staff council said on Monday that no jobs in the three bottling plants run by the "
             "group Mellan were at risk.",
        "Monday", "2030-04-08");
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "a", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}

TEST_CASE("a day inside the named part of its month agrees with it", "[align][dates]") {
  fc::Fact f;
  f.verdict = "variant";
  f.values = {"2030-05", "2030-05-27"};
  f.mentions = {{"a", "27 May", "2030-05-27", 0, 7, "d_dm", {}}, {"b", "late May", "2030-05", 0, 8, "d_month", {}}};
  fc::dates_align::agree_within_vague(f);
  CHECK(f.verdict == "agree");
  CHECK(f.why.find("'27 May' lies within 'late May'") != std::string::npos);
}

TEST_CASE("a day outside the named part of its month stays a variant", "[align][dates]") {
  for (const std::string part : {"early May", "mid-May", "in May"}) {
    fc::Fact f;
    f.verdict = "variant";
    f.values = {"2030-05", "2030-05-27"};
    f.mentions = {{"a", "27 May", "2030-05-27", 0, 7, "d_dm", {}}, {"b", part, "2030-05", 0, 8, "d_month", {}}};
    fc::dates_align::agree_within_vague(f);
    CHECK(f.verdict == "variant");
  }
}

TEST_CASE("a measure's change in two months is two monthly figures, no conflict", "[align][dates]") {
  Story s;
  s.add("a", "Consumer prices in Velaria increased by 4.1 percent in June 2028, the statistics office said.", "June 2028",
        "2028-06", "d_my");
  s.add("b", "Consumer prices in Velaria increased by 4.1 percent in June 2028 from a year earlier.", "June 2028",
        "2028-06", "d_my");
  s.add("c", "Consumer prices in Velaria increased by 3.8 percent in May 2028, the statistics office said.", "May 2028",
        "2028-05", "d_my");
  CHECK(conflicts(s) == 0);
}
