// The words around a finding, and a story-wide weighting of them, used to tell whether two findings are one fact.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "text/text.h"

namespace fc {

/// Month and weekday names, lower case, as the date tables list them.
const std::unordered_set<std::string>& calendar_names();

/// Folds one token to its comparison key: lower case, light plural stem, event class ("spoke" -> "#talk").
std::string comparison_key(const std::string& norm);

/// Interns the context words of findings as int ids, so bags are int lists: content words (comparison keys) of
/// the sentence around a span, at most `window` tokens each side, excluding the span itself.
/// Each token's word is looked up once per source; token norms must outlive the vocabulary.
class ContextVocab {
 public:
  /// Starts a source: the next context_ids() calls read `idx`.
  void begin_source(const TextIndex& idx);
  /// Appends the context word ids of [start, end) to `out`, unsorted, possibly repeated.
  void context_ids(size_t start, size_t end, size_t window, std::vector<uint32_t>& out);
  /// Appends the ids of the event classes ("#talk") named anywhere in the sentence holding `start`, unsorted.
  void sentence_classes(size_t start, std::vector<uint32_t>& out);
  /// Appends the ids of the names in the sentence holding `start`, outside [start, end), unsorted: capitalized
  /// words (a sentence's first word only if the source capitalizes it elsewhere too; no month or weekday names)
  /// and numbers of two characters or more ("5.9", "14"). Who or what the sentence is about.
  void sentence_names(size_t start, size_t end, std::vector<uint32_t>& out);
  /// Appends the ids of the content words nearest [start, end) in its sentence, at most `n` each side, unsorted:
  /// what a bare year qualifies ("the 2010 flood", "a flood in the valley in 2010").
  void nearest_words(size_t start, size_t end, size_t n, std::vector<uint32_t>& out);
  /// Rank of each word id in the lexical order of the words (ranks sort as the words do).
  std::vector<uint32_t> lexical_ranks() const;
  /// The word of an id.
  const std::string& word(uint32_t id) const { return *words_[id]; }
  /// How many distinct words there are.
  size_t size() const { return words_.size(); }

 private:
  uint32_t token_word(size_t token);
  uint32_t intern(std::string key);
  const Sentence& sentence_of(size_t pos);  // idx_->sentences[sentence_at(pos)], the last answer kept
  const TextIndex* idx_ = nullptr;
  size_t memo_pos_ = SIZE_MAX, memo_sentence_ = 0;  // the four per-mention lookups all ask about one position
  uint32_t name_word(size_t token, bool first);
  void learn_capitalized();           // fills cap_word_ for the current source
  bool caps_known_ = false;
  std::vector<uint32_t> name_tok_;    // per token of the source: its name id (sentence_names), or a marker
  std::vector<char> cap_word_;        // per word id: the source capitalizes it inside a sentence
  std::vector<uint32_t> capitalized_;  // word ids flagged in cap_word_, to clear them for the next source
  std::vector<uint32_t> tok_;                              // per token of the source: word id, or a marker
  struct NormSlot {
    std::string_view norm;
    uint32_t hash = 0;  // low bits of the norm's hash, checked before the bytes
    uint32_t word = 0;
    bool used = false;
    bool phrase = false;  // the norm opens a two-word event phrase ("walked off")
    int8_t calendar = -1;  // the norm is a month or weekday name (1) or not (0); -1 until asked
  };
  void reserve_norms(size_t more);  // grows the table, if need be, so `more` new norms keep it at most half full
  NormSlot& norm_slot(std::string_view norm);  // a fresh slot comes back with used == false: the caller fills it
  std::vector<NormSlot> norms_;  // open addressing, token norm -> word id or a marker; power-of-two size
  size_t norms_used_ = 0;
  std::unordered_map<std::string, uint32_t> ids_;          // comparison key -> word id
  std::vector<const std::string*> words_;                  // word id -> key (the map's nodes are stable)
};

/// Many bags interned as word ids with story-wide weights, so each comparison is a merge of int lists.
/// Word ids are given in first-seen order (bags in order, each bag's words in its sorted order).
class BagSpace {
 public:
  /// Adds one bag (sorted, unique words); returns its index. Call finish() after the last add.
  size_t add(const std::vector<std::string>& words);
  /// Adds one bag of terms (ascending, unique; terms sort as their words do); do not mix with add().
  size_t add_terms(const std::vector<uint32_t>& terms);
  /// Computes word weights log(1 + (bags + 1) / (1 + df)) and each bag's total weight.
  void finish();
  /// Weighted overlap coefficient of bags a and b (0..1).
  double overlap(size_t a, size_t b) const;
  /// overlap(a, b) when `marked` (one flag per word id) flags exactly bag a's words: no merge, same sum order.
  double overlap_marked(const std::vector<char>& marked, size_t a, size_t b) const {
    double shared = 0;  // b's ids ascend, so the shared weights add up in the order overlap() adds them
    for (uint32_t id : ids(b)) {
      if (marked[id]) shared += weight_[id];
    }
    return shared_over(shared, a, b);
  }
  /// overlap(a, b) when `weights` holds weight(id) for exactly bag a's words and 0 elsewhere: adding the zeros
  /// leaves every partial sum as it was, so the result equals overlap_marked() without a branch per word.
  double overlap_weighted(const std::vector<double>& weights, size_t a, size_t b) const {
    double shared = 0;
    for (uint32_t id : ids(b)) shared += weights[id];
    return shared_over(shared, a, b);
  }
  /// The weight of a word id.
  double weight(uint32_t id) const { return weight_[id]; }
  /// A bag's sorted word ids.
  struct Ids {
    const uint32_t* first;
    const uint32_t* last;
    const uint32_t* begin() const { return first; }
    const uint32_t* end() const { return last; }
    size_t size() const { return static_cast<size_t>(last - first); }
  };
  /// The sorted word ids of a bag.
  Ids ids(size_t bag) const { return {ids_.data() + start_[bag], ids_.data() + start_[bag + 1]}; }
  /// How many distinct words the bags hold (word ids run from 0 to this).
  size_t vocabulary() const { return df_.size(); }

 private:
  double shared_over(double shared, size_t a, size_t b) const {
    const double denom = total_[a] < total_[b] ? total_[a] : total_[b];
    return denom > 0 ? shared / denom : 0.0;
  }
  size_t push_bag(std::vector<uint32_t>& ids);
  std::unordered_map<std::string, uint32_t> vocab_;
  std::vector<uint32_t> term_id_;  // term -> word id + 1 (0: not seen yet)
  std::vector<size_t> df_;
  std::vector<double> weight_;
  std::vector<uint32_t> ids_;      // all bags' ids, bag b at [start_[b], start_[b + 1])
  std::vector<size_t> start_{0};
  std::vector<double> total_;
};

}  // namespace fc
