// Internal to the corroborated anchor (anchor_corroborate*): an undated source's day mentions, the dated sources'
// evidence, and the rules that pick one writing day from them.
#pragma once
#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"

namespace fc {
namespace dates_corroborate {

// One day mention of the undated source: its words and its day under each candidate anchor.
struct Mention {
  std::string text;
  std::vector<std::string> words;
  std::map<long, long> day_at;  // candidate anchor -> the day it names
  bool moving = false;          // the same number of days from every anchor ("yesterday", "today")
  bool weekday = false;         // names a weekday ("this Saturday", "on Tuesday")
};

// The dated sources' single-day mentions by day, each as its sentence's words; and each word's weight.
struct Evidence {
  std::map<long, std::vector<std::vector<std::string>>> by_day;
  std::unordered_map<std::string, double> weight;
  std::set<long> weekday_named;  // days some dated source names by their weekday
  long first_published = 0, last_published = 0;  // the dated sources' earliest and latest publication days

  // True when `d` is a day some dated source names by its weekday.
  bool named_by_weekday(long d) const { return weekday_named.count(d) > 0; }

  // The weighted words `w` shares with the best-matching sentence dated `day`.
  double strength(const std::vector<std::string>& w, long day) const {
    auto it = by_day.find(day);
    double best = 0;
    if (it == by_day.end()) return 0;
    for (const auto& other : it->second) {
      double sum = 0;
      size_t j = 0;
      for (const std::string& x : w) {
        while (j < other.size() && other[j] < x) ++j;
        if (j < other.size() && other[j] == x) {
          auto w = weight.find(x);
          sum += w == weight.end() ? 0 : w->second;
        }
      }
      best = std::max(best, sum);
    }
    return best;
  }
};

// Two rare words in common (or one very rare one) tell the same happening; a weaker match only breaks a tie.
constexpr double kStrong = 7.0;
constexpr double kWeak = 3.0;

/// True when `text` names a day of the week (any case).
bool names_weekday(std::string_view text);

/// The anchor under which most mentions land strongly on their events' days, when it is the only one (or the tie
/// is broken by "yesterday"s that agree), at least two agree and none dissents; `how` says what agreed.
std::optional<CivilDate> decide(const std::map<size_t, Mention>& mentions, const Evidence& ev, std::string& how);

/// The anchor every clear vote of a mention told from the hour of writing ("yesterday", "today") points to, when
/// another mention also lands on a matched day under it (or, for a weekday, on a day a dated source names by its
/// weekday, trusted only for a day inside the dated sources' publication days) and no mention matched strongly
/// elsewhere dissents.
std::optional<CivilDate> decide_by_vote(const std::map<size_t, Mention>& mentions, const Evidence& ev,
                                        std::string& how);

}  // namespace dates_corroborate
}  // namespace fc
