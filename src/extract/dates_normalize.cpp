// Normalizers for explicit dates, clock times, durations and sets; relative ones live in dates_relative.cpp.
#include <cmath>

#include "extract/dates_internal.h"
#include "core/format.h"

namespace fc {
namespace dates {
namespace {

int slot_int(const Match& m, std::string_view cls, int fallback = 0) {
  const Slot* s = m.get(cls);
  if (!s) return fallback;
  const long v = parse_int(s->value);
  return v < 0 ? static_cast<int>(std::lround(s->num)) : static_cast<int>(v);
}

Norm ymd(const Match& m) {
  const int y = slot_int(m, "YEAR"), mo = slot_int(m, "MONTH"), d = slot_int(m, "DAY");
  if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo)) return {};
  const CivilDate date{y, mo, d};
  return date_norm(iso_day(date), date);
}

Norm ym(const Match& m) {
  const int y = slot_int(m, "YEAR"), mo = slot_int(m, "MONTH");
  if (mo < 1 || mo > 12) return {};
  return date_norm(pad(y, 4) + "-" + pad(mo, 2));
}

Norm year(const Match& m) {
  for (const char* cls : {"YEAR", "BAREYEAR", "YY"}) {
    if (const Slot* s = m.get(cls)) return date_norm(s->value);
  }
  return {};
}

Norm shape(const Match& m, const char* cls) {
  const Slot* s = m.get(cls);
  if (!s) return {};
  return date_norm(s->value, parse_iso_date(s->value));
}

Norm century(const Match& m) {
  const int n = slot_int(m, "ORD");
  if (n < 1 || n > 30) return {};
  return date_norm(pad(n - 1, 2));
}

// A number for a TIMEX3 duration: "2", "2.5", or "X" when fuzzy.
std::string amount(double v, bool fuzzy) {
  if (fuzzy) return "X";
  if (std::fabs(v - std::round(v)) < 1e-9) return std::to_string(std::lround(v));
  return format_g(v, 2);
}

}  // namespace

std::string duration_value(double n, bool fuzzy, const std::string& unit) {
  if (unit == "S" || unit == "MIN" || unit == "H") {
    return "PT" + amount(n, fuzzy) + (unit == "MIN" ? "M" : unit);
  }
  if (unit == "2W") return "P" + amount(n * 2, fuzzy) + "W";
  if (unit == "DE") return fuzzy ? "PXDE" : "P" + amount(n * 10, false) + "Y";
  if (unit == "CE") return fuzzy ? "PXCE" : "P" + amount(n * 100, false) + "Y";
  return "P" + amount(n, fuzzy) + unit;
}

namespace {

Norm duration(const Match& m, const std::vector<Tok>& toks) {
  const Slot* unit = m.get("UNIT");
  if (!unit) unit = m.get("UNITS");
  if (!unit) return {};
  const Slot* num = m.get("NUM");
  // "a quarter of the shares" is a fraction, not three months.
  if (is(toks[unit->te - 1].norm, "quarter") && m.te < toks.size() && is(toks[m.te].norm, "of")) return {};
  bool fuzzy = m.pat->param == "X" || (num && num->value == "X");
  double n = num ? num->num : 1;
  if (m.pat->id.find("half") != std::string::npos) n += 0.5;
  Norm out;
  out.ok = true;
  out.type = m.pat->type;
  out.values.push_back(duration_value(n, fuzzy, unit->value));
  return out;
}

Norm set(const Match& m, const std::vector<Tok>& toks) {
  Norm out;
  out.ok = true;
  out.type = "SET";
  if (const Slot* s = m.get("SETWORD")) {
    out.values.push_back(s->value);
  } else if (const Slot* r = m.get("SETRATE")) {
    out.values.push_back(r->value);
  } else if (const Slot* w = m.get("WEEKDAY")) {
    out.values.push_back("XXXX-WXX-" + w->value);
  } else if (const Slot* mo = m.get("MONTH")) {
    out.values.push_back("XXXX-" + pad(parse_int(mo->value), 2));
  } else {
    Norm d = duration(m, toks);
    if (!d.ok) return {};
    out.values = d.values;
  }
  return out;
}

// "22:14", "10 a.m. EST", "6:40 p.m. (GMT +8)": the clock part "T22:14", "T10:00-05:00".
Norm time(const Match& m, const NormContext& ctx) {
  int h = -1, mi = 0;
  for (const char* cls : {"HM", "HHMM", "CLOCK"}) {
    if (const Slot* s = m.get(cls)) {
      h = static_cast<int>(parse_int(s->value.substr(0, 2)));
      mi = static_cast<int>(parse_int(s->value.substr(3, 2)));
    }
  }
  if (const Slot* s = m.get("HOUR")) h = static_cast<int>(s->num);
  if (h < 0) return {};
  if (const Slot* ap = m.get("AMPM")) {
    if (h > 12) return {};
    if (ap->value == "PM" && h < 12) h += 12;
    if (ap->value == "AM" && h == 12) h = 0;
  }
  std::string zone;
  if (const Slot* z = m.get("ZONE")) zone = z->value;
  if (const Slot* off = m.get("NUMSIGNED")) {
    const long hours = parse_int(off->value.substr(1));
    if (hours >= 0 && hours <= 14) zone = off->value.substr(0, 1) + pad(hours, 2) + ":00";
  }
  Norm out;
  out.ok = true;
  out.type = "TIME";
  out.clock = "T" + pad(h, 2) + ":" + pad(mi, 2) + zone;
  out.values.push_back((ctx.dct ? iso_day(*ctx.dct) : std::string("XXXX-XX-XX")) + out.clock);
  return out;
}

}  // namespace

Norm normalize(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx) {
  const std::string& n = m.pat->norm;
  if (n == "ymd") return ymd(m);
  if (n == "ym") return ym(m);
  if (n == "year") return year(m);
  if (n == "iso") return shape(m, "ISODATE");
  if (n == "slash") return shape(m, "SLASHDATE");
  if (n == "decade") return shape(m, "DECADE");
  if (n == "century") return century(m);
  if (n == "duration") return duration(m, toks);
  if (n == "every" || n == "setword") return set(m, toks);
  if (n == "time") return time(m, ctx);
  return normalize_relative(m, toks, ctx);
}

Norm date_norm(std::string value, std::optional<CivilDate> day) {
  Norm n;
  n.ok = true;
  n.type = "DATE";
  n.values.push_back(std::move(value));
  n.day = day;
  return n;
}

}  // namespace dates
}  // namespace fc
