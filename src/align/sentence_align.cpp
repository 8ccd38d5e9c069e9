// SentenceSpace: sentences as bags of story-weighted words, and the best match of a sentence in each other source.
#include "align/sentence_align.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

#include "align/context.h"
#include "core/sort.h"
#include "rules/rules.h"

namespace fc {
namespace {

constexpr uint32_t kNoSentWord = UINT32_MAX;

// Function words, calendar names and the words of attribution: shared by sentences that tell different things.
const std::unordered_set<std::string>& ignored_words() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out = {"said", "says", "say", "according", "also", "however", "told", "added",
                                           "yesterday", "today", "tomorrow", "last", "next", "week", "month", "year",
                                           "day", "morning", "evening", "night", "afternoon", "late", "early",
                                           "are", "was", "were", "being", "its", "their", "them", "they", "this",
                                           "these", "those", "would", "could", "should", "can", "may", "might",
                                           "must", "than", "then", "there", "here", "other", "more", "most", "some",
                                           "any", "such", "only", "just", "very", "many", "much", "into", "over",
                                           "since", "during", "against", "without", "within", "among",
                                           "around", "near", "ago", "still", "already", "again", "now", "new", "few"};
    for (const RuleRow& row : rule_rows("en/stopwords.tsv")) {
      if (row.fields.size() >= 2) out.emplace(row.fields[1]);
    }
    for (const std::string& w : calendar_names()) out.insert(w);
    return out;
  }();
  return set;
}

bool negation(const std::string& norm) {
  if (norm.empty() || norm[0] != 'n') return false;  // every negation starts with "n": most tokens stop here
  return norm == "not" || norm == "no" || norm == "never" || norm == "n't" || norm == "nobody" || norm == "none";
}

// An amount, not a day of the month: three characters or more ("4,200", "1.4", "2019").
bool amount(const std::string& word) { return word.size() >= 4 && word[0] == '='; }

void sort_unique(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

uint32_t SentenceSpace::intern(std::string key) {
  auto [at, fresh] = ids_.emplace(std::move(key), static_cast<uint32_t>(words_.size()));
  if (fresh) words_.push_back(at->first);
  return at->second;
}

std::vector<uint32_t> SentenceSpace::token_words(const TextIndex& idx) {
  static const std::unordered_set<std::string>& ignored = ignored_words();
  std::vector<uint32_t> out(idx.tokens.size(), kNoSentWord);
  for (size_t i = 0; i < idx.tokens.size(); ++i) {
    const Token& t = idx.tokens[i];
    bool fresh = false;
    if (t.kind == TokenKind::kNumber && t.norm.size() >= 2) {
      uint32_t& id = number_of_.at(t.norm, fresh);
      if (fresh) id = intern("=" + t.norm);
      out[i] = id;
    } else if (t.kind == TokenKind::kWord && t.norm.size() >= 3) {
      uint32_t& id = word_of_.at(t.norm, fresh);
      if (fresh) id = ignored.count(t.norm) ? kNoSentWord : intern(comparison_key(t.norm));
      out[i] = id;
    }
  }
  return out;
}

void SentenceSpace::add_source(size_t src) {
  const TextIndex& idx = all_[src].index;
  token_ids_.push_back(token_words(idx));
  const std::vector<uint32_t>& word = token_ids_.back();
  std::vector<char> cap_inside(words_.size(), 0);  // the source writes the word capitalized inside a sentence
  for (const Sentence& s : idx.sentences) {
    for (size_t i = s.first_token + 1; i < s.end_token; ++i) {
      if (word[i] != kNoSentWord && idx.tokens[i].capitalized) cap_inside[word[i]] = 1;
    }
  }
  std::vector<uint32_t> ids, plain, numbers;  // reused: each sentence's lists are copied once, at their size
  for (const Sentence& s : idx.sentences) {
    Sent x{src, s.start, s.end, s.first_token, s.end_token, {}, {}, {}, 0, false};
    ids.clear(), plain.clear(), numbers.clear();
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = idx.tokens[i];
      x.negated = x.negated || negation(t.norm);
      if (word[i] == kNoSentWord) continue;
      ids.push_back(word[i]);
      if (t.kind == TokenKind::kNumber) numbers.push_back(word[i]);
      else if (!t.capitalized || (i == s.first_token && !cap_inside[word[i]])) plain.push_back(word[i]);
    }
    sort_unique(ids), sort_unique(plain), sort_unique(numbers);
    x.ids.assign(ids.begin(), ids.end()), x.plain.assign(plain.begin(), plain.end());
    x.numbers.assign(numbers.begin(), numbers.end());
    sents_.push_back(std::move(x));
  }
}

SentenceSpace::SentenceSpace(const std::vector<SourceFindings>& all) : all_(all) {
  size_t count = 0;
  for (const SourceFindings& f : all) count += f.index.sentences.size();
  sents_.reserve(count);
  token_ids_.reserve(all.size());
  for (size_t src = 0; src < all.size(); ++src) {
    first_of_source_.push_back(sents_.size());
    add_source(src);
  }
  first_of_source_.push_back(sents_.size());
  df_.assign(words_.size(), 0);
  for (const Sent& x : sents_) {
    for (uint32_t w : x.ids) ++df_[w];
  }
  posting_start_.assign(words_.size() + 1, 0);  // one flat list, word w's sentences ascending at its offsets
  for (size_t w = 0; w < words_.size(); ++w) posting_start_[w + 1] = posting_start_[w] + df_[w];
  postings_.resize(posting_start_.back());
  std::vector<uint32_t> fill(posting_start_.begin(), posting_start_.end() - 1);
  for (uint32_t i = 0; i < sents_.size(); ++i) {
    for (uint32_t w : sents_[i].ids) postings_[fill[w]++] = i;
  }
  const double n = static_cast<double>(sents_.size());
  weight_.resize(words_.size());
  for (size_t w = 0; w < words_.size(); ++w) weight_[w] = std::log(1.0 + (n + 1) / (1.0 + df_[w]));
  for (Sent& x : sents_) {
    for (uint32_t w : x.ids) x.total += weight_[w];
  }
}

