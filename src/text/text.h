// Paragraphs, sentences and tokens with UTF-8 byte offsets into the untouched source text.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

/// What a token is; quote marks and dashes are kept apart from other punctuation.
enum class TokenKind { kWord, kNumber, kPunct, kQuote, kDash };

/// One token. `norm` is lower-cased with curly quotes/apostrophes made straight and dashes made '-'.
struct Token {
  size_t start = 0;
  size_t end = 0;
  TokenKind kind = TokenKind::kWord;
  std::string norm;
  bool capitalized = false;  // first letter upper-case in the source
};

/// A sentence: byte span and its half-open token range.
struct Sentence {
  size_t start = 0;
  size_t end = 0;
  size_t first_token = 0;
  size_t end_token = 0;
  size_t paragraph = 0;
};

/// A paragraph: text between blank lines or line breaks.
struct Paragraph {
  size_t start = 0;
  size_t end = 0;
};

/// The segmented text. `text` must outlive the index.
struct TextIndex {
  std::string_view text;
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  /// Index of the sentence containing byte `pos` (the last one if past the end).
  size_t sentence_at(size_t pos) const;
  /// Index of the first token in [from, to) that ends after byte `pos` (the token holding `pos`, else the next one);
  /// `to` if none does.
  size_t token_at(size_t pos, size_t from, size_t to) const;
};

/// Segments `text` (valid UTF-8) into paragraphs, sentences and tokens.
TextIndex index_text(std::string_view text);

/// Lower-cases ASCII and folds typographic quotes, apostrophes, dashes and spaces to plain ones.
std::string fold_punct(std::string_view s);

/// fold_punct(s) written into `out` (its content replaced), so a caller folding many words reuses one buffer.
void fold_punct_into(std::string_view s, std::string& out);

/// End of the word or number token index_text() starts at `pos`, or `pos` when none starts there (a space,
/// punctuation); `next` is set just past the code point at `pos`. For scans that need the words, not the tokens.
size_t word_end_at(std::string_view s, size_t pos, size_t& next);

}  // namespace fc
