// Date alignment, nested step: a coarse value ("2021-01", "next week") linked to finer ones inside it.
#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "align/date_pairs.h"
#include "align/dates_align_items.h"
#include "compare/verdict.h"
#include "core/date.h"

namespace fc {
namespace dates_align {

// The sources of each block, ascending and unique, indexed by key rank.
std::vector<std::vector<size_t>> block_sources(const std::vector<std::vector<size_t>>& blocks, const DateStory& story) {
  std::vector<std::vector<size_t>> out(blocks.size());
  for (size_t k = 0; k < blocks.size(); ++k) {
    for (size_t i : blocks[k]) out[k].push_back(story.items[i].src);
    std::sort(out[k].begin(), out[k].end());
    out[k].erase(std::unique(out[k].begin(), out[k].end()), out[k].end());
  }
  return out;
}

// A coarse mention ("earlier this year", "next month") is the same event as a finer one inside it (of another
// source, which does not give the finer day itself: the caller checks) when most words around agree (`strong`,
// `ov` is their overlap), or when both name the same kind of event ("spoke by telephone" / "talked by phone") and
// either share another word or overlap fairly, the coarse value is used once in its source and neither is a
// speech date.
bool nested_same(const DateStory& story, size_t a, size_t b, double ov, bool& strong) {
  strong = ov >= 0.5;
  if (strong) return true;
  if (!story.items[a].sole || story.items[a].speech || story.items[b].speech || ov < 0.1) return false;
  const Shared s = shared_words(story, a, b);
  // "earlier this year" keeps only days before the last week: the kind of event must say which (and only one
  // day may answer, see link_nested_values)
  if (story.items[a].latest != std::numeric_limits<long>::max()) return s.classes > 0;
  if (story.keys[story.items[a].key].size() == 4) return s.classes > 0 && s.others > 0 && ov >= 0.2;  // a year holds much
  return s.classes > 0 && (s.others > 0 || ov >= 0.2);
}

// True when coarse item `a` may hold finer key `k` at all: its source does not give that value itself, and the
// key's day is not past the latest day the coarse mention allows ("earlier this year": not the last week).
bool may_hold(const DateStory& story, size_t a, size_t k, const std::vector<size_t>& fine_sources) {
  if (std::binary_search(fine_sources.begin(), fine_sources.end(), story.items[a].src)) return false;
  const long latest = story.items[a].latest;
  if (latest == std::numeric_limits<long>::max()) return true;
  const std::string& fine = story.keys[k];
  const auto day = parse_iso_date(std::string_view(fine).substr(0, std::min<size_t>(fine.size(), 10)));
  return !day || fine.size() < 10 || days_from_civil(*day) <= latest;
}

// The finer keys inside coarse key `c`: those it prefixes (they follow it in rank order), and a week's days.
std::vector<size_t> finer_keys(const DateStory& story, size_t c) {
  const std::string& coarse = story.keys[c];
  std::vector<size_t> out;
  for (size_t k = c + 1; k < story.keys.size() && story.keys[k].compare(0, coarse.size(), coarse) == 0; ++k) {
    if (story.keys[k].find('|') == std::string::npos) out.push_back(k);
  }
  long first = 0, last = 0;
  if (coarse.size() != 8 || coarse[5] != 'W' || !period_bounds(coarse, first, last)) return out;
  // a week ("next week", "the end of the week") holds the days from its Monday to its Sunday
  const std::string from = to_iso(civil_from_days(first)), to = to_iso(civil_from_days(last));
  auto k = std::lower_bound(story.keys.begin(), story.keys.end(), from);
  for (; k != story.keys.end() && k->compare(0, 10, to) <= 0; ++k) {
    if (k->size() == 10) out.push_back(static_cast<size_t>(k - story.keys.begin()));
  }
  return out;
}

// Nested links may only build chains of values each inside the next ("2024" > "2024-05" > "2024-05-12"): each
// set remembers its finest key, and a link that would hold two values neither inside the other (two days,
// two months) is refused. Different days for one event are for conflicting() to judge, on its stronger evidence.
class NestedSets {
 public:
  NestedSets(const DateStory& story, UnionFind& uf) : story_(story), uf_(uf), finest_(story.items.size()) {
    for (size_t i = 0; i < story.items.size(); ++i) finest_[uf.find(i)] = story.items[i].key;
  }
  // Unites the sets of a and b unless their finest values are incompatible.
  void link(size_t a, size_t b) {
    const size_t ra = uf_.find(a), rb = uf_.find(b);
    if (ra == rb) return;
    const uint32_t ka = finest_[ra], kb = finest_[rb];
    const std::string &va = story_.keys[ka], &vb = story_.keys[kb];
    uint32_t fine;
    if (ka == kb || date_within(va, vb)) fine = kb;
    else if (date_within(vb, va)) fine = ka;
    else return;
    uf_.unite(ra, rb);
    finest_[uf_.find(ra)] = fine;
  }

 private:
  const DateStory& story_;
  UnionFind& uf_;
  std::vector<uint32_t> finest_;  // per set root: the key rank of its finest value
};

// Links each coarse item to the finer items that are its event. On weaker evidence it links only when the finer
// items share one day: a vague "last month" must not chain two different days into a dispute no pair supports.
void link_nested_values(const DateStory& story, UnionFind& uf) {
  const std::vector<std::vector<size_t>> blocks = blocks_of(story);
  const std::vector<std::vector<size_t>> sources = block_sources(blocks, story);
  NestedSets sets(story, uf);
  std::vector<std::pair<size_t, size_t>> weak;  // (fine key, fine item) of the current coarse item
  std::vector<double> marked(story.bags.vocabulary(), 0.0);  // the current coarse item's word weights
  // Only finer items sharing a rare word can pass (no shared word: no overlap); in order of their key among the
  // finer keys, then by item.
  const WordPostings postings = rare_word_postings(story.bags, story.items.size());
  std::vector<uint32_t> rank(story.items.size(), UINT32_MAX);
  std::vector<size_t> candidates;
  for (size_t c = 0; c < blocks.size(); ++c) {
    const std::string& coarse = story.keys[c];
    if (coarse.size() >= 10 || coarse.find('|') != std::string::npos) continue;
    const std::vector<size_t> finer = finer_keys(story, c);
    for (size_t f = 0; f < finer.size(); ++f) {
      for (size_t b : blocks[finer[f]]) rank[b] = static_cast<uint32_t>(f);
    }
    for (size_t a : blocks[c]) {
      weak.clear();
      nested_candidates(a, story.bags, postings, rank, candidates);
      for (uint32_t id : story.bags.ids(a)) marked[id] = story.bags.weight(id);
      for (size_t b : candidates) {
        const size_t k = story.items[b].key;
        bool strong = false;
        if (!may_hold(story, a, k, sources[k])) continue;
        if (!nested_same(story, a, b, story.bags.overlap_weighted(marked, a, b), strong)) continue;
        if (strong) sets.link(a, b);
        else weak.emplace_back(k, b);
      }
      for (uint32_t id : story.bags.ids(a)) marked[id] = 0.0;
      const bool one_day = std::all_of(weak.begin(), weak.end(), [&](const auto& w) { return w.first == weak.front().first; });
      for (const auto& w : weak) {
        if (one_day) sets.link(a, w.second);
      }
    }
    for (size_t k : finer) {
      for (size_t b : blocks[k]) rank[b] = UINT32_MAX;
    }
  }
}

}  // namespace dates_align
}  // namespace fc
