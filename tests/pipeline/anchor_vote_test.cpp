#include <catch2/catch.hpp>

#include "pipeline/anchor_evidence.h"

namespace {
using fc::dates_corroborate::Evidence;
using fc::dates_corroborate::Mention;

// A mention named `text` with sorted `words`, naming day anchor + `shift` under every anchor 99..104 ("yesterday"
// is moving with shift -1) or always `fixed` (a weekday of the same week).
Mention mention(const std::string& text, std::vector<std::string> words, bool moving, long shift_or_fixed) {
  Mention m;
  m.text = text;
  m.words = std::move(words);
  m.moving = moving;
  for (long a = 99; a <= 104; ++a) m.day_at[a] = moving ? a + shift_or_fixed : shift_or_fixed;
  return m;
}

// Dated evidence: day 100 tells the pier talks (and the walkout), day 101 only names the pier.
Evidence evidence() {
  Evidence ev;
  ev.weight = {{"kestrel", 4}, {"mediators", 4}, {"walkout", 4}, {"accord", 4}};
  ev.by_day[100] = {{"kestrel", "mediators"}, {"walkout"}};
  ev.by_day[101] = {{"kestrel"}};
  return ev;
}
}  // namespace

TEST_CASE("a 'yesterday' that fits one writing day far better than any other pins it when another date agrees",
          "[pipeline][anchor]") {
  std::map<size_t, Mention> ms{{0, mention("yesterday", {"kestrel", "mediators"}, true, -1)},
                               {50, mention("this Monday", {"walkout"}, false, 100)}};
  std::string how;
  auto day = fc::dates_corroborate::decide_by_vote(ms, evidence(), how);
  REQUIRE(day);
  CHECK(fc::days_from_civil(*day) == 101);
  CHECK(how.find("clearly") != std::string::npos);
  std::string how2;
  CHECK_FALSE(fc::dates_corroborate::decide(ms, evidence(), how2));  // only one strong match: the count rule refuses
}

TEST_CASE("the vote stays undated on a near tie, a lone mention, two votes apart or a dissent", "[pipeline][anchor]") {
  std::string how;
  Evidence tie = evidence();
  tie.by_day[101] = {{"kestrel", "mediators"}};  // the same words fit the next day just as well
  std::map<size_t, Mention> ms{{0, mention("yesterday", {"kestrel", "mediators"}, true, -1)},
                               {50, mention("this Monday", {"walkout"}, false, 100)}};
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(ms, tie, how));
  std::map<size_t, Mention> lone{{0, mention("yesterday", {"kestrel", "mediators"}, true, -1)}};
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(lone, evidence(), how));
  std::map<size_t, Mention> apart = ms;
  apart[90] = mention("today", {"kestrel", "mediators"}, true, 0);  // votes for writing day 100, not 101
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(apart, evidence(), how));
  Evidence other = evidence();
  other.by_day[103] = {{"accord", "walkout"}};
  std::map<size_t, Mention> dissent = ms;
  dissent[90] = mention("Thursday", {"accord", "walkout"}, false, 103);
  dissent[90].day_at.erase(101);  // under writing day 101 this weekday names no day of the evidence
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(dissent, other, how));
}

TEST_CASE("a clear 'yesterday' vote is confirmed by a weekday the dated sources name for that week",
          "[pipeline][anchor]") {
  // The undated source: "the ferry crew were rescued yesterday"; "the survivors will be flown out this Saturday"
  // (worded unlike any dated sentence). Dated sources call day 102 "Saturday" (a Saturday of this frame).
  Evidence ev;
  ev.weight = {{"ferry", 4}, {"rescued", 4}, {"crew", 4}, {"flight", 4}};
  ev.by_day[100] = {{"crew", "ferry", "rescued"}};
  ev.by_day[102] = {{"flight"}};
  ev.weekday_named.insert(102);
  ev.first_published = 100;  // the dated sources appeared on days 100 to 102
  ev.last_published = 102;
  Mention sat = mention("this Saturday", {"flown", "survivors"}, false, 102);
  sat.weekday = true;
  std::map<size_t, Mention> ms{{0, mention("yesterday", {"crew", "ferry", "rescued"}, true, -1)}, {60, sat}};
  std::string how;
  auto day = fc::dates_corroborate::decide_by_vote(ms, ev, how);
  REQUIRE(day);
  CHECK(fc::days_from_civil(*day) == 101);
  CHECK(how.find("by weekday") != std::string::npos);

  // A week's weekday cannot tell the day: a vote for a day after every dated source's is not trusted on it.
  Evidence early = ev;
  early.last_published = 100;
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(ms, early, how));
  // No dated source names day 102 by its weekday: the lone vote stays unconfirmed.
  Evidence bare = ev;
  bare.weekday_named.clear();
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(ms, bare, how));
  // A weekday of another week under the voted day confirms nothing.
  std::map<size_t, Mention> other_week = ms;
  for (auto& [a, d] : other_week[60].day_at) d = 109;
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(other_week, ev, how));
  // "yesterday" itself is no weekday: two unmatched moving mentions never confirm each other.
  std::map<size_t, Mention> two_moving = ms;
  two_moving[60] = mention("today", {"flown", "survivors"}, true, 0);
  CHECK_FALSE(fc::dates_corroborate::decide_by_vote(two_moving, ev, how));
}

TEST_CASE("a weekday cue is told apart from other words", "[pipeline][anchor]") {
  CHECK(fc::dates_corroborate::names_weekday("this Saturday"));
  CHECK(fc::dates_corroborate::names_weekday("on TUESDAY evening"));
  CHECK_FALSE(fc::dates_corroborate::names_weekday("yesterday"));
  CHECK_FALSE(fc::dates_corroborate::names_weekday("12 March"));
}
