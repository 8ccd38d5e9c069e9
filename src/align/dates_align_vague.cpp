// Date alignment, vague periods: which side of the anchor a period lies on, periods named only relative to now
// ("this weekend"), and parts of them ("earlier this year"), whose days inside agree with them.
#include <algorithm>
#include <cctype>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "align/dates_align_items.h"
#include "core/date.h"
#include "compare/verdict.h"
#include "rules/rules.h"

namespace fc {
namespace dates_align {
namespace {

// Month names, lower-case, from the tagger's table.
const std::unordered_set<std::string>& month_words() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    for (const RuleRow& row : rule_rows("en/dates_months.tsv")) {
      if (row.fields.size() < 2) continue;
      for (std::string_view w : split_field(row.fields[1])) out.emplace(w);
    }
    return out;
  }();
  return set;
}

}  // namespace

bool period_bounds(const std::string& key, long& first, long& last) {
  if (auto d = parse_iso_date(std::string_view(key).substr(0, std::min<size_t>(key.size(), 10)))) {
    if (key.size() >= 10) return first = last = days_from_civil(*d), true;
  }
  const long year = key.size() >= 4 ? std::strtol(key.substr(0, 4).c_str(), nullptr, 10) : 0;
  if (year < 1000 || (key.size() > 4 && key[4] != '-')) return false;
  const int y = static_cast<int>(year);
  if (key.size() == 4) {
    first = days_from_civil(CivilDate{y, 1, 1}), last = days_from_civil(CivilDate{y, 12, 31});
    return true;
  }
  if (key.size() >= 8 && key[5] == 'W') {
    const long w = std::strtol(key.substr(6, 2).c_str(), nullptr, 10);
    const CivilDate jan4{y, 1, 4};
    const long monday = days_from_civil(jan4) - weekday(jan4) + 7 * (w - 1);  // weekday: 0 = Monday
    const bool weekend = key.size() == 11 && key.compare(8, 3, "-WE") == 0;
    if (w < 1 || w > 53 || (key.size() != 8 && !weekend)) return false;
    first = monday + (weekend ? 5 : 0), last = monday + 6;
    return true;
  }
  const long m = key.size() == 7 ? std::strtol(key.substr(5, 2).c_str(), nullptr, 10) : 0;
  if (m < 1 || m > 12) return false;
  first = days_from_civil(CivilDate{y, static_cast<int>(m), 1});
  last = first + days_in_month(y, static_cast<int>(m)) - 1;
  return true;
}

bool distant_period(const std::string& key, const std::optional<CivilDate>& anchor) {
  long first = 0, last = 0;
  if (!anchor || !period_bounds(key, first, last)) return false;
  const long a = days_from_civil(*anchor);
  // a bare year must not touch the year of writing's neighbours ("next year", "last year" are the news' own)
  const long gap = key.size() == 4 ? 365 : kDistantDays;
  return first - a >= gap || a - last >= gap;
}

int period_side(const std::string& key, const std::optional<CivilDate>& anchor) {
  long first = 0, last = 0;
  if (!anchor || !period_bounds(key, first, last)) return 0;
  const long a = days_from_civil(*anchor);
  if (first == last) return a < first ? 1 : -1;  // a day: on the anchor counts as before it
  return a < first ? 1 : last < a ? -1 : 0;
}

bool vague_period(std::string_view text) {
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isdigit(c)) return false;
    if (std::isalpha(c)) {
      word += static_cast<char>(std::tolower(c));
      continue;
    }
    if (month_words().count(word)) return false;
    word.clear();
  }
  return true;
}

bool has_word(std::string_view text, const std::string_view* first, const std::string_view* last) {
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalpha(c)) {
      word += static_cast<char>(std::tolower(c));
      continue;
    }
    if (std::find(first, last, word) != last) return true;
    word.clear();
  }
  return false;
}

bool partial_period(std::string_view text) {
  static constexpr std::string_view kPart[] = {"earlier", "later", "early", "late", "end", "beginning", "start",
                                               "middle", "mid"};
  return vague_period(text) && has_word(text, std::begin(kPart), std::end(kPart));
}

long latest_inside(std::string_view text, const std::string& key, const std::optional<CivilDate>& anchor) {
  static constexpr std::string_view kEarlier = "earlier";
  bool earlier = text.size() > kEarlier.size();
  for (size_t i = 0; earlier && i < kEarlier.size(); ++i) {
    earlier = std::tolower(static_cast<unsigned char>(text[i])) == kEarlier[i];
  }
  if (!anchor || !earlier) return std::numeric_limits<long>::max();
  const bool week = key.size() >= 8 && key[4] == '-' && key[5] == 'W';
  return days_from_civil(*anchor) - (week ? 1 : 7);  // "earlier this week": any day before today
}

