#include "align/context.h"
#include "core/sort.h"

#include <algorithm>
#include <limits>
#include <unordered_set>

#include "rules/rules.h"

namespace fc {
namespace {

constexpr uint32_t kUnset = std::numeric_limits<uint32_t>::max();  // token not looked up yet
constexpr uint32_t kNone = kUnset - 1;                                // token is no context word

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

// Two-word rows of the event table ("walked off"): first word -> (second word, class key).
const std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>>& event_phrases() {
  static const auto map = [] {
    std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> out;
    for (const auto& [words, cls] : event_classes()) {
      const size_t space = words.find(' ');
      if (space != std::string::npos) out[words.substr(0, space)].emplace_back(words.substr(space + 1), cls);
    }
    return out;
  }();
  return map;
}

}  // namespace

const std::unordered_set<std::string>& calendar_names() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    for (const char* table : {"en/dates_months.tsv", "en/dates_weekdays.tsv"}) {
      for (const RuleRow& row : rule_rows(table)) {
        if (row.fields.size() < 2) continue;
        for (std::string_view w : split_field(row.fields[1])) out.emplace(w);
      }
    }
    return out;
  }();
  return set;
}

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

void ContextVocab::begin_source(const TextIndex& idx) {
  reserve_norms(idx.tokens.size());  // a source brings at most as many new norms as it has tokens
  if (ids_.empty()) ids_.reserve(idx.tokens.size());
  idx_ = &idx;
  memo_pos_ = SIZE_MAX;
  tok_.assign(idx.tokens.size(), kUnset);
  name_tok_.assign(idx.tokens.size(), kUnset);
  caps_known_ = false;
}

void ContextVocab::learn_capitalized() {
  caps_known_ = true;
  const TextIndex& idx = *idx_;
  for (uint32_t w : capitalized_) cap_word_[w] = 0;
  capitalized_.clear();
  for (const Sentence& s : idx.sentences) {
    for (size_t i = s.first_token + 1; i < s.end_token; ++i) {
      if (!idx.tokens[i].capitalized || idx.tokens[i].kind != TokenKind::kWord) continue;
      const uint32_t w = token_word(i);
      if (w == kNone) continue;
      if (w >= cap_word_.size()) cap_word_.resize(w + 1, 0);
      if (!cap_word_[w]) cap_word_[w] = 1, capitalized_.push_back(w);
    }
  }
}

uint32_t ContextVocab::name_word(size_t token, bool first) {
  uint32_t& slot = name_tok_[token];
  if (slot != kUnset) return slot;
  const Token& t = idx_->tokens[token];
  if (t.kind == TokenKind::kNumber) return slot = t.norm.size() >= 2 ? intern(t.norm) : kNone;
  if (!t.capitalized || t.kind != TokenKind::kWord) return slot = kNone;
  const uint32_t w = token_word(token);
  if (first && !caps_known_) learn_capitalized();
  // a sentence's first word is a name only if the source capitalizes it inside a sentence too
  if (w == kNone || (*words_[w])[0] == '#' || (first && (w >= cap_word_.size() || !cap_word_[w]))) return slot = kNone;
  NormSlot& n = norm_slot(t.norm);  // token_word filled it: only the calendar answer may be missing
  if (n.calendar < 0) n.calendar = calendar_names().count(t.norm) ? 1 : 0;
  return slot = n.calendar ? kNone : w;
}

void ContextVocab::reserve_norms(size_t more) {
  size_t size = std::max<size_t>(256, norms_.size());
  while (2 * (norms_used_ + more + 1) > size) size *= 2;  // keep the table at most half full
  if (size == norms_.size()) return;
  std::vector<NormSlot> old(size);
  old.swap(norms_);
  norms_used_ = 0;
  for (const NormSlot& s : old) {
    if (s.used) norm_slot(s.norm) = s;
  }
}

ContextVocab::NormSlot& ContextVocab::norm_slot(std::string_view norm) {
  if (2 * (norms_used_ + 1) > norms_.size()) reserve_norms(1);
  uint64_t h = 1469598103934665603ull;  // FNV-1a: norms are short
  for (char c : norm) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  h ^= h >> 29;
  const uint32_t tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = norms_.size() - 1;
  for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
    NormSlot& s = norms_[i];
    if (!s.used) {
      s.norm = norm;
      s.hash = tag;
      ++norms_used_;
      return s;
    }
    if (s.hash == tag && s.norm == norm) return s;
  }
}

uint32_t ContextVocab::token_word(size_t token) {
  uint32_t& slot = tok_[token];
  if (slot != kUnset) return slot;
  const Token& t = idx_->tokens[token];
  if (t.kind != TokenKind::kWord || t.norm.size() < 2) return slot = kNone;
  NormSlot& n = norm_slot(t.norm);
  if (!n.used) {
    n.used = true;
    n.word = kNone;
    n.phrase = event_phrases().count(t.norm) > 0;
    if (!stopwords().count(t.norm)) {
      n.word = intern(comparison_key(t.norm));
    }
  }
  if (n.phrase && token + 1 < idx_->tokens.size()) {  // "walked off (the job)": the pair names the event
    const std::string& next = idx_->tokens[token + 1].norm;
    for (const auto& [second, cls] : event_phrases().at(t.norm)) {
      if (second == next) return slot = intern(cls);
    }
  }
  return slot = n.word;
}

