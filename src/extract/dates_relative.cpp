// Normalizers anchored on the publication date (or a reference day): weekdays, "last month", "two years ago", ...
// Without an anchor they give TIMEX3 placeholders (XXXX-03-19, XXXX-WXX-5) or PAST_REF/PRESENT_REF/FUTURE_REF.
#include <cmath>
#include <cstdlib>

#include "extract/dates_internal.h"
#include "core/parse_number.h"

namespace fc {
namespace dates {
namespace {

Norm value(std::string v, std::optional<CivilDate> day = std::nullopt, const char* type = "DATE") {
  Norm n;
  n.ok = true;
  n.type = type;
  n.values.push_back(std::move(v));
  n.day = day;
  return n;
}

Norm day_value(const CivilDate& d) { return value(iso_day(d), d); }

int num(const Match& m, std::string_view cls, int fallback) {
  const Slot* s = m.get(cls);
  return s ? static_cast<int>(std::lround(fc::parse_double(s->value.c_str()))) : fallback;
}

const char* ref_of(int sign) { return sign < 0 ? "PAST_REF" : sign > 0 ? "FUTURE_REF" : "PRESENT_REF"; }

// The shift of a match: its SHIFT word, else the row's param, else 0.
int shift_of(const Match& m) {
  if (const Slot* s = m.get("SHIFT")) return static_cast<int>(s->num);
  return m.pat->param.empty() ? 0 : std::atoi(m.pat->param.c_str());
}

// The year of a month-day (or month when day is 0) that the orientation points to.
int year_for(const CivilDate& dct, int month, int day, int orient) {
  const int d = day == 0 ? (orient > 0 ? days_in_month(dct.year, month) : 1) : std::min(day, 28);
  const long diff = days_from_civil(CivilDate{dct.year, month, d}) - days_from_civil(dct);
  // A day up to three weeks on the "wrong" side of the anchor is far likelier the same year read through another clause's
  // tense ("announced a meeting on 19 September" two days before it) than a date a year away.
  const bool near = day != 0 && diff > -21 && diff < 21;
  if (orient < 0) return diff <= 0 || near || (day == 0 && month == dct.month) ? dct.year : dct.year - 1;
  if (orient > 0) return diff >= 0 || near || (day == 0 && month == dct.month) ? dct.year : dct.year + 1;
  if (diff > 183) return dct.year - 1;
  if (diff < -183) return dct.year + 1;
  return dct.year;
}

Norm md(const Match& m, const NormContext& ctx) {
  const int mo = num(m, "MONTH", 0), d = num(m, "DAY", 0);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return {};
  if (!ctx.dct) return d <= days_in_month(2000, mo) ? value("XXXX-" + pad(mo, 2) + "-" + pad(d, 2)) : Norm{};
  int y = year_for(*ctx.dct, mo, d, ctx.orient);
  // "Wednesday, 20 May": a weekday written with the day settles the year when the tense guessed one where it is not.
  const int wd = num(m, "WEEKDAY", 0);
  if (wd >= 1 && wd <= 7 && d <= days_in_month(y, mo) && weekday(CivilDate{y, mo, d}) + 1 != wd) {
    for (int other : {ctx.dct->year, ctx.dct->year - 1, ctx.dct->year + 1}) {
      if (d <= days_in_month(other, mo) && weekday(CivilDate{other, mo, d}) + 1 == wd) { y = other; break; }
    }
  }
  if (d > days_in_month(y, mo)) return {};
  return day_value(CivilDate{y, mo, d});
}

Norm month(const Match& m, const NormContext& ctx) {
  const int mo = num(m, "MONTH", 0);
  if (mo < 1 || mo > 12) return {};
  if (!ctx.dct) return value("XXXX-" + pad(mo, 2));
  int y = ctx.dct->year;
  if (m.pat->norm == "month_shift") {
    y += shift_of(m);
  } else if (const Slot* s = m.get("SHIFT")) {
    if (s->num < 0) y = mo < ctx.dct->month ? y : y - 1;
    if (s->num > 0) y = mo > ctx.dct->month ? y : y + 1;
  } else {
    y = year_for(*ctx.dct, mo, 0, ctx.orient);
  }
  return value(pad(y, 4) + "-" + pad(mo, 2));
}

// The weekday `wd` (1-7) around `base`: dir -1 latest on/before, +1 earliest on/after, 0 nearest.
CivilDate pick_weekday(const CivilDate& base, int wd, int dir, bool strict) {
  const int cur = weekday(base) + 1;
  int fwd = (wd - cur + 7) % 7, back = (cur - wd + 7) % 7;
  if (strict && fwd == 0) fwd = 7;
  if (strict && back == 0) back = 7;
  if (dir > 0) return add_days(base, fwd);
  if (dir < 0) return add_days(base, -back);
  return back <= fwd + 1 ? add_days(base, -back) : add_days(base, fwd);
}

std::string part_of_day(const Match& m) {
  const Slot* p = m.get("PARTDAY");
  return p ? "T" + p->value : std::string();
}

Norm with_part(Norm n, const Match& m, const std::string& extra = "") {
  const std::string part = extra.empty() ? part_of_day(m) : extra;
  if (!n.ok || part.empty()) return n;
  n.values[0] += part;
  n.type = "TIME";
  return n;
}

Norm weekday_norm(const Match& m, const NormContext& ctx) {
  const int wd = num(m, "WEEKDAY", 0);
  if (wd < 1 || wd > 7) return {};
  if (!ctx.dct) return with_part(value("XXXX-WXX-" + std::to_string(wd)), m);
  const Slot* s = m.get("SHIFT");
  CivilDate d;
  if (s && s->num != 0) {
    d = pick_weekday(*ctx.dct, wd, s->num < 0 ? -1 : 1, true);
  } else if (ctx.orient > 0 && ctx.sentence_ref) {
    // Future seen from an earlier day of the same sentence ("proposed on Thursday ... on Friday or Monday").
    d = pick_weekday(*ctx.sentence_ref, wd, 1, true);
  } else {
    d = pick_weekday(*ctx.dct, wd, ctx.orient, false);
  }
  return with_part(day_value(d), m);
}

Norm relday(const Match& m, const NormContext& ctx) {
  int n = 0;
  std::string part = part_of_day(m);
  if (const Slot* r = m.get("RELDAY")) {
    n = std::atoi(r->value.c_str());
    if (r->value.size() > 2 && r->value.compare(r->value.size() - 2, 2, "NI") == 0) part = "TNI";
  } else {
    n = shift_of(m);
    part = "TNI";  // "last night"
  }
  if (!ctx.dct) return value(ref_of(n));
  return with_part(day_value(add_days(*ctx.dct, n)), m, part);
}

// "last month", "next week", "this year", "the end of this year": the period `shift` units away.
// "the previous year", "the following day" count from the period the text last named, not from the dct.
std::optional<CivilDate> relative_base(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx) {
  const Slot* s = m.get("SHIFT");
  const std::string word = s ? std::string(toks[s->tb].norm) : std::string();
  const bool anaphoric = word == "previous" || word == "prior" || word == "following" || word == "preceding" ||
                         m.pat->id == "d_unit_prev";
  if (!anaphoric) return ctx.dct;
  const Slot* u = m.get("UNIT");
  const std::string unit = u ? u->value : std::string();
  if (unit == "D" && ctx.ref_day) return ctx.ref_day;
  const std::string& p = ctx.last_period;
  const long y = p.size() >= 4 ? parse_int(p.substr(0, 4)) : -1;
  if (unit == "Y" && y > 0) return CivilDate{static_cast<int>(y), 7, 1};
  if (unit == "M" && y > 0 && p.size() == 7) return CivilDate{static_cast<int>(y), static_cast<int>(parse_int(p.substr(5))), 15};
  return ctx.dct;
}

Norm shift(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx) {
  const Slot* u = m.get("UNIT");
  if (!u) u = m.get("WEEKUNIT");
  if (!u) return {};
  const int n = shift_of(m);
  // "the last days", "in the coming weeks": a plural unit with no count is a vague stretch, not one period
  const std::string_view unit_word = u->tb < toks.size() ? std::string_view(toks[u->tb].norm) : std::string_view();
  if (u->te == u->tb + 1 && unit_word.size() > 3 && unit_word.back() == 's') return value(ref_of(n));
  const std::optional<CivilDate> base = relative_base(m, toks, ctx);
  if (!base) return value(ref_of(n));
  const CivilDate& d = *base;
  const std::string& unit = u->value;
  if (unit == "D") return day_value(add_days(d, n));
  if (unit == "W" || unit == "2W") return value(week_value(add_days(d, 7L * n * (unit == "2W" ? 2 : 1))));
  if (unit == "M") {
    const int months = d.year * 12 + (d.month - 1) + n;
    return value(pad(months / 12, 4) + "-" + pad(months % 12 + 1, 2));
  }
  if (unit == "Q") {
    const int q = d.year * 4 + (d.month - 1) / 3 + n;
    return value(pad(q / 4, 4) + "-Q" + std::to_string(q % 4 + 1));
  }
  if (unit == "Y") return value(pad(d.year + n, 4));
  if (unit == "DE") return value(pad(d.year / 10 + n, 3));
  if (unit == "CE") return value(pad(d.year / 100 + n, 2));
  return value(ref_of(n));
}

// "the last week of March": the ISO week holding that part of the month.
Norm month_week(const Match& m, const NormContext& ctx) {
  const int mo = num(m, "MONTH", 0), n = num(m, "ORD", 0);
  if (mo < 1 || mo > 12 || n == 0 || n > 5) return {};
  if (!ctx.dct) return value("XXXX-" + pad(mo, 2));
  const int y = year_for(*ctx.dct, mo, 0, ctx.orient);
  const int day = n < 0 ? days_in_month(y, mo) - 3 : std::min(7 * (n - 1) + 4, days_in_month(y, mo));
  return value(week_value(CivilDate{y, mo, day}));
}

}  // namespace

Norm normalize_relative_more(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx);

Norm normalize_relative(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx) {
  const std::string& n = m.pat->norm;
  if (n == "md") return md(m, ctx);
  if (n == "month" || n == "month_shift") return month(m, ctx);
  if (n == "weekday") return weekday_norm(m, ctx);
  if (n == "relday") return relday(m, ctx);
  if (n == "shift") return shift(m, toks, ctx);
  if (n == "month_week") return month_week(m, ctx);
  if (n == "ref") {
    const Slot* r = m.get("REFWORD");
    return r ? value(r->value) : Norm{};
  }
  if (n == "partday") {
    const int s = shift_of(m);
    // "the next morning" steps on from the day the story tells, as "the next day" does; "next morning" is tomorrow's
    if (s != 0 && m.tb > 0 && toks[m.tb - 1].norm == "the") return refday_step(m, ctx);
    if (!ctx.dct) return value(ref_of(s));
    return with_part(day_value(add_days(*ctx.dct, s)), m);
  }
  return normalize_relative_more(m, toks, ctx);
}

}  // namespace dates
}  // namespace fc
