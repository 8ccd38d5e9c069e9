// Publication date from the text itself: a dateline near the top, else the latest day a speaker is reported on.
#include <algorithm>

#include "extract/dates.h"
#include "extract/dates_internal.h"

namespace fc {
namespace {

constexpr size_t kDatelineZone = 2000;  // datelines sit in the first lines of an article
constexpr size_t kDatelineSlack = 30;   // other text a dateline line may carry ("Published:", "Updated")

// Month and day of "YYYY-MM-DD..." or "XXXX-MM-DD..."; year 0 when unknown.
std::optional<CivilDate> day_of(const std::string& v) {
  if (v.size() < 10 || v[4] != '-' || v[7] != '-') return std::nullopt;
  if (v.compare(0, 4, "XXXX") == 0) {
    auto d = parse_iso_date("2000" + v.substr(4, 6));  // a leap year, so 02-29 passes
    if (!d) return std::nullopt;
    d->year = 0;
    return d;
  }
  return parse_iso_date(v.substr(0, 10));
}

std::string_view line_around(std::string_view text, size_t start, size_t end) {
  const size_t b = text.rfind('\n', start == 0 ? 0 : start - 1);
  const size_t from = b == std::string_view::npos || start == 0 ? 0 : b + 1;
  const size_t e = text.find('\n', end);
  return text.substr(from, (e == std::string_view::npos ? text.size() : e) - from);
}

size_t visible_length(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += c != ' ' && c != '\t' && c != '\r' && c != '#' && c != '*';
  return n;
}

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// A place opening a line: one to four capitalized words ("KORVA", "St. Louis", "Port-au-Prince"), then a comma;
// the place may name its region after one comma of its own ("MERZIN, Korastan,").
bool place_before(std::string_view lead) {
  while (!lead.empty() && (lead.back() == ' ' || lead.back() == '\t')) lead.remove_suffix(1);
  if (lead.empty() || lead.back() != ',') return false;
  lead.remove_suffix(1);
  while (!lead.empty() && (lead.front() == '#' || lead.front() == '*' || lead.front() == ' ')) lead.remove_prefix(1);
  if (lead.empty() || lead.size() > 40 || !upper_ascii(lead.front())) return false;
  size_t words = 1;
  bool region = false;
  for (size_t i = 0; i < lead.size(); ++i) {
    const char c = lead[i];
    if (c == ',' && !region && i + 2 < lead.size() && lead[i + 1] == ' ' && upper_ascii(lead[i + 2])) {
      region = true;
      continue;
    }
    if (c == ' ') {
      ++words;
      if (i + 1 >= lead.size() || !upper_ascii(lead[i + 1])) return false;
    } else if (c == ',' || c == ';' || c == ':' || c == '"' || c == '!' || c == '?' || (c >= '0' && c <= '9')) {
      return false;
    }
  }
  return words <= 4;
}

// After a dateline's date: an optional credit "(Agency)", then a dash (hyphen, "--", en or em dash).
bool dash_after(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size() && rest[i] == ' ') ++i;
  if (i < rest.size() && rest[i] == '(') {
    const size_t close = rest.find(')', i);
    if (close == std::string_view::npos || close - i > 48) return false;
    i = close + 1;
    while (i < rest.size() && rest[i] == ' ') ++i;
  }
  rest.remove_prefix(i);
  return rest.rfind("-", 0) == 0 || rest.rfind("\xE2\x80\x93", 0) == 0 || rest.rfind("\xE2\x80\x94", 0) == 0;
}

// "KORVA, April 7 –", "TIRSA, 13 June (Agency) -": a place opening the line, the date, then a dash.
bool place_date_dash(std::string_view text, size_t start, size_t end) {
  const size_t b = start == 0 ? std::string_view::npos : text.rfind('\n', start - 1);
  const size_t from = b == std::string_view::npos ? 0 : b + 1;
  return place_before(text.substr(from, start - from)) && dash_after(text.substr(end, 60));
}

std::optional<InferredDate> dateline(std::string_view text, const std::vector<dates::Found>& found) {
  for (const dates::Found& f : found) {
    if (f.timex.start > kDatelineZone) break;
    auto d = day_of(f.timex.values.front());
    if (!d) continue;
    const std::string_view line = line_around(text, f.timex.start, f.timex.end);
    const size_t rest = visible_length(line) - std::min(visible_length(line), visible_length(f.timex.text));
    const size_t after = f.timex.end;
    const bool agency = after + 1 < text.size() && text.substr(after, 2) == " (" && line.find(',') < line.size() &&
                        line.find(',') < f.timex.start - static_cast<size_t>(line.data() - text.data());
    if (d->year != 0 && rest <= kDatelineSlack) return InferredDate{*d, "dateline '" + f.timex.text + "'", true};
    if (agency) {
      const bool known = d->year != 0;
      return InferredDate{*d, "agency dateline '" + f.timex.text + "'", known};
    }
    if (place_date_dash(text, f.timex.start, f.timex.end)) {
      const size_t from = static_cast<size_t>(line.data() - text.data());
      return InferredDate{*d, "dateline '" + std::string(text.substr(from, f.timex.end - from)) + "'", d->year != 0};
    }
  }
  return std::nullopt;
}

// The latest day the text reports someone said, announced or told something on ("said on March 19").
std::optional<InferredDate> latest_reported(const std::vector<dates::Found>& found) {
  std::optional<InferredDate> best;
  for (const dates::Found& f : found) {
    if (f.orient >= 0 || f.cue != "tc_said") continue;
    auto d = day_of(f.timex.values.front());
    if (!d) continue;
    const bool known = d->year != 0;
    const bool better = !best || (known && !best->year_known) ||
                        (known == best->year_known && best->date < *d);
    if (better) best = InferredDate{*d, "latest past-tense date '" + f.timex.text + "'", known};
  }
  return best;
}

// Days a relative day word stands from the anchor ("yesterday" -1, "today" 0, "tomorrow" +1); 99 otherwise.
int relative_offset(std::string_view word) {
  std::string w(word);
  for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (w == "yesterday") return -1;
  if (w == "today") return 0;
  if (w == "tomorrow") return 1;
  return 99;
}

// "Yesterday, 1 July", "today (10 June)": a relative day glued by a comma or bracket to the day it names, so the
// anchor is that day minus the offset. Only separators may stand between the two.
std::optional<InferredDate> apposed_relative(std::string_view text, const std::vector<dates::Found>& found) {
  for (size_t i = 0; i + 1 < found.size(); ++i) {
    const Timex& rel = found[i].timex;
    const Timex& day = found[i + 1].timex;
    const int off = relative_offset(rel.text);
    if (off == 99 || day.start < rel.end || day.start - rel.end > 3) continue;
    const std::string_view gap = text.substr(rel.end, day.start - rel.end);
    if (gap.find_first_not_of(" ,(") != std::string_view::npos || gap.find_first_of(",(") == std::string_view::npos) continue;
    auto d = day_of(day.values.front());
    if (!d) continue;
    const bool known = d->year != 0;
    CivilDate at = *d;
    if (known) at = civil_from_days(days_from_civil(*d) - off);
    else if (off != 0) at = civil_from_days(days_from_civil(CivilDate{2000, d->month, d->day}) - off), at.year = 0;
    return InferredDate{at, "'" + rel.text + "' named as '" + day.text + "'", known};
  }
  return std::nullopt;
}

// "PORTO KASTEL, Thursday -": a dateline giving only the weekday (1 = Monday .. 7 = Sunday), else 0; `line` gets
// the dateline up to the weekday.
int weekday_dateline(std::string_view text, const std::vector<dates::Found>& found, std::string& line) {
  for (const dates::Found& f : found) {
    if (f.timex.start > kDatelineZone) break;
    const std::string& v = f.timex.values.front();
    if (v.size() != 10 || v.compare(0, 9, "XXXX-WXX-") != 0 || v[9] < '1' || v[9] > '7') continue;
    if (!place_date_dash(text, f.timex.start, f.timex.end)) continue;
    const size_t b = f.timex.start == 0 ? std::string_view::npos : text.rfind('\n', f.timex.start - 1);
    const size_t from = b == std::string_view::npos ? 0 : b + 1;
    line = std::string(text.substr(from, f.timex.end - from));
    return v[9] - '0';
  }
  return 0;
}

std::optional<InferredDate> infer_from(std::string_view text, const std::vector<dates::Found>& found) {
  if (auto d = dateline(text, found)) return d;
  if (auto d = apposed_relative(text, found)) return d;
  if (auto d = latest_reported(found)) return d;
  std::string line;
  if (int wd = weekday_dateline(text, found, line)) {
    InferredDate out{CivilDate{0, 1, 1}, "weekday dateline '" + line + "'", false};
    out.weekday = wd;
    return out;
  }
  return std::nullopt;
}

}  // namespace

bool is_dateline(std::string_view text, size_t start, size_t end) {
  return start <= kDatelineZone && end <= text.size() && start < end && place_date_dash(text, start, end);
}

std::optional<InferredDate> infer_published(std::string_view text) {
  return infer_from(text, dates::tag(text, std::nullopt));
}

std::optional<InferredDate> infer_published(const PreparedDates& prepared) {
  if (!prepared) return std::nullopt;
  return infer_from(prepared.impl().text, dates::tag(prepared.impl(), std::nullopt));
}

}  // namespace fc
