// Date alignment by sentence twins: a mention worded unlike the rest of its event's reports joins them when its
// sentence shares the story's rare words and names with one of them as no other sentence of that day does.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;
using fctest::fact_of;

// A source of 24 undated sentences, each with words of its own: rarity is told only in a story of some length.
void add_background(Story& s) {
  std::string text;
  for (int i = 0; i < 24; ++i) text += "Background note number " + std::to_string(100 + i) + " covers item w" + std::to_string(i) + ". ";
  s.add("z", text, {});
}

// Four reports of the pumps shut on Tuesday, plus filler sentences so that the story's common words are common.
void add_pump_reports(Story& s) {
  s.add("a", "The utility shut the pumps on Tuesday. The utility said testing goes on. The utility thanked residents.",
        {{"Tuesday", "2021-03-16"}});
  s.add("b", "Pumps serving Brolby and Kessing were switched off on Tuesday, the utility said. The utility gave no "
             "date for a restart.",
        {{"Tuesday", "2021-03-16"}});
  s.add("c", "The utility stopped the pumps on 16 March, cutting off 4,300 homes. The utility has set up tankers.",
        {{"16 March", "2021-03-16"}});
  s.add("e", "The pumps were turned off on Tuesday. The utility blamed a chemical leak.", {{"Tuesday", "2021-03-16"}});
}

}  // namespace

TEST_CASE("a differently worded report joins the day's event its rare names and figures match",
          "[align][dates][twins]") {
  Story s;
  add_pump_reports(s);
  add_background(s);
  // no word of the event ("taps ... dry since"), but Brolby, Kessing and 4,300 homes, and a second Tuesday event
  s.add("d", "In Brolby and Kessing, 4,300 homes have had dry taps since Tuesday. The mayor of Vinter resigned on "
             "Tuesday over an unrelated dispute.",
        {{"Tuesday", "2021-03-16"}, {"Tuesday over", "2021-03-16"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "d", "Tuesday");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() >= 3);
  CHECK(fact_of(facts, "d", "Tuesday over") != f);  // the other event of that day stays apart
}

TEST_CASE("of two events on one day, a report joins the one its sentence matches", "[align][dates][twins]") {
  Story s;
  s.add("a", "On Wednesday Harlow Freight announced the closure of its Dunmere depot. The carrier Harlow Freight "
             "also lodged an appeal against the Ostry customs fine on Wednesday.",
        {{"On Wednesday", "2021-03-17"}, {"Wednesday.", "2021-03-17"}});
  add_background(s);
  s.add("b", "Harlow Freight has appealed the Ostry customs fine, filing papers on Wednesday. Harlow Freight "
             "gave no figures.",
        {{"Wednesday", "2021-03-17"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "b", "Wednesday");
  REQUIRE(f);
  CHECK(fact_of(facts, "a", "Wednesday.") == f);
  CHECK(fact_of(facts, "a", "On Wednesday") != f);
}

TEST_CASE("the day a thing was said never twins with the day of an event", "[align][dates][twins]") {
  Story s;
  s.add("a", "Divers searched the capsized barge Orla near Tessa Point, the coastguard said on Sunday. The "
             "coastguard gave no names.",
        {{"Sunday", "2021-03-14"}});
  s.add("b", "Divers ran sonar over the barge Orla off Tessa Point on Sunday. The coastguard gave no figures.",
        {{"Sunday", "2021-03-14"}});
  s.add("c", "Crews used sonar on the barge Orla near Tessa Point on Sunday. The coastguard gave no times.",
        {{"Sunday", "2021-03-14"}});
  add_background(s);
  const fc::dates_align::DateStory story = fc::dates_align::collect_dates(s.findings);
  REQUIRE(story.items.size() == 3);
  CHECK(story.items[0].speech);
  CHECK_FALSE(fc::dates_align::twins(story, 0, 1));
  CHECK(fc::dates_align::twins(story, 1, 2));
  s.findings.pop_back();  // without the long background the story is too short to tell a rare word
  CHECK_FALSE(fc::dates_align::twins(fc::dates_align::collect_dates(s.findings), 1, 2));
}

TEST_CASE("two groups that each name the day once join when a twin pair bridges them", "[align][dates][twins]") {
  for (bool long_story : {false, true}) {
    Story s;
    s.add("a", "Harbour politics grew loud again this spring. The Orvik council debated the harbour budget on Thursday for six hours.",
          {{"Thursday", "2021-03-18"}});
    // b and c share their rare words (Kestrel Quay, 14.5 million, cranes, fish market) far from the day, where
    // the words around the day do not see them
    s.add("b", "Local reporters followed every single session closely. With 14.5 million for Kestrel Quay and two new cranes at the old fish market at stake, councillors "
               "in Orvik argued over the harbour budget on Thursday.",
          {{"Thursday", "2021-03-18"}});
    s.add("c", "Here is what the new money will pay for. Kestrel Quay will get 14.5 million for new cranes, the old fish market and a wider slipway under the "
               "spending plan drawn up on 18 March.",
          {{"18 March", "2021-03-18"}});
    s.add("d", "Several smaller projects are also on the list. The spending plan drawn up on 18 March also covers the ferry ramp.", {{"18 March", "2021-03-18"}});
    if (long_story) add_background(s);
    const auto facts = fc::align_dates(s.findings);
    const fc::Fact* f = fact_of(facts, "a", "Thursday");
    REQUIRE(f);
    CAPTURE(long_story);
    CHECK(f->mentions.size() == (long_story ? 4u : 2u));
  }
}
