// Normalizers for periods and reference days: weekends, quarters, seasons, "two years ago", "the next day", holidays.
#include <cmath>
#include <cstdlib>

#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

int shift_of(const Match& m) {
  if (const Slot* s = m.get("SHIFT")) return static_cast<int>(s->num);
  return m.pat->param.empty() ? 0 : std::atoi(m.pat->param.c_str());
}

// "this weekend" is the weekend of the dct's ISO week; a bare "the weekend" in the past is the one just gone.
Norm weekend(const Match& m, const NormContext& ctx) {
  if (!ctx.dct) return date_norm("XXXX-WXX-WE");
  int weeks = shift_of(m);
  const bool bare = !m.get("SHIFT");
  if (bare && ctx.orient < 0 && weekday(*ctx.dct) < 5) weeks = -1;
  return date_norm(week_value(add_days(*ctx.dct, 7L * weeks)) + "-WE");
}

Norm ago(const Match& m, const NormContext& ctx) {
  const Slot* n = m.get("NUM");
  const Slot* u = m.get("UNIT");
  if (!n || !u) return {};
  if (!ctx.dct || n->value == "X" || std::fabs(n->num - std::round(n->num)) > 1e-9) return date_norm("PAST_REF");
  const long k = std::lround(n->num);
  const CivilDate& d = *ctx.dct;
  const std::string& unit = u->value;
  if (unit == "D") return date_norm(iso_day(add_days(d, -k)), add_days(d, -k));
  if (unit == "W") return date_norm(iso_day(add_days(d, -7 * k)), add_days(d, -7 * k));
  if (unit == "M") {
    const long months = d.year * 12L + (d.month - 1) - k;
    return date_norm(pad(months / 12, 4) + "-" + pad(months % 12 + 1, 2));
  }
  if (unit == "Y") return date_norm(pad(d.year - k, 4));
  if (unit == "DE") return date_norm(pad(d.year - 10 * k, 4));
  return date_norm("PAST_REF");
}

Norm quarter(const Match& m, const NormContext& ctx) {
  int q = 0;
  if (const Slot* o = m.get("ORD")) q = static_cast<int>(o->num);
  if (const Slot* o = m.get("QUARTER")) q = static_cast<int>(o->num);
  if (q == -1) q = 4;  // "the final quarter"
  if (q < 1 || q > 4) return {};
  int y = 0;
  if (const Slot* ys = m.get("YEAR")) {
    y = static_cast<int>(parse_int(ys->value));
  } else if (!ctx.dct) {
    return date_norm("XXXX-Q" + std::to_string(q));
  } else {
    y = ctx.dct->year + shift_of(m);
    const int cur = (ctx.dct->month - 1) / 3 + 1;
    if (!m.get("SHIFT") && ctx.orient < 0 && q > cur) y -= 1;
    if (!m.get("SHIFT") && ctx.orient > 0 && q < cur) y += 1;
  }
  return date_norm(pad(y, 4) + "-Q" + std::to_string(q));
}

Norm season(const Match& m, const NormContext& ctx) {
  const Slot* s = m.get("SEASON");
  if (!s) s = m.get("SEASONWORD");
  if (!s) return {};
  if (const Slot* ys = m.get("YEAR")) return date_norm(ys->value + "-" + s->value);
  if (!ctx.dct) return date_norm("XXXX-" + s->value);
  // Season start months: spring 3, summer 6, fall 9, winter 12.
  const int start = s->value == "SP" ? 3 : s->value == "SU" ? 6 : s->value == "FA" ? 9 : 12;
  int y = ctx.dct->year;
  const int n = m.get("SHIFT") ? shift_of(m) : 0;
  if (n < 0 && ctx.dct->month < start + 3) y -= 1;
  if (n > 0 && ctx.dct->month >= start) y += 1;
  return date_norm(pad(y, 4) + "-" + s->value);
}

