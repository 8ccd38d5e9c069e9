// Clusters of number mentions, and a lone count joined to the one cluster it fits by noun and value.
#pragma once
#include <cstddef>
#include <set>
#include <vector>

#include "align/number_items.h"

namespace fc::num_align {

/// Mentions of one block read as one fact: their items and the intersection of their ranges.
struct Cluster {
  std::vector<size_t> items;
  double low = 0, high = 0;  // intersection of the members' ranges
  std::set<size_t> sources;
  bool vague = false;
};

/// A count left alone joins the one cluster of its block that counts the same thing (or a kind of it) with a value
/// it fits and says ("41 rescuers" joins "about 40 rescuers" / "some 40 rescue workers"), or another lone count whose
/// only fit it is, with a shared word; two fitting clusters leave it apart.
void join_fitting_singles(const std::vector<NumItem>& items, std::vector<Cluster>& clusters);

}  // namespace fc::num_align
