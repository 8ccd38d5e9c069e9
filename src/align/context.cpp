#include "align/context.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "rules/rules.h"

namespace fc {
namespace {

const std::unordered_set<std::string>& stopwords() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    for (const RuleRow& row : rule_rows("en/stopwords.tsv")) {
      if (row.fields.size() >= 2) out.emplace(row.fields[1]);
    }
    return out;
  }();
  return set;
}

const std::unordered_map<std::string, std::string>& event_classes() {
  static const std::unordered_map<std::string, std::string> map = [] {
    std::unordered_map<std::string, std::string> out;
    for (const RuleRow& row : rule_rows("en/event_words.tsv")) {
      if (row.fields.size() >= 3) out.emplace(row.fields[1], "#" + std::string(row.fields[2]));
    }
    return out;
  }();
  return map;
}

}  // namespace

std::string comparison_key(const std::string& norm) {
  auto it = event_classes().find(norm);
  if (it != event_classes().end()) return it->second;
  std::string w = norm;
  if (w.size() > 2 && (w.compare(w.size() - 2, 2, "'s") == 0)) w.resize(w.size() - 2);
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "ies") == 0) {
    w.replace(w.size() - 3, 3, "y");
  } else if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u') {
    w.pop_back();
  }
  auto again = event_classes().find(w);
  return again != event_classes().end() ? again->second : w;
}

std::vector<std::string> context_words(const TextIndex& idx, size_t start, size_t end, size_t window) {
  std::vector<std::string> out;
  if (idx.sentences.empty()) return out;
  const Sentence& s = idx.sentences[idx.sentence_at(start)];
  size_t before = 0;
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    if (idx.tokens[i].end <= start) ++before;
  }
  const size_t lo = s.first_token + (before > window ? before - window : 0);
  for (size_t i = lo; i < s.end_token; ++i) {
    const Token& t = idx.tokens[i];
    if (t.start >= start && t.end <= end) continue;
    if (t.start >= end) {
      size_t after = 0;
      for (size_t j = i; j > lo && idx.tokens[j - 1].start >= end; --j) ++after;
      if (after >= window) break;
    }
    if (t.kind != TokenKind::kWord || t.norm.size() < 2 || stopwords().count(t.norm)) continue;
    out.push_back(comparison_key(t.norm));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void WordWeights::add(const std::vector<std::string>& bag) {
  ++docs_;
  for (const std::string& w : bag) ++df_[w];
}

double WordWeights::weight(const std::string& word) const {
  auto it = df_.find(word);
  const double df = it == df_.end() ? 0.0 : static_cast<double>(it->second);
  return std::log(1.0 + static_cast<double>(docs_ + 1) / (1.0 + df));
}

std::vector<std::string> shared_words(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

double weighted_overlap(const std::vector<std::string>& a, const std::vector<std::string>& b, const WordWeights& w) {
  double wa = 0, wb = 0, shared = 0;
  for (const std::string& x : a) wa += w.weight(x);
  for (const std::string& x : b) wb += w.weight(x);
  for (const std::string& x : shared_words(a, b)) shared += w.weight(x);
  const double denom = std::min(wa, wb);
  return denom > 0 ? shared / denom : 0.0;
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
  std::sort(ids.begin(), ids.end());
  bags_.push_back(std::move(ids));
  return bags_.size() - 1;
}

void BagSpace::finish() {
  const double docs = static_cast<double>(bags_.size());
  weight_.resize(df_.size());
  for (size_t i = 0; i < df_.size(); ++i) weight_[i] = std::log(1.0 + (docs + 1) / (1.0 + static_cast<double>(df_[i])));
  total_.assign(bags_.size(), 0.0);
  for (size_t b = 0; b < bags_.size(); ++b) {
    for (uint32_t id : bags_[b]) total_[b] += weight_[id];
  }
}

double BagSpace::overlap(size_t a, size_t b) const {
  const std::vector<uint32_t>& x = bags_[a];
  const std::vector<uint32_t>& y = bags_[b];
  double shared = 0;
  size_t i = 0, j = 0;
  while (i < x.size() && j < y.size()) {
    if (x[i] < y[j]) ++i;
    else if (y[j] < x[i]) ++j;
    else { shared += weight_[x[i]]; ++i; ++j; }
  }
  const double denom = std::min(total_[a], total_[b]);
  return denom > 0 ? shared / denom : 0.0;
}

double BagSpace::overlap_marked(const std::vector<char>& marked, size_t a, size_t b) const {
  double shared = 0;  // b's ids ascend, so the shared weights add up in the order overlap() adds them
  for (uint32_t id : bags_[b]) {
    if (marked[id]) shared += weight_[id];
  }
  const double denom = std::min(total_[a], total_[b]);
  return denom > 0 ? shared / denom : 0.0;
}

}  // namespace fc
