// Quote mark scanning: pairs marks per paragraph and joins quotes that run over several paragraphs.
#include <algorithm>

#include "extract/quotes_internal.h"
#include "core/sort.h"

namespace fc {
namespace qx {
namespace {

enum class Family { kDouble, kSingle, kGuillemet };

struct Mark {
  size_t at = 0;
  size_t end = 0;
  Family family = Family::kDouble;
  char32_t cp = 0;
  bool opener = false;  // looks like an opening mark (space before, word after)
  bool closer = false;  // looks like a closing mark (word before, space or punctuation after)
};

char32_t cp_at(std::string_view s, size_t i, size_t* len) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) { *len = 1; return c; }
  int n = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
  if (n == 1 || i + n > s.size()) { *len = 1; return 0xFFFD; }
  char32_t cp = n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *len = static_cast<size_t>(n);
  return cp;
}

// The code point just before byte i (0 at the start).
char32_t cp_before(std::string_view s, size_t i) {
  if (i == 0) return 0;
  size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) --j;
  size_t len = 0;
  return cp_at(s, j, &len);
}

bool spaceish(char32_t c) { return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
                                   (c >= 0x2000 && c <= 0x200B); }
bool letterish(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return !(c >= 0x2000 && c <= 0x206F) && c != 0xAB && c != 0xBB && c != 0xA0;
}
bool open_punct(char32_t c) { return c == '(' || c == '[' || c == '{' || c == '-' || c == 0x2013 || c == 0x2014; }

bool family_of(char32_t c, Family* f) {
  if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E || c == 0x201F) { *f = Family::kDouble; return true; }
  if (c == 0xAB || c == 0xBB || c == 0x2039 || c == 0x203A) { *f = Family::kGuillemet; return true; }
  if (c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x201A) { *f = Family::kSingle; return true; }
  return false;
}

// Per lead byte: 0 if the code point it starts may be a mark, else how far cp_at steps (before its bounds check).
struct StepTable {
  unsigned char step[256];
  constexpr StepTable() : step() {
    for (int c = 0; c < 256; ++c) {
      step[c] = static_cast<unsigned char>(c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1);
    }
    for (int c : {0x22, 0x27, 0xC0, 0xC2, 0xE0, 0xE2, 0xF0}) step[c] = 0;  // '"', '\'' and the leads above
  }
  unsigned char operator[](unsigned char c) const { return step[c]; }
};
constexpr StepTable kStep;

// Marks of one paragraph [b, e); apostrophes inside words are not marks.
std::vector<Mark> marks_in(std::string_view s, size_t b, size_t e) {
  std::vector<Mark> out;
  for (size_t i = b; i < e;) {
    // only '"', '\'' and sequences led by C2 or E2 (or C0, E0, F0 in overlong forms cp_at accepts) can read as
    // marks; any other code point is stepped over as cp_at would
    const size_t n = kStep[static_cast<unsigned char>(s[i])];
    if (n != 0) {
      i += n == 1 || i + n > s.size() ? 1 : n;
      continue;
    }
    size_t len = 1;
    char32_t c = cp_at(s, i, &len);
    Family f;
    if (family_of(c, &f)) {
      char32_t prev = i > b ? cp_before(s, i) : 0;
      size_t l2 = 0;
      char32_t next = i + len < e ? cp_at(s, i + len, &l2) : 0;
      Mark m{i, i + len, f, c, false, false};
      Family pf, nf;
      m.opener = (spaceish(prev) || open_punct(prev) || family_of(prev, &pf)) && !spaceish(next);
      m.closer = !spaceish(prev) && (spaceish(next) || !letterish(next) || family_of(next, &nf));
      bool apostrophe = f == Family::kSingle && letterish(prev) && letterish(next);
      if (f == Family::kSingle && c != 0x2019 && c != '\'') m.closer = m.closer && !m.opener;
      if (f == Family::kSingle && c == 0x2019) m.opener = false;
      if (!apostrophe) out.push_back(m);
    }
    i += len;
  }
  return out;
}

using Pairs = std::vector<std::pair<size_t, size_t>>;

// Doubles alternate open/close; with an odd count the stray mark is the one whose removal fits direction best.
Pairs pair_alternating(const std::vector<Mark>& m, int* unclosed) {
  Pairs out;
  *unclosed = -1;
  size_t n = m.size();
  size_t skip = n;
  if (n % 2 == 1) {
    if (m[n - 1].opener) {
      skip = n - 1;
    } else {
      int best = -1;
      for (size_t k = 0; k < n && n < 64; ++k) {
        int score = 0;
        for (size_t a = 0, idx = 0; a < n; ++a) {
          if (a == k) continue;
          score += (idx % 2 == 0) ? m[a].opener : m[a].closer;
          ++idx;
        }
        if (score > best) { best = score; skip = k; }
      }
      if (skip == n) skip = n - 1;
    }
    if (skip == n - 1 && m[n - 1].opener) *unclosed = static_cast<int>(n - 1);
  }
  std::vector<size_t> rest;
  for (size_t k = 0; k < n; ++k) if (k != skip) rest.push_back(k);
  for (size_t k = 0; k + 1 < rest.size(); k += 2) out.emplace_back(rest[k], rest[k + 1]);
  return out;
}

