// Word 4-gram hashes for near-duplicate detection, hashed straight off the text: the words are exactly the word
// and number tokens of index_text() (src/text/text.cpp), folded as fold_punct() folds them, without building tokens.
#include "pipeline/anchor_shingles.h"

#include "text/utf8.h"

namespace fc {
namespace {

// The character classes of src/text/text.cpp's tokenizer (kept in step with it; anchor_test compares the two).
bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x370 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x4E00 && c <= 0x9FFF);
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F ||
         c == 0x200B || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 || c == 0xFEFF;
}
bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Code point at `pos` (ASCII without a call), advancing `pos`.
char32_t next_cp(std::string_view s, size_t& pos) {
  const unsigned char b = static_cast<unsigned char>(s[pos]);
  if (b < 0x80) {
    ++pos;
    return b;
  }
  return next_code_point(s, pos);
}

char32_t peek(std::string_view s, size_t pos) { return pos < s.size() ? next_cp(s, pos) : 0; }

// End of the word starting at `pos` (text.cpp's scan_word).
size_t scan_word(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[end]);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
      ++end;  // ASCII letters and digits: the common case, decided without decoding
      continue;
    }
    size_t next = end;
    const char32_t c = next_cp(s, next);
    if (is_letter(c) || is_digit(c)) {
      end = next;
      continue;
    }
    const char32_t after = peek(s, next);
    const bool joiner = is_apostrophe(c) || c == '-' || c == 0x2010 || c == '.' || c == '&';
    if (joiner && (is_letter(after) || is_digit(after))) {
      if (c == '.') {
        const bool single_letter_before = end >= 1 && (end - pos == 1 || s[end - 2] == '.');
        if (!single_letter_before || !is_letter(after)) break;
      }
      end = next;
      continue;
    }
    if (c == '.' && end - pos == 1 && is_letter(static_cast<unsigned char>(s[pos])) && end >= 2 && s[end - 2] == '.') {
      end = next;
      continue;
    }
    break;
  }
  if (end < s.size() && s[end] == '.' && end >= pos + 3 && s[end - 2] == '.') ++end;
  return end;
}

// End of the number starting at `pos` (text.cpp's scan_number).
size_t scan_number(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end < s.size()) {
    const char c = s[end];
    if (is_digit(static_cast<unsigned char>(c))) {
      ++end;
      continue;
    }
    if ((c == ',' || c == '.' || c == ':' || c == '/') && end + 1 < s.size() &&
        is_digit(static_cast<unsigned char>(s[end + 1]))) {
      end += 1;
      continue;
    }
    break;
  }
  while (end < s.size() && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= 'A' && s[end] <= 'Z'))) ++end;
  return end;
}

// Feeds fold_punct(s) to `out` byte by byte (out.push(char)).
template <class Out>
void fold_into(std::string_view s, Out& out) {
  size_t pos = 0;
  while (pos < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[pos]);
    if (b < 0x80) {
      out.push(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++pos;
      continue;
    }
    const size_t start = pos;
    const char32_t c = next_cp(s, pos);
    if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) {
      out.push('\'');
    } else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB) {
      out.push('"');
    } else if (is_dash(c)) {
      out.push('-');
    } else if (is_space(c)) {
      out.push(' ');
    } else {
      // U+00C0-U+00DE (not U+00D7): lower case is +0x20 on the last byte; anything else stays as it is.
      const bool upper = c >= 0xC0 && c <= 0xDE && c != 0xD7;
      for (size_t k = start; k < pos; ++k) {
        out.push(static_cast<char>(upper && k + 1 == pos ? s[k] + 0x20 : s[k]));
      }
    }
  }
}

// Calls `word(raw)` for each word and number token of index_text(text), in order (raw: its bytes in the text).
template <class Fn>
void each_word(std::string_view text, Fn&& word) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    const char32_t c = next_cp(text, next);
    size_t end = next;
    if (is_digit(c)) {
      end = scan_number(text, pos);
    } else if (is_letter(c)) {
      end = scan_word(text, pos);
    } else {
      pos = next;  // spaces, controls and punctuation (one code point each): no word
      continue;
    }
    word(text.substr(pos, end - pos));
    pos = end;
  }
}

struct Append {
  std::string& s;
  void push(char c) { s.push_back(c); }
};

// FNV-1a over the folded bytes of one word.
struct Fnv {
  uint64_t h = 1469598103934665603ULL;
  void push(char c) { h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL; }
};

// A 64-bit finalizer (splitmix64), so word hashes combine without their low bits lining up.
uint64_t mix(uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

void shingle_words(std::string_view text, std::string& folded, std::vector<size_t>& ends) {
  folded.clear();
  ends.clear();
  Append out{folded};
  each_word(text, [&](std::string_view w) {
    fold_into(w, out);
    ends.push_back(folded.size());
  });
}

std::vector<uint64_t> shingle_hashes(std::string_view text) {
  std::vector<uint64_t> words;
  each_word(text, [&](std::string_view w) {
    Fnv f;
    fold_into(w, f);
    words.push_back(f.h);
  });
  std::vector<uint64_t> out;
  if (words.size() < 4) return out;
  out.reserve(words.size() - 3);
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (size_t k = 0; k < 4; ++k) h = mix(h ^ words[i + k]) + k;
    out.push_back(h);
  }
  return out;
}

}  // namespace fc
