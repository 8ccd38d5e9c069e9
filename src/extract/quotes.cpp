// Quote extraction: mark pairs and sayings become quotes, classified (direct, partial, saying, scare, title).
#include "extract/quotes.h"
#include "core/sort.h"

#include <algorithm>

#include "extract/quotes_internal.h"

namespace fc {
namespace {

using qx::Span;
using qx::Tok;
using qx::TokKind;

// Nested quotes belong to their outer quote; crossing pairs keep the one that opens first.
std::vector<Span> outermost(std::vector<Span> spans) {
  fc::sort_by(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.open != b.open ? a.open < b.open : a.close > b.close;
  });
  std::vector<Span> kept;
  for (const Span& s : spans) {
    if (!kept.empty() && s.open < kept.back().close) continue;
    kept.push_back(s);
  }
  return kept;
}

// The id of a speech verb ending right before token `prev` (allowing one comma or colon between), or "".
std::string_view verb_right_before(const std::vector<Tok>& toks, size_t prev) {
  bool with_punct = toks[prev].norm == "," || toks[prev].norm == ":";
  if (with_punct && prev == 0) return "";
  size_t last = with_punct ? prev - 1 : prev;
  for (size_t back = 0; back < 3 && back <= last; ++back) {
    qx::VerbHit h = qx::speech_verb_at(toks, last - back);
    if (!h.id.empty() && h.last == last) return h.id;
  }
  return "";
}

// A speech verb at most three words before the opening mark: "called the plan \"reckless\"" quotes a word.
bool verb_close_before(const std::vector<Tok>& toks, size_t open_tok) {
  for (size_t back = 1; back <= 4 && back <= open_tok; ++back) {
    const Tok& t = toks[open_tok - back];
    if (t.kind != TokKind::kWord) return false;
    if (!qx::speech_verb_at(toks, open_tok - back).id.empty()) return true;
  }
  return false;
}

// direct | partial | scare | title, from the words inside and the token before the opening mark.
std::string classify(std::string_view text, const std::vector<Tok>& toks, const Span& sp) {
  size_t a = qx::tok_at(toks, sp.start), b = qx::tok_at(toks, sp.end);
  size_t words = 0, caps = 0, lower_content = 0, letters = 0, upper = 0;
  for (size_t k = a; k < b; ++k) {
    if (toks[k].kind != TokKind::kWord) continue;
    ++words;
    caps += toks[k].cap;
    if (!toks[k].cap && !(toks[k].bits & qx::kQuoteFunction)) ++lower_content;
  }
  for (size_t i = sp.start; i < sp.end; ++i) {
    char c = text[i];
    letters += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    upper += c >= 'A' && c <= 'Z';
  }
  if (words == 0) return "";
  size_t open_tok = qx::tok_at(toks, sp.open);
  bool first_cap = a < b && (toks[a].cap || (toks[a].norm[0] >= '0' && toks[a].norm[0] <= '9'));
  bool boundary = open_tok == 0 || toks[open_tok - 1].kind == TokKind::kBreak || qx::ends_sentence(toks, open_tok - 1) ||
                  toks[open_tok - 1].norm == ":" || toks[open_tok - 1].kind == TokKind::kMark ||
                  (toks[open_tok - 1].norm.size() > 2 && toks[open_tok - 1].norm.back() == '.');  // "at 3 a.m. “...
  std::string_view verb_id = open_tok > 0 ? verb_right_before(toks, open_tok - 1) : std::string_view();
  bool verb = !verb_id.empty();
  char last = text[sp.end - 1];
  bool ends_punct = last == '.' || last == '!' || last == '?';
  if (letters >= 2 && upper == letters && boundary) return "direct";  // a quoted heading
  if (words == 1 && !first_cap && !verb && !verb_close_before(toks, open_tok)) return "scare";
  // a name in quotes; "called" names things as often as it reports speech
  bool naming = !verb || verb_id == "call";
  if (!boundary && naming && !ends_punct && lower_content == 0 && caps > 0 && words <= 8) return "title";
  if (first_cap && (boundary || verb)) return "direct";
  return "partial";
}

// The quoted words as one line: line breaks and continuation marks of multi-paragraph quotes removed.
std::string clean_text(std::string_view text, const Span& sp) {
  std::string_view s = text.substr(sp.start, sp.end - sp.start);
  std::string out(s.size(), '\0');  // never longer than the span: written by index, not appended byte by byte
  size_t n = 0;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\n') {
      // skip the next paragraph's opening mark
      size_t j = i + 1;
      while (j < s.size() && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r' || s[j] == '\n')) ++j;
      if (j < s.size() && s[j] == '"') j += 1;
      else if (s.compare(j, 3, "\xE2\x80\x9C") == 0 || s.compare(j, 3, "\xE2\x80\x9E") == 0) j += 3;
      else if (s.compare(j, 2, "\xC2\xAB") == 0) j += 2;
      i = j - 1;
      space = true;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\r') { space = true; continue; }
    if (space && n > 0) out[n++] = ' ';
    space = false;
    out[n++] = c;
  }
  out.resize(n);
  return out;
}

std::string extraction_rule(const Span& sp) {
  if (sp.family == "colon") return "saying:colon";
  if (sp.family.rfind("cue:", 0) == 0) return sp.family;
  std::string r = "mark:" + sp.family;
  if (sp.multi_paragraph) r += ";multi-paragraph";
  else if (sp.unclosed) r += ";unclosed";
  return r;
}

}  // namespace

