// Date alignment, clustering step: union-find sets become clusters; clusters disputing one event's day merge.
#include <algorithm>
#include <utility>

#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {
namespace {

// A cluster of same-event mentions: its members, sources and the union of their context words.
struct Cluster {
  std::vector<size_t> members;  // item indices, ascending
  std::vector<size_t> sources;  // source indices, ascending and unique
  uint32_t key = 0;             // the members' key rank, when they share one
  bool one_key = true;
  bool speech = false;          // some member is a speech date
  std::vector<uint32_t> ctx;    // word ranks, ascending and unique
  double weight = 0;            // summed weight of ctx, in rank order
};

// Groups indices 0..n-1 by their root, in ascending root order, each group ascending.
std::vector<std::vector<size_t>> by_root(size_t n, UnionFind& uf) {
  std::vector<size_t> root(n);
  std::vector<size_t> count(n, 0);
  for (size_t i = 0; i < n; ++i) ++count[root[i] = uf.find(i)];
  std::vector<size_t> slot(n, 0);
  std::vector<std::vector<size_t>> out;
  for (size_t r = 0; r < n; ++r) {
    if (count[r] == 0) continue;
    slot[r] = out.size();
    out.emplace_back().reserve(count[r]);
  }
  for (size_t i = 0; i < n; ++i) out[slot[root[i]]].push_back(i);
  return out;
}

Cluster make_cluster(std::vector<size_t> members, const DateStory& story) {
  Cluster c;
  c.key = story.items[members.front()].key;
  for (size_t i : members) {
    const DateItem& it = story.items[i];
    c.sources.push_back(it.src);
    c.one_key = c.one_key && it.key == c.key;
    c.speech = c.speech || it.speech;
    c.ctx.insert(c.ctx.end(), it.ctx.begin(), it.ctx.end());
  }
  std::sort(c.sources.begin(), c.sources.end());
  c.sources.erase(std::unique(c.sources.begin(), c.sources.end()), c.sources.end());
  std::sort(c.ctx.begin(), c.ctx.end());
  c.ctx.erase(std::unique(c.ctx.begin(), c.ctx.end()), c.ctx.end());
  for (uint32_t w : c.ctx) c.weight += story.word_weight[w];
  c.members = std::move(members);
  return c;
}

bool share_source(const std::vector<size_t>& a, const std::vector<size_t>& b) {
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i; else ++j;
  }
  return false;
}

// Two clusters conflict when they describe one event with different exact days: same tense side (a past
// call and a planned one are two events), a shared event class and another shared word, most context
// words shared, and no source giving both days (that would be one source's two events, not a dispute).
// The day a statement was made says nothing about the day of what it reports, so speech dates never conflict.
bool conflicting(const Cluster& a, const Cluster& b, const DateStory& story) {
  if (!a.one_key || !b.one_key || a.key == b.key || !story.key_one_day[a.key] || !story.key_one_day[b.key]) return false;
  if (share_source(a.sources, b.sources) || a.speech || b.speech) return false;
  const int sa = story.items[a.members.front()].side, sb = story.items[b.members.front()].side;
  if (sa == 0 || sa != sb) return false;
  size_t classes = 0, others = 0;
  double shared = 0;  // summed in word order, as the overlap of word lists always was
  for (size_t i = 0, j = 0; i < a.ctx.size() && j < b.ctx.size();) {
    if (a.ctx[i] < b.ctx[j]) { ++i; continue; }
    if (b.ctx[j] < a.ctx[i]) { ++j; continue; }
    (story.word_is_class[a.ctx[i]] ? classes : others) += 1;
    shared += story.word_weight[a.ctx[i]];
    ++i, ++j;
  }
  const double denom = std::min(a.weight, b.weight);
  const double overlap = denom > 0 ? shared / denom : 0.0;
  return classes > 0 && others > 0 && overlap >= 0.25;
}

// Merges conflicting clusters, comparing only clusters that share an event class (blocking).
std::vector<std::vector<size_t>> merge_conflicts(const std::vector<Cluster>& clusters, const DateStory& story) {
  std::vector<std::pair<uint32_t, size_t>> by_class;  // (event class word, cluster), sorted
  for (size_t i = 0; i < clusters.size(); ++i) {
    for (uint32_t w : clusters[i].ctx) {
      if (story.word_is_class[w]) by_class.emplace_back(w, i);
    }
  }
  std::sort(by_class.begin(), by_class.end());
  UnionFind uf(clusters.size());
  for (size_t lo = 0, hi = 0; lo < by_class.size(); lo = hi) {
    while (hi < by_class.size() && by_class[hi].first == by_class[lo].first) ++hi;
    if (hi - lo > 64) continue;  // too common to tell events apart
    for (size_t x = lo; x < hi; ++x) {
      for (size_t y = x + 1; y < hi; ++y) {
        const size_t cx = by_class[x].second, cy = by_class[y].second;
        if (uf.find(cx) != uf.find(cy) && conflicting(clusters[cx], clusters[cy], story)) uf.unite(cx, cy);
      }
    }
  }
  std::vector<std::vector<size_t>> out;
  for (const std::vector<size_t>& group : by_root(clusters.size(), uf)) {
    std::vector<size_t>& into = out.emplace_back();
    for (size_t c : group) into.insert(into.end(), clusters[c].members.begin(), clusters[c].members.end());
  }
  return out;
}

}  // namespace

std::vector<std::vector<size_t>> date_clusters(const DateStory& story, UnionFind& uf) {
  std::vector<Cluster> clusters;
  for (std::vector<size_t>& members : by_root(story.items.size(), uf)) {
    clusters.push_back(make_cluster(std::move(members), story));
  }
  return merge_conflicts(clusters, story);
}

}  // namespace dates_align
}  // namespace fc
