// Candidate pairs for date alignment: items of one same-valued block whose contexts share a rare word.
#include "align/date_pairs.h"

#include <algorithm>
#include <map>

namespace fc {

// Candidate pairs of one block: items of different sources sharing a context word that is not common
// in the block (a word in most items cannot tell events apart). Keeps cost near-linear on big stories.
// Pairs come out sorted and unique: per item a, its partners b > a are collected once (`seen` stamps) and sorted.
std::vector<std::pair<size_t, size_t>> date_candidates(const std::vector<size_t>& members, const std::vector<size_t>& src,
                                                       const BagSpace& bags, std::vector<size_t>& seen) {
  constexpr size_t kCommon = 48;
  std::map<uint32_t, std::vector<size_t>> postings;
  for (size_t m : members) {
    for (uint32_t id : bags.ids(m)) postings[id].push_back(m);
  }
  std::vector<const std::vector<size_t>*> rare_of;  // per member, in order: its words' rare posting lists
  std::vector<size_t> rare_start{0};
  for (size_t m : members) {
    for (uint32_t id : bags.ids(m)) {
      const std::vector<size_t>& list = postings[id];
      if (list.size() <= kCommon) rare_of.push_back(&list);
    }
    rare_start.push_back(rare_of.size());
  }
  std::vector<std::pair<size_t, size_t>> out;
  std::vector<size_t> partners;
  for (size_t x = 0; x < members.size(); ++x) {
    const size_t a = members[x];
    partners.clear();
    for (size_t r = rare_start[x]; r < rare_start[x + 1]; ++r) {
      const std::vector<size_t>& list = *rare_of[r];
      for (auto it = std::upper_bound(list.begin(), list.end(), a); it != list.end(); ++it) {
        if (seen[*it] == a + 1 || src[*it] == src[a]) continue;
        seen[*it] = a + 1;
        partners.push_back(*it);
      }
    }
    std::sort(partners.begin(), partners.end());
    for (size_t b : partners) out.emplace_back(a, b);
  }
  return out;
}

}  // namespace fc
