// A lone dissenting count against a value several sources agree on.
#include "align/number_dissent.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace fc::num_align {
namespace {

// Sources that must agree on the value before one other value is read as a dissent on the same count.
constexpr size_t kMinAgreeing = 3;

// Members of `many` checked: enough evidence, near-linear on large stories.
constexpr size_t kMaxChecked = 16;

// True if `it` is a precise first count of a specific thing in its source, stated once, in a sentence that tells of
// the present (no "last", "ago", year) and holds no other value of the same thing.
bool firm_lead(const NumItem& it) {
  return !it.m->vague && it.lead && it.unique && !it.generic && !it.anyone && !it.past && !it.crowded &&
         !it.noun.empty() && it.m->unit.empty();
}

// True if member `x` and lone `y` count one thing on the same days with the same clause words.
bool same_count(const NumItem& x, const NumItem& y) {
  if (x.source == y.source || x.noun != y.noun || x.qualifier != y.qualifier || !firm_lead(x)) return false;
  if (x.dated && y.dated && std::labs(x.day - y.day) > 1) return false;  // a later report may update it
  if (day_mismatch(x, y) || opposite_direction(x, y) || !other_numbers_fit(x, y)) return false;
  return evidence(x, y) >= 2;
}

}  // namespace

bool lone_dissent(const std::vector<NumItem>& items, const Cluster& many, const Cluster& lone) {
  if (many.sources.size() < kMinAgreeing || lone.items.size() != 1) return false;
  const NumItem& y = items[lone.items.front()];
  if (!firm_lead(y) || many.sources.count(y.source)) return false;
  // The values lie apart but close enough to be told of one count: 3,900 for 4,200, not 39 for 4,200.
  double value = -1;
  size_t firm = 0;
  bool linked = false;
  for (size_t i = 0; i < many.items.size() && i < kMaxChecked; ++i) {
    const NumItem& x = items[many.items[i]];
    if (x.m->vague) continue;
    if (value >= 0 && x.m->nominal != value) return false;  // the agreeing sources state one value
    value = x.m->nominal;
    ++firm;
    linked = linked || same_count(x, y);
  }
  const double lo = std::min(value, y.m->nominal), hi = std::max(value, y.m->nominal);
  return firm >= 2 && linked && lo > 0 && hi <= 1.5 * lo && !overlaps(many.low, many.high, y.low, y.high);
}

}  // namespace fc::num_align
