// Date alignment: the day of a story's main event, stated in each report's lead, joins across sources.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;

const fc::CivilDate kWed{2021, 3, 17};

using fctest::fact_of;

// Source a opens with `opening`, then says what happened on Tuesday; b and c tell the crash in other words. Each
// source also names that day for another event, so no mention is its source's only one of the day.
std::vector<fc::Fact> crash_story(const std::string& opening) {
  Story s;
  s.add("a", opening + "A bus carrying pupils overturned near Halden on Tuesday, police said. Parents gathered at "
                       "the school on Tuesday evening.",
        {{"Tuesday", "2021-03-16"}, {"Tuesday evening", "2021-03-16"}}, kWed);
  s.add("b", "Eleven children were hurt in Halden yesterday when their coach rolled into a ditch. The regional "
             "council met yesterday afternoon.",
        {{"yesterday", "2021-03-16"}, {"yesterday afternoon", "2021-03-16"}}, kWed);
  s.add("c", "Halden mourns\n\nA school trip ended in a ditch outside Halden on Tuesday, leaving eleven injured. "
             "Police spoke to the driver on Tuesday night.",
        {{"Tuesday", "2021-03-16"}, {"Tuesday night", "2021-03-16"}}, kWed);
  return fc::align_dates(s.findings);
}

}  // namespace

TEST_CASE("the lead ends at the first full sentence, a headline and a dateline before it belong to it",
          "[align][dates][lead]") {
  const std::string text = "Bus crash near Halden\n\nHALDEN, March 17\n\nA bus carrying pupils overturned near Halden "
                           "on Tuesday, police said. Parents gathered later.";
  const fc::TextIndex idx = fc::index_text(text);
  CHECK(fc::dates_align::lead_end(idx) == text.find(" Parents"));
  CHECK(fc::dates_align::lead_end(fc::index_text("Short. Too short.")) == 0);
}

TEST_CASE("the main event's day in the leads of most sources joins on a shared name though the words differ",
          "[align][dates][lead]") {
  const auto lead = crash_story("");
  const fc::Fact* f = fact_of(lead, "a", "Tuesday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(f->verdict == "agree");
  // the other mentions of that day are other events and stay apart
  const fc::Fact* parents = fact_of(lead, "a", "Tuesday evening");
  REQUIRE(parents);
  CHECK(parents->mentions.size() == 1);
  // the same sentence below another lead is not the lead, and two leads are not most of three sources: a's
  // thin overlap does not join it
  const auto later = crash_story("Police in Halden asked drivers to slow down near schools. ");
  const fc::Fact* g = fact_of(later, "a", "Tuesday");
  REQUIRE(g);
  CHECK(g->mentions.size() == 1);
}

TEST_CASE("a lead holding the story's event and a fresh development does not join that day on names alone",
          "[align][dates][lead]") {
  Story s;
  s.add("a", "Rescuers found two more survivors in Halden on Wednesday as the toll from Tuesday's flood rose to "
             "nine. Roads stayed shut on Monday.",
        {{"Wednesday", "2021-03-17"}, {"Tuesday", "2021-03-16"}, {"Monday", "2021-03-15"}}, kWed);
  s.add("b", "The Red Cross opened a shelter in Halden's sports hall today. Schools close on Friday.",
        {{"today", "2021-03-17"}, {"Friday", "2021-03-19"}}, kWed);
  s.add("c", "A Red Cross shelter opened in the sports hall on Wednesday with two hundred beds.",
        {{"Wednesday", "2021-03-17"}}, kWed);
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "Wednesday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
  const fc::Fact* shelter = fact_of(facts, "b", "today");
  REQUIRE(shelter);
  CHECK(shelter->mentions.size() == 2);
}

TEST_CASE("coming days in two leads are plans and do not join as the main event", "[align][dates][lead]") {
  Story s;
  s.add("a", "The council of Halden will vote on a road budget on Friday, officials said. It met on Monday.",
        {{"Friday", "2021-03-19"}, {"Monday", "2021-03-15"}}, kWed);
  s.add("b", "Pupils in Halden will return to class on Friday after repairs. Lessons stopped on Monday.",
        {{"Friday", "2021-03-19"}, {"Monday", "2021-03-15"}}, kWed);
  s.add("c", "A Halden choir will sing at the cathedral on Friday. It was founded on Monday.",
        {{"Friday", "2021-03-19"}, {"Monday", "2021-03-15"}}, kWed);
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "Friday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}
