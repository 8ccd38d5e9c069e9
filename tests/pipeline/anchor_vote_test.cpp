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