const Sentence& ContextVocab::sentence_of(size_t pos) {
  if (pos != memo_pos_) memo_pos_ = pos, memo_sentence_ = idx_->sentence_at(pos);
  return idx_->sentences[memo_sentence_];
}

void ContextVocab::context_ids(size_t start, size_t end, size_t window, std::vector<uint32_t>& out) {
  const TextIndex& idx = *idx_;
  if (idx.sentences.empty()) return;
  const Sentence& s = sentence_of(start);
  // the sentence's tokens that end by `start`
  const size_t before = idx.token_at(start, s.first_token, s.end_token) - s.first_token;
  const size_t lo = s.first_token + (before > window ? before - window : 0);
  // room for the words before the span and a window after it at once (doubling, as push_back would, when it grows)
  const size_t need = std::min(s.end_token - lo, before - (lo - s.first_token) + window + 8);
  if (out.capacity() - out.size() < need) out.reserve(std::max(2 * out.capacity(), out.size() + need));
  size_t first_after = SIZE_MAX;  // the first token from lo on that starts at or past the span's end
  for (size_t i = lo; i < s.end_token; ++i) {
    const Token& t = idx.tokens[i];
    if (t.start >= start && t.end <= end) continue;
    if (t.start >= end) {
      if (first_after == SIZE_MAX) first_after = i;  // tokens ascend: every later one starts past the end too
      if (i - first_after >= window) break;
    }
    const uint32_t w = token_word(i);
    if (w != kNone) out.push_back(w);
  }
}

void ContextVocab::sentence_classes(size_t start, std::vector<uint32_t>& out) {
  const TextIndex& idx = *idx_;
  if (idx.sentences.empty()) return;
  const Sentence& s = sentence_of(start);
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    const uint32_t w = token_word(i);
    if (w != kNone && (*words_[w])[0] == '#') out.push_back(w);
  }
}

void ContextVocab::sentence_names(size_t start, size_t end, std::vector<uint32_t>& out) {
  const TextIndex& idx = *idx_;
  if (idx.sentences.empty()) return;
  const Sentence& s = sentence_of(start);
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = idx.tokens[i];
    if (t.start >= start && t.end <= end) continue;
    const uint32_t w = name_word(i, i == s.first_token);
    if (w != kNone) out.push_back(w);
  }
}

void ContextVocab::nearest_words(size_t start, size_t end, size_t n, std::vector<uint32_t>& out) {
  const TextIndex& idx = *idx_;
  if (idx.sentences.empty()) return;
  const Sentence& s = sentence_of(start);
  size_t first = s.end_token;  // first token at or after the span's start
  for (size_t i = s.first_token; i < s.end_token && first == s.end_token; ++i) {
    if (idx.tokens[i].end > start) first = i;
  }
  size_t found = 0;
  for (size_t i = first; i > s.first_token && found < n;) {
    const uint32_t w = token_word(--i);
    if (w != kNone) out.push_back(w), ++found;
  }
  found = 0;
  for (size_t i = first; i < s.end_token && found < n; ++i) {
    if (idx.tokens[i].start < end) continue;
    const uint32_t w = token_word(i);
    if (w != kNone) out.push_back(w), ++found;
  }
}

uint32_t ContextVocab::intern(std::string key) {
  auto [word, added] = ids_.emplace(std::move(key), static_cast<uint32_t>(words_.size()));
  if (added) words_.push_back(&word->first);
  return word->second;
}

std::vector<uint32_t> ContextVocab::lexical_ranks() const {
  // each word's first 8 bytes as a big-endian number (zero-padded) order the words as std::string's operator<
  // does (bytes compare unsigned); only words sharing those 8 bytes are compared as strings
  std::vector<std::pair<uint64_t, uint32_t>> order(words_.size());
  for (uint32_t i = 0; i < order.size(); ++i) {
    const std::string& w = *words_[i];
    uint64_t key = 0;
    for (size_t k = 0; k < 8; ++k) key = key << 8 | (k < w.size() ? static_cast<unsigned char>(w[k]) : 0u);
    order[i] = {key, i};
  }
  fc::sort_by(order.begin(), order.end(), [&](const std::pair<uint64_t, uint32_t>& a, const std::pair<uint64_t, uint32_t>& b) {
    return a.first != b.first ? a.first < b.first : *words_[a.second] < *words_[b.second];
  });
  std::vector<uint32_t> rank(words_.size());
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r].second] = r;
  return rank;
}

}  // namespace fc
