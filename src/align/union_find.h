// Disjoint sets over item indices, for clustering mentions into facts.
#pragma once
#include <cstddef>
#include <numeric>
#include <vector>

namespace fc {

/// Union-find with path halving.
class UnionFind {
 public:
  /// `n` singleton sets.
  explicit UnionFind(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), size_t{0}); }
  /// Representative of x's set.
  size_t find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  /// Merges the sets of a and b.
  void unite(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

}  // namespace fc
