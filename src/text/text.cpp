#include "text/text.h"

#include <algorithm>
#include <functional>
#include <unordered_set>

#include "rules/rules.h"
#include "text/utf8.h"

namespace fc {
namespace {

bool is_letter(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) ||
         (c >= 0x370 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1FFF) || (c >= 0x4E00 && c <= 0x9FFF);
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x2009 || c == 0x202F ||
         c == 0x200B || (c >= 0x2000 && c <= 0x200A) || c == 0x3000 || c == 0xFEFF;
}
bool is_quote(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB ||
         c == 0x2039 || c == 0x203A || c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B;
}
bool is_dash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }
bool is_upper(char32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x410 && c <= 0x42F); }

// Peeks the code point at `pos` without advancing the caller's cursor.
char32_t peek(std::string_view s, size_t pos) { return pos < s.size() ? next_code_point(s, pos) : 0; }

const std::unordered_set<std::string>& abbreviations() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    for (const RuleRow& row : rule_rows("en/abbreviations.tsv")) {
      if (row.fields.size() >= 2) out.emplace(row.fields[1]);
    }
    return out;
  }();
  return set;
}

// Scans one word: letters/digits joined by inner apostrophes, hyphens and (for initialisms) periods.
size_t scan_word(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end < s.size()) {
    const unsigned char b = static_cast<unsigned char>(s[end]);
    if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) { ++end; continue; }
    size_t next = end;
    const char32_t c = next_code_point(s, next);
    if (is_letter(c) || is_digit(c)) { end = next; continue; }
    const char32_t after = peek(s, next);
    const bool joiner = is_apostrophe(c) || c == '-' || c == 0x2010 || c == '.' || c == '&';
    if (joiner && (is_letter(after) || is_digit(after))) {
      // "U.S." style initialisms keep their periods; a period before a lower-case word does not join.
      if (c == '.') {
        const bool single_letter_before = end >= 1 && (end - pos == 1 || s[end - 2] == '.');
        if (!single_letter_before || !is_letter(after)) break;
      }
      end = next;
      continue;
    }
    if (c == '.' && end - pos == 1 && is_letter(static_cast<unsigned char>(s[pos])) && end >= 2 && s[end - 2] == '.') {
      end = next;  // final period of "U.S."
      continue;
    }
    break;
  }
  // Keep the final period of an initialism like "U.S." in the token.
  if (end < s.size() && s[end] == '.' && end >= pos + 3 && s[end - 2] == '.') ++end;
  return end;
}

// Scans a number: digits with inner ',' '.' ':' and a trailing letter suffix ("1990s", "19th").
size_t scan_number(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end < s.size()) {
    const char c = s[end];
    if (is_digit(static_cast<unsigned char>(c))) { ++end; continue; }
    if ((c == ',' || c == '.' || c == ':' || c == '/') && end + 1 < s.size() && is_digit(static_cast<unsigned char>(s[end + 1]))) {
      end += 1;
      continue;
    }
    break;
  }
  while (end < s.size() && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= 'A' && s[end] <= 'Z'))) ++end;
  return end;
}

// fold_punct into `out` (replacing its content); ASCII-only text is copied and lower-cased in place.
void fold_into(std::string_view s, std::string& out) {
  size_t ascii = 0;
  while (ascii < s.size() && static_cast<unsigned char>(s[ascii]) < 0x80) ++ascii;
  const std::less_equal<const char*> le;  // a total order on pointers, also of unrelated objects
  if (le(out.data(), s.data()) && le(s.data(), out.data() + out.size())) {  // `s` views `out`: fold a copy
    const std::string copy(s);
    return fold_into(copy, out);
  }
  out.clear();  // append skips assign's aliasing checks (short tokens, many calls)
  out.append(s.data(), ascii);
  for (char& a : out) {  // branch-free: letters of short tokens are unpredictable
    const unsigned char u = static_cast<unsigned char>(a);
    a = static_cast<char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 32 : 0));
  }
  size_t pos = ascii;
  while (pos < s.size()) {
    const size_t start = pos;
    const char32_t c = next_code_point(s, pos);
    if (c < 0x80) out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
    else if (c == 0x2018 || c == 0x2019 || c == 0x201A || c == 0x201B || c == 0x2032) out.push_back('\'');
    else if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F || c == 0xAB || c == 0xBB) out.push_back('"');
    else if (is_dash(c)) out.push_back('-');
    else if (is_space(c)) out.push_back(' ');
    else if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
      out.append(s.substr(start, pos - start));
      out.back() = static_cast<char>(out.back() + 0x20);  // U+00C0-U+00DE: lower case is +0x20
    }
    else out.append(s.substr(start, pos - start));
  }
}

}  // namespace

std::string fold_punct(std::string_view s) {
  std::string out;
  fold_into(s, out);
  return out;
}

void fold_punct_into(std::string_view s, std::string& out) { fold_into(s, out); }

size_t word_end_at(std::string_view s, size_t pos, size_t& next) {
  next = pos;
  const char32_t c = next_code_point(s, next);
  if (is_digit(c)) return scan_number(s, pos);
  if (is_letter(c)) return scan_word(s, pos);
  return pos;
}

