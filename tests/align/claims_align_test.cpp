// Similar statements: sentences of different sources that state one claim in other words.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "align/claims_unclear.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;

std::vector<fc::Fact> claims(const Story& s, const std::vector<fc::Fact>& found = {}) {
  return fc::align_claims(s.findings, found);
}

}  // namespace

TEST_CASE("two sentences sharing most of their content words are one claim, a variant", "[align][claims]") {
  Story s;
  s.add("a", "The regulator said the airline must refund every passenger whose flight was cancelled during the strike.", {});
  s.add("b", "Every passenger whose flight was cancelled in the strike will get a refund from the airline, the regulator ruled.",
        {});
  const auto facts = claims(s);
  REQUIRE(facts.size() == 1);
  const fc::Fact& f = facts.front();
  CHECK(f.kind == "event");
  CHECK(f.verdict == "variant");
  REQUIRE(f.mentions.size() == 2);
  CHECK(f.mentions[0].rule == "similar-statement");
  CHECK(f.label.rfind("Similar statements: \"The regulator said the airline", 0) == 0);
  CHECK(f.why.find("refund") != std::string::npos);
}

TEST_CASE("sentences that share names and a few words but state different things stay apart", "[align][claims]") {
  Story s;
  s.add("a", "Mayor Ilse Brandt opened the new tram line to the airport on a sunny morning.", {});
  s.add("b", "Mayor Ilse Brandt warned that the airport tram would need more money next year.", {});
  CHECK(claims(s).empty());
}

TEST_CASE("a short sentence is no claim of a long one that only happens to hold its words", "[align][claims]") {
  Story s;
  s.add("a", "Volunteers carried people across the river in rubber boats.", {});
  s.add("b", "\"The river rose so quickly that people had no time to grab their papers or their medicine,\" said "
             "Ana Ruiz, a retired baker who waited on a neighbour's roof for six hours until rubber boats finally "
             "arrived from the fire station.", {});
  CHECK(claims(s).empty());
}

TEST_CASE("a headline joins the long lead sentence it sums up", "[align][claims]") {
  Story s;
  s.add("a", "Rubber boats carry stranded residents across flooded river\n\nThe water kept rising all day.", {});
  s.add("b", "Volunteers in rubber boats carried stranded residents across the flooded river on Sunday after the old "
             "embankment north of the market town gave way, while army engineers dumped gravel into the breach, "
             "police closed every road into the valley and the regional council opened two school gyms for "
             "families with nowhere else to sleep.", {});
  const auto facts = claims(s);
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().mentions[0].text == "Rubber boats carry stranded residents across flooded river");
}

TEST_CASE("the same description of a person in two sentences is no shared claim", "[align][claims]") {
  Story s;
  s.add("a", "Tomas Keller, deputy head of the national rail safety board, said the signals had failed twice.", {});
  s.add("b", "Tomas Keller, the deputy head of the national rail safety board, called the crash a disgrace.", {});
  CHECK(claims(s).empty());
}

TEST_CASE("a chain of loosely linked sentences does not become one claim", "[align][claims]") {
  Story s;
  s.add("a", "Farmers blocked the northern motorway with tractors to protest against cheap grain imports.", {});
  s.add("b", "Tractors blocked the northern motorway as farmers protested against cheap grain imports.", {});
  s.add("c", "Cheap grain imports and fuel prices have cut farm incomes, the farmers union said in its protest letter.", {});
  const auto facts = claims(s);
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().mentions.size() == 2);  // a and b; c shares words with both but states another thing
}

TEST_CASE("sentences an event fact already joins make no second fact", "[align][claims]") {
  Story s;
  s.add("a", "The coast guard rescued eleven crew members from the burning cargo ship overnight.", {});
  s.add("b", "Eleven crew members of the burning cargo ship were rescued overnight by the coast guard.", {});
  fc::Fact event;
  event.kind = "event";
  event.verdict = "variant";
  for (size_t i = 0; i < 2; ++i) {
    const std::string& text = s.sources[i].text;
    const size_t at = text.find("rescued");
    event.mentions.push_back(fc::Mention{s.sources[i].id, "rescued", "rescue", at, at + 7, "test.event", {}});
  }
  CHECK(claims(s, {event}).empty());
  CHECK(claims(s).size() == 1);
}

namespace {

// A found fact of `kind` with one mention of `phrase` in source `id` of the story, valued `value`.
fc::Fact found_value(const Story& s, const std::string& id, const std::string& phrase, const std::string& kind,
                     const std::string& value) {
  fc::Fact f;
  f.kind = kind;
  f.verdict = "single";
  for (const fc::SourceFindings& sf : s.findings) {
    if (sf.source->id != id) continue;
    const size_t at = sf.source->text.find(phrase);
    f.mentions.push_back(fc::Mention{id, phrase, value, at, at + phrase.size(), "test", {}});
  }
  return f;
}

}  // namespace

