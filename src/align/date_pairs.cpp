// Candidate pairs for date alignment: items of one same-valued block whose contexts share a rare word.
#include "align/date_pairs.h"
#include "core/sort.h"

#include <algorithm>

namespace fc {
namespace {

constexpr uint32_t kCommon = 48;

// Fills the block's posting lists (members holding each word, ascending) as one flat array.
void build_postings(const std::vector<size_t>& members, const BagSpace& bags, DatePairScratch& s) {
  s.words.clear();
  for (size_t m : members) {
    for (uint32_t id : bags.ids(m)) {
      if (s.count[id]++ == 0) s.words.push_back(id);
    }
  }
  uint32_t at = 0;
  for (uint32_t id : s.words) {
    s.offset[id] = at;
    at += s.count[id];
  }
  s.postings.resize(at);
  for (size_t m : members) {
    for (uint32_t id : bags.ids(m)) s.postings[s.offset[id]++] = m;
  }
  for (uint32_t id : s.words) s.offset[id] -= s.count[id];  // back to each list's start
}

}  // namespace

DatePairScratch date_pair_scratch(std::vector<size_t> src, const BagSpace& bags) {
  DatePairScratch s;
  s.seen.assign(src.size(), 0);
  s.src = std::move(src);
  s.marked.assign(bags.vocabulary(), 0.0);
  s.count.assign(bags.vocabulary(), 0);
  s.offset.assign(bags.vocabulary(), 0);
  return s;
}

// Candidate pairs of one block: items of different sources sharing a context word that is not common
// in the block (a word in most items cannot tell events apart). Keeps cost near-linear on big stories.
// Per item a, its partners b > a are collected once (`seen` stamps) and sorted.
void date_candidates(const std::vector<size_t>& members, const BagSpace& bags, DatePairScratch& s,
                     std::vector<std::pair<size_t, size_t>>& out) {
  build_postings(members, bags, s);
  for (size_t a : members) {
    s.partners.clear();
    for (uint32_t id : bags.ids(a)) {
      if (s.count[id] > kCommon) continue;
      const size_t* first = s.postings.data() + s.offset[id];
      const size_t* last = first + s.count[id];
      for (const size_t* it = std::upper_bound(first, last, a); it != last; ++it) {
        if (s.seen[*it] == a + 1 || s.src[*it] == s.src[a]) continue;
        s.seen[*it] = a + 1;
        s.partners.push_back(*it);
      }
    }
    std::sort(s.partners.begin(), s.partners.end());
    for (size_t b : s.partners) out.emplace_back(a, b);
  }
  for (uint32_t id : s.words) s.count[id] = 0;
}

void add_sole_pairs(const std::vector<size_t>& members, const std::vector<char>& once, const DatePairScratch& scratch,
                    std::vector<std::pair<size_t, size_t>>& out) {
  constexpr size_t kMaxOnce = 24;
  size_t picked[kMaxOnce], n = 0;
  for (size_t m : members) {
    if (!once[m]) continue;
    if (n == kMaxOnce) return;
    picked[n++] = m;
  }
  const size_t before = out.size();
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      if (scratch.src[picked[i]] != scratch.src[picked[j]]) out.emplace_back(picked[i], picked[j]);
    }
  }
  if (out.size() == before) return;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

WordPostings rare_word_postings(const BagSpace& bags, size_t bag_count) {
  WordPostings p;
  std::vector<uint32_t> count(bags.vocabulary() + 1, 0);
  for (size_t b = 0; b < bag_count; ++b) {
    for (uint32_t id : bags.ids(b)) ++count[id];
  }
  p.start.assign(bags.vocabulary() + 1, 0);
  for (size_t w = 0; w < bags.vocabulary(); ++w) p.start[w + 1] = p.start[w] + (count[w] <= kCommon ? count[w] : 0);
  p.items.resize(p.start.back());
  std::vector<uint32_t> at(p.start.begin(), p.start.end() - 1);
  for (size_t b = 0; b < bag_count; ++b) {
    for (uint32_t id : bags.ids(b)) {
      if (count[id] <= kCommon) p.items[at[id]++] = b;
    }
  }
  return p;
}

void nested_candidates(size_t a, const BagSpace& bags, const WordPostings& postings,
                       const std::vector<uint32_t>& rank, std::vector<size_t>& out) {
  out.clear();
  for (uint32_t id : bags.ids(a)) {
    for (uint32_t i = postings.start[id]; i < postings.start[id + 1]; ++i) {
      if (rank[postings.items[i]] != UINT32_MAX) out.push_back(postings.items[i]);
    }
  }
  fc::sort_by(out.begin(), out.end(), [&](size_t x, size_t y) { return rank[x] != rank[y] ? rank[x] < rank[y] : x < y; });
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace fc
