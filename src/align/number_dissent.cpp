// A lone dissenting count against a value several sources agree on.
#include "align/number_dissent.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
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
         !it.quoted && !it.noun.empty() && it.m->unit.empty();
}

// True if member `x` and lone `y` count one thing on the same days with the same clause words. With `joined` (the
// nouns a rare value joined into one count), x may count another of those nouns, on one shared word more.
bool same_count(const NumItem& x, const NumItem& y, const std::set<std::string>* joined) {
  const bool other_noun = x.noun != y.noun;
  if (other_noun && (!joined || !joined->count(y.noun))) return false;
  if (x.source == y.source || x.qualifier != y.qualifier || !firm_lead(x)) return false;
  if (x.dated && y.dated && std::labs(x.day - y.day) > 1) return false;  // a later report may update it
  if (day_mismatch(x, y) || opposite_direction(x, y) || !other_numbers_fit(x, y)) return false;
  if (!x.measure.empty() && !near_match(x, y)) return false;  // "30 hours" of a wait is no "38 hours" of a closure
  return evidence(x, y) >= (other_noun ? 3u : 2u);
}

// lone_dissent, with the nouns of a joined group when there is one.
bool dissents(const std::vector<NumItem>& items, const Cluster& many, const Cluster& lone,
              const std::set<std::string>* joined) {
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
    linked = linked || same_count(x, y, joined);
  }
  const double lo = std::min(value, y.m->nominal), hi = std::max(value, y.m->nominal);
  return firm >= 2 && linked && lo > 0 && hi <= 1.5 * lo && !overlaps(many.low, many.high, y.low, y.high);
}

// The members of `members` as one cluster: their sources and the intersection of their ranges.
Cluster as_cluster(const std::vector<NumItem>& items, const std::vector<size_t>& members) {
  Cluster c;
  c.items = members;
  c.low = -1e300, c.high = 1e300;
  for (size_t k : members) {
    c.sources.insert(items[k].source);
    c.low = std::max(c.low, items[k].low), c.high = std::min(c.high, items[k].high);
  }
  return c;
}

// The one lone group that dissents from joined group `g`, or `none` when there is none or more than one.
size_t dissenter(const std::vector<NumItem>& items, const std::vector<NumGroup>& groups, size_t g, size_t none) {
  const Cluster many = as_cluster(items, groups[g].members);
  std::set<std::string> nouns;
  for (size_t k : many.items) nouns.insert(items[k].noun);
  double value = 0;
  for (size_t k : many.items) if (!items[k].m->vague) value = items[k].m->nominal;
  size_t found = none;
  for (size_t h = 0; h < groups.size(); ++h) {
    const NumGroup& lone = groups[h];
    if (h == g || lone.conflict || lone.rare || lone.bare || lone.members.size() != 1) continue;
    const double v = items[lone.members.front()].m->nominal;  // cheap test first: within a half of the value
    if (!(std::min(v, value) > 0 && std::max(v, value) <= 1.5 * std::min(v, value))) continue;
    if (!dissents(items, many, as_cluster(items, lone.members), &nouns)) continue;
    if (found != none) return none;
    found = h;
  }
  return found;
}

}  // namespace

bool lone_dissent(const std::vector<NumItem>& items, const Cluster& many, const Cluster& lone) {
  return dissents(items, many, lone, nullptr);
}

void fold_picked_dissents(std::vector<NumGroup>& groups, const std::vector<size_t>& pick,
                          const std::function<void(size_t)>& on_fold) {
  const size_t none = groups.size();
  std::vector<size_t> takers(groups.size(), 0);
  for (size_t h : pick) if (h != none) ++takers[h];
  std::vector<bool> gone(groups.size(), false);
  for (size_t g = 0; g < groups.size(); ++g) {
    const size_t h = pick[g];
    if (h == none || takers[h] != 1) continue;
    groups[g].members.push_back(groups[h].members.front());
    groups[g].conflict = true;
    on_fold(g);
    gone[h] = true;
  }
  drop_gone(groups, gone);
}

void join_lone_dissents(const std::vector<NumItem>& items, std::vector<NumGroup>& groups) {
  const size_t none = groups.size();
  std::vector<size_t> pick(groups.size(), none);
  for (size_t g = 0; g < groups.size(); ++g) {
    if (!groups[g].rare || groups[g].conflict || groups[g].bare) continue;
    pick[g] = dissenter(items, groups, g, none);
  }
  fold_picked_dissents(groups, pick, [](size_t) {});
}

}  // namespace fc::num_align
