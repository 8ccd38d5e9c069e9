// BagSpace: bags of context words with inverse-document-frequency weights, and their weighted overlap.
#include "align/context.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <vector>

namespace fc {

size_t BagSpace::push_bag(std::vector<uint32_t>& ids) {
  std::sort(ids.begin(), ids.end());
  ids_.insert(ids_.end(), ids.begin(), ids.end());
  start_.push_back(ids_.size());
  return start_.size() - 2;
}

size_t BagSpace::add(const std::vector<std::string>& words) {
  std::vector<uint32_t> ids;
  ids.reserve(words.size());
  for (const std::string& w : words) {
    auto [it, fresh] = vocab_.emplace(w, static_cast<uint32_t>(df_.size()));
    if (fresh) df_.push_back(0);
    ++df_[it->second];
    ids.push_back(it->second);
  }
  return push_bag(ids);
}

size_t BagSpace::add_terms(const std::vector<uint32_t>& terms) {
  if (!terms.empty() && terms.back() >= term_id_.size()) term_id_.resize(terms.back() + 1, 0);  // terms ascend
  const size_t first = ids_.size();
  for (uint32_t t : terms) {
    if (term_id_[t] == 0) {
      df_.push_back(0);
      term_id_[t] = static_cast<uint32_t>(df_.size());
    }
    ++df_[term_id_[t] - 1];
    ids_.push_back(term_id_[t] - 1);
  }
  std::sort(ids_.begin() + static_cast<std::ptrdiff_t>(first), ids_.end());
  start_.push_back(ids_.size());
  return start_.size() - 2;
}

void BagSpace::finish() {
  const size_t bags = start_.size() - 1;
  const double docs = static_cast<double>(bags);
  weight_.resize(df_.size());
  for (size_t i = 0; i < df_.size(); ++i) weight_[i] = std::log(1.0 + (docs + 1) / (1.0 + static_cast<double>(df_[i])));
  total_.assign(bags, 0.0);
  for (size_t b = 0; b < bags; ++b) {
    for (uint32_t id : ids(b)) total_[b] += weight_[id];
  }
}

double BagSpace::overlap(size_t a, size_t b) const {
  const Ids x = ids(a), y = ids(b);
  double shared = 0;
  const uint32_t *i = x.first, *j = y.first;
  while (i < x.last && j < y.last) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else { shared += weight_[*i]; ++i; ++j; }
  }
  const double denom = std::min(total_[a], total_[b]);
  return denom > 0 ? shared / denom : 0.0;
}

}  // namespace fc
