// Date alignment: which mentions are a source's only telling of their day (see mark_sole()).
#include <string_view>
#include <vector>

#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {
namespace {

// The time of day a value tells ("TEV" of "2026-09-12TEV", "T23:00"), or empty.
std::string_view time_of_day(const DateItem& it) {
  const std::string_view v = it.value();
  const size_t t = v.find('T');
  return t == std::string_view::npos ? std::string_view() : v.substr(t);
}

// True when item i's time of day tells it from every other mention of its day in its source that counts ("a
// warning on Saturday morning" / "capsized on Saturday evening"): no other one gives that time or none at all.
bool sole_by_time(const std::vector<DateItem>& items, size_t lo, size_t hi, size_t i,
                  size_t (*slot)(const DateItem&)) {
  const std::string_view part = time_of_day(items[i]);
  if (part.empty()) return false;
  for (size_t j = lo; j < hi; ++j) {
    if (j == i || items[j].glued || slot(items[j]) != slot(items[i])) continue;
    const std::string_view other = time_of_day(items[j]);
    if (other.empty() || other == part) return false;
  }
  return true;
}

size_t sole_slot(const DateItem& it) { return 2 * static_cast<size_t>(it.key) + (it.speech ? 1 : 0); }

}  // namespace

void mark_sole(std::vector<DateItem>& items, size_t keys) {
  std::vector<uint32_t> count(2 * keys, 0);
  for (size_t lo = 0, hi = 0; lo < items.size(); lo = hi) {
    for (; hi < items.size() && items[hi].src == items[lo].src; ++hi) count[sole_slot(items[hi])] += items[hi].glued ? 0 : 1;
    for (size_t i = lo; i < hi; ++i) {
      const uint32_t n = count[sole_slot(items[i])];
      items[i].sole = n == 1 || (n <= 4 && sole_by_time(items, lo, hi, i, sole_slot));
    }
    for (size_t i = lo; i < hi; ++i) count[sole_slot(items[i])] = 0;
  }
}

}  // namespace dates_align
}  // namespace fc
