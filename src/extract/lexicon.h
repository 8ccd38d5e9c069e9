// Integer ids for the words of the number, entity and event rule tables, so extractors compare ints, not strings.
#pragma once
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

struct ScanTok;

/// Id of a word named by some extractor table; kNoWord for every other word.
using WordId = uint32_t;
constexpr WordId kNoWord = 0;

/// Id of the lower-case word `norm`, or kNoWord if no number, entity or event table names it.
WordId word_id(std::string_view norm);

/// True if some table word starts with a digit (if none, digit tokens need no lookup).
bool lexicon_has_digit_words();

/// One more than the largest id: the size of tables indexed by WordId.
size_t word_id_count();

/// True if the token is a closed-class word (is_function_word() of its norm, by id).
bool function_word(const ScanTok& t);

/// Phrases of table words indexed by their first word: the longest one at a token is found without a scan.
class PhraseIndex {
 public:
  /// Adds a phrase (lower-case words, each a table word); its row number is the order of adding.
  void add(const std::vector<std::string>& words);
  /// Row of the longest phrase matching tokens [i, end) (the first added among equally long ones); -1 if none.
  int match(const std::vector<ScanTok>& t, size_t i, size_t end) const;
  /// True if some phrase starts with word `w`.
  bool starts(WordId w) const { return w < by_first_.size() && !by_first_[w].empty(); }
  /// Row of the longest phrase whose last word is token end - 1 (the first added among equally long ones); -1 if none.
  int match_ending(const std::vector<ScanTok>& t, size_t end) const;

 private:
  std::vector<std::vector<WordId>> rows_;
  std::vector<std::vector<uint32_t>> by_first_;  // first word id -> rows, in adding order
  std::vector<std::vector<uint32_t>> by_last_;   // last word id -> rows, in adding order
};

/// A fixed set of words, tested by token id (a word outside the lexicon by its text).
class WordSet {
 public:
  /// The set of `words` (lower-case).
  WordSet(std::initializer_list<std::string_view> words);
  /// True if the token's norm is in the set.
  bool has(const ScanTok& t) const;

 private:
  std::vector<char> ids_;
  std::vector<std::string> other_;  // words no table names: compared as text (none today, see lexicon.cpp)
};

}  // namespace fc
