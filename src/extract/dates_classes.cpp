// Token classes of the date patterns: vocabulary classes from the tables and number shapes (DAY, YEAR, HM, ...).
#include <algorithm>
#include <cstdlib>

#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

bool is_num(const std::vector<Tok>& toks, size_t pos) {
  return pos < toks.size() && toks[pos].kind == TokKind::kNum;
}

// True if token `pos` exists, has no space before it and reads `s`.
bool glued(const std::vector<Tok>& toks, size_t pos, std::string_view s) {
  return pos < toks.size() && !toks[pos].space_before && toks[pos].norm == s;
}

}  // namespace

uint64_t start_mask(const Tok& t) {
  // Class ids are fixed once the tables are loaded; look the shape classes up once.
  static const struct Ids {
    int num, ord, units, numw, ordw, unit, yy, decade, numsigned, ampm;
    std::vector<int> shapes;
  } ids = [] {
    const Tables& tb = tables();
    Ids i{tb.find_class("NUM"), tb.find_class("ORD"), tb.find_class("UNITS"), tb.find_class("NUMW"),
          tb.find_class("ORDW"), tb.find_class("UNIT"), tb.find_class("YY"), tb.find_class("DECADE"),
          tb.find_class("NUMSIGNED"), tb.find_class("AMPM"), {}};
    for (const char* s : {"DAY", "YEAR", "BAREYEAR", "ISODATE", "SLASHDATE", "HM", "HHMM", "HOUR", "INT"}) {
      i.shapes.push_back(tb.find_class(s));
    }
    return i;
  }();
  uint64_t mask = 0;
  auto set = [&mask](int id) {
    if (id >= 0 && id < 64) mask |= uint64_t{1} << id;
  };
  const auto& by_first = tables().by_first;
  auto it = by_first.find(t.norm);
  if (it != by_first.end()) {
    for (const LexEntry* e : it->second) {
      set(e->cls_id);
      if (e->cls_id == ids.numw) set(ids.num);
      if (e->cls_id == ids.ordw) set(ids.ord);
      if (e->cls_id == ids.unit) set(ids.units);
    }
  }
  if (t.kind == TokKind::kNum) {
    for (int id : ids.shapes) set(id);
    for (int id : {ids.num, ids.ord, ids.decade}) set(id);
  }
  if (t.norm == "'") {
    set(ids.yy);
    set(ids.decade);
  }
  if (t.norm == "+" || t.norm == "-") set(ids.numsigned);
  if (t.norm == "am" || t.norm == "pm" || t.norm == "a" || t.norm == "p") set(ids.ampm);
  return mask & tables().pattern_classes;
}

bool in_class(const std::string& cls, const std::string& word) {
  const auto& by_first = tables().by_first;
  auto it = by_first.find(word);
  if (it == by_first.end()) return false;
  for (const LexEntry* e : it->second) {
    if (e->cls == cls && e->words.size() == 1) return true;
  }
  return false;
}

