// A lone dissent found by its sentence: one source's count of the thing several others agree on, told in a sentence
// that aligns with theirs, with a value they do not state anywhere in that source.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>

#include "align/number_dissent.h"
#include "align/number_rejected.h"
#include "align/number_words.h"
#include "align/sentence_align.h"

namespace fc::num_align {
namespace {

// Sources that must agree on one value before another source's value is read as a dissent from it.
constexpr size_t kMinAgreeing = 3;
// Overlap score (rarity-weighted, of the smaller sentence) at which a member's sentence counts as the dissent's match.
constexpr double kMinAlign = 0.2;
// Overlap score at which a member's sentence is close to the dissent's, though another sentence of its source may
// match better (a retelling in other words: "has caused already 143 deaths in all the country").
constexpr double kMinClose = 0.15;
// Members checked per group: enough evidence, and keeps large stories near-linear.
constexpr size_t kMaxChecked = 16;

// The value all members of `g` state as written, with at least two precise members; false if they differ, the group
// is no candidate (a conflict, a bound, a year) or fewer than kMinAgreeing sources state it.
bool agreed_value(const std::vector<NumItem>& items, const NumGroup& g, double* value) {
  if (g.conflict || g.bare) return false;
  std::set<size_t> sources;
  size_t precise = 0;
  for (size_t k : g.members) {
    const NumItem& it = items[k];
    if (wide(*it.m) || it.m->nominal != items[g.members.front()].m->nominal) return false;
    precise += it.m->vague ? 0 : 1;
    sources.insert(it.source);
  }
  const double v = items[g.members.front()].m->nominal;
  if (!(v > 0) || (std::floor(v) == v && v >= 1900 && v <= 2100)) return false;
  *value = v;
  return precise >= 2 && sources.size() >= kMinAgreeing;
}

// True if `y`'s value may deny `v`: within a factor of two, precise or "about" a value a quarter or more away.
bool dissenting_value(const NumItem& y, double v) {
  const double w = y.m->nominal, lo = std::min(v, w), hi = std::max(v, w);
  if (wide(*y.m) || !(lo > 0) || hi > 2 * lo || w == v) return false;
  return !y.m->vague || (!y.m->value.empty() && y.m->value[0] == '~' && hi - lo >= 0.25 * hi);
}

// True if one item's noun is the other's or a kind of it by the tables ("fisherman" / "crew member").
bool kin(const NumItem& a, const NumItem& b) {
  if (a.chain.empty() || b.chain.empty() || a.generic || b.generic || a.anyone || b.anyone) return false;
  return std::find(a.chain.begin(), a.chain.end(), b.chain.front()) != a.chain.end() ||
         std::find(b.chain.begin(), b.chain.end(), a.chain.front()) != b.chain.end();
}

// True if `y` is its source's one firm telling of a count: stated once, alone in its sentence, not looking back.
bool firm_lone(const NumItem& y) { return y.unique && !y.crowded && !y.past; }

// True if the item is a span of time ("38 hours", "three weeks"): any wait or stay is counted in hours or days, so
// the unit alone says nothing of what was timed.
bool time_span(const NumItem& it) {
  static const char* kSpans[] = {"second", "minute", "hour", "month", "year"};
  for (const char* w : kSpans) if (it.measure == w) return true;
  return false;
}

// True if a span of time `y` times what member `x` times: two words shared right at the numbers ("the airport was
// closed for"); one place word ("sat at the airport for") is not enough.
bool same_span(const NumItem& x, const NumItem& y) { return near_match(x, y); }

// Days between the publication of `x` and `y`, 0 when either is unknown.
long days_apart(const NumItem& x, const NumItem& y) { return x.dated && y.dated ? std::labs(x.day - y.day) : 0; }

// Per source, the values it states as written (any noun, any unit), leaving out figures it rejects.
std::vector<std::set<double>> stated_values(const std::vector<SourceFindings>& all) {
  std::vector<std::set<double>> out(all.size());
  for (size_t s = 0; s < all.size(); ++s) {
    const std::vector<bool> set_aside = rejected_figures(all[s]);  // a figure cited only to reject it is not stated
    for (size_t k = 0; k < all[s].numbers.size(); ++k) if (!set_aside[k]) out[s].insert(all[s].numbers[k].nominal);
  }
  return out;
}

// A dissent of group g: the lone group, how surely it counts the same thing (1 or 2), how many members' sentences
// are the best match of its sentence in their source (aligned) and how many are at least close to it.
struct Dissent {
  size_t lone = SIZE_MAX;
  int thing = 0;
  size_t aligned = 0, close = 0;
  bool later = false;  // members more than a day apart from it were needed: the later report may update the count
};

// True if the evidence is strong enough to accuse: the same noun (or a kind of it) and two close sentences of which
// one aligns, or three close; a looser sameness of thing (nouns of one block) needs three aligned sentences.
bool strong(const Dissent& d) {
  if (d.lone == SIZE_MAX) return false;
  if (d.thing >= 2) return d.close >= 3 || (d.close >= 2 && d.aligned >= 1);
  return d.aligned >= 3;
}

// How `y` dissents from the members of `g`: the best sameness of thing over the members it fits, and the members
// whose sentence is the best match in its source of y's sentence with at least kMinAlign of the weight.
Dissent measure(const std::vector<NumItem>& items, const NumGroup& g, size_t yk, const SentenceSpace& space,
                const std::vector<SourceFindings>& all, bool late) {
  Dissent d;
  const NumItem& y = items[yk];
  if (!firm_lone(y) || y.quoted) return {};  // a speaker's own words ("We sat here for thirty hours")
  bool span_ok = !time_span(y);
  const size_t ys = space.sentence_of(y.source, y.m->start);
  std::set<size_t> done;
  for (size_t i = 0; i < g.members.size() && i < kMaxChecked; ++i) {
    const NumItem& x = items[g.members[i]];
    if (day_mismatch(x, y) || opposite_direction(x, y)) return {};  // another day or movement told
    if (days_apart(x, y) > (late ? kAgreeWindowDays : 1)) continue;  // a later report may update a count
    d.thing = std::max(d.thing, count_sameness(x, y));
    span_ok = span_ok || same_span(x, y);
    if (!done.insert(x.source).second || all[x.source].index.sentences.empty()) continue;
    const SentenceSpace::Match best = space.best_in(ys, x.source);
    const size_t xs = space.sentence_of(x.source, x.m->start);
    if (best.score >= kMinAlign && best.sentence == xs) ++d.aligned;
    if ((best.score >= kMinAlign && best.sentence == xs) || space.score(ys, xs) >= kMinClose) ++d.close;
  }
  if (d.thing == 0 || !span_ok) return {};
  d.lone = yk;
  d.later = late;
  return d;
}

}  // namespace

int count_sameness(const NumItem& x, const NumItem& y) {
  if (x.m->unit != y.m->unit || x.measure != y.measure || x.source == y.source) return 0;
  if (x.noun.empty() != y.noun.empty()) return 0;
  if (x.noun.empty()) return x.head != Vocab::kNone && x.head == y.head ? 2 : 0;
  if ((x.qualifier != y.qualifier && !x.qualifier.empty() && !y.qualifier.empty()) || owners_differ(x, y)) return 0;
  if (x.noun == y.noun || kin(x, y)) return 2;
  if (x.block_counts == y.block_counts) return 1;
  for (CtxWord w : x.noun_words) if (std::binary_search(y.ctx.begin(), y.ctx.end(), w)) return 1;
  return 0;
}

void join_aligned_dissents(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                           std::vector<NumGroup>& groups) {
  const std::vector<std::set<double>> stated = stated_values(all);
  std::unique_ptr<SentenceSpace> space;  // built only when a candidate pair is found
  const size_t none = groups.size();
  std::vector<size_t> pick(groups.size(), none), close(groups.size(), 0);
  std::vector<bool> later(groups.size(), false);
  for (size_t g = 0; g < groups.size(); ++g) {
    double v = 0;
    if (!agreed_value(items, groups[g], &v)) continue;
    std::set<size_t> sources;
    for (size_t k : groups[g].members) sources.insert(items[k].source);
    size_t found = none, count = 0;
    for (size_t h = 0; h < groups.size(); ++h) {
      const NumGroup& lone = groups[h];
      if (h == g || lone.conflict || lone.bare || lone.members.size() != 1) continue;
      const NumItem& y = items[lone.members.front()];
      if (sources.count(y.source) || stated[y.source].count(v) || !dissenting_value(y, v)) continue;
      if (!space) space = std::make_unique<SentenceSpace>(all);
      Dissent d = measure(items, groups[g], lone.members.front(), *space, all, false);
      if (!strong(d)) d = measure(items, groups[g], lone.members.front(), *space, all, true);
      if (!strong(d)) continue;
      found = h, ++count, close[g] = d.close, later[g] = d.later;
    }
    if (count != 1) continue;  // two dissenters: which one tells this count is unclear
    pick[g] = found;
  }
  fold_picked_dissents(groups, pick, [&](size_t g) {
    groups[g].aligned = close[g];
    groups[g].unclear = later[g];
  });
}

}  // namespace fc::num_align
