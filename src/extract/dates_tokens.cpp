// The temporal tagger's tokenizer and sentence splitter: numbers keep the shapes dates use (3/18/2021, 22:14).
#include <algorithm>
#include <cstring>

#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

// Decodes one UTF-8 code point leniently (a bad byte stands for itself) and advances `pos`.
char32_t decode(std::string_view s, size_t& pos) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (pos + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int i = 1; i < len; ++i) {
    const unsigned char cc = static_cast<unsigned char>(s[pos + i]);
    if ((cc & 0xC0) != 0x80) {
      len = 1;
      cp = c;
      break;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  pos += len;
  return cp;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
         (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000 || c == 0xFEFF;
}

bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

// Letters: ASCII ones and anything outside the punctuation blocks, so accented names stay one word.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return c >= 0xC0 && !(c >= 0x2000 && c <= 0x2BFF) && c != 0xD7 && c != 0xF7;
}

// Folds typographic punctuation to the ASCII forms the patterns are written with; other marks stay as they are.
std::string_view fold(char32_t c, std::string_view original) {
  if (c == 0x2018 || c == 0x2019 || c == 0x2032 || c == '`') return "'";
  if (c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB) return "\"";
  if (c >= 0x2010 && c <= 0x2015) return "-";
  return original;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Length of a number token starting at `pos` (digits with inner separators that dates and times use).
size_t number_length(std::string_view s, size_t pos) {
  size_t i = pos;
  while (i < s.size() && is_digit(static_cast<unsigned char>(s[i]))) ++i;
  while (i + 1 < s.size()) {
    const char sep = s[i];
    size_t j = i + 1;
    while (j < s.size() && is_digit(static_cast<unsigned char>(s[j]))) ++j;
    const size_t run = j - (i + 1);
    if (run == 0) break;
    const size_t so_far = i - pos;
    bool ok = false;
    if (sep == ':' || sep == '/' || sep == '.') ok = true;
    if (sep == ',') ok = run == 3;
    // Only ISO dates keep their dashes; "3-2" stays a score.
    if (sep == '-') ok = run == 2 && (so_far == 4 || (so_far == 7 && s[pos + 4] == '-'));
    if (!ok) break;
    i = j;
  }
  return i - pos;
}

// End of the word starting at `pos`: letters, then letters and digits ("A380", "Q3").
size_t word_end(std::string_view text, size_t pos) {
  size_t p = pos;
  while (p < text.size()) {
    const unsigned char b = static_cast<unsigned char>(text[p]);
    if (b < 0x80) {  // ASCII fast path, same answer as decoding
      if (!is_letter(b) && !(is_digit(b) && p > pos)) break;
      ++p;
      continue;
    }
    size_t q = p;
    const char32_t d = decode(text, q);
    if (!is_letter(d) && !(is_digit(d) && p > pos)) break;
    p = q;
  }
  return p;
}

// Writes `s` at `at` in the norms buffer and returns the view of it there.
std::string_view put(std::vector<char>& norms, size_t at, std::string_view s, bool lower_case) {
  char* p = norms.data() + at;
  for (size_t i = 0; i < s.size(); ++i) p[i] = lower_case ? lower(s[i]) : s[i];
  return std::string_view(p, s.size());
}

}  // namespace

void tokenize(std::string_view text, std::vector<char>& norms, std::vector<Tok>& toks) {
  toks.clear();
  norms.assign(text.size(), '\0');
  toks.reserve(text.size() / 3 + 8);  // about one token per 5 bytes of news text
  size_t pos = 0;
  bool space = true, brk = false;
  while (pos < text.size()) {
    size_t next = pos;
    const unsigned char b = static_cast<unsigned char>(text[pos]);
    const char32_t c = b < 0x80 ? (++next, b) : decode(text, next);
    if (is_space(c)) {
      space = true;
      brk = brk || c == '\n';
      pos = next;
      continue;
    }
    Tok t;
    t.start = pos;
    t.space_before = space;
    t.break_before = brk;
    space = brk = false;
    if (is_digit(c)) {
      t.kind = TokKind::kNum;
      t.end = pos + number_length(text, pos);
      t.norm = put(norms, pos, text.substr(pos, t.end - pos), false);
    } else if (is_letter(c)) {
      t.kind = TokKind::kWord;
      t.cap = c >= 'A' && c <= 'Z';
      t.end = word_end(text, pos);
      t.norm = put(norms, pos, text.substr(pos, t.end - pos), true);
    } else {
      t.kind = TokKind::kPunct;
      t.end = next;
      t.norm = put(norms, pos, fold(c, text.substr(pos, next - pos)), false);
    }
    pos = t.end;
    toks.push_back(t);
  }
}

std::vector<size_t> sentence_ids(const std::vector<Tok>& toks) {
  static const std::string_view kAbbrev[] = {"mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun",
                                        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov",
                                        "sen", "rep", "no", "vs", "jr", "sr", "prof", "lt", "col", "sgt"};
  std::vector<size_t> ids(toks.size(), 0);
  size_t id = 0;
  for (size_t i = 1; i < toks.size(); ++i) {
    const Tok& prev = toks[i - 1];
    bool brk = toks[i].break_before;
    if (!brk && (is(prev.norm, ".") || is(prev.norm, "!") || is(prev.norm, "?")) &&
        (toks[i].cap || is(toks[i].norm, "\"") || toks[i].kind == TokKind::kNum)) {
      brk = true;
      if (is(prev.norm, ".") && i >= 2 && toks[i - 2].kind == TokKind::kWord && !toks[i - 2].space_before) {
        // "U.S." and other initials: a dot right after a one-letter word does not end a sentence.
        brk = toks[i - 2].norm.size() > 1;
      }
      if (is(prev.norm, ".") && i >= 2) {
        const std::string_view w = toks[i - 2].norm;
        for (std::string_view a : kAbbrev) {
          if (is(w, a)) brk = false;
        }
      }
    }
    if (brk) ++id;
    ids[i] = id;
  }
  return ids;
}

}  // namespace dates
}  // namespace fc
