#include "extract/scan.h"

namespace fc {
namespace {

bool ascii_alpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Length of the UTF-8 sequence starting with lead byte `c` (1 for stray bytes, so we always advance).
size_t seq_len(unsigned char c) {
  if (c >= 0xF0 && c < 0xF8) return 4;
  if (c >= 0xE0) return 3;
  if (c >= 0xC2 && c < 0xE0) return 2;
  return 1;
}

// Multi-byte space: NBSP and the U+2000..U+200B / U+202F / U+205F / U+3000 spaces.
size_t space_at(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c == 0xC2 && i + 1 < s.size() && (unsigned char)s[i + 1] == 0xA0) return 2;
  if (c == 0xE2 && i + 2 < s.size() && (unsigned char)s[i + 1] == 0x80) {
    unsigned char d = s[i + 2];
    if (d <= 0x8B || d == 0xAF) return 3;
  }
  return 0;
}

// Multi-byte characters we treat as punctuation: general punctuation block, Latin-1 symbols, euro sign.
bool multibyte_punct(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c == 0xE2 && i + 1 < s.size()) {
    unsigned char d = s[i + 1];
    return d == 0x80 || d == 0x81 || d == 0x82;  // U+2000..U+20CF (quotes, dashes, bullets, currency)
  }
  if (c == 0xC2 && i + 1 < s.size()) return (unsigned char)s[i + 1] < 0xC0;  // U+0080..U+00BF (£, «, », ...)
  return c == 0xC3 && i + 1 < s.size() && ((unsigned char)s[i + 1] == 0x97 || (unsigned char)s[i + 1] == 0xB7);
}

bool letter_at(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (ascii_alpha(c)) return true;
  return c >= 0xC3 && !multibyte_punct(s, i) && space_at(s, i) == 0;
}

bool is_apostrophe(std::string_view s, size_t i, size_t* len) {
  if (s[i] == '\'') { *len = 1; return true; }
  if (s.substr(i, 3) == "\xE2\x80\x99") { *len = 3; return true; }
  return false;
}

// Upper-case test for the first character: ASCII, Latin-1 capitals (U+00C0..U+00DE) and the capitals of Latin
// Extended-A ("Žukas", "Łukasz", "Şahin") and Romanian "Ș", "Ț".
bool upper_at(std::string_view s, size_t i) {
  unsigned char c = s[i];
  if (c >= 'A' && c <= 'Z') return true;
  if (c < 0xC3 || c > 0xC8 || i + 1 >= s.size()) return false;
  const unsigned char b = s[i + 1];
  if (c == 0xC3) return b >= 0x80 && b <= 0x9E;
  if (c == 0xC8) return b == 0x98 || b == 0x9A;
  if (c != 0xC4 && c != 0xC5) return false;
  const unsigned cp = (unsigned{c} & 0x1Fu) << 6 | (unsigned{b} & 0x3Fu);  // U+0100..U+017F: capitals mostly even
  const bool odd_caps = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;  // kra, n after apostrophe, long s: no capitals
  return cp == 0x178 || (odd_caps ? cp % 2 == 1 : cp % 2 == 0);
}

// Lower-cases ASCII letters of `s` into `out` and makes the typographic apostrophe U+2019 straight.
// Returns whether `s` has a lower-case ASCII letter.
bool lower_into(std::string_view s, std::string& out) {
  out.clear();  // `s` views the text, never `out`: append skips assign's aliasing checks (short tokens, many calls)
  out.append(s.data(), s.size());
  bool curly = false, lower = false;
  for (char& c : out) {  // branch-free: tokens are short and their letters unpredictable
    const unsigned char u = static_cast<unsigned char>(c);
    curly |= u == 0xE2;
    lower |= static_cast<unsigned char>(u - 'a') < 26;
    c = static_cast<char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 32 : 0));
  }
  if (!curly) return lower;
  size_t o = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\x99') { out[o++] = '\''; i += 2; continue; }
    out[o++] = out[i];
  }
  out.resize(o);
  return lower;
}

// True if `s` is exactly the one character `c` (no strlen, no temporary).
bool is_char(const std::string& s, char c) { return s.size() == 1 && s[0] == c; }

