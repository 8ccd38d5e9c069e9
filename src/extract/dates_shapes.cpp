// Date-shaped number tokens: bare years (only where a year is meant), '82, 1990s, ISO and US slash dates, clock times.
#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

Slot make(int cls, std::string value, size_t tb, size_t te) {
  Slot s;
  s.cls = class_name(cls);
  s.value = std::move(value);
  s.tb = tb;
  s.te = te;
  return s;
}

bool num_at(const std::vector<Tok>& toks, size_t pos) { return pos < toks.size() && toks[pos].kind == TokKind::kNum; }

bool glued_word(const std::vector<Tok>& toks, size_t pos, std::string_view w) {
  return pos < toks.size() && !toks[pos].space_before && is(toks[pos].norm, w);
}

// A four-digit number that reads as a year: not money, not a count of things, not part of a bigger number.
bool bare_year(const std::vector<Tok>& toks, size_t pos) {
  const std::string_view s = toks[pos].norm;
  if (s.size() != 4) return false;
  const long y = parse_int(s);
  if (y < 1000 || y > 2999) return false;
  const std::string_view prev = pos > 0 ? toks[pos - 1].norm : std::string_view();
  const Tables& tb = tables();
  static const char* const kYearPreps[] = {"in", "since", "by", "until", "from", "to", "between", "during",
                                           "before", "after", "of", "circa", "and", "through", "mid", "early", "late"};
  bool prep = false;
  for (const char* p : kYearPreps) prep = prep || prev == p;
  if (!prep && (y < 1800 || y > 2099)) return false;
  if (is(prev, "$") || is(prev, "#") || is(prev, "£") || is(prev, "€") || is(prev, "+") || is(prev, "x")) return false;
  if (pos > 0 && toks[pos - 1].kind == TokKind::kWord && in_class(tb.notyearbefore, toks[pos - 1])) return false;  // "Page 2012"
  if (pos > 1 && is(prev, ".") && in_class(tb.notyearbefore, toks[pos - 2])) return false;          // "No. 1999"
  if (pos > 0 && !toks[pos].space_before && toks[pos - 1].kind != TokKind::kWord &&
      !is(toks[pos - 1].norm, "(") && !is(toks[pos - 1].norm, "\"") && !is(toks[pos - 1].norm, "'")) {
    return false;  // glued to a sign or another number
  }
  if (pos > 0 && toks[pos - 1].kind == TokKind::kNum) return false;
  // "the Russell 2000 Index": a number between two capitalized words is part of a name.
  const bool name_before = pos > 1 && toks[pos - 1].cap && !toks[pos - 1].break_before;
  if (name_before && pos + 1 < toks.size() && toks[pos + 1].cap && !toks[pos + 1].break_before) return false;
  if (pos + 1 < toks.size()) {
    const Tok& next = toks[pos + 1];
    if (is(next.norm, "%") || next.kind == TokKind::kNum) return false;
    if (!next.space_before && next.kind == TokKind::kWord) return false;  // "2014th", "1990s"
    if (next.kind == TokKind::kWord && in_class(tb.notyear, next)) return false;
    if (next.kind == TokKind::kWord && in_class(kUNIT, next)) return false;
  }
  return true;
}

// "1990s", "70s", "'80s": the decade's first three digits ("199").
bool decade(const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  size_t p = pos;
  const bool apos = is(toks[p].norm, "'") && num_at(toks, p + 1) && !toks[p + 1].space_before;
  if (apos) ++p;
  if (!num_at(toks, p)) return true;
  const std::string_view s = toks[p].norm;
  const bool ok_shape = (s.size() == 4 || s.size() == 2) && s.back() == '0' && parse_int(s) >= 0;
  if (!ok_shape || (apos && s.size() != 2)) return true;
  size_t te = p + 1;
  if (glued_word(toks, te, "s")) {
    te += 1;
  } else if (glued_word(toks, te, "'") && glued_word(toks, te + 1, "s")) {
    te += 2;
  } else {
    return true;
  }
  std::string v;
  if (s.size() == 4) {
    v = std::string(s.substr(0, 3));
  } else {
    v = (s == "00" || s == "10" ? "20" : "19") + std::string(s.substr(0, 1));
  }
  out.push_back(make(kDECADE, v, pos, te));
  return true;
}

