// Tense and shape cases of dates: a reported plan, a hope, a long "will" clause, a weekday named with its day, an ordinal dot.
#include <catch2/catch.hpp>

#include "extract/dates.h"

namespace {
const fc::CivilDate kWednesday{2030, 4, 10};

std::string value_of(const std::string& text, const std::string& span) {
  for (const fc::Timex& t : fc::tag_dates(text, kWednesday)) {
    if (t.text == span) return t.value;
  }
  return "(none)";
}
}  // namespace

TEST_CASE("a past verb before 'that' does not set the time of the clause it reports", "[dates][tense]") {
  // The nearest Friday (two days on), not last week's.
  CHECK(value_of("The two mayors agreed that their deputies meet on Friday in Osk.", "Friday") == "2030-04-12");
  // A past verb inside the clause still counts.
  CHECK(value_of("Officials agreed that the bridge closed on Friday.", "Friday") == "2030-04-05");
}

TEST_CASE("a hope looks ahead", "[dates][tense]") {
  CHECK(value_of("She said she hoped the fundraising dinner on Friday would fill the hall.", "Friday") == "2030-04-12");
}

TEST_CASE("'will' governs a long clause before its weekday, other cues only a short one", "[dates][tense]") {
  CHECK(value_of("The choir will then travel with its conductor to the spring festival in Dunmore on Monday.",
                 "Monday") == "2030-04-15");
  // A future cue far back does not outweigh the past participle next to the day.
  CHECK(value_of("Crowds stayed until the small hours in the square of Dunmore, where the mayor elected on Sunday spoke.",
                 "Sunday") == "2030-04-07");
}

TEST_CASE("a weekday written before its day and month is one date", "[dates]") {
  CHECK(value_of("Members vote at the meeting on Thursday, 18 April.", "Thursday, 18 April") == "2030-04-18");
  CHECK(value_of("The fair opens on Saturday, 4 May 2030.", "Saturday, 4 May 2030") == "2030-05-04");
}

TEST_CASE("an offer or proposal right before 'on' a weekday is dated by it", "[dates][tense]") {
  CHECK(value_of("The neighbouring state first offered on Monday to host the talks.", "Monday") == "2030-04-08");
  // A schedule is not an act: it keeps looking ahead.
  CHECK(value_of("The vote was scheduled on Friday.", "Friday") == "2030-04-12");
}

TEST_CASE("the weekday written with a day and month picks the year", "[dates]") {
  // Read ahead from 10 April 2030, "5 April" would be next year's; only 2030's 5 April is a Friday.
  CHECK(value_of("Members will vote at the meeting held on Friday, 5 April.", "Friday, 5 April") == "2030-04-05");
}

TEST_CASE("a day something is arranged 'for' lies ahead, whatever tense the arranging took", "[dates][tense]") {
  CHECK(value_of("The council has called an emergency session for Friday.", "Friday") == "2030-04-12");
  CHECK(value_of("A second vote was set for Monday.", "Monday") == "2030-04-15");
  // "for Monday's attack" names an event: the clause's past tense stands
  CHECK(value_of("Two men were charged for Monday's arson at the depot.", "Monday") == "2030-04-08");
}

TEST_CASE("a weekday a span runs 'from' lies ahead, unless an auxiliary or a closing day makes it past", "[dates][tense]") {
  CHECK(value_of("The governor has summoned the union leaders to her office from Monday.", "Monday") == "2030-04-15");
  CHECK(value_of("The libraries stay closed from Friday.", "Friday") == "2030-04-12");
  // a past auxiliary, a closed span, an event named by its day, a calendar date: the clause's tense stands
  CHECK(value_of("The libraries were closed from Friday.", "Friday") == "2030-04-05");
  CHECK(value_of("The exhibition ran from Monday to Tuesday.", "Monday") == "2030-04-08");
  CHECK(value_of("Rescuers pulled more people from Sunday's flood debris.", "Sunday") == "2030-04-07");
  CHECK(value_of("Fees doubled from 3 April.", "3 April") == "2030-04-03");
}

TEST_CASE("a day written with an ordinal dot before its month is one date only after a preposition", "[dates]") {
  CHECK(value_of("The ferry runs again from the 22. April.", "22. April") == "2030-04-22");
  // a sentence ending in a figure before one opening with a month name is no date
  CHECK(value_of("Prices rose to 30. October was calm.", "30. October") == "(none)");
}