// Dotted initials ("U.S.", "U.K.", "a.m."): letter-dot pairs, at least two; returns i if none.
size_t initials_end(std::string_view s, size_t i) {
  size_t j = i;
  while (j + 1 < s.size() && ascii_alpha(s[j]) && s[j + 1] == '.' && (j + 2 >= s.size() || !ascii_alpha(s[j + 2]) ||
                                                                     (j + 3 < s.size() && s[j + 3] == '.')))
    j += 2;
  return j - i >= 4 ? j : i;
}

// End of a word starting at i: letters, digits, inner hyphens and apostrophes, or dotted initials.
size_t word_end(std::string_view s, size_t i) {
  size_t d = initials_end(s, i);
  if (d != i) return d;
  size_t j = i;
  while (j < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[j]);
    if (ascii_alpha(c) || ascii_digit(c)) { ++j; continue; }  // ASCII without the multi-byte tests
    if (letter_at(s, j)) { j += seq_len(s[j]); continue; }
    size_t al = 0;
    if ((s[j] == '-' || is_apostrophe(s, j, &al)) && j + (al ? al : 1) < s.size()) {
      size_t k = j + (al ? al : 1);
      bool poss = al && (s[k] == 's' || s[k] == 'S') && (k + 1 >= s.size() || !letter_at(s, k + 1));
      if (!poss && (letter_at(s, k) || ascii_digit(s[k]))) { j = k; continue; }
    }
    break;
  }
  return j > s.size() ? s.size() : j;
}

// End of a number starting at i: digits with inner , or . before a digit.
size_t number_end(std::string_view s, size_t i) {
  size_t j = i;
  while (j < s.size()) {
    if (ascii_digit(s[j])) { ++j; continue; }
    if ((s[j] == ',' || s[j] == '.') && j + 1 < s.size() && ascii_digit(s[j + 1])) { ++j; continue; }
    break;
  }
  return j;
}

// Bytes of a digit-group separator at j: a space, a no-break space or a narrow/thin space ("4 200", "1 250 000"); 0 if none.
size_t group_separator(std::string_view s, size_t j) {
  if (j < s.size() && s[j] == ' ') return 1;
  if (s.compare(j, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(j, 3, "\xE2\x80\xAF") == 0 || s.compare(j, 3, "\xE2\x80\x89") == 0) return 3;
  return 0;
}

// True when the word just before i is a month name: "March 3 200" is a day and a count, never 3200.
bool after_month(std::string_view s, size_t i) {
  static constexpr std::string_view kMonths[] = {"january", "february", "march", "april", "may", "june", "july",
                                                  "august", "september", "october", "november", "december",
                                                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                  "oct", "nov", "dec"};
  size_t e = i;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '.')) --e;
  size_t b = e;
  while (b > 0 && ((s[b - 1] | 0x20) >= 'a' && (s[b - 1] | 0x20) <= 'z')) --b;
  std::string w(s.substr(b, e - b));
  for (char& c : w) c = static_cast<char>(c | 0x20);
  for (std::string_view m : kMonths) if (w == m) return true;
  return false;
}

// End of a number written with spaces between groups of three digits ("4 200 workers", common in translated
// text): a lead of one to three plain digits, then groups of exactly three. Returns j when there is none.
size_t grouped_end(std::string_view s, size_t i, size_t j) {
  if (j - i > 3 || after_month(s, i)) return j;
  for (size_t k = i; k < j; ++k) if (!ascii_digit(s[k])) return j;  // "4.5 200" is no grouped number
  size_t end = j;
  while (size_t sep = group_separator(s, end)) {
    const size_t g = end + sep;
    if (g + 3 > s.size() || !ascii_digit(s[g]) || !ascii_digit(s[g + 1]) || !ascii_digit(s[g + 2])) break;
    if (g + 3 < s.size() && (ascii_digit(s[g + 3]) || letter_at(s, g + 3))) break;
    if (g + 4 < s.size() && (s[g + 3] == ',' || s[g + 3] == '.') && ascii_digit(s[g + 4])) break;
    end = g + 3;
  }
  return end;
}