TEST_CASE("a similar statement whose sentences give other dates or figures says unclear", "[align][claims]") {
  Story s;
  s.add("a", "The water board said the dike along the canal would be raised by two metres from Monday.", {});
  s.add("b", "The dike along the canal will be raised by two metres from Friday, the water board said.", {});
  const fc::Fact monday = found_value(s, "a", "Monday", "date", "2026-03-09");
  const fc::Fact friday = found_value(s, "b", "Friday", "date", "2026-03-13");
  auto facts = claims(s, {monday, friday});
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().verdict == "variant");
  CHECK(facts.front().label.rfind("Similar statements (unclear: different dates): \"", 0) == 0);
  REQUIRE(facts.front().flags.size() == 1);
  CHECK(facts.front().flags.front() == "unclear: a and b give different dates (2026-03-09 / 2026-03-13)");
  // the same day, or a month holding it, fits: no doubt raised
  facts = claims(s, {monday, found_value(s, "b", "Friday", "date", "2026-03")});
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().label.rfind("Similar statements: \"", 0) == 0);
  CHECK(facts.front().flags.empty());
  // exact figures of one unit that differ raise it too; a vague one does not
  Story t;
  t.add("a", "Rescue teams flew 40 stranded hikers off the ridge by helicopter before the storm.", {});
  t.add("b", "Before the storm, helicopters flew 45 stranded hikers off the ridge, rescue teams said.", {});
  facts = claims(t, {found_value(t, "a", "40 stranded hikers", "number", "40 hiker"),
                     found_value(t, "b", "45 stranded hikers", "number", "45 hiker")});
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().label.rfind("Similar statements (unclear: different figures): \"", 0) == 0);
  facts = claims(t, {found_value(t, "a", "40 stranded hikers", "number", "40 hiker"),
                     found_value(t, "b", "45 stranded hikers", "number", "~45 hiker")});
  REQUIRE(facts.size() == 1);
  CHECK(facts.front().flags.empty());
}

TEST_CASE("an event whose sources' sentences give other exact figures says unclear", "[align][claims][events]") {
  Story s;
  s.add("a", "A court in the capital sentenced the blogger to six years for insulting the army.", {});
  s.add("b", "The blogger was condemned to eight years by the capital's court for insulting the army.", {});
  s.add("c", "The blogger got a prison term from a court in the capital on Monday.", {});
  fc::Fact event = found_value(s, "a", "sentenced the blogger", "event", "");
  event.verdict = "variant";
  event.label = "court sentenced blogger";
  for (const fc::Fact& f : {found_value(s, "b", "condemned to eight", "event", ""),
                            found_value(s, "c", "got a prison term", "event", "")}) {
    event.mentions.push_back(f.mentions.front());
  }
  std::vector<fc::Fact> facts = {event, found_value(s, "a", "six years", "number", "6 year"),
                                 found_value(s, "b", "eight years", "number", "8 year"),
                                 found_value(s, "c", "Monday", "date", "2026-03-09")};
  fc::mark_unclear_events(s.findings, facts);
  CHECK(facts.front().label == "court sentenced blogger (unclear: different figures)");
  REQUIRE(facts.front().flags.size() == 1);  // c gives no figure; its date is not compared
  CHECK(facts.front().flags.front() == "unclear: a and b give different figures (6 year / 8 year)");
  // the same figure, a vague one, or a single fact: nothing is marked
  facts = {event, found_value(s, "a", "six years", "number", "6 year"),
           found_value(s, "b", "eight years", "number", "~6 year")};
  fc::mark_unclear_events(s.findings, facts);
  CHECK(facts.front().label == "court sentenced blogger");
  CHECK(facts.front().flags.empty());
  event.verdict = "single";
  facts = {event, found_value(s, "a", "six years", "number", "6 year"),
           found_value(s, "b", "eight years", "number", "8 year")};
  fc::mark_unclear_events(s.findings, facts);
  CHECK(facts.front().flags.empty());
}

TEST_CASE("the value index answers as the pass over every fact does", "[align][claims]") {
  Story s;
  s.add("a", "On Monday 40 hikers and 3 guides left the hut. On Tuesday 12 more followed.", {});
  s.add("b", "Some 45 hikers and 3 guides left the hut on Sunday. Twelve more went on Tuesday.", {});
  const std::vector<fc::Fact> found = {
      found_value(s, "a", "Monday", "date", "2026-03-09"), found_value(s, "a", "40 hikers", "number", "40 hiker"),
      found_value(s, "a", "3 guides", "number", "3 guide"), found_value(s, "a", "Tuesday", "date", "2026-03-10"),
      found_value(s, "b", "45 hikers", "number", "~45 hiker"), found_value(s, "b", "3 guides", "number", "3 guide"),
      found_value(s, "b", "Sunday", "date", "2026-03-08"), found_value(s, "b", "Tuesday", "date", "2026-03-10")};
  const fc::ValueIndex index(s.findings, found);
  const std::vector<fc::SentenceSpan> spans = {{0, 0, 46}, {0, 47, 75}, {1, 0, 51}, {1, 52, 80}};
  for (const fc::SentenceSpan& x : spans) {
    for (const fc::SentenceSpan& y : spans) {
      const fc::Disagreement a = fc::values_disagree(s.findings, found, x, y), b = index.disagree(x, y, true);
      CHECK(a.what == b.what);
      CHECK(a.a == b.a);
      CHECK(a.b == b.b);
    }
  }
  CHECK(index.disagree(spans[0], spans[2], true).what == "different dates");
  CHECK(index.disagree(spans[0], spans[2], false).what.empty());
}
