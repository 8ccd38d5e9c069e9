// The vote fallback of the corroborated anchor: a "yesterday" or "today" whose clause matches the dated sources'
// account of one day far better under one writing day than under any other pins that day.
#include "pipeline/anchor_evidence.h"

namespace fc {
namespace dates_corroborate {
namespace {

// A clear vote beats every other writing day's match by this factor: a near tie says the words fit two days.
constexpr double kClearBy = 1.75;

// How strongly mention `m` matches under anchor `a` (0 when it names no single day there).
double strength_at(const Mention& m, const Evidence& ev, long a) {
  auto it = m.day_at.find(a);
  return it == m.day_at.end() ? 0 : ev.strength(m.words, it->second);
}

// The writing day a mention told from the hour of writing clearly votes for: it matches strongly there and
// kClearBy times better than under any other day; nullopt otherwise.
std::optional<long> vote_of(const Mention& m, const Evidence& ev) {
  if (!m.moving) return std::nullopt;
  long best_a = 0;
  double best = 0, second = 0;
  for (const auto& [a, d] : m.day_at) {
    const double s = ev.strength(m.words, d);
    if (s > best) {
      second = best;
      best = s;
      best_a = a;
    } else {
      second = std::max(second, s);
    }
  }
  if (best < kStrong || best < kClearBy * second) return std::nullopt;
  return best_a;
}

// True when weekday mention `m` (not told in days from writing) names, under anchor `a`, a day some dated source
// names by the same weekday: the week the vote's day lies in agrees with the other sources' account.
bool weekday_lands(const Mention& m, const Evidence& ev, long a) {
  if (!m.weekday || m.moving) return false;
  auto it = m.day_at.find(a);
  return it != m.day_at.end() && ev.named_by_weekday(it->second);
}

}  // namespace

std::optional<CivilDate> decide_by_vote(const std::map<size_t, Mention>& mentions, const Evidence& ev,
                                        std::string& how) {
  std::optional<long> pick;
  for (const auto& [start, m] : mentions) {
    const std::optional<long> v = vote_of(m, ev);
    if (v && pick && *v != *pick) return std::nullopt;  // two clear votes for different days: stay undated
    if (v) pick = v;
  }
  if (!pick) return std::nullopt;
  std::string said;
  int landing = 0, by_words = 0;
  for (const auto& [start, m] : mentions) {
    const double here = strength_at(m, ev, *pick);
    double elsewhere = 0;
    for (const auto& [a, d] : m.day_at) elsewhere = std::max(elsewhere, ev.strength(m.words, d));
    if (elsewhere >= kStrong && here < kWeak) return std::nullopt;  // a strong match on another day dissents
    const bool by_weekday = here < kWeak && weekday_lands(m, ev, *pick);
    if (here < kWeak && !by_weekday) continue;
    ++landing;
    by_words += by_weekday ? 0 : 1;
    said += (said.empty() ? "'" : ", '") + m.text + (by_weekday ? "' (a day the dated sources name by weekday)" : "'");
  }
  if (landing < 2) return std::nullopt;
  // A weekday pins only the week, so the day rests on the vote alone: trust it only among the dated sources' days.
  const bool inside = *pick >= ev.first_published && *pick <= ev.last_published;
  if (by_words < 2 && !inside) return std::nullopt;
  how = std::to_string(landing) + " of its relative dates (" + said +
        ") landing on the days the dated sources give the same events, one of them clearly on this day only";
  return civil_from_days(*pick);
}

}  // namespace dates_corroborate
}  // namespace fc
