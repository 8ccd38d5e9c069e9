// Candidate pairs for date alignment (src/align/dates_align*.cpp), kept apart so those files stay short.
#pragma once
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "align/context.h"

namespace fc {

/// Buffers reused across the blocks of one date alignment; sized by date_pair_scratch().
struct DatePairScratch {
  std::vector<size_t> src;     // source index of each item
  std::vector<size_t> seen;    // item b already paired with item a is stamped a + 1
  std::vector<double> marked;  // per word id: its weight while it is one marked bag's word, else 0
  std::vector<uint32_t> count;   // per word id: members of the block holding it
  std::vector<uint32_t> offset;  // per word id: where its posting list starts in `postings`
  std::vector<uint32_t> words;   // word ids the block uses, to reset `count`
  std::vector<size_t> postings;  // the block's posting lists, each ascending
  std::vector<size_t> partners;
};

/// Scratch for items with source indices `src` and word ids from `bags`.
DatePairScratch date_pair_scratch(std::vector<size_t> src, const BagSpace& bags);

/// Sorted unique pairs (a < b) of `members` (ascending item indices) from different sources that share a context
/// word held by at most 48 members (a word in most items cannot tell events apart). Appended to `out`.
void date_candidates(const std::vector<size_t>& members, const BagSpace& bags, DatePairScratch& scratch,
                     std::vector<std::pair<size_t, size_t>>& out);

/// Adds the pairs (a < b, different sources) of `members` whose items are flagged in `once` (used once in their
/// sources, so at most one per source) and share no word around them: their sentences may still share the kind of
/// event and a participant. Blocks with more than 24 such items are left to the shared words. Keeps `out` sorted.
void add_sole_pairs(const std::vector<size_t>& members, const std::vector<char>& once, const DatePairScratch& scratch,
                    std::vector<std::pair<size_t, size_t>>& out);

/// The items holding each word that at most 48 items hold (a word in most items cannot tell events apart).
struct WordPostings {
  std::vector<uint32_t> start;  // per word id: its list is items[start[w], start[w + 1])
  std::vector<size_t> items;    // ascending within each list
};

/// Posting lists of the bags' rare words.
WordPostings rare_word_postings(const BagSpace& bags, size_t bag_count);

/// Items sharing a rare word with item `a` whose `rank[item]` is set (not UINT32_MAX), sorted by (rank, item),
/// unique: the finer mentions a coarse one can hold, in the order they are judged. Replaces `out`.
void nested_candidates(size_t a, const BagSpace& bags, const WordPostings& postings,
                       const std::vector<uint32_t>& rank, std::vector<size_t>& out);

}  // namespace fc
