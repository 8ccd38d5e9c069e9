// A lone mention of a value several sources state, joined by its sentence.
#include "align/number_lone.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>

#include "align/number_dissent.h"
#include "align/sentence_align.h"

namespace fc::num_align {
namespace {

// Overlap score (rarity-weighted, of the smaller sentence) a member's sentence needs as the lone one's best match.
constexpr double kMinAlign = 0.2;
// Members checked per group: enough evidence, and keeps large stories near-linear.
constexpr size_t kMaxChecked = 16;
// Values from here on are rarely repeated with another meaning; smaller ones need a word shared at the numbers.
constexpr double kTellingValue = 100;

// (source, value as written, kind_of) -> how many items state it.
using Stated = std::map<std::tuple<size_t, double, std::string>, size_t>;

// An item's unit and measure: "38 hours" and "38 flights" are two kinds of figure, never one thing.
std::string kind_of(const NumItem& x) { return x.m->unit + "|" + x.measure; }

// How many items of its source state x's value as the same kind of figure.
size_t stated_as(const Stated& stated, const NumItem& x) { return stated.at({x.source, x.m->nominal, kind_of(x)}); }

// True if every member of `g` states `v` as written, precisely or "about" (a bound such as "more than 200" may stand
// beside them), and every mention of v of the member's kind in their sources is in g (a source stating v of two
// things of one kind gives it two meanings; "38 hours" beside "38 flights" does not).
bool states_once(const std::vector<NumItem>& items, const NumGroup& g, double v, const Stated& stated) {
  if (g.conflict || g.bare || g.members.empty()) return false;
  std::map<std::pair<size_t, std::string>, std::pair<size_t, const NumItem*>> mine;
  for (size_t k : g.members) {
    const NumItem& x = items[k];
    if (wide(*x.m)) continue;
    if (x.m->nominal != v) return false;
    auto& e = mine[{x.source, kind_of(x)}];
    ++e.first, e.second = &x;
  }
  if (mine.empty()) return false;
  for (const auto& [key, e] : mine) if (stated_as(stated, *e.second) != e.first) return false;
  return true;
}

// How many sources of `g` have y's sentence's best match in the member's sentence, 0 when y counts another thing,
// a small value shares no word at the numbers, or a member tells another day or direction.
size_t aligned_sources(const std::vector<NumItem>& items, const NumGroup& g, const NumItem& y,
                       const SentenceSpace& space) {
  const size_t ys = space.sentence_of(y.source, y.m->start);
  std::set<size_t> done;
  size_t aligned = 0;
  bool thing = false, near = y.m->nominal >= kTellingValue, near_words = false;
  for (size_t i = 0; i < g.members.size() && i < kMaxChecked; ++i) {
    const NumItem& x = items[g.members[i]];
    if (x.source == y.source || day_mismatch(x, y) || opposite_direction(x, y) || owners_differ(x, y)) return 0;
    if (x.dated && y.dated && std::labs(x.day - y.day) > kAgreeWindowDays) return 0;
    thing = thing || count_sameness(x, y) > 0 || (distinctive(*x.m) && distinctive(*y.m));
    near = near || near_shared(x, y) > 0;
    near_words = near_words || (near_shared(x, y) > 0 && x.measure.empty() && x.m->unit == y.m->unit);
    if (!done.insert(x.source).second) continue;
    const SentenceSpace::Match best = space.best_in(ys, x.source);
    if (best.score >= kMinAlign && best.sentence == space.sentence_of(x.source, x.m->start)) ++aligned;
  }
  // Without a known sameness of noun, two aligned sentences and a word at the numbers ("37 complaints were filed" /
  // "37 reports were filed") stand in for it, but never across measures or units.
  if (!thing && !(aligned >= 2 && near_words && y.measure.empty())) return 0;
  return near ? aligned : 0;
}

// The sources of a group.
size_t source_count(const std::vector<NumItem>& items, const NumGroup& g) {
  std::set<size_t> s;
  for (size_t k : g.members) s.insert(items[k].source);
  return s.size();
}

// The one group lone item `y` (group h) joins, `none` if none or two: a group stating its value whose sources align
// their sentences with y's.
size_t home_of(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
               const std::vector<NumGroup>& groups, size_t h, const std::vector<size_t>& candidates,
               const Stated& stated, std::unique_ptr<SentenceSpace>& space) {
  const size_t none = groups.size();
  const NumItem& y = items[groups[h].members.front()];
  size_t found = none, count = 0;
  for (size_t g : candidates) {
    if (g == h || !states_once(items, groups[g], y.m->nominal, stated)) continue;
    if (!space) space = std::make_unique<SentenceSpace>(all);
    const size_t aligned = aligned_sources(items, groups[g], y, *space);
    if (aligned == 0 || aligned < std::min<size_t>(2, source_count(items, groups[g]))) continue;
    found = g, ++count;
  }
  return count == 1 ? found : none;
}

}  // namespace

void join_aligned_lones(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                        std::vector<NumGroup>& groups) {
  Stated stated;
  for (const NumItem& x : items) ++stated[{x.source, x.m->nominal, kind_of(x)}];
  std::unique_ptr<SentenceSpace> space;  // built only when a candidate is found
  const size_t none = groups.size();
  std::vector<size_t> home(groups.size(), none);
  std::map<double, std::vector<size_t>> by_value;  // groups by the value of their first precise member
  for (size_t g = 0; g < groups.size(); ++g) {
    for (size_t k : groups[g].members) {
      if (wide(*items[k].m)) continue;
      by_value[items[k].m->nominal].push_back(g);
      break;
    }
  }
  for (size_t h = 0; h < groups.size(); ++h) {
    const NumGroup& lone = groups[h];
    if (lone.conflict || lone.bare || lone.members.size() != 1) continue;
    const NumItem& y = items[lone.members.front()];
    if (wide(*y.m) || !y.unique || y.crowded || stated_as(stated, y) != 1) continue;
    home[h] = home_of(all, items, groups, h, by_value[y.m->nominal], stated, space);
  }
  std::vector<bool> gone(groups.size(), false);
  for (size_t h = 0; h < groups.size(); ++h) {
    const size_t g = home[h];
    if (g == none || gone[g] || home[g] != none) continue;  // a group joined elsewhere keeps its own members
    groups[g].members.push_back(groups[h].members.front());
    ++groups[g].aligned;
    gone[h] = true;
  }
  drop_gone(groups, gone);
}

}  // namespace fc::num_align