Norm refday(const Match& m, const NormContext& ctx) {
  const int n = shift_of(m);
  if (n != 0 && !ctx.ref_day_close) {
    // "the next day" with no day named just before: a narrative step we cannot date, only place.
    return date_norm(ctx.orient < 0 ? "PAST_REF" : ctx.orient > 0 ? "FUTURE_REF" : "XXXX-XX-XX");
  }
  const std::optional<CivilDate>& base = ctx.ref_day ? ctx.ref_day : ctx.dct;
  if (!base) return date_norm("XXXX-XX-XX");
  const CivilDate d = add_days(*base, n);
  const Slot* part = m.get("PARTDAY");
  if (!part) return date_norm(iso_day(d), d);
  Norm t = date_norm(iso_day(d) + "T" + part->value);  // "in morning trading": that part of the day in view
  t.type = "TIME";
  return t;
}

// "the same period last year": the last period the text named, a year earlier.
Norm same_period(const NormContext& ctx) {
  const std::string& p = ctx.last_period;
  if (p.size() >= 4 && parse_int(p.substr(0, 4)) > 0) {
    return date_norm(pad(parse_int(p.substr(0, 4)) - 1, 4) + p.substr(4));
  }
  if (!ctx.dct) return date_norm("PAST_REF");
  return date_norm(pad(ctx.dct->year - 1, 4));
}

// Rule "MM-DD" or "MM/N/W" (N-th weekday W, N = L for the last) in year `y`.
std::optional<CivilDate> holiday_in(const std::string& rule, int y) {
  if (rule.size() == 5 && rule[2] == '-') {
    const CivilDate d{y, static_cast<int>(parse_int(rule.substr(0, 2))), static_cast<int>(parse_int(rule.substr(3)))};
    return parse_iso_date(iso_day(d));
  }
  if (rule.size() == 6 && rule[2] == '/' && rule[4] == '/') {
    const int n = rule[3] == 'L' ? -1 : rule[3] - '0';
    return nth_weekday(y, static_cast<int>(parse_int(rule.substr(0, 2))), n, rule[5] - '0');
  }
  return std::nullopt;
}

Norm holiday(const Match& m, const NormContext& ctx) {
  const Slot* h = m.get("HOLIDAY");
  if (!h) return {};
  int y = 0;
  if (const Slot* ys = m.get("YEAR")) {
    y = static_cast<int>(parse_int(ys->value));
  } else if (ctx.dct) {
    auto this_year = holiday_in(h->value, ctx.dct->year);
    if (!this_year) return {};
    y = ctx.dct->year;
    if (ctx.orient < 0 && *ctx.dct < *this_year) y -= 1;
    if (ctx.orient > 0 && *this_year < *ctx.dct) y += 1;
  } else {
    return h->value.size() == 5 ? date_norm("XXXX-" + h->value) : Norm{};
  }
  auto d = holiday_in(h->value, y);
  if (!d) return {};
  return date_norm(iso_day(*d), d);
}

// "three days later": counted from the last day the text named. With no day named before it ("boarding took place
// a day earlier" in a headline) it counts from an event the text has not dated, not from the day of writing.
Norm later(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx) {
  const Slot* n = m.get("NUM");
  const Slot* u = m.get("UNIT");
  if (!n || !u) return {};
  const int sign = is(toks[m.te - 1].norm, "earlier") ? -1 : 1;
  const std::optional<CivilDate>& base = ctx.ref_day;
  const bool whole = n->value != "X" && std::fabs(n->num - std::round(n->num)) < 1e-9;
  if (!base || !whole || (u->value != "D" && u->value != "W")) return date_norm(sign < 0 ? "PAST_REF" : "FUTURE_REF");
  const long days = std::lround(n->num) * (u->value == "W" ? 7 : 1) * sign;
  return date_norm(iso_day(add_days(*base, days)), add_days(*base, days));
}

}  // namespace

Norm refday_step(const Match& m, const NormContext& ctx) { return refday(m, ctx); }

Norm normalize_relative_more(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx) {
  if (m.pat->norm == "later") return later(m, toks, ctx);
  const std::string& n = m.pat->norm;
  if (n == "weekend") return weekend(m, ctx);
  if (n == "ago") return ago(m, ctx);
  if (n == "quarter") return quarter(m, ctx);
  if (n == "season") return season(m, ctx);
  if (n == "refday" || n == "refday_part") return refday(m, ctx);
  if (n == "same_period") return same_period(ctx);
  if (n == "holiday") return holiday(m, ctx);
  return {};
}

}  // namespace dates
}  // namespace fc
