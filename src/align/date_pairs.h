// Candidate pairs for date alignment (src/align/dates_align.cpp), kept apart so that file stays short.
#pragma once
#include <cstddef>
#include <utility>
#include <vector>

#include "align/context.h"

namespace fc {

/// Buffers reused across the blocks of one align_dates() call.
struct DatePairScratch {
  std::vector<size_t> src;   // source index of each item
  std::vector<size_t> seen;  // item b already paired with item a is stamped a + 1
  std::vector<char> marked;  // one flag per word id, for BagSpace::overlap_marked()
};

/// Sorted unique pairs (a < b) of `members` (ascending item indices) from different sources that share a context
/// word held by at most 48 members (a word in most items cannot tell events apart).
std::vector<std::pair<size_t, size_t>> date_candidates(const std::vector<size_t>& members, const std::vector<size_t>& src,
                                                       const BagSpace& bags, std::vector<size_t>& seen);

}  // namespace fc
