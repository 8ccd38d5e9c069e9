// Date alignment by chorus: a mention whose long sentence matches each report of its day only a little (below the
// twin cosine) still joins them when it is every one of those reports' mutual best match that day and the reports
// match one another; reports of different events on that day do not make a chorus.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;

// A source of 24 undated sentences, each with words of its own: rarity is told only in a story of some length.
void add_background(Story& s) {
  std::string text;
  for (int i = 0; i < 24; ++i) text += "Background note number " + std::to_string(100 + i) + " covers item w" + std::to_string(i) + ". ";
  s.add("z", text, {});
}

// A long sentence of one event (a product taken off sale) with an aside, and a second event of that day.
void add_long_report(Story& s) {
  s.add("d", "Chains pulled the ladder and halted orders on Friday, which is why buyers in Osterby, Pellin and Vask met "
             "empty racks, cross staff and long queues at the returns desks. The Vask council also met on Friday.",
        {{"Friday,", "2021-03-12"}, {"Friday.", "2021-03-12"}});
}

}  // namespace

TEST_CASE("a long sentence that every report of its day matches a little joins them", "[align][dates][twins]") {
  Story s;
  s.add("a", "Hardware chains stopped selling the Steplite ladder on Friday after a hinge fault came to light. The "
             "regulator counted 9,400 ladders sold.",
        {{"Friday", "2021-03-12"}});
  s.add("b", "Shops pulled the Steplite ladder from sale on Friday over the hinge fault, the regulator said. Owners "
             "may ask for a refund.",
        {{"Friday", "2021-03-12"}});
  s.add("c", "Sales of the Steplite ladder were halted on Friday because of the hinge fault. The maker apologised.",
        {{"Friday", "2021-03-12"}});
  add_long_report(s);
  add_background(s);
  const fc::dates_align::DateStory story = fc::dates_align::collect_dates(s.findings);
  REQUIRE(story.items.size() == 5);
  for (size_t report = 0; report < 3; ++report) {
    CAPTURE(report);
    CHECK(fc::dates_align::sentence_match(story, report, 3).cosine < 0.15);  // below the twin cosine
    CHECK(fc::dates_align::twins(story, report, 3));
    CHECK_FALSE(fc::dates_align::twins(story, report, 4));  // the council meeting stays apart
  }
}

TEST_CASE("reports of different events on one day make no chorus for a sentence that shares a word with each",
          "[align][dates][twins]") {
  Story s;
  s.add("a", "Hardware chains met the shop union on Friday to talk about pay. The union wants more.",
        {{"Friday", "2021-03-12"}});
  s.add("b", "Rangers pulled a hiker from the river near Pellin on Friday. She was unhurt.", {{"Friday", "2021-03-12"}});
  s.add("c", "The port halted its ferries on Friday, and long queues formed. Crossings resume soon.",
        {{"Friday", "2021-03-12"}});
  add_long_report(s);
  add_background(s);
  const fc::dates_align::DateStory story = fc::dates_align::collect_dates(s.findings);
  REQUIRE(story.items.size() == 5);
  CHECK_FALSE(fc::dates_align::twins(story, 0, 3));
  CHECK_FALSE(fc::dates_align::twins(story, 1, 3));
}
