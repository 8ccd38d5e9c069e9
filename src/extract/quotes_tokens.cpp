// The quote extractor's own light tokenizer: words, punctuation, quote marks and line breaks with byte offsets.
#include <algorithm>

#include "extract/quotes_internal.h"

namespace fc {
namespace qx {
namespace {

// Decodes one multi-byte code point; a bad byte reads as itself so odd input never stalls the scan.
char32_t decode_multi(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (i + len > s.size()) len = 1;
  char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < len; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) { len = 1; cp = c; break; }
    cp = (cp << 6) | (d & 0x3F);
  }
  i += len;
  return cp;
}

// Decodes one code point, ASCII inline.
inline char32_t decode(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return decode_multi(s, i);
}

inline bool ascii_alnum(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

bool is_mark_cp(char32_t c) {
  switch (c) {
    case U'"': case U'\u201C': case U'\u201D': case U'\u201E': case U'\u201F':
    case U'\u00AB': case U'\u00BB': case U'\u2039': case U'\u203A':
    case U'\'': case U'\u2018': case U'\u2019': case U'\u201A':
      return true;
    default:
      return false;
  }
}

bool is_single(char32_t c) { return c == U'\'' || c == U'\u2018' || c == U'\u2019' || c == U'\u201A'; }
bool is_space_cp(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x3000;
}
bool is_break_cp(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

bool is_alnum_wide(char32_t c) {
  if (is_mark_cp(c) || is_space_cp(c) || is_break_cp(c)) return false;
  if (c >= 0x2010 && c <= 0x206F) return false;  // dashes, ellipsis, bullets
  return c != 0xA1 && c != 0xBF && c != 0xB7;
}

// Letters and digits; any other non-ASCII code point that is not punctuation counts as a letter.
inline bool is_alnum_cp(char32_t c) { return c < 0x80 ? ascii_alnum(static_cast<unsigned char>(c)) : is_alnum_wide(c); }

char32_t peek(std::string_view s, size_t i) { return i < s.size() ? decode(s, i) : 0; }

// Scans a word starting at i: letters, digits, inner apostrophes/hyphens, and dotted abbreviations (U.S.).
size_t scan_word(std::string_view s, size_t i) {
  size_t j = i;
  bool dotted = false;
  while (j < s.size()) {
    if (ascii_alnum(static_cast<unsigned char>(s[j]))) { ++j; continue; }  // the common case, as below
    size_t k = j;
    char32_t c = decode(s, k);
    if (is_alnum_cp(c)) { j = k; continue; }
    bool joiner = c == '\'' || c == U'\u2019' || c == '-' || c == '.';
    if (!joiner || j == i) break;
    size_t m = k;
    if (m >= s.size() || !is_alnum_cp(peek(s, m))) {
      if (c == '.' && dotted) j = k;  // the final dot of "U.S."
      break;
    }
    if (c == '.') {
      // only single letters joined by dots form an abbreviation
      if (j - i > 1 && !dotted) break;
      dotted = true;
    }
    j = k;
  }
  return j;
}

// True when the lower-case norm of `w` is `w` itself: no ASCII capital, no curly apostrophe.
bool already_norm(std::string_view w) {
  for (size_t i = 0; i < w.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(w[i]);
    if (c >= 'A' && c <= 'Z') return false;
    if (c == 0xE2 && i + 2 < w.size() && static_cast<unsigned char>(w[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(w[i + 2]) == 0x98 || static_cast<unsigned char>(w[i + 2]) == 0x99)) {
      return false;
    }
  }
  return true;
}

// Writes the norm of `w` at `out` (room for w.size() bytes): ASCII lower-cased, curly apostrophes made straight;
// returns the end. Plain byte stores: a string append per byte is a call into libc++ in the wasm build.
char* lower_norm(std::string_view w, char* out) {
  for (size_t i = 0; i < w.size();) {
    size_t k = i;
    char32_t c = decode(w, k);
    if (c == U'\u2019' || c == U'\u2018') *out++ = '\'';
    else if (c < 0x80) *out++ = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else for (size_t b = i; b < k; ++b) *out++ = w[b];
    i = k;
  }
  return out;
}

// The norm of a word or sign: the text itself when already normal, else its normal form appended to `store`
// (reserved for the whole text: a norm is never longer than its token, so the store never reallocates).
std::string_view norm_of(std::string_view raw, std::string& store) {
  if (already_norm(raw)) return raw;
  const size_t from = store.size();
  store.resize(from + raw.size());
  char* const begin = &store[from];
  store.resize(from + static_cast<size_t>(lower_norm(raw, begin) - begin));
  return std::string_view(store.data() + from, store.size() - from);
}

Tok line_break(size_t start, size_t end, bool space_before) {
  Tok b;
  b.start = start;
  b.end = end;
  b.kind = TokKind::kBreak;
  b.norm = "\n";
  b.space_before = space_before;
  return b;
}

}  // namespace

std::vector<Tok> tokenize(std::string_view text, std::string& store) {
  std::vector<Tok> toks;
  toks.reserve(text.size() / 4 + 1);
  // a norm is never longer than its token, so the store never reallocates and views into it stay valid
  store.clear();
  store.reserve(text.size());
  bool space = true;
  for (size_t i = 0; i < text.size();) {
    size_t k = i;
    char32_t c = decode(text, k);
    if (is_space_cp(c) || c < 0x20) {
      if (is_break_cp(c) && (toks.empty() || toks.back().kind != TokKind::kBreak)) toks.push_back(line_break(i, k, space));
      space = true;
      i = k;
      continue;
    }
    Tok& t = toks.emplace_back();  // filled in place: a Tok is 72 bytes
    t.start = i;
    t.space_before = space;
    if (is_alnum_cp(c)) {
      t.end = scan_word(text, i);
      t.kind = TokKind::kWord;
      t.cap = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c < 0x250 && c != 0xD7 && c < 0xDF) ||
              (c >= 0x410 && c <= 0x42F);
    } else {
      t.end = k;
      t.kind = is_mark_cp(c) ? TokKind::kMark : TokKind::kPunct;
      if (is_break_cp(c)) t.kind = TokKind::kBreak;
    }
    t.norm = t.kind == TokKind::kMark ? (is_single(c) ? "'" : "\"") : norm_of(text.substr(t.start, t.end - t.start), store);
    space = false;
    i = t.end;
  }
  annotate(toks);
  return toks;
}

size_t tok_at(const std::vector<Tok>& toks, size_t pos) {
  auto it = std::lower_bound(toks.begin(), toks.end(), pos,
                             [](const Tok& t, size_t p) { return t.start < p; });
  return static_cast<size_t>(it - toks.begin());
}

}  // namespace qx
}  // namespace fc
