// The words around a finding, and a story-wide weighting of them, used to tell whether two findings are one fact.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "text/text.h"

namespace fc {

/// Content words (folded, light-stemmed, event words mapped to their class) of the sentence around
/// [start, end), at most `window` tokens each side, excluding the span itself. Sorted and unique.
std::vector<std::string> context_words(const TextIndex& idx, size_t start, size_t end, size_t window);

/// Folds one token to its comparison key: lower case, light plural stem, event class ("spoke" -> "#talk").
std::string comparison_key(const std::string& norm);

/// Inverse document frequency of context words over a story: rare words weigh more.
class WordWeights {
 public:
  /// Counts one bag (a document for the weighting).
  void add(const std::vector<std::string>& bag);
  /// Weight of a word: log(1 + docs / (1 + df)).
  double weight(const std::string& word) const;

 private:
  std::unordered_map<std::string, size_t> df_;
  size_t docs_ = 0;
};

/// Many bags interned as word ids with story-wide weights, so each comparison is a merge of int lists.
class BagSpace {
 public:
  /// Adds one bag (sorted, unique words); returns its index. Call finish() after the last add.
  size_t add(const std::vector<std::string>& words);
  /// Computes word weights (as WordWeights does) and each bag's total weight.
  void finish();
  /// Weighted overlap coefficient of bags a and b (0..1).
  double overlap(size_t a, size_t b) const;
  /// overlap(a, b) when `marked` (one flag per word id) flags exactly bag a's words: no merge, same sum order.
  double overlap_marked(const std::vector<char>& marked, size_t a, size_t b) const;
  /// The sorted word ids of a bag.
  const std::vector<uint32_t>& ids(size_t bag) const { return bags_[bag]; }
  /// How many distinct words the bags hold (word ids run from 0 to this).
  size_t vocabulary() const { return df_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> vocab_;
  std::vector<size_t> df_;
  std::vector<double> weight_;
  std::vector<std::vector<uint32_t>> bags_;
  std::vector<double> total_;
};

/// Weighted overlap coefficient of two sorted bags: shared weight / the smaller bag's weight (0..1).
double weighted_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b, const WordWeights& w);

/// Shared words of two sorted bags.
std::vector<std::string> shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace fc