// Singles and guillemets nest: an opener waits on a stack for the next closer.
Pairs pair_stacked(const std::vector<Mark>& m) {
  Pairs out;
  std::vector<size_t> stack;
  for (size_t k = 0; k < m.size(); ++k) {
    bool opens = m[k].family == Family::kGuillemet ? (m[k].cp == 0xAB || m[k].cp == 0x2039) : m[k].opener;
    bool closes = m[k].family == Family::kGuillemet ? !opens : m[k].closer;
    if (opens && !(closes && !stack.empty() && m[k].family == Family::kSingle && !m[k].opener)) {
      stack.push_back(k);
    } else if (closes && !stack.empty()) {
      out.emplace_back(stack.back(), k);
      stack.pop_back();
    }
  }
  return out;
}

const char* family_name(Family f) {
  return f == Family::kDouble ? "double" : f == Family::kSingle ? "single" : "guillemet";
}

Span make_span(const Mark& a, size_t close_at, size_t close_end) {
  Span sp;
  sp.open = a.at;
  sp.close = close_end;
  sp.start = a.end;
  sp.end = close_at;
  sp.family = family_name(a.family);
  return sp;
}

// Pairs the marks paragraph by paragraph; a double quote left open may continue at the next paragraph's mark.
class Pairer {
 public:
  explicit Pairer(std::string_view s) : s_(s) {}

  void paragraph(size_t b, size_t e) {
    size_t first = b;
    while (first < e && (s_[first] == ' ' || s_[first] == '\t' || s_[first] == '\r')) ++first;
    std::vector<Mark> dbl, sing, guil;
    for (const Mark& m : marks_in(s_, b, e)) {
      (m.family == Family::kDouble ? dbl : m.family == Family::kSingle ? sing : guil).push_back(m);
    }
    const size_t skip = continue_open(dbl, first, e);
    std::vector<Mark> todo(dbl.begin() + static_cast<long>(skip), dbl.end());
    int unclosed = -1;
    for (auto& pr : pair_alternating(todo, &unclosed)) add(todo[pr.first], todo[pr.second]);
    if (unclosed >= 0) {
      open_ = make_span(todo[static_cast<size_t>(unclosed)], e, e);
      open_.unclosed = true;
      pending_ = true;
    }
    for (auto* group : {&sing, &guil}) {
      for (auto& pr : pair_stacked(*group)) add((*group)[pr.first], (*group)[pr.second]);
    }
  }

  std::vector<Span> finish() {
    if (pending_) spans_.push_back(open_);
    return std::move(spans_);
  }

 private:
  void add(const Mark& a, const Mark& b) { spans_.push_back(make_span(a, b.at, b.end)); }

  // Ends or extends the quote left open; returns how many of this paragraph's double marks it used.
  size_t continue_open(const std::vector<Mark>& dbl, size_t first, size_t e) {
    if (!pending_) return 0;
    const bool continues = !dbl.empty() && dbl[0].at == first && dbl[0].opener;
    if (!continues) {
      if (first < e) {  // a blank line keeps it open; text without the mark ends it
        open_.end = open_.close;
        spans_.push_back(open_);
        pending_ = false;
      }
      return 0;
    }
    open_.multi_paragraph = true;
    if (dbl.size() < 2) {
      open_.close = e;
      return 1;
    }
    open_.end = dbl[1].at;
    open_.close = dbl[1].end;
    open_.unclosed = false;
    spans_.push_back(open_);
    pending_ = false;
    return 2;
  }

  std::string_view s_;
  std::vector<Span> spans_;
  bool pending_ = false;
  Span open_;
};

}  // namespace

std::vector<Span> pair_marks(std::string_view s) {
  Pairer pairer(s);
  for (size_t b = 0; b <= s.size();) {
    size_t e = s.find('\n', b);
    if (e == std::string_view::npos) e = s.size();
    pairer.paragraph(b, e);
    b = e + 1;
  }
  // trim spaces inside the marks; drop empty spans
  std::vector<Span> out;
  for (Span& sp : pairer.finish()) {
    while (sp.start < sp.end && std::string_view(" \t\r\n").find(s[sp.start]) != std::string_view::npos) ++sp.start;
    while (sp.end > sp.start && std::string_view(" \t\r\n,;:").find(s[sp.end - 1]) != std::string_view::npos) --sp.end;
    if (sp.end > sp.start) out.push_back(sp);
  }
  fc::sort_by(out.begin(), out.end(), [](const Span& x, const Span& y) { return x.open < y.open; });
  return out;
}

}  // namespace qx
}  // namespace fc
