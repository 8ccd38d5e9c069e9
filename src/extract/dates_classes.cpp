// Token classes of the date patterns: vocabulary classes from the tables and number shapes (DAY, YEAR, HM, ...).
#include <algorithm>
#include <cstdlib>

#include "extract/dates_internal.h"
#include "core/parse_number.h"

namespace fc {
namespace dates {
namespace {

bool is_num(const std::vector<Tok>& toks, size_t pos) {
  return pos < toks.size() && toks[pos].kind == TokKind::kNum;
}

// True if token `pos` exists, has no space before it and reads `s`.
bool glued(const std::vector<Tok>& toks, size_t pos, std::string_view s) {
  return pos < toks.size() && !toks[pos].space_before && is(toks[pos].norm, s);
}

}  // namespace

// True if every word of `e` reads at tokens k, k+1, ...
bool spells(const LexEntry& e, const std::vector<Tok>& toks, size_t k) {
  if (k + e.words.size() > toks.size()) return false;
  for (size_t j = 1; j < e.words.size(); ++j) {
    if (toks[k + j].norm != e.words[j]) return false;
  }
  return true;
}

uint64_t class_bits(int cls) {
  uint64_t bits = 0;
  auto set = [&bits](int id) {
    if (id >= 0 && id < 64) bits |= uint64_t{1} << id;
  };
  set(cls);
  if (cls == kNUMW) set(kNUM);
  if (cls == kORDW) set(kORD);
  if (cls == kUNIT) set(kUNITS);
  return bits;
}

uint64_t start_mask(const std::vector<Tok>& toks, size_t k) {
  const Tok& t = toks[k];
  uint64_t mask = 0;
  auto set = [&mask](int id) {
    if (id >= 0 && id < 64) mask |= uint64_t{1} << id;
  };
  if (t.info) {
    mask |= t.info->single;
    for (const LexEntry* e : t.info->multi) {
      if (spells(*e, toks, k)) mask |= class_bits(e->cls_id);
    }
  }
  if (t.kind == TokKind::kNum) {
    for (int id = kDAY; id <= kINT; ++id) set(id);
    for (int id : {kNUM, kORD, kDECADE}) set(id);
  }
  const std::string_view w = t.norm;
  if (w.size() > 2) return mask & tables().pattern_classes;
  if (is(w, "'") && k + 1 < toks.size() && toks[k + 1].kind == TokKind::kNum) {
    set(kYY);
    set(kDECADE);
  }
  if (is(w, "+") || is(w, "-")) set(kNUMSIGNED);
  if (is(w, "am") || is(w, "pm") || is(w, "a") || is(w, "p")) set(kAMPM);
  return mask & tables().pattern_classes;
}

void annotate(std::vector<Tok>& toks) {
  const Tables& tb = tables();
  for (Tok& t : toks) {
    auto it = tb.words.find(t.norm);
    t.info = it == tb.words.end() ? nullptr : &it->second;
    t.lit = t.info ? t.info->lit : -1;
  }
  for (size_t k = 0; k < toks.size(); ++k) toks[k].mask = start_mask(toks, k);
}

bool in_class(int cls, const Tok& t) {
  if (!t.info) return false;
  for (const LexEntry* e : t.info->lex) {
    if (e->cls_id == cls && e->words.size() == 1) return true;
  }
  return false;
}

namespace {

Slot slot(int cls, std::string value, double num, size_t tb, size_t te) {
  Slot s;
  s.cls = class_name(cls);
  s.value = std::move(value);
  s.num = num;
  s.tb = tb;
  s.te = te;
  return s;
}

// Entries of a vocabulary class starting at `pos`; month names carry their own context checks.
void match_lexicon(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (!toks[pos].info) return;
  const Tables& tb = tables();
  for (const LexEntry* e : toks[pos].info->lex) {
    if (e->cls_id != cls || pos + e->words.size() > toks.size()) continue;
    bool ok = true;
    for (size_t k = 1; k < e->words.size() && ok; ++k) ok = toks[pos + k].norm == e->words[k];
    if (!ok) continue;
    size_t te = pos + e->words.size();
    const bool names = cls == tb.month || cls == tb.weekday || cls == tb.holiday || cls == tb.namedday;
    if (names && !toks[pos].cap) continue;
    // "Jan. 26": an abbreviation's dot belongs to it unless it ends the sentence ("in March.").
    const bool dot_inside = te + 1 < toks.size() && (toks[te + 1].kind == TokKind::kNum || !toks[te + 1].cap);
    if (names && e->words.size() == 1 && toks[pos].norm.size() <= 4 && glued(toks, te, ".") && dot_inside) ++te;
    if (e->ambiguous) {
      // "May", "March": a month only next to a number or after a date word ("in May", "mid-March").
      const bool prev_ok = pos > 0 && (toks[pos - 1].kind == TokKind::kNum || in_class(tb.monthctx, toks[pos - 1]));
      if (!prev_ok && !is_num(toks, te)) continue;
    }
    out.push_back(slot(cls, e->value, e->num, pos, te));
  }
}

// Digits of a plain integer token, or -1.
long int_token(const std::vector<Tok>& toks, size_t pos, size_t max_digits) {
  if (!is_num(toks, pos) || toks[pos].norm.size() > max_digits) return -1;
  return parse_int(toks[pos].norm);
}

bool ordinal_suffix(const std::vector<Tok>& toks, size_t pos) {
  return pos < toks.size() && !toks[pos].space_before &&
         (is(toks[pos].norm, "st") || is(toks[pos].norm, "nd") || is(toks[pos].norm, "rd") || is(toks[pos].norm, "th"));
}

// Numbers: digits ("26", "2.5", "1,000"), number words with compounds ("twenty-five"), fuzzy words ("several").
void match_num(const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (is_num(toks, pos)) {
    const std::string_view s = toks[pos].norm;
    if (s.find_first_of(":/-") != std::string_view::npos) return;
    std::string digits;
    for (char c : s) {
      if (c != ',') digits += c;
    }
    if (std::count(digits.begin(), digits.end(), '.') > 1) return;
    out.push_back(slot(kNUM, digits, fc::parse_double(digits.c_str()), pos, pos + 1));
    return;
  }
  const size_t n0 = out.size();
  match_lexicon(kNUMW, toks, pos, out);
  bool compounds = false;
  for (size_t k = n0; k < out.size(); ++k) {
    out[k].cls = class_name(kNUM);
    const long v = static_cast<long>(out[k].num);
    compounds = compounds || (out[k].value != "X" && v >= 20 && v % 10 == 0 && out[k].te < toks.size());
  }
  if (!compounds) return;  // the usual case: the words as they are, no allocation
  std::vector<Slot> words(out.begin() + static_cast<std::ptrdiff_t>(n0), out.end());
  out.resize(n0);
  for (Slot& w : words) {
    if (w.value == "X") {
      out.push_back(w);
      continue;
    }
    out.push_back(w);
    // "twenty-five", "twenty five"
    const long v = static_cast<long>(w.num);
    if (v >= 20 && v % 10 == 0 && w.te < toks.size()) {
      size_t q = w.te + (is(toks[w.te].norm, "-") ? 1 : 0);
      std::vector<Slot> units;
      if (q < toks.size()) match_lexicon(kNUMW, toks, q, units);
      for (const Slot& u : units) {
        if (u.value != "X" && u.num >= 1 && u.num <= 9) {
          out.push_back(slot(kNUM, std::to_string(v + static_cast<long>(u.num)), v + u.num, pos, u.te));
        }
      }
    }
  }
}

// "am", "p.m.", "a.m" as AM/PM.
void am_pm(const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  const std::string_view w = toks[pos].norm;
  if (is(w, "am") || is(w, "pm")) {
    out.push_back(slot(kAMPM, is(w, "am") ? "AM" : "PM", 0, pos, pos + 1));  // a dot after "pm" ends the sentence
  } else if ((is(w, "a") || is(w, "p")) && glued(toks, pos + 1, ".") && glued(toks, pos + 2, "m")) {
    const size_t te = pos + 3 + (glued(toks, pos + 3, ".") ? 1 : 0);
    out.push_back(slot(kAMPM, is(w, "a") ? "AM" : "PM", 0, pos, te));
  }
}

}  // namespace

void match_class(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (pos >= toks.size()) return;
  if (cls == kNUM) return match_num(toks, pos, out);
  if (match_shape(cls, toks, pos, out)) return;
  if (cls == kUNITS) {
    const size_t n0 = out.size();
    match_lexicon(kUNIT, toks, pos, out);
    size_t keep = n0;
    for (size_t k = n0; k < out.size(); ++k) {
      if (toks[out[k].te - 1].norm.back() != 's') continue;
      out[k].cls = class_name(kUNITS);
      if (keep != k) out[keep] = std::move(out[k]);
      ++keep;
    }
    out.resize(keep);
    return;
  }
  if (cls == kORD) {
    match_lexicon(kORDW, toks, pos, out);
    for (Slot& s : out) {
      if (s.cls == "ORDW") s.cls = class_name(kORD);
    }
    const long n = int_token(toks, pos, 3);
    if (n > 0 && ordinal_suffix(toks, pos + 1)) out.push_back(slot(kORD, std::to_string(n), n, pos, pos + 2));
    return;
  }
  match_lexicon(cls, toks, pos, out);
}

bool match_shape(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  switch (cls) {
    case kINT: {
      const long n = int_token(toks, pos, 9);
      if (n >= 0) out.push_back(slot(cls, std::string(toks[pos].norm), n, pos, pos + 1));
      return true;
    }
    case kDAY: {
      const long n = int_token(toks, pos, 2);
      if (n >= 1 && n <= 31) {
        const size_t te = pos + (ordinal_suffix(toks, pos + 1) ? 2 : 1);
        out.push_back(slot(cls, std::to_string(n), n, pos, te));
      }
      return true;
    }
    case kYEAR: {
      const long n = int_token(toks, pos, 4);
      const bool decade = pos + 1 < toks.size() && !toks[pos + 1].space_before && toks[pos + 1].kind == TokKind::kWord;
      if (n >= 1000 && n <= 2999 && toks[pos].norm.size() == 4 && !decade) {
        out.push_back(slot(cls, std::string(toks[pos].norm), n, pos, pos + 1));
      }
      return true;
    }
    case kHOUR: {
      const long n = int_token(toks, pos, 2);
      if (n >= 1 && n <= 12) out.push_back(slot(cls, std::to_string(n), n, pos, pos + 1));
      return true;
    }
    case kAMPM:
      am_pm(toks, pos, out);
      return true;
    case kNUMSIGNED:
      if ((is(toks[pos].norm, "+") || is(toks[pos].norm, "-")) && pos + 1 < toks.size() && is_num(toks, pos + 1) &&
          !toks[pos + 1].space_before) {
        out.push_back(slot(cls, std::string(toks[pos].norm) + std::string(toks[pos + 1].norm), 0, pos, pos + 2));
      }
      return true;
    default:
      return match_date_shape(cls, toks, pos, out);
  }
}

}  // namespace dates
}  // namespace fc