namespace {

Slot slot(std::string_view cls, std::string value, double num, size_t tb, size_t te) {
  Slot s;
  s.cls = std::string(cls);
  s.value = std::move(value);
  s.num = num;
  s.tb = tb;
  s.te = te;
  return s;
}

// Entries of a vocabulary class starting at `pos`; month names carry their own context checks.
void match_lexicon(std::string_view cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  const auto& by_first = tables().by_first;
  auto it = by_first.find(toks[pos].norm);
  if (it == by_first.end()) return;
  for (const LexEntry* e : it->second) {
    if (e->cls != cls || pos + e->words.size() > toks.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < e->words.size() && ok; ++k) ok = toks[pos + k].norm == e->words[k];
    if (!ok) continue;
    size_t te = pos + e->words.size();
    const bool names = cls == "MONTH" || cls == "WEEKDAY" || cls == "HOLIDAY" || cls == "NAMEDDAY";
    if (names && !toks[pos].cap) continue;
    // "Jan. 26": an abbreviation's dot belongs to it unless it ends the sentence ("in March.").
    const bool dot_inside = te + 1 < toks.size() && (toks[te + 1].kind == TokKind::kNum || !toks[te + 1].cap);
    if (names && e->words.size() == 1 && toks[pos].norm.size() <= 4 && glued(toks, te, ".") && dot_inside) ++te;
    if (e->ambiguous) {
      // "May", "March": a month only next to a number or after a date word ("in May", "mid-March").
      const bool prev_ok = pos > 0 && (toks[pos - 1].kind == TokKind::kNum || in_class("MONTHCTX", toks[pos - 1].norm));
      if (!prev_ok && !is_num(toks, te)) continue;
    }
    out.push_back(slot(cls, e->value, std::atof(e->value.c_str()), pos, te));
  }
}

// Digits of a plain integer token, or -1.
long int_token(const std::vector<Tok>& toks, size_t pos, size_t max_digits) {
  if (!is_num(toks, pos) || toks[pos].norm.size() > max_digits) return -1;
  return parse_int(toks[pos].norm);
}

bool ordinal_suffix(const std::vector<Tok>& toks, size_t pos) {
  return pos < toks.size() && !toks[pos].space_before &&
         (toks[pos].norm == "st" || toks[pos].norm == "nd" || toks[pos].norm == "rd" || toks[pos].norm == "th");
}

// Numbers: digits ("26", "2.5", "1,000"), number words with compounds ("twenty-five"), fuzzy words ("several").
void match_num(const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (is_num(toks, pos)) {
    const std::string& s = toks[pos].norm;
    if (s.find_first_of(":/-") != std::string::npos) return;
    std::string digits;
    for (char c : s) {
      if (c != ',') digits += c;
    }
    if (std::count(digits.begin(), digits.end(), '.') > 1) return;
    out.push_back(slot("NUM", digits, std::atof(digits.c_str()), pos, pos + 1));
    return;
  }
  std::vector<Slot> words;
  match_lexicon("NUMW", toks, pos, words);
  for (Slot& w : words) {
    w.cls = "NUM";
    if (w.value == "X") {
      out.push_back(w);
      continue;
    }
    out.push_back(w);
    // "twenty-five", "twenty five"
    const long v = static_cast<long>(w.num);
    if (v >= 20 && v % 10 == 0 && w.te < toks.size()) {
      size_t q = w.te + (toks[w.te].norm == "-" ? 1 : 0);
      std::vector<Slot> units;
      if (q < toks.size()) match_lexicon("NUMW", toks, q, units);
      for (const Slot& u : units) {
        if (u.value != "X" && u.num >= 1 && u.num <= 9) {
          out.push_back(slot("NUM", std::to_string(v + static_cast<long>(u.num)), v + u.num, pos, u.te));
        }
      }
    }
  }
}

// "am", "p.m.", "a.m" as AM/PM.
void am_pm(const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  const std::string& w = toks[pos].norm;
  if (w == "am" || w == "pm") {
    out.push_back(slot("AMPM", w == "am" ? "AM" : "PM", 0, pos, pos + 1));  // a dot after "pm" ends the sentence
  } else if ((w == "a" || w == "p") && glued(toks, pos + 1, ".") && glued(toks, pos + 2, "m")) {
    const size_t te = pos + 3 + (glued(toks, pos + 3, ".") ? 1 : 0);
    out.push_back(slot("AMPM", w == "a" ? "AM" : "PM", 0, pos, te));
  }
}

}  // namespace

void match_class(std::string_view cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (pos >= toks.size()) return;
  if (cls == "NUM") return match_num(toks, pos, out);
  if (match_shape(cls, toks, pos, out)) return;
  if (cls == "UNITS") {
    std::vector<Slot> units;
    match_lexicon("UNIT", toks, pos, units);
    for (Slot& u : units) {
      if (toks[u.te - 1].norm.back() == 's') {
        u.cls = "UNITS";
        out.push_back(u);
      }
    }
    return;
  }
  if (cls == "ORD") {
    match_lexicon("ORDW", toks, pos, out);
    for (Slot& s : out) {
      if (s.cls == "ORDW") s.cls = "ORD";
    }
    const long n = int_token(toks, pos, 3);
    if (n > 0 && ordinal_suffix(toks, pos + 1)) out.push_back(slot("ORD", std::to_string(n), n, pos, pos + 2));
    return;
  }
  match_lexicon(cls, toks, pos, out);
}

bool match_shape(std::string_view cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (cls == "INT") {
    const long n = int_token(toks, pos, 9);
    if (n >= 0) out.push_back(slot(cls, toks[pos].norm, n, pos, pos + 1));
    return true;
  }
  if (cls == "DAY") {
    const long n = int_token(toks, pos, 2);
    if (n >= 1 && n <= 31) {
      const size_t te = pos + (ordinal_suffix(toks, pos + 1) ? 2 : 1);
      out.push_back(slot(cls, std::to_string(n), n, pos, te));
    }
    return true;
  }
  if (cls == "YEAR") {
    const long n = int_token(toks, pos, 4);
    const bool decade = pos + 1 < toks.size() && !toks[pos + 1].space_before && toks[pos + 1].kind == TokKind::kWord;
    if (n >= 1000 && n <= 2999 && toks[pos].norm.size() == 4 && !decade) {
      out.push_back(slot(cls, toks[pos].norm, n, pos, pos + 1));
    }
    return true;
  }
  if (cls == "HOUR") {
    const long n = int_token(toks, pos, 2);
    if (n >= 1 && n <= 12) out.push_back(slot(cls, std::to_string(n), n, pos, pos + 1));
    return true;
  }
  if (cls == "AMPM") {
    am_pm(toks, pos, out);
    return true;
  }
  if (cls == "NUMSIGNED") {
    if ((toks[pos].norm == "+" || toks[pos].norm == "-") && pos + 1 < toks.size() && is_num(toks, pos + 1) &&
        !toks[pos + 1].space_before) {
      out.push_back(slot(cls, toks[pos].norm + toks[pos + 1].norm, 0, pos, pos + 2));
    }
    return true;
  }
  return match_date_shape(cls, toks, pos, out);
}

}  // namespace dates
}  // namespace fc
