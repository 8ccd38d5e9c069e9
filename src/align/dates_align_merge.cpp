// Date alignment, clustering step: union-find sets become clusters; clusters disputing one event's day merge.
#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "align/dates_align_items.h"
#include "core/sort.h"
#include "core/date.h"

namespace fc {
namespace dates_align {
namespace {

// A cluster of same-event mentions: its members, sources and the union of their context words.
// Lists live in shared flat arrays (a single item's words are its own), so clusters cost no allocations.
struct Cluster {
  size_t first = 0, count = 0;       // members: order[first, first + count), ascending item indices
  size_t src_first = 0, src_count = 0;  // sources: ascending and unique, in the source pool
  const uint32_t* ctx = nullptr;     // word ranks, ascending and unique
  size_t ctx_count = 0;
  uint32_t key = 0;                  // the members' key rank, when they share one
  bool one_key = true;
  bool speech = false;               // some member is a speech date
  bool sole = true;                  // every member's day is used once in its source
  bool repeat = false;               // some member tells its event as one of several ("another", "again")
  double weight = 0;                 // summed weight of ctx, in rank order
};

// Indices 0..n-1 grouped by their root, in ascending root order, each group ascending: `out` holds the
// indices, `start` each group's first position (and a final end).
void by_root(size_t n, UnionFind& uf, std::vector<size_t>& out, std::vector<size_t>& start) {
  std::vector<size_t> root(n), at(n + 1, 0);
  for (size_t i = 0; i < n; ++i) ++at[(root[i] = uf.find(i)) + 1];
  start.clear();
  for (size_t r = 0; r < n; ++r) {
    if (at[r + 1] > 0) start.push_back(at[r]);
    at[r + 1] += at[r];
  }
  start.push_back(n);
  out.resize(n);
  for (size_t i = 0; i < n; ++i) out[at[root[i]]++] = i;
}

// Builds the clusters of the item groups, their source and word lists in the pools.
std::vector<Cluster> make_clusters(const std::vector<size_t>& order, const std::vector<size_t>& start,
                                   const DateStory& story, std::vector<size_t>& src_pool,
                                   std::vector<std::vector<uint32_t>>& ctx_pool) {
  std::vector<Cluster> out(start.size() - 1);
  std::vector<uint32_t> words;
  for (size_t c = 0; c < out.size(); ++c) {
    Cluster& k = out[c];
    k.first = start[c], k.count = start[c + 1] - start[c], k.src_first = src_pool.size();
    const DateItem& head = story.items[order[k.first]];
    k.key = head.key;
    words.clear();
    for (size_t m = k.first; m < k.first + k.count; ++m) {
      const DateItem& it = story.items[order[m]];
      src_pool.push_back(it.src);
      k.one_key = k.one_key && it.key == k.key;
      k.speech = k.speech || it.speech;
      k.sole = k.sole && it.sole;
      k.repeat = k.repeat || it.repeat;
      if (k.count > 1) words.insert(words.end(), it.ctx.begin(), it.ctx.end());
    }
    std::sort(src_pool.begin() + static_cast<std::ptrdiff_t>(k.src_first), src_pool.end());
    src_pool.erase(std::unique(src_pool.begin() + static_cast<std::ptrdiff_t>(k.src_first), src_pool.end()), src_pool.end());
    k.src_count = src_pool.size() - k.src_first;
    if (k.count == 1) {
      k.ctx = head.ctx.data(), k.ctx_count = head.ctx.size();
    } else {
      std::sort(words.begin(), words.end());
      words.erase(std::unique(words.begin(), words.end()), words.end());
      ctx_pool.push_back(words);  // its buffer stays put when the pool grows
      k.ctx = ctx_pool.back().data(), k.ctx_count = ctx_pool.back().size();
    }
    for (size_t w = 0; w < k.ctx_count; ++w) k.weight += story.word_weight[k.ctx[w]];
  }
  return out;
}

bool share_source(const Cluster& a, const Cluster& b, const std::vector<size_t>& pool) {
  for (size_t i = a.src_first, j = b.src_first; i < a.src_first + a.src_count && j < b.src_first + b.src_count;) {
    if (pool[i] == pool[j]) return true;
    if (pool[i] < pool[j]) ++i; else ++j;
  }
  return false;
}

// True when some member of `a` and some member of `b` name one participant in their sentences.
bool share_name(const Cluster& a, const Cluster& b, const std::vector<size_t>& order, const DateStory& story) {
  for (size_t i = a.first; i < a.first + a.count; ++i) {
    const std::vector<uint32_t>& x = story.items[order[i]].names;
    for (size_t j = b.first; j < b.first + b.count; ++j) {
      const std::vector<uint32_t>& y = story.items[order[j]].names;
      for (size_t p = 0, q = 0; p < x.size() && q < y.size();) {
        if (x[p] == y[q] && !story.word_is_number[x[p]]) return true;
        if (x[p] < y[q]) ++p; else ++q;
      }
    }
  }
  return false;
}

// True when some member of `a` and some member of `b` name one event class next to their days: the dated event
// itself, not another event of the sentence.
bool share_head(const Cluster& a, const Cluster& b, const std::vector<size_t>& order, const DateStory& story) {
  for (size_t i = a.first; i < a.first + a.count; ++i) {
    const std::vector<uint32_t>& x = story.items[order[i]].heads;
    for (size_t j = b.first; j < b.first + b.count; ++j) {
      const std::vector<uint32_t>& y = story.items[order[j]].heads;
      for (size_t p = 0, q = 0; p < x.size() && q < y.size();) {
        if (x[p] == y[q]) return true;
        if (x[p] < y[q]) ++p; else ++q;
      }
    }
  }
  return false;
}

// True when the members of `c` name one whole month ("in March 2025", "March last year"), some of them perhaps a
// day inside it ("on 14 March 2025"), but never only days: no part of the month ("the end of March", "early
// April") unless a day beside it pins it, and no change in a measure next to it. Two such months for one event
// dispute it as two days do.
bool named_months(const Cluster& c, const std::vector<size_t>& order, const DateStory& story) {
  const std::string& key = story.keys[c.key];
  if (key.size() < 7 || key[4] != '-' || key[5] < '0' || key[5] > '1') return false;
  bool day = false, month = false;  // a lone day claims a day, not its month: some member must name the month
  for (size_t m = c.first; m < c.first + c.count; ++m) {
    const std::string& k = story.keys[story.items[order[m]].key];
    if (k.size() == 10 && k.compare(0, 7, key, 0, 7) == 0) day = true;
    else if (k.size() == 7 && k.compare(0, 7, key, 0, 7) == 0) month = true;
    else return false;
  }
  if (!month) return false;
  for (size_t m = c.first; m < c.first + c.count; ++m) {
    const DateItem& it = story.items[order[m]];
    const Timex& t = *it.timex;
    if (story.keys[it.key].size() == 10) continue;
    if ((t.rule.compare(0, 5, "d_pos") == 0 && !day) || partial_period(t.text) || vague_period(t.text)) return false;
    // a change in a measure ("prices increased ... in May") is reported month by month: each month its own figure
    for (uint32_t h : it.heads) {
      if (story.word_is_measure[h]) return false;
    }
  }
  return true;
}

// Adjacent days dispute one event only on firm ground: a night spans midnight and "yesterday" moves with the
// hour a source went out, so no member may tell a time of day or speak of a night or time zone, every day
// read from the hour of writing must come from one anchor day (same-day reports); conflicting() also asks for a
// named participant in common.
bool adjacent_dispute(const Cluster& a, const Cluster& b, const std::vector<size_t>& order, const DateStory& story) {
  bool have_anchor = false;
  long anchor = 0;
  for (const Cluster* c : {&a, &b}) {
    for (size_t m = c->first; m < c->first + c->count; ++m) {
      const DateItem& it = story.items[order[m]];
      if (night_value(it.timex->value) || night_sign(story.texts[it.src], it.timex->start, it.timex->end)) return false;
      if (!it.anchored) continue;
      if (have_anchor && it.anchor_day != anchor) return false;
      have_anchor = true, anchor = it.anchor_day;
    }
  }
  return true;
}

// Two clusters conflict when they describe one event with different exact days: same tense side (a past
// call and a planned one are two events), a shared event class and another shared word, most context
// words shared (a quarter; a fifth when each day is used once in its source), the event class named next to
// both days (share_head), at least two days apart (or one, on the firm ground of adjacent_dispute() with a named
// participant in common or a day two sources already agree on), and no source giving both days (that would be
// one source's two events, not a dispute).
// The day a statement was made says nothing about the day of what it reports, so speech dates never conflict;
// nor does an event told as one of several ("another arrest"), which may simply be the next one.
bool conflicting(const Cluster& a, const Cluster& b, const std::vector<size_t>& order, const std::vector<size_t>& pool,
                 const DateStory& story) {
  const bool months = named_months(a, order, story) && named_months(b, order, story) &&
                      story.keys[a.key].compare(0, 7, story.keys[b.key], 0, 7) != 0;
  if (!months && (!a.one_key || !b.one_key || a.key == b.key)) return false;
  if (!months && (!story.key_one_day[a.key] || !story.key_one_day[b.key])) return false;
  if (a.speech || b.speech || a.repeat || b.repeat || share_source(a, b, pool)) return false;
  const int sa = story.items[order[a.first]].side, sb = story.items[order[b.first]].side;
  if (sa == 0 || sa != sb) return false;
  long gap = 1;  // months: held to the ground of adjacent days below, never to their night test
  if (!months) {
    const auto da = parse_iso_date(std::string_view(story.keys[a.key]).substr(0, 10));
    const auto db = parse_iso_date(std::string_view(story.keys[b.key]).substr(0, 10));
    if (!da || !db) return false;
    gap = std::labs(days_from_civil(*da) - days_from_civil(*db));
    if (gap == 0 || (gap == 1 && !adjacent_dispute(a, b, order, story))) return false;
  }
  size_t classes = 0, others = 0;
  double shared = 0;  // summed in word order, as the overlap of word lists always was
  for (size_t i = 0, j = 0; i < a.ctx_count && j < b.ctx_count;) {
    if (a.ctx[i] < b.ctx[j]) { ++i; continue; }
    if (b.ctx[j] < a.ctx[i]) { ++j; continue; }
    (story.word_is_class[a.ctx[i]] ? classes : others) += 1;
    shared += story.word_weight[a.ctx[i]];
    ++i, ++j;
  }
  const double denom = std::min(a.weight, b.weight);
  const double overlap = denom > 0 ? shared / denom : 0.0;
  // A day each source uses only once is less likely another event of the same kind: a little less overlap will do.
  if (classes == 0 || others == 0 || overlap < (a.sole && b.sole ? 0.2 : 0.25)) return false;
  if (!share_head(a, b, order, story)) return false;
  // adjacent days: the same named participants too, or one day that two sources already give for that event
  return gap > 1 || share_name(a, b, order, story) || a.src_count >= 2 || b.src_count >= 2;
}

// Merges conflicting clusters, comparing only clusters that share an event class (blocking).
void merge_conflicts(const std::vector<Cluster>& clusters, const std::vector<size_t>& order,
                     const std::vector<size_t>& pool, const DateStory& story, UnionFind& uf) {
  std::vector<std::pair<uint32_t, size_t>> by_class;  // (event class word, cluster), sorted
  for (size_t i = 0; i < clusters.size(); ++i) {
    for (size_t w = 0; w < clusters[i].ctx_count; ++w) {
      if (story.word_is_class[clusters[i].ctx[w]]) by_class.emplace_back(clusters[i].ctx[w], i);
    }
  }
  fc::sort_by(by_class.begin(), by_class.end());
  for (size_t lo = 0, hi = 0; lo < by_class.size(); lo = hi) {
    while (hi < by_class.size() && by_class[hi].first == by_class[lo].first) ++hi;
    if (hi - lo > 64) continue;  // too common to tell events apart
    for (size_t x = lo; x < hi; ++x) {
      for (size_t y = x + 1; y < hi; ++y) {
        const size_t cx = by_class[x].second, cy = by_class[y].second;
        if (uf.find(cx) != uf.find(cy) && conflicting(clusters[cx], clusters[cy], order, pool, story)) uf.unite(cx, cy);
      }
    }
  }
}

}  // namespace

DateFacts date_clusters(const DateStory& story, UnionFind& uf) {
  std::vector<size_t> order, start, src_pool;
  std::vector<std::vector<uint32_t>> ctx_pool;
  by_root(story.items.size(), uf, order, start);
  const std::vector<Cluster> clusters = make_clusters(order, start, story, src_pool, ctx_pool);
  UnionFind merged(clusters.size());
  merge_conflicts(clusters, order, src_pool, story, merged);
  std::vector<size_t> groups, group_start;
  by_root(clusters.size(), merged, groups, group_start);
  DateFacts out;
  out.items.reserve(story.items.size());
  for (size_t g = 0; g + 1 < group_start.size(); ++g) {
    out.start.push_back(out.items.size());
    for (size_t i = group_start[g]; i < group_start[g + 1]; ++i) {
      const Cluster& c = clusters[groups[i]];
      out.items.insert(out.items.end(), order.begin() + static_cast<std::ptrdiff_t>(c.first),
                       order.begin() + static_cast<std::ptrdiff_t>(c.first + c.count));
    }
  }
  out.start.push_back(out.items.size());
  return out;
}

}  // namespace dates_align
}  // namespace fc
