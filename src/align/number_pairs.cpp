// Pairwise tests of number items: the value itself as evidence, percentages' subjects, and whether two counts state
// the same fact (for conflicts).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

#include "align/number_items.h"

namespace fc::num_align {
namespace {

bool in_window(const NumItem& a, const NumItem& b, long days) {
  return !(a.dated && b.dated && std::labs(a.day - b.day) > days);
}

// A vague amount with no number in it: "hundreds", "dozens", "several".
bool amount(const NumItem& a) { return a.m->rule.find("num.vague.") != std::string::npos; }

// Significant digits of a value as written, up to 6: 89.99 has 4, 4.82e9 has 3, 85e6 has 2.
int significant_digits(double v) {
  if (!(v > 0) || v > 1e15) return 0;
  while (v < 1e5) v *= 10;  // bring the digits above the decimal point
  auto n = static_cast<long long>(std::llround(v));
  while (n > 0 && n % 10 == 0) n /= 10;
  int d = 0;
  for (; n > 0 && d < 7; n /= 10) ++d;
  return d;
}

bool same_nominal(const NumItem& a, const NumItem& b) {
  return std::fabs(a.nominal - b.nominal) <= 1e-9 * std::max(std::fabs(a.nominal), std::fabs(b.nominal)) &&
         overlaps(a.low, a.high, b.low, b.high);
}

// Shared words the value alone leaves to be shown: percentages say what they are of, money what it pays for;
// counts of a specific noun need none unless the value is small; generic nouns ("people") and synonyms need some.
size_t words_needed(const NumItem& a, const NumItem& b) {
  const NumberMention& m = *a.m;
  const bool integral = std::floor(a.nominal) == a.nominal;
  // A share that is no round number ("78%", "91 percent") is as telling as a decimal one.
  const bool round = !integral || m.nominal < 10 || std::fmod(m.nominal, 5) == 0;
  if (a.noun.empty() && m.unit == "percent") return integral && round ? 2 : 1;
  // An amount of money: one shared word, none for a sum written to three significant digits or more ("89.99 euros",
  // "4.82 billion"), rarely stated of two things in one story.
  if (a.noun.empty()) return significant_digits(a.m->nominal) >= 3 && significant_digits(b.m->nominal) >= 3 ? 0 : 1;
  // Small is as written: "two days" read as 48 hours is still a small count.
  const double written = std::min(a.nominal, m.nominal);
  size_t need = a.generic || b.generic ? (written >= 10 ? 1 : 2) : (written <= 2 ? 1 : 0);
  // "workers" read as "employees": the context has to agree as well ("persons" is only another plural of "people").
  if (a.m->counts != b.m->counts && !(a.noun == "people" && b.noun == "people")) ++need;
  // Nouns joined only as kinds of one thing ("jobs" / "workers", "members" / "firefighters"): small counts of two
  // such things coincide too often to rest on one word.
  if (a.noun != b.noun && std::min(a.m->nominal, b.m->nominal) < 100) ++need;
  if (a.m->unit != b.m->unit) ++need;
  // A precise count with three significant digits ("2,340", "30,412") is rarely stated of two things in one story.
  if (need > 0 && distinctive(*a.m) && distinctive(*b.m)) --need;
  return need;
}

}  // namespace

bool distinctive(const NumberMention& m) {
  if (m.vague || m.nominal < 100 || m.nominal > 1e15 || std::floor(m.nominal) != m.nominal) return false;
  auto v = static_cast<long long>(m.nominal);
  while (v % 10 == 0) v /= 10;
  return v >= 100;
}

bool strong_pair(const NumItem& a, const NumItem& b) {
  if (a.source == b.source || !in_window(a, b, kAgreeWindowDays)) return false;
  // Bounds on one number agree ("Some 60" / "More than 60"); a vague amount ("hundreds") states no number.
  if (!a.unique || !b.unique || amount(a) || amount(b) || !same_nominal(a, b)) return false;
  // Sentences naming different days tell of different moments, unless the value itself is distinctive ("4,050
  // metres" of a peak does not change between Saturday and Tuesday).
  if ((day_mismatch(a, b) && !(distinctive(*a.m) && distinctive(*b.m))) || opposite_direction(a, b)) return false;
  const size_t need = words_needed(a, b);
  return need == 0 || evidence(a, b) >= need;
}

bool pair_agrees(const NumItem& a, const NumItem& b, bool uncounted, size_t need) {
  // "About 1,500 workers" and "about 1,500 passengers" are two counts: kinds of one thing agree only when one noun is
  // the other's broader one ("more than 2,000 residents" / "2,340 people") or counts anyone ("members").
  if (!nouns_related(a, b) || owners_differ(a, b)) return false;  // "nine Dravonian" / "nine Norvenian diplomats"
  if (strong_pair(a, b)) return true;
  // Without a counted noun, two words shared right at the number stand in for it ("exports of steel fell 14%").
  const size_t stand_in = uncounted && need > 0 && near_match(a, b) ? 1 : 0;
  if (evidence(a, b) + stand_in < need) return false;
  // "Hundreds of people" at a vigil is no count of the 450 people a plant employs: thin context is not enough.
  if ((amount(a) || amount(b)) && (a.generic || b.generic)) return near_match(a, b);
  return true;
}

bool same_uncounted_fact(const NumItem& a, const NumItem& b) {
  if (a.source == b.source || !in_window(a, b, 1) || !a.unique || !b.unique) return false;
  if (!other_numbers_fit(a, b) || opposite_direction(a, b) || day_mismatch(a, b)) return false;
  if (a.head != UINT32_MAX && a.head == b.head) return true;
  // Each source's first sum in a currency states the story's own deal ("will pay 2.4 billion euros" / "buys ... for
  // 2.1 billion euro"): four shared sentence words, one of them at the numbers, and values within half of each other.
  const double lo = std::min(a.nominal, b.nominal), hi = std::max(a.nominal, b.nominal);
  if (a.lead && b.lead && a.m->unit != "percent" && lo > 0 && hi <= 1.5 * lo && evidence(a, b) >= 4 &&
      near_shared(a, b) >= 1)
    return true;
  return near_match(a, b) && evidence(a, b) >= 3;
}

bool same_fact(const NumItem& a, const NumItem& b) {
  if (a.noun != b.noun) return false;  // 30,000 cars do not deny 40,000 vehicles
  if (a.noun == "score") return false;  // a match has several scores (half-time, final): which is which is unclear
  if (a.quoted || b.quoted) return false;  // a speaker's own words tell of their own experience, not the count
  // "19 league goals" and "23 goals (in all competitions)" count different sets of the same thing
  if (a.qualifier != b.qualifier) return false;
  // A later report may update a count (a death toll rises): only same-day reports can conflict.
  if (a.dated && b.dated && std::labs(a.day - b.day) > 1) return false;
  if (a.crowded || b.crowded) return false;  // "Nasdaq lost 54 points, the S&P 30 points": which is which?
  if (!other_numbers_fit(a, b)) return false;
  if (opposite_direction(a, b)) return false;  // "rose by 392 points" and "dropped 323 points" are two moves
  size_t shared = day_mismatch(a, b) ? 0 : evidence(a, b);
  if (!a.qualifier.empty() && shared > 0) --shared;  // the qualifier is part of what is counted, not evidence of the clause
  // Each source's first casualty count states the story's own toll, however retold ("five people have died" / "has
  // claimed three dead"): two shared words suffice, unless a sentence looks back ("the 1997 flood killed 11").
  // Other counts need their clause ("14 trawlers seized" is no "41 trawlers sailed home").
  if (a.lead && b.lead && a.toll && b.toll && !a.past && !b.past && shared >= 2) return true;
  // Each source's first count of a specific thing (not "people" or "years"), told beside the same other figure ("118
  // votes to 97" / "112 deputies, 97 against") and one shared word: the same tally or report, retold with another value.
  if (a.lead && b.lead && !a.generic && !b.generic && !a.past && !b.past && shared_figure_count(a, b) >= 1 &&
      shared >= 2)
    return true;
  // A sentence looking back ("the 1997 flood killed 11") tells of another event than one that does not.
  if (a.past != b.past) return false;
  // Each source's first count of a specific thing, told with the same two words right at the number ("19,400 fans at
  // the Marvik Arena" / "14,900 spectators in the Marvik Arena"): the same count, retold with another value. One
  // word is too thin ("14 trawlers seized near the reef" / "41 trawlers sailed home past the reef").
  if (a.lead && b.lead && !a.generic && !b.generic && !a.past && !b.past && shared >= 2 && near_match(a, b))
    return true;
  size_t smaller = std::min(a.ctx.size(), b.ctx.size());
  // Long two-clause sentences dilute the share; two words shared right at the number ("detained 23 fishermen near
  // the islands") say the same clause is reported.
  return shared >= 3 && ((shared * 5 >= smaller * 2 && near_shared(a, b) >= 1) || near_match(a, b));
}

}  // namespace fc::num_align
