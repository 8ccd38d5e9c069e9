// Two claims on one date: statements of different speakers made on one day, and two "since YEAR" claims, stay
// apart; one speaker's statement and one claim told twice still join.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"
#include "text/text.h"

namespace {

const fc::CivilDate kAnchor{2030, 9, 16};

bool joined(const std::vector<fc::Fact>& facts, const std::string& a, const std::string& ta, const std::string& b,
            const std::string& tb) {
  const fc::Fact* f = fctest::fact_of(facts, a, ta);
  return f != nullptr && f == fctest::fact_of(facts, b, tb);
}

}  // namespace

TEST_CASE("a speech date's speaker is the subject before its verb", "[align][dates][claims]") {
  const auto words = [](const std::string& text) {
    const fc::TextIndex idx = fc::index_text(text);
    size_t first = 0;
    while (first < idx.tokens.size() && idx.tokens[first].norm != "sunday") ++first;
    return fc::dates_align::speech_speaker(idx, first);
  };
  CHECK(words("The regional flood council said on Sunday that roads were shut.") ==
        std::vector<std::string>{"council", "flood", "regional"});
  CHECK(words("Governor Tomas Brel told reporters on Sunday that aid was coming.") ==
        std::vector<std::string>{"brel", "tomas", "governor"});
  CHECK(words("Roads were shut, the Coastal Relief Agency (CRA) said on Sunday.") ==
        std::vector<std::string>{"agency", "relief", "coastal"});  // the name stands before its bracketed short form
  CHECK(words("He said on Sunday that aid was coming.").empty());                     // a pronoun tells no one
  CHECK(words("Aid arrived after the emergency was declared on Sunday.").empty());    // a passive has no speaker
}

TEST_CASE("statements of three speakers on one day are three facts", "[align][dates][claims]") {
  fctest::DateStory s;
  s.add("a", "The regional flood council said on Sunday that 40 roads were closed by the storm.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  s.add("b", "Governor Tomas Brel said on Sunday that the storm had closed roads and schools.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  s.add("c", "The president said on Sunday that the storm had closed roads across the north.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  CHECK_FALSE(joined(facts, "a", "Sunday", "b", "Sunday"));
  CHECK_FALSE(joined(facts, "a", "Sunday", "c", "Sunday"));
  CHECK_FALSE(joined(facts, "b", "Sunday", "c", "Sunday"));
}

TEST_CASE("one speaker's statement told by two sources stays one fact", "[align][dates][claims]") {
  fctest::DateStory s;
  s.add("a", "The president said on Sunday that the storm had closed roads across the north.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  s.add("b", "The country's president said on Sunday that the storm closed roads across the north.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  CHECK(joined(facts, "a", "Sunday", "b", "Sunday"));
}

TEST_CASE("two claims measured from one year stay apart, one claim told twice joins", "[align][dates][claims]") {
  fctest::DateStory s;
  s.add("a", "Storm Orla was the wettest storm to reach Pellan since 2011, the weather office said.",
        {{"2011", "2011"}}, kAnchor);
  s.add("b", "Orla was the first to cut the island's ferry link since 2011.", {{"2011", "2011"}}, kAnchor);
  s.add("c", "Forecasters called Orla the wettest storm on Pellan since 2011.", {{"2011", "2011"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  CHECK_FALSE(joined(facts, "a", "2011", "b", "2011"));
  CHECK(joined(facts, "a", "2011", "c", "2011"));
}

TEST_CASE("two speakers stay apart when a side word of one's name is merely in the other's sentence",
          "[align][dates][claims]") {
  fctest::DateStory s;
  s.add("a", "The storm closed 40 roads in the north, the Coastal Relief Agency (CRA) said on Sunday.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  s.add("b", "The storm closed roads in every coastal town of the north, Governor Tomas Brel said on Sunday.",
        {{"Sunday", "2030-09-15"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  CHECK_FALSE(joined(facts, "a", "Sunday", "b", "Sunday"));
}

TEST_CASE("a record and a first measured from one year stay apart even when they share words",
          "[align][dates][claims]") {
  fctest::DateStory s;
  s.add("a", "It was the most powerful storm to hit the island of Pellan since 2011.", {{"2011", "2011"}}, kAnchor);
  s.add("b", "Orla was the first storm to hit Pellan directly since 2011.", {{"2011", "2011"}}, kAnchor);
  s.add("c", "Forecasters called Orla the most powerful storm to hit Pellan since 2011.", {{"2011", "2011"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  CHECK_FALSE(joined(facts, "a", "2011", "b", "2011"));
  CHECK(joined(facts, "a", "2011", "c", "2011"));
}

TEST_CASE("a night sign is a whole word: not 'nights' or 'nightclub'", "[align][dates][night]") {
  const auto sign = [](const std::string& text) {
    const size_t at = text.find("Friday");
    return fc::dates_align::night_sign(text, at, at + 6);
  };
  CHECK(sign("The fire broke out late on Friday in the old town."));
  CHECK(sign("Police raided the bar on Friday night."));
  CHECK(sign("The ferry sank overnight on Friday."));
  CHECK_FALSE(sign("The band played the nightclub on Friday to a full room."));
  CHECK_FALSE(sign("The hotel was booked on Friday for three nights."));
}