size_t TextIndex::sentence_at(size_t pos) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](size_t p, const Sentence& s) { return p < s.start; });
  if (it == sentences.begin()) return 0;
  return static_cast<size_t>(it - sentences.begin()) - 1;
}

size_t TextIndex::token_at(size_t pos, size_t from, size_t to) const {
  to = std::min(to, tokens.size());
  if (from >= to) return to;
  auto it = std::partition_point(tokens.begin() + static_cast<std::ptrdiff_t>(from),
                                 tokens.begin() + static_cast<std::ptrdiff_t>(to),
                                 [pos](const Token& t) { return t.end <= pos; });
  return static_cast<size_t>(it - tokens.begin());
}

namespace {

// Tokenizes [begin, end) of `s`, appending to `out`.
void tokenize(std::string_view s, std::vector<Token>& out) {
  size_t pos = 0;
  while (pos < s.size()) {
    if (static_cast<unsigned char>(s[pos]) <= 0x20) { ++pos; continue; }  // ASCII space or control
    size_t next = pos;
    const char32_t c = next_code_point(s, next);
    if (is_space(c) || c < 0x20) { pos = next; continue; }
    Token& t = out.emplace_back();
    t.start = pos;
    if (is_digit(c)) {
      t.kind = TokenKind::kNumber;
      t.end = scan_number(s, pos);
    } else if (is_letter(c)) {
      t.kind = TokenKind::kWord;
      t.end = scan_word(s, pos);
      t.capitalized = is_upper(c);
    } else {
      t.kind = is_quote(c) ? TokenKind::kQuote : is_dash(c) ? TokenKind::kDash : TokenKind::kPunct;
      t.end = next;
    }
    fold_into(s.substr(t.start, t.end - t.start), t.norm);
    pos = t.end;
  }
}

// True if `s` is exactly the one character `c` (no strlen, no temporary).
bool is_char(const std::string& s, char c) { return s.size() == 1 && s[0] == c; }

bool is_abbreviation(const Token& word) {
  std::string key = word.norm;
  if (!key.empty() && key.back() == '.') key.pop_back();
  return abbreviations().count(key) > 0 || (key.size() == 1 && word.capitalized);  // "J. Smith"
}

// True if a sentence may end after token i (a terminator not inside an abbreviation).
bool ends_sentence(const std::vector<Token>& toks, size_t i) {
  const Token& t = toks[i];
  if (is_char(t.norm, '!') || is_char(t.norm, '?')) return true;
  const bool dot = is_char(t.norm, '.');
  if (!dot && !(t.kind == TokenKind::kWord && t.norm.size() > 2 && t.norm.back() == '.')) return false;
  if (dot && i > 0 && toks[i - 1].end == t.start && toks[i - 1].kind == TokenKind::kWord &&
      is_abbreviation(toks[i - 1])) {
    // An abbreviation ends a sentence only when a capitalized non-name word clearly follows; stay conservative.
    return false;
  }
  if (t.kind == TokenKind::kWord) return false;  // "U.S." inside a sentence
  return true;
}

}  // namespace

TextIndex index_text(std::string_view text) {
  TextIndex idx;
  idx.text = text;
  idx.tokens.reserve(text.size() / 5 + 8);  // news text averages 5-6 bytes per token
  tokenize(text, idx.tokens);
  // Paragraphs: runs of text separated by line breaks.
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    size_t a = pos, b = nl;
    while (a < b && (text[a] == ' ' || text[a] == '\t' || text[a] == '\r')) ++a;
    while (b > a && (text[b - 1] == ' ' || text[b - 1] == '\t' || text[b - 1] == '\r')) --b;
    if (b > a) idx.paragraphs.push_back({a, b});
    pos = nl + 1;
  }
  // Sentences: within a paragraph, end at a terminator plus any closing quotes/brackets.
  size_t ti = 0;
  for (size_t p = 0; p < idx.paragraphs.size(); ++p) {
    const Paragraph& para = idx.paragraphs[p];
    while (ti < idx.tokens.size() && idx.tokens[ti].start < para.start) ++ti;
    size_t first = ti;
    while (ti < idx.tokens.size() && idx.tokens[ti].start < para.end) {
      bool close = ends_sentence(idx.tokens, ti);
      size_t last = ti;
      if (close) {
        while (last + 1 < idx.tokens.size() && idx.tokens[last + 1].start < para.end &&
               (idx.tokens[last + 1].kind == TokenKind::kQuote || is_char(idx.tokens[last + 1].norm, ')')) &&
               idx.tokens[last + 1].start == idx.tokens[last].end) {
          ++last;
        }
        // A lower-case word next means the period was not a sentence end ("No. 1", "a.m. today").
        if (last + 1 < idx.tokens.size() && idx.tokens[last + 1].kind == TokenKind::kWord &&
            !idx.tokens[last + 1].capitalized && idx.tokens[last + 1].start < para.end) {
          close = false;
        }
      }
      if (close || last + 1 >= idx.tokens.size() || idx.tokens[last + 1].start >= para.end) {
        idx.sentences.push_back({idx.tokens[first].start, idx.tokens[last].end, first, last + 1, p});
        first = last + 1;
      }
      ti = last + 1;
    }
  }
  return idx;
}

}  // namespace fc
