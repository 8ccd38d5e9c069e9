// Internals of quote alignment: comparable quote items, matching, and word diffs between renderings.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/findings.h"
#include "core/report.h"

namespace fc {
namespace qa {

/// Word ids of one alignment run: each distinct word once, with its comparison forms worked out once.
class Vocab {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  Vocab();
  /// The id of `w` (id 0 is the empty word).
  uint32_t intern(std::string_view w);
  /// The word of an id.
  const std::string& word(uint32_t id) const { return *words_[id]; }
  /// Appends the comparison word ids of `text` (as fold_words).
  void fold(std::string_view text, std::vector<uint32_t>& out);
  /// The synonym key of a word id (synonym_key).
  uint32_t key(uint32_t id);
  /// The light stem of a word id (stem).
  uint32_t stem_of(uint32_t id);
  /// True for function words (is_function_word).
  bool function(uint32_t id);
  /// Context stem of a text token's norm: stem(synonym_key(spelling_fold(norm))), kNone for function or short words.
  uint32_t context_stem(std::string_view norm);

 private:
  void fold_word(const std::string& w, std::vector<uint32_t>& out);
  struct Hash {  // FNV-1a: cheaper than std::hash on short words
    size_t operator()(std::string_view s) const noexcept {
      uint64_t h = 14695981039346656037ull;
      for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
      return static_cast<size_t>(h);
    }
  };
  std::deque<std::string> store_;  // deque: strings never move, so views into them stay valid
  std::vector<const std::string*> words_;
  void grow();
  std::vector<std::pair<uint32_t, uint32_t>> slots_;  // open addressing: (hash low bits, id + 1), 0 = empty
  std::vector<uint32_t> key_, stem_, ctx_, fold_a_, fold_b_;  // memos by id, kNone until computed
  std::vector<int8_t> func_;
};

/// A word id list prepared for bit-parallel LCS: its first 400 ids, each distinct id with the bit mask of its places.
struct LcsTable {
  size_t m = 0;
  std::vector<uint32_t> syms;    // distinct ids, sorted
  std::vector<uint64_t> masks;   // (m + 63) / 64 words per id
};

/// One statement quote of one source, prepared for comparison.
struct Item {
  size_t src = 0;  // index into the findings
  size_t q = 0;    // index into that source's quotes (its reported statements after them)
  const Quote* quote = nullptr;  // the quote itself
  char kind = 'd';                   // d(irect), p(artial), s(aying) or r(eported speech, no quote marks)
  std::vector<uint32_t> words;       // folded words of the quote (contractions expanded), in order
  std::vector<uint32_t> keys;        // the words with one key per synonym group, for matching only
  LcsTable lcs;                      // the keys, ready for lcs_with
  std::vector<uint32_t> content;     // stems of its content words, sorted and unique (by id)
  std::vector<uint32_t> context;     // stems of content words around it (sentence, or the quote it sits in)
  uint32_t speaker = 0;              // surname or organisation, lower case; 0 (the empty word) when unknown
  std::string given;                 // key of the speaker's first name when the quote gives a full name, else 
  int parent = -1;                   // item of the quote this saying sits in
  std::vector<size_t> children;      // sayings inside this quote
  size_t child_from = 0;             // position of this saying in its parent's words
  size_t child_to = 0;
};

/// How two renderings of one statement relate.
enum class Match { kNone, kIdentical, kMinor, kVariant };

/// Builds the items of all sources (statements only: direct, partial and saying quotes, then the `reported`
/// statements of each source, which the items point to).
std::vector<Item> build_items(const std::vector<SourceFindings>& all, Vocab& vocab,
                              const std::vector<std::vector<Quote>>& reported = {});

/// Folds a quote's text to comparison words: lower case, straight apostrophes, contractions expanded.
std::vector<std::string> fold_words(std::string_view text);

/// British spelling folded to American (en/spelling_variants.tsv); `rule` gets the row id when one applies.
std::string spelling_fold(const std::string& word, std::string* rule);

/// One key per synonym group (en/quote_synonyms.tsv, "~id"), the word itself (or its stem's key) otherwise.
std::string synonym_key(const std::string& word);

/// Light stem for overlap: suffixes stripped, then at most six letters.
std::string stem(const std::string& word);

/// True for function words (en/stopwords.tsv plus pronouns and auxiliaries).
bool is_function_word(const std::string& word);

/// Prepares a word id list for lcs_with.
void lcs_prepare(const std::vector<uint32_t>& s, LcsTable& t);
/// Length of the longest common subsequence of a prepared list and `l` (both cut at 400 words).
size_t lcs_with(const LcsTable& t, const std::vector<uint32_t>& l);
/// Length of the longest common subsequence of two word id lists.
size_t lcs_length(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

/// Whether two first-name keys are one name: equal, or equal but for a first letter both vowels, as transliterations
/// write it ("Eirini" / "Irini", keys "ern" / "irn").
bool same_given(const std::string& a, const std::string& b);

/// Clusters items into statements: returns a cluster id per item.
std::vector<size_t> cluster_items(const std::vector<Item>& items);

/// Word diff between two renderings with meaning-changing differences flagged.
WordDiff word_diff(const std::string& a_id, std::string_view a, const std::string& b_id, std::string_view b);
/// The same, folding words through the run's `vocab`.
WordDiff word_diff(const std::string& a_id, std::string_view a, const std::string& b_id, std::string_view b,
                   Vocab& vocab);

/// Copies what quote alignment reads of the findings (source, anchor, text index, quotes) into `out`, with each
/// whole quote that another source gives as separate quotes of its sentences cut into those sentences; false (and
/// `out` untouched) when no quote needs it.
bool split_quotes(const std::vector<SourceFindings>& all, std::vector<SourceFindings>* out);

/// The speaker key quotes are matched by: the last word of the name, spelling-insensitive ("Marić" = "Maric").
std::string speaker_key_of(const std::string& speaker);

/// The reported statements of each source (quotes of kind "reported": "Ana Berg said the plan would fail"), found
/// with the entities of `all`, only for speakers another source of `use` quotes; empty when there are none.
std::vector<std::vector<Quote>> reported_sayings(const std::vector<SourceFindings>& all,
                                                 const std::vector<SourceFindings>& use);

/// Content stems of each item with spelled-out numbers as digits and split compounds joined where another rendering
/// writes them as one word (quotes_forms.cpp), for the items `need` marks; the others come back empty.
std::vector<std::vector<uint32_t>> rendering_forms(const std::vector<Item>& items, const std::vector<bool>& need,
                                                   const std::vector<SourceFindings>& all, Vocab& vocab);

/// Joins statements of one known speaker rendered too freely for cluster_items (quotes_rare.cpp): rarity-weighted
/// content overlap, best pairs first, one rendering per source and statement; returns the new cluster ids.
std::vector<size_t> join_rare_renderings(const std::vector<Item>& items, const std::vector<size_t>& cluster,
                                         const std::vector<SourceFindings>& all, Vocab& vocab);

/// Gives quotes of no known speaker that no other quote has joined the speaker their sentence names
/// (quotes_sentence_speaker.cpp): the one person it opens with, or the one person of the sentence before for a "he"
/// or "she" before the quote; `all` holds the entities, in the items' source order.
void infer_speakers(std::vector<Item>& items, const std::vector<size_t>& cluster,
                    const std::vector<SourceFindings>& all, Vocab& vocab);

/// Turns the clusters into quote facts.
std::vector<Fact> build_facts(const std::vector<Item>& items, const std::vector<size_t>& cluster,
                              const std::vector<SourceFindings>& all, Vocab& vocab);

}  // namespace qa
}  // namespace fc
