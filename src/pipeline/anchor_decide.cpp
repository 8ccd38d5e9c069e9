#include "pipeline/anchor_evidence.h"

namespace fc {
namespace dates_corroborate {
namespace {

// How many mentions match strongly under anchor `a`.
int support_at(const std::map<size_t, Mention>& mentions, const Evidence& ev, long a) {
  int n = 0;
  for (const auto& [start, m] : mentions) {
    auto it = m.day_at.find(a);
    n += it != m.day_at.end() && ev.strength(m.words, it->second) >= kStrong ? 1 : 0;
  }
  return n;
}

// Among tied anchors, the one every mention told from the hour of writing ("yesterday") that matches at all
// points to; nullopt when they point to none or to several.
std::optional<long> moving_pick(const std::map<size_t, Mention>& mentions, const Evidence& ev,
                                const std::vector<long>& tied) {
  std::vector<long> pinned;
  for (const auto& [start, m] : mentions) {
    if (!m.moving) continue;
    for (long a : tied) {
      auto it = m.day_at.find(a);
      if (it != m.day_at.end() && ev.strength(m.words, it->second) >= kWeak) pinned.push_back(a);
    }
  }
  std::sort(pinned.begin(), pinned.end());
  pinned.erase(std::unique(pinned.begin(), pinned.end()), pinned.end());
  if (pinned.size() != 1) return std::nullopt;
  return pinned.front();
}

}  // namespace

// The anchor under which most mentions land on their events' days, when it is the only one (or the tie is
// broken by "yesterday"s that agree), at least two mentions agree and no strongly matched mention dissents.
std::optional<CivilDate> decide(const std::map<size_t, Mention>& mentions, const Evidence& ev, std::string& how) {
  std::map<long, int> score;
  for (const auto& [start, m] : mentions) {
    for (const auto& [a, d] : m.day_at) score[a] += 0;
  }
  int best = 0;
  for (auto& [a, n] : score) best = std::max(best, n = support_at(mentions, ev, a));
  std::vector<long> tied;
  for (const auto& [a, n] : score) {
    if (n == best) tied.push_back(a);
  }
  if (best < 2) return std::nullopt;
  std::optional<long> pick = tied.size() == 1 ? std::optional<long>(tied.front()) : moving_pick(mentions, ev, tied);
  if (!pick) return std::nullopt;
  std::string said;
  int against = 0, moving = 0;
  for (const auto& [start, m] : mentions) {
    auto it = m.day_at.find(*pick);
    moving += m.moving && it != m.day_at.end() && ev.strength(m.words, it->second) >= kWeak ? 1 : 0;
    if (it != m.day_at.end() && ev.strength(m.words, it->second) >= kStrong) {
      said += (said.empty() ? "'" : ", '") + m.text + "'";
      continue;
    }
    bool elsewhere = false;
    for (const auto& [b, d] : m.day_at) elsewhere = elsewhere || ev.strength(m.words, d) >= kStrong;
    against += elsewhere ? 1 : 0;
  }
  if (against > 0 || (best < 3 && moving == 0)) return std::nullopt;
  how = std::to_string(best) + " of its relative dates (" + said +
        ") landing on the days the dated sources give the same events, which only this day does";
  return civil_from_days(*pick);
}

}  // namespace dates_corroborate
}  // namespace fc