// The kind and end of the token starting at t.start (t.space_before set).
void token_end(std::string_view s, ScanTok& t) {
  const size_t i = t.start;
  size_t al = 0;
  if (ascii_digit(s[i])) {
    size_t j = number_end(s, i);
    j = grouped_end(s, i, j);
    size_t w = word_end(s, j);  // glued letters: "27th" ordinal, "16x9" / "2BA0S1" mixed words
    const char a = static_cast<char>(w - j == 2 ? s[j] | 0x20 : 0), b = static_cast<char>(w - j == 2 ? s[j + 1] | 0x20 : 0);
    bool ord = (a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h');
    t.kind = w == j ? ScanKind::kNumber : ord ? ScanKind::kOrdinal : ScanKind::kWord;
    t.end = w;
  } else if (letter_at(s, i)) {
    t.end = word_end(s, i);
    t.kind = ScanKind::kWord;
  } else if (is_apostrophe(s, i, &al) && i + al < s.size() && (s[i + al] == 's' || s[i + al] == 'S') &&
             (i + al + 1 >= s.size() || !letter_at(s, i + al + 1)) && !t.space_before) {
    t.end = i + al + 1;  // possessive 's
    t.kind = ScanKind::kWord;
  } else {
    t.end = i + seq_len(s[i]);
    if (t.end > s.size()) t.end = s.size();
    t.kind = ScanKind::kPunct;
  }
}

void mark_sentences(std::vector<ScanTok>& toks) {
  size_t sentence = 0;
  bool next_starts = true;
  for (size_t i = 0; i < toks.size(); ++i) {
    ScanTok& t = toks[i];
    if (t.line_before && i > 0) next_starts = true;
    if (next_starts && i > 0) ++sentence;
    t.sentence = sentence;
    t.sentence_start = next_starts;
    next_starts = false;
    if (t.kind != ScanKind::kPunct) continue;
    if (is_char(t.norm, '!') || is_char(t.norm, '?')) next_starts = true;
    if (is_char(t.norm, '.') && !(i > 0 && !t.space_before && toks[i - 1].cap && is_abbreviation(toks[i - 1].norm)))
      next_starts = true;
  }
}

}  // namespace

bool is_abbreviation(const std::string& norm) {
  static constexpr std::string_view kAbbr[] = {"mr", "mrs", "ms", "dr", "st", "gov", "sen", "rep", "gen", "lt", "col",
                                               "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "no", "vs",
                                               "inc", "corp", "co", "jr", "sr", "prof", "mt", "ft"};
  if (norm.size() > 4) return norm[norm.size() - 1] == '.';
  for (std::string_view a : kAbbr) if (std::string_view(norm) == a) return true;
  return norm.size() >= 2 && norm[norm.size() - 1] == '.';  // "u.s." already holds its dot
}

std::vector<ScanTok> scan_words(std::string_view s) {
  std::vector<ScanTok> toks;
  toks.reserve(s.size() / 5 + 8);  // news text averages 5-6 bytes per token
  bool space = true, line = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t sp = space_at(s, i);
    if (sp) { if (s[i] == '\n') line = true; space = true; i += sp; continue; }
    ScanTok& t = toks.emplace_back();
    t.start = i;
    t.space_before = space;
    t.line_before = line;
    token_end(s, t);
    std::string_view raw = s.substr(t.start, t.end - t.start);
    const bool any_lower = lower_into(raw, t.norm);
    t.word = ascii_digit(s[i]) && !lexicon_has_digit_words() ? kNoWord : word_id(t.norm);
    t.cap = t.kind == ScanKind::kWord && upper_at(s, t.start);
    t.upper = t.cap && !any_lower;
    i = t.end;
    space = false;
    line = false;
  }
  mark_sentences(toks);
  return toks;
}

bool is_clause_break(const ScanTok& t) {
  if (t.kind != ScanKind::kPunct) return false;
  const std::string& n = t.norm;
  if (n.size() == 1) return n[0] == ',' || n[0] == ';' || n[0] == ':' || n[0] == '(' || n[0] == ')' || n[0] == '"';
  return n == "\xE2\x80\x94" || n == "\xE2\x80\x93" || n == "\xE2\x80\x9C" || n == "\xE2\x80\x9D";
}

}  // namespace fc
