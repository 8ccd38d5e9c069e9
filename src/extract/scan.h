// A light word scanner shared by the number, entity and event extractors (byte offsets, case, sentences).
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"

namespace fc {

/// What a scanned token is: a word (letters, maybe digits), a plain number, an ordinal, or punctuation.
enum class ScanKind { kWord, kNumber, kOrdinal, kPunct };

/// One scanned token with its byte span into the text.
struct ScanTok {
  size_t start = 0;
  size_t end = 0;
  ScanKind kind = ScanKind::kWord;
  std::string norm;         // lower-case ASCII, typographic apostrophes made straight
  WordId word = kNoWord;    // word_id(norm): which table words the token is, compared as an int
  bool cap = false;         // first letter upper-case
  bool upper = false;       // every letter upper-case (acronyms, shouted headlines)
  bool space_before = true; // whitespace (or text start) before the token
  bool line_before = false; // a line break before the token
  size_t sentence = 0;      // sentence number, counted from 0
  bool sentence_start = false;
  /// True if norm is exactly `w` (an inline compare, no strlen or temporary).
  bool is(std::string_view w) const { return std::string_view(norm) == w; }
};

/// Splits `text` into tokens; possessive 's is its own token, "U.S." one word, "27th" an ordinal.
std::vector<ScanTok> scan_words(std::string_view text);

/// True for short abbreviations whose dot does not end a sentence ("Mr", "Sen", "St", "Jan").
bool is_abbreviation(const std::string& norm);

/// True for tokens that close a sentence-internal clause: , ; : ( ) and dashes.
bool is_clause_break(const ScanTok& t);

}  // namespace fc
