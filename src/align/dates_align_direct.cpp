// Date alignment, guard after linking: every mention of a joined date fact must match another source's directly.
#include <algorithm>
#include <vector>

#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {
namespace {

bool shares_rank(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
  for (size_t p = 0, q = 0; p < x.size() && q < y.size();) {
    if (x[p] == y[q]) return true;
    if (x[p] < y[q]) ++p; else ++q;
  }
  return false;
}

constexpr double kStrong = 0.34;  // bag similarity same_event() takes on words alone, whatever else

// How item x matches its group's members of other sources with its key: 0 no member judged one event with it,
// 1 judged so (same_event(), or both in their sources' leads, as join_leads() takes them), 2 strongly (twins, or
// words alone). 3 when no other
// source's member shares its key: it joined by a coarser or finer value, which another step judged.
int match_strength(size_t x, const std::vector<size_t>& group, const DateStory& story) {
  const DateItem& it = story.items[x];
  int best = 3;
  for (size_t y : group) {
    const DateItem& o = story.items[y];
    if (o.src == it.src || o.key != it.key) continue;
    if (best == 3) best = 0;
    const double sim = story.bags.overlap(x, y);
    if (sim >= kStrong || twins(story, x, y)) return 2;
    if (best == 0 && ((it.lead && o.lead) || same_event(story, x, y, sim))) best = 1;
  }
  return best;
}

constexpr size_t kCloseChars = 80;  // two mentions this near ("Grenvik, 14 October. At 07:42 today") date one event

// Whether two mentions of one source stand so near each other that they tell one moment twice.
bool close_by(const DateItem& a, const DateItem& b) {
  const size_t x = a.timex->start, y = b.timex->start;
  return (x > y ? x - y : y - x) <= kCloseChars;
}

// The members of a group to take out: those with no direct partner, and a source's second mention of the group's
// day that only its weaker match holds ("said on Wednesday" beside the same source's "suspended on Wednesday").
void unmatched_in(const std::vector<size_t>& group, const DateStory& story, std::vector<char>& out) {
  std::vector<int> strength(group.size());
  for (size_t i = 0; i < group.size(); ++i) strength[i] = match_strength(group[i], group, story);
  for (size_t i = 0; i < group.size(); ++i) {
    const DateItem& it = story.items[group[i]];
    const bool glue = it.glued || (group[i] + 1 < story.items.size() && story.items[group[i] + 1].glued);
    if (glue || story.keys[it.key].find('|') != std::string::npos || strength[i] >= 2) continue;
    bool second = false;  // another mention of its source and day in the group matches at least as well
    for (size_t j = 0; j < group.size() && !second; ++j) {
      const DateItem& o = story.items[group[j]];
      second = j != i && o.src == it.src && o.key == it.key && strength[j] >= strength[i] &&
               (strength[j] > 1 || j < i) && !close_by(it, o);
    }
    if (strength[i] == 0 || second) out[group[i]] = 1;
  }
}

constexpr double kPairCosine = 0.20;  // a pair's sentences this alike tell one event, whatever words name it

// True when the event words next to two same-day mentions of two sources tell two events: each names an event
// class next to its day and they share none, no rare word stands next to both, and neither their words around nor
// their sentences match strongly ("struck the deal yesterday" / "reacted angrily on Monday").
bool two_events(size_t a, size_t b, const DateStory& story) {
  const DateItem& x = story.items[a];
  const DateItem& y = story.items[b];
  if (x.heads.empty() || y.heads.empty() || shares_rank(x.heads, y.heads) || shares_rank(x.head_words, y.head_words))
    return false;
  if (story.bags.overlap(a, b) >= kStrong || twins(story, a, b) || (x.lead && y.lead)) return false;
  return sentence_match(story, a, b).cosine < kPairCosine;
}

}  // namespace

void detach_unmatched(const DateStory& story, UnionFind& uf) {
  const size_t n = story.items.size();
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[uf.find(i)].push_back(i);
  std::vector<char> out(n, 0);
  for (const std::vector<size_t>& group : members) {
    if (group.size() == 2 && story.items[group[0]].src != story.items[group[1]].src &&
        story.items[group[0]].key == story.items[group[1]].key && two_events(group[0], group[1], story)) {
      out[group[0]] = out[group[1]] = 1;
      continue;
    }
    if (group.size() < 3) continue;
    bool one_key = true;  // a group over nested values ("March" / "March 31") was judged by link_nested_values()
    for (size_t x : group) one_key = one_key && story.items[x].key == story.items[group.front()].key;
    if (one_key) unmatched_in(group, story, out);
  }
  if (std::find(out.begin(), out.end(), 1) == out.end()) return;
  UnionFind fresh(n);
  for (const std::vector<size_t>& group : members) {
    size_t first = n;
    for (size_t x : group) {
      if (out[x]) continue;
      if (first == n) first = x;
      else fresh.unite(x, first);
    }
  }
  uf = fresh;
}

}  // namespace dates_align
}  // namespace fc
