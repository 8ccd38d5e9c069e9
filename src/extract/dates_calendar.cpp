// Calendar helpers the normalizers share: ISO weeks, n-th weekdays, zero padding.
#include "extract/dates_internal.h"

namespace fc {
namespace dates {

void iso_week(const CivilDate& d, int& year, int& week) {
  // The ISO week belongs to the year of its Thursday.
  const CivilDate thursday = add_days(d, 3 - weekday(d));
  year = thursday.year;
  const long jan1 = days_from_civil(CivilDate{thursday.year, 1, 1});
  week = static_cast<int>((days_from_civil(thursday) - jan1) / 7 + 1);
}

std::string week_value(const CivilDate& d) {
  int y = 0, w = 0;
  iso_week(d, y, w);
  return pad(y, 4) + "-W" + pad(w, 2);
}

std::optional<CivilDate> nth_weekday(int year, int month, int n, int wd) {
  if (month < 1 || month > 12 || wd < 1 || wd > 7 || n == 0 || n > 5) return std::nullopt;
  if (n < 0) {
    CivilDate last{year, month, days_in_month(year, month)};
    return add_days(last, -((weekday(last) + 1 - wd + 7) % 7));
  }
  CivilDate first{year, month, 1};
  CivilDate d = add_days(first, (wd - 1 - weekday(first) + 7) % 7 + 7 * (n - 1));
  if (d.month != month) return std::nullopt;
  return d;
}

long parse_int(std::string_view s) {
  if (s.empty() || s.size() > 9) return -1;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

std::string pad(long v, int width) {
  std::string s = std::to_string(v < 0 ? -v : v);
  while (static_cast<int>(s.size()) < width) s.insert(s.begin(), '0');
  return v < 0 ? "-" + s : s;
}

std::string iso_day(const CivilDate& d) {
  if (d.year < 0 || d.year > 9999 || d.month < 0 || d.month > 99 || d.day < 0 || d.day > 99) return to_iso(d);
  char buf[10] = {static_cast<char>('0' + d.year / 1000), static_cast<char>('0' + d.year / 100 % 10),
                  static_cast<char>('0' + d.year / 10 % 10), static_cast<char>('0' + d.year % 10), '-',
                  static_cast<char>('0' + d.month / 10), static_cast<char>('0' + d.month % 10), '-',
                  static_cast<char>('0' + d.day / 10), static_cast<char>('0' + d.day % 10)};
  return std::string(buf, sizeof buf);
}

}  // namespace dates
}  // namespace fc