namespace {

// True when `text` names a part of a month ("late October", "the end of March", "early May") and the day `day`
// (YYYY-MM-DD) lies in that part: early, beginning, start 1-10; mid, middle 11-20; late, end 21-31.
bool day_in_named_part(std::string_view text, std::string_view day) {
  if (vague_period(text) || day.size() < 10 || day[4] != '-' || day[7] != '-') return false;
  const int dom = (day[8] - '0') * 10 + (day[9] - '0');
  static constexpr std::pair<std::string_view, int> kParts[] = {
      {"early", 0}, {"beginning", 0}, {"start", 0}, {"mid", 1}, {"middle", 1}, {"late", 2}, {"end", 2}};
  int part = -1;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalpha(c)) {
      word += static_cast<char>(std::tolower(c));
      continue;
    }
    for (const auto& [w, p] : kParts) {
      if (word == w) part = part < 0 || part == p ? p : 3;  // two different parts named: no claim
    }
    word.clear();
  }
  if (part < 0 || part > 2) return false;
  return part == 0 ? dom <= 10 : part == 1 ? dom >= 11 && dom <= 20 : dom >= 21;
}

// True when a mention names a whole week only relative to now ("this week", "next week") and its value is that
// week ("2026-W45"): like "earlier this week", it claims no day, so a day inside it is no other precision.
bool relative_week(std::string_view text, std::string_view value) {
  const bool week = value.size() == 8 && value[4] == '-' && value[5] == 'W' && std::isdigit(static_cast<unsigned char>(value[6])) &&
                    std::isdigit(static_cast<unsigned char>(value[7]));
  return week && vague_period(text);
}

}  // namespace

void agree_within_vague(Fact& f) {
  if (f.verdict != "variant") return;
  const std::string* finest = nullptr;
  for (const std::string& v : f.values) {
    if (!finest || date_within(*finest, v)) finest = &v;
  }
  const Mention* fine = nullptr;
  const Mention* vague = nullptr;
  for (const Mention& m : f.mentions) {
    const std::string_view day = std::string_view(m.value).substr(0, m.value.find('T'));
    if (day == *finest) {
      if (!fine) fine = &m;
    } else if (!partial_period(m.text) && !day_in_named_part(m.text, *finest) && !relative_week(m.text, day)) {
      return;  // a named coarser period ("in July", "next month") is a variant of the day; "late July" holds the 29th
    } else if (!vague) {
      vague = &m;
    }
  }
  if (!fine || !vague) return;
  f.verdict = "agree";
  f.why = "'" + fine->text + "' lies within '" + vague->text + "': " + std::to_string(source_count(f)) +
          " sources are compatible with " + *finest;
}

void explain_adjacent(Fact& f) {
  if (f.verdict != "conflict") return;
  long lo = 0, hi = 0;
  bool any = false;
  for (const std::string& v : f.values) {
    const auto d = parse_iso_date(std::string_view(v).substr(0, std::min<size_t>(10, v.size())));
    if (!d) return;
    const long n = days_from_civil(*d);
    lo = any ? std::min(lo, n) : n, hi = any ? std::max(hi, n) : n, any = true;
  }
  if (any && hi - lo == 1) {
    f.why += " (one day apart: the accounts describe the same event, and no night or time zone could explain it)";
  }
}

bool night_value(std::string_view value) {
  const size_t t = value.find('T');
  if (t == std::string_view::npos) return false;
  if (value.compare(t, 3, "TNI") == 0) return true;
  if (t + 3 > value.size() || !std::isdigit(static_cast<unsigned char>(value[t + 1])) ||
      !std::isdigit(static_cast<unsigned char>(value[t + 2]))) return false;
  const int hour = (value[t + 1] - '0') * 10 + (value[t + 2] - '0');
  return hour >= 21 || hour < 5;
}

bool night_sign(std::string_view text, size_t start, size_t end) {
  static const std::string_view kWords[] = {"night", "overnight", "midnight", "dawn", "early hours", "small hours",
                                            "late on", "local time", "gmt", "utc", "time zone", "a.m.", "p.m."};
  size_t from = start > 300 ? start - 300 : 0, to = std::min(text.size(), end + 300);
  for (size_t i = start; i > from; --i) {
    if (text[i - 1] == '.' || text[i - 1] == '\n') { from = i; break; }
  }
  for (size_t i = end; i < to; ++i) {
    if (text[i] == '.' || text[i] == '\n') { to = i; break; }
  }
  std::string low(text.substr(from, to - from));
  for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
  for (std::string_view w : kWords) {  // whole words only: not "nights", "nightclub"
    for (size_t at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
      const size_t after = at + w.size();
      if ((at == 0 || !letter(low[at - 1])) && (after >= low.size() || !letter(low[after]))) return true;
    }
  }
  return false;
}

}  // namespace dates_align
}  // namespace fc