size_t SentenceSpace::sentence_of(size_t source, size_t pos) const {
  const size_t lo = first_of_source_[source], hi = first_of_source_[source + 1];
  for (size_t i = lo; i < hi; ++i) {
    if (pos < sents_[i].end) return i;
  }
  return hi > lo ? hi - 1 : SIZE_MAX;
}

double SentenceSpace::score(size_t a, size_t b) const {
  const Sent &x = sents_[a], &y = sents_[b];
  double shared = 0;
  for (auto i = x.ids.begin(), j = y.ids.begin(); i != x.ids.end() && j != y.ids.end();) {
    if (*i < *j) ++i;
    else if (*j < *i) ++j;
    else shared += weight_[*i], ++i, ++j;
  }
  const double denom = std::min(x.total, y.total);
  return denom > 0 ? shared / denom : 0.0;
}

std::vector<SentenceSpace::Match> SentenceSpace::best_per_source(size_t s) const {
  std::vector<double>& shared = shared_;  // candidate sentence -> shared weight; all 0 between calls
  if (shared.size() != sents_.size()) shared.assign(sents_.size(), 0.0);
  std::vector<uint32_t>& touched = touched_;
  touched.clear();
  for (uint32_t w : sents_[s].ids) {
    for (uint32_t p = posting_start_[w]; p < posting_start_[w + 1]; ++p) {
      const uint32_t j = postings_[p];
      if (sents_[j].source == sents_[s].source) continue;
      if (shared[j] == 0.0) touched.push_back(j);
      shared[j] += weight_[w];
    }
  }
  std::sort(touched.begin(), touched.end());
  std::vector<Match> best(first_of_source_.size() - 1);  // per source its best match
  for (uint32_t j : touched) {
    const double denom = std::min(sents_[s].total, sents_[j].total);
    const double sc = denom > 0 ? shared[j] / denom : 0.0;
    Match& m = best[sents_[j].source];
    if (sc > m.score) m = {j, sc};
    shared[j] = 0.0;  // ready for the next call
  }
  best.erase(std::remove_if(best.begin(), best.end(), [](const Match& m) { return m.sentence == SIZE_MAX; }),
             best.end());
  return best;  // in source order, as sentences are
}

SentenceSpace::Match SentenceSpace::best_in(size_t s, size_t source) const {
  Match best;
  for (size_t j = first_of_source_[source]; j < first_of_source_[source + 1]; ++j) {
    const double sc = score(s, j);
    if (sc > best.score) best = {j, sc};
  }
  return best;
}

bool SentenceSpace::same_statement(size_t a, size_t b, double min_score) const {
  const Sent &x = sents_[a], &y = sents_[b];
  if (x.negated != y.negated || score(a, b) < min_score) return false;
  size_t plain = 0, rare_plain = 0;
  for (auto i = x.plain.begin(), j = y.plain.begin(); i != x.plain.end() && j != y.plain.end();) {
    if (*i < *j) { ++i; continue; }
    if (*j < *i) { ++j; continue; }
    ++plain;
    rare_plain += rare(*i) ? 1 : 0;
    ++i, ++j;
  }
  if (plain < 2 || rare_plain < 1) return false;
  // two amounts, neither in the other sentence: two facts ("lost 870 million" / "withdrew 1.4 billion")
  bool x_lone = false, y_lone = false, common = false;
  for (uint32_t w : x.numbers) {
    const bool in = std::binary_search(y.numbers.begin(), y.numbers.end(), w);
    common = common || in;
    x_lone = x_lone || (!in && amount(words_[w]));
  }
  for (uint32_t w : y.numbers) {
    y_lone = y_lone || (!std::binary_search(x.numbers.begin(), x.numbers.end(), w) && amount(words_[w]));
  }
  return common || !(x_lone && y_lone);
}

bool SentenceSpace::rare(uint32_t w) const {
  const size_t sources = first_of_source_.size() - 1;
  return 2 * df_[w] <= 3 * std::max<size_t>(sources, 2);
}

std::vector<std::string> SentenceSpace::shared_plain(size_t a, size_t b, size_t n) const {
  std::vector<uint32_t> both;
  std::set_intersection(sents_[a].plain.begin(), sents_[a].plain.end(), sents_[b].plain.begin(),
                        sents_[b].plain.end(), std::back_inserter(both));
  fc::sort_by(both.begin(), both.end(), [&](uint32_t p, uint32_t q) { return df_[p] != df_[q] ? df_[p] < df_[q] : p < q; });
  std::vector<std::string> out;
  for (size_t i = 0; i < both.size() && i < n; ++i) {
    out.push_back(words_[both[i]][0] == '#' ? words_[both[i]].substr(1) : words_[both[i]]);
  }
  return out;
}

}  // namespace fc