// "2021-03-18" and US "3/18/2021", "7/8/07" as YYYY-MM-DD.
bool full_date(int cls, std::string_view s, size_t pos, std::vector<Slot>& out) {
  int y = 0, m = 0, d = 0;
  if (cls == kISODATE) {
    auto date = parse_iso_date(s);
    if (date) out.push_back(make(cls, iso_day(*date), pos, pos + 1));
    return true;
  }
  const size_t a = s.find('/'), b = a == std::string_view::npos ? a : s.find('/', a + 1);
  if (b == std::string_view::npos || s.find_first_of(".:,", 0) != std::string_view::npos) return true;
  m = static_cast<int>(parse_int(s.substr(0, a)));
  d = static_cast<int>(parse_int(s.substr(a + 1, b - a - 1)));
  const std::string_view ys = s.substr(b + 1);
  y = static_cast<int>(parse_int(ys));
  if (ys.size() == 2) y += y < 50 ? 2000 : 1900;
  if ((ys.size() != 2 && ys.size() != 4) || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return true;
  out.push_back(make(cls, iso_day(CivilDate{y, m, d}), pos, pos + 1));
  return true;
}

// Whether "h:mm:ss" at `pos` is a time of day: "at 08:30:15", "08:30:15 GMT", "8:30:15 a.m.", a date before it.
// Without such a sign it is a duration ("finished in 2:10:27", "a record of 2:01:09").
bool clock_with_seconds(const std::vector<Tok>& toks, size_t pos) {
  if (pos > 0) {
    const Tok& prev = toks[pos - 1];
    if (is(prev.norm, "at") || is(prev.norm, "around") || is(prev.norm, "@")) return true;
    std::vector<Slot> tmp;
    if (match_date_shape(kISODATE, toks, pos - 1, tmp) && !tmp.empty()) return true;  // "2021-03-18 08:30:15"
  }
  if (pos + 1 >= toks.size()) return false;
  static const int zone = tables().find_class("ZONE");
  std::vector<Slot> ampm;
  return (zone >= 0 && in_class(zone, toks[pos + 1])) || (match_shape(kAMPM, toks, pos + 1, ampm) && !ampm.empty());
}

// "22:14", "6:40", "at 08:30:15" as HH:MM; "0800" (before a zone) as HH:MM.
bool clock(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  const std::string_view s = toks[pos].norm;
  long h = -1, m = -1;
  if (cls == kHHMM) {
    if (s.size() != 4) return true;
    h = parse_int(s.substr(0, 2));
    m = parse_int(s.substr(2));
  } else {
    const size_t c = s.find(':');
    if (c == std::string_view::npos || c == 0 || c > 2 || s.size() < c + 3) return true;
    if (s.size() != c + 3 && !(s.size() == c + 6 && s[c + 3] == ':')) return true;
    if (s.size() == c + 6 && !clock_with_seconds(toks, pos)) return true;
    h = parse_int(s.substr(0, c));
    m = parse_int(s.substr(c + 1, 2));
  }
  if (h < 0 || h > 24 || m < 0 || m > 59) return true;
  out.push_back(make(cls, pad(h, 2) + ":" + pad(m, 2), pos, pos + 1));
  return true;
}

}  // namespace

bool match_date_shape(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out) {
  if (cls == kDECADE) return decade(toks, pos, out);
  if (cls == kYY) {
    const bool ok = is(toks[pos].norm, "'") && num_at(toks, pos + 1) && !toks[pos + 1].space_before &&
                    toks[pos + 1].norm.size() == 2 && !glued_word(toks, pos + 2, "s") &&
                    pos > 0 && toks[pos].space_before && in_class(tables().monthctx, toks[pos - 1]);
    if (ok) {
      const long yy = parse_int(toks[pos + 1].norm);
      if (yy >= 0) out.push_back(make(cls, std::to_string(yy < 30 ? 2000 + yy : 1900 + yy), pos, pos + 2));
    }
    return true;
  }
  const bool shape = cls == kBAREYEAR || cls == kISODATE || cls == kSLASHDATE || cls == kHM || cls == kHHMM;
  if (!shape) return false;
  if (!num_at(toks, pos)) return true;
  const std::string_view s = toks[pos].norm;
  if (cls == kBAREYEAR) {
    if (bare_year(toks, pos)) out.push_back(make(cls, std::string(s), pos, pos + 1));
    return true;
  }
  if (cls == kISODATE || cls == kSLASHDATE) return full_date(cls, s, pos, out);
  return clock(cls, toks, pos, out);
}

}  // namespace dates
}  // namespace fc
