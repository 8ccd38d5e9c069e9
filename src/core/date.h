// Civil (proleptic Gregorian) dates: the anchor arithmetic every temporal rule relies on.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace fc {

/// A calendar day; month 1-12, day 1-31. No time zone: news dates are local to the story.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
  friend bool operator==(const CivilDate& a, const CivilDate& b) {
    return a.year == b.year && a.month == b.month && a.day == b.day;
  }
  friend bool operator!=(const CivilDate& a, const CivilDate& b) { return !(a == b); }
  friend bool operator<(const CivilDate& a, const CivilDate& b) {
    if (a.year != b.year) return a.year < b.year;
    if (a.month != b.month) return a.month < b.month;
    return a.day < b.day;
  }
};

/// Days since 1970-01-01 (negative before it).
long days_from_civil(const CivilDate& d);
/// The date `days` after 1970-01-01.
CivilDate civil_from_days(long days);
/// 0 = Monday ... 6 = Sunday (ISO order).
int weekday(const CivilDate& d);
/// Number of days in a month of a year.
int days_in_month(int year, int month);
/// The date `n` days after `d` (n may be negative).
CivilDate add_days(const CivilDate& d, long n);
/// "YYYY-MM-DD".
std::string to_iso(const CivilDate& d);
/// Parses "YYYY-MM-DD" exactly; nullopt if not a real date.
std::optional<CivilDate> parse_iso_date(std::string_view s);

}  // namespace fc
