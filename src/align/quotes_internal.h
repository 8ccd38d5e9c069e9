// Internals of quote alignment: comparable quote items, matching, and word diffs between renderings.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "align/findings.h"
#include "core/report.h"

namespace fc {
namespace qa {

/// One statement quote of one source, prepared for comparison.
struct Item {
  size_t src = 0;  // index into the findings
  size_t q = 0;    // index into that source's quotes
  std::vector<std::string> words;    // folded words of the quote (contractions expanded), in order
  std::vector<std::string> keys;     // the words with one key per synonym group, for matching only
  std::vector<std::string> content;  // stems of its content words, sorted and unique
  std::vector<std::string> context;  // stems of content words around it (sentence, or the quote it sits in)
  std::string speaker_key;           // surname or organisation, lower case; "" when unknown
  int parent = -1;                   // item of the quote this saying sits in
  std::vector<size_t> children;      // sayings inside this quote
  size_t child_from = 0;             // position of this saying in its parent's words
  size_t child_to = 0;
};

/// How two renderings of one statement relate.
enum class Match { kNone, kIdentical, kMinor, kVariant };

/// Builds the items of all sources (statements only: direct, partial and saying quotes).
std::vector<Item> build_items(const std::vector<SourceFindings>& all);

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

/// Length of the longest common subsequence of two word lists.
size_t lcs_length(const std::vector<std::string>& a, const std::vector<std::string>& b);

/// Clusters items into statements: returns a cluster id per item.
std::vector<size_t> cluster_items(const std::vector<Item>& items, const std::vector<SourceFindings>& all);

/// Word diff between two renderings with meaning-changing differences flagged.
WordDiff word_diff(const std::string& a_id, std::string_view a, const std::string& b_id, std::string_view b);

/// Turns the clusters into quote facts.
std::vector<Fact> build_facts(const std::vector<Item>& items, const std::vector<size_t>& cluster,
                              const std::vector<SourceFindings>& all);

}  // namespace qa
}  // namespace fc
