// Pairwise tests on collected number items: shared words and figures, day and direction cues, related nouns,
// overlapping ranges, wide vague values.
#include "align/number_items.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

namespace fc::num_align {
namespace {

bool has(const std::vector<CtxWord>& v, CtxWord w) { return std::binary_search(v.begin(), v.end(), w); }

// Figures both sentences state besides the two numbers, at most 2: "180 mm of rain in 48 hours" in both says the
// same report is retold.
size_t shared_figures(const NumItem& a, const NumItem& b) {
  size_t n = 0;
  auto i = a.figures.begin(), j = b.figures.begin();
  while (i != a.figures.end() && j != b.figures.end() && n < 2) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

// Shared words of two sorted sets, leaving out the block's counted noun and the words of both items' counted nouns.
size_t shared_leaving_nouns(const NumItem& a, const NumItem& b, const std::vector<CtxWord>& x,
                            const std::vector<CtxWord>& y) {
  size_t n = 0;
  auto i = x.begin(), j = y.begin();
  while (i != x.end() && j != y.end()) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else {
      n += (*i != a.block_counts && !has(a.noun_words, *i) && !has(b.noun_words, *i)) ? 1 : 0;
      ++i, ++j;
    }
  }
  return n;
}

}  // namespace

size_t shared_figure_count(const NumItem& a, const NumItem& b) {
  if (a.source == b.source) return 0;
  return shared_figures(a, b);
}

// Both sentences name a day and no day is common: "fell 89 points on Monday" vs "251 points on Thursday".
bool day_mismatch(const NumItem& a, const NumItem& b) {
  return a.day_words != 0 && b.day_words != 0 && (a.day_words & b.day_words) == 0;
}

// One sentence says a figure went up and the other that it went down: two movements, not one fact.
bool opposite_direction(const NumItem& a, const NumItem& b) {
  return (a.up && !a.down && b.down && !b.up) || (a.down && !a.up && b.up && !b.down);
}

bool nouns_related(const NumItem& a, const NumItem& b) {
  if (a.chain.empty() || b.chain.empty()) return a.chain.empty() && b.chain.empty();
  if (a.generic || b.generic || a.anyone || b.anyone) return true;
  return std::find(a.chain.begin(), a.chain.end(), b.chain.front()) != a.chain.end() ||
         std::find(b.chain.begin(), b.chain.end(), a.chain.front()) != b.chain.end();
}

bool overlaps(double lo1, double hi1, double lo2, double hi2) {
  double tol = 1e-9 * std::max(std::fabs(lo1), std::fabs(lo2));  // floating point only: 19.9% is not 20%
  return lo1 <= hi2 + tol && lo2 <= hi1 + tol;
}

size_t evidence(const NumItem& a, const NumItem& b) {
  if (a.source == b.source || (a.dated && b.dated && std::labs(a.day - b.day) > kAgreeWindowDays)) return 0;
  return shared_leaving_nouns(a, b, a.ctx, b.ctx) + shared_figures(a, b);
}

size_t near_shared(const NumItem& a, const NumItem& b) {
  if (a.source == b.source) return 0;
  return shared_leaving_nouns(a, b, a.near, b.near);
}

bool near_match(const NumItem& a, const NumItem& b) {
  if (a.source == b.source || (a.dated && b.dated && std::labs(a.day - b.day) > kAgreeWindowDays)) return false;
  if (opposite_direction(a, b)) return false;  // "exports rose 14%" is not "exports fell 14%"
  return shared_leaving_nouns(a, b, a.near, b.near) >= 2;
}

bool wide(const NumberMention& m) {
  return m.rule.find("num.vague.") != std::string::npos || (!m.value.empty() && (m.value[0] == '>' || m.value[0] == '<')) ||
         m.value.find(" >") != std::string::npos || m.value.find(" <") != std::string::npos;
}

bool other_numbers_fit(const NumItem& a, const NumItem& b) {
  if (a.other_numbers.empty() || b.other_numbers.empty()) return true;
  // The sentences report different figures around it (levels, times, shares): a different day or report.
  auto subset = [](const std::set<std::string>& x, const std::set<std::string>& y) {
    for (const std::string& n : x) if (!y.count(n)) return false;
    return true;
  };
  return subset(a.other_numbers, b.other_numbers) || subset(b.other_numbers, a.other_numbers);
}

}  // namespace fc::num_align