std::vector<Quote> extract_quotes(std::string_view text) {
  std::string store;  // norms that differ from the text; the tokens point into it
  std::vector<Tok> toks = qx::tokenize(text, store);
  std::vector<Span> marks = outermost(qx::pair_marks(text));
  for (size_t m = 0; m < marks.size(); ++m) {
    for (size_t k = qx::tok_at(toks, marks[m].open); k < toks.size() && toks[k].start < marks[m].close; ++k) {
      toks[k].quote = static_cast<int>(m);
    }
  }
  struct Entry { Span span; int mark = -1; int parent_mark = -1; };
  std::vector<Entry> entries;
  for (size_t m = 0; m < marks.size(); ++m) entries.push_back(Entry{marks[m], static_cast<int>(m), -1});
  for (const Span& s : qx::find_sayings(text, toks)) {
    size_t k = qx::tok_at(toks, s.start);
    entries.push_back(Entry{s, -1, k < toks.size() ? toks[k].quote : -1});
  }
  fc::sort_by(entries.begin(), entries.end(), [](const Entry& x, const Entry& y) { return x.span.start < y.span.start; });
  std::vector<Quote> quotes;
  std::vector<int> parent;
  std::vector<std::pair<size_t, size_t>> bounds;
  std::vector<int> index_of_mark(marks.size(), -1);
  for (const Entry& e : entries) {
    std::string kind = e.mark >= 0 ? classify(text, toks, e.span) : "saying";
    if (kind.empty()) continue;
    if (!quotes.empty() && quotes.back().start == e.span.start && quotes.back().end == e.span.end) continue;
    Quote q;
    q.start = e.span.start;
    q.end = e.span.end;
    q.text = clean_text(text, e.span);
    q.kind = kind;
    q.rule = extraction_rule(e.span);
    if (e.mark >= 0) index_of_mark[static_cast<size_t>(e.mark)] = static_cast<int>(quotes.size());
    parent.push_back(e.parent_mark >= 0 ? index_of_mark[static_cast<size_t>(e.parent_mark)] : -1);
    bounds.emplace_back(e.span.open, e.span.close);
    quotes.push_back(std::move(q));
  }
  qx::attribute(text, toks, quotes, parent, bounds);
  qx::echo_speakers(quotes);
  return quotes;
}

}  // namespace fc
