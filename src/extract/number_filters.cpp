// Which parsed quantities are kept (dates, times, codes and names are not quantities) and how they are displayed.
#include <cmath>
#include <set>

#include "extract/number_tables.h"
#include "extract/numbers_internal.h"
#include "extract/words.h"

namespace fc::num_detail {
namespace {

// True if the number at token i touches letters, slashes or hyphens.
bool glued(const std::vector<ScanTok>& t, size_t i) {
  // A number touching letters, slashes or hyphens is part of a name, code or URL ("COVID-19", "/2021/").
  if (!t[i].space_before && i > 0) {
    const std::string& p = t[i - 1].norm;
    const bool minus = p == "-" && (i == 1 || t[i - 1].space_before) && i + 1 < t.size() &&
                       (t[i + 1].is("degrees") || t[i + 1].is("degree"));  // "-15 degrees"
    if (!minus && !(p == "(" || p == "\"" || p == "$" || p == "+" || p == "\xE2\x80\x9C" || p == "\xC2\xA3" || p == "\xE2\x82\xAC" ||
          p == "\xC2\xA5" || p == "~"))
      return true;
  }
  if (i + 1 < t.size() && !t[i + 1].space_before) {
    const std::string& n = t[i + 1].norm;
    if (n == "/" || n == "-" || n == ":" || n == "_" || n == "=" || n == "@" || t[i + 1].kind == ScanKind::kWord)
      return t[i + 1].norm != "%" && n != "'s";
  }
  return false;
}

bool near_month(const std::vector<ScanTok>& t, size_t first, size_t last) {
  size_t p = first;
  if (p > 0 && t[p - 1].is(".")) --p;
  if (p > 0 && t[p - 1].cap && num_index().month[t[p - 1].word]) return true;
  if (last < t.size() && t[last].is("of")) ++last;
  return last < t.size() && t[last].cap && num_index().month[t[last].word];
}

// Rank of a clock unit (second 1, minute 2, hour 3), 0 for anything else.
int clock_unit(const std::string& w) {
  if (w == "second" || w == "seconds" || w == "sec") return 1;
  if (w == "minute" || w == "minutes" || w == "min") return 2;
  if (w == "hour" || w == "hours") return 3;
  return 0;
}

// "two minutes and 40 seconds", "1 hour 20 minutes": either part alone is no figure of the story (40 seconds is not
// 160 seconds), so neither is kept.
bool compound_duration(const std::vector<ScanTok>& t, const Quantity& q) {
  const int unit = q.last > 0 && q.last <= t.size() ? clock_unit(t[q.last - 1].norm) : 0;
  if (unit == 0) return false;
  size_t j = q.last;
  if (j < t.size() && (t[j].is("and") || t[j].is(","))) ++j;
  if (j + 1 < t.size() && (t[j].kind == ScanKind::kNumber || num_index().word[t[j].word])) {
    const int next = clock_unit(t[j + 1].norm);
    if (next > 0 && next < unit) return true;
  }
  size_t k = q.first;
  if (k > 0 && (t[k - 1].is("and") || t[k - 1].is(","))) --k;
  if (k >= 2 && (t[k - 2].kind == ScanKind::kNumber || num_index().word[t[k - 2].word])) {
    const int prev = clock_unit(t[k - 1].norm);
    if (prev > unit) return true;
  }
  return false;
}

// "according to two people involved", "three officials familiar with the talks": a count of the informants a report
// rests on, no figure of the story itself (every report has its own unnamed sources).
bool informants(const std::vector<ScanTok>& t, const Quantity& q) {
  if (!q.unit.empty() || q.counts.empty()) return false;
  if (q.first >= 2 && t[q.first - 2].is("according") && t[q.first - 1].is("to")) return true;
  return q.last < t.size() && (t[q.last].is("familiar") || t[q.last].is("briefed"));
}

}  // namespace

bool keep(const std::vector<ScanTok>& t, const Quantity& q, size_t core) {
  // "780-820 million": a range written with a dash is no code ("COVID-19")
  const bool dash_range = q.range && core + 1 < t.size() && t[core + 1].is("-");
  // "41C" is a temperature (number_context.cpp), not a code glued to letters
  const bool degree = q.counts == "degree" && q.rule.find("num.degree.sign") != std::string::npos;
  const bool score = q.counts == "score";  // "88:81" touches its colon; "Royals 88-81" follows a team's name
  if (glued(t, core) && !dash_range && !degree && !score) return false;
  if (compound_duration(t, q) || informants(t, q)) return false;
  if (q.amount) return true;
  if (near_month(t, core, core + 1)) return false;
  if (q.last < t.size() && num_index().skip[t[q.last].word]) return false;
  bool money_or_pct = !q.unit.empty();
  if (q.plain_int && q.low >= 1000 && q.low <= 2100 && !money_or_pct && !q.has_scale) {
    static const std::set<std::string> kYearPreps = {"in", "since", "of", "from", "by", "until", "year", "to"};
    if (q.counts.empty() || (core > 0 && kYearPreps.count(t[core - 1].norm))) return false;
  }
  if ((q.written || q.ordinal) && q.counts.empty() && !money_or_pct) return false;
  // "the two" looks back at people already named; "the four hospitals of the network" counts them.
  const bool counted = !q.counts.empty() && q.low >= 3;
  if (q.written && !q.ordinal && q.low <= 10 && q.first == core && core > 0 && !counted) {
    static const std::set<std::string> kDet = {"the", "these", "those"};
    if (kDet.count(t[core - 1].norm)) return false;
  }
  // "Boeing 737", "Nord Stream 2": a number right after a capitalized word inside a sentence names a thing.
  if (q.first == core && core > 0 && t[core - 1].cap && !t[core - 1].sentence_start && !money_or_pct && !score)
    return false;
  return true;
}

std::string display_value(const Quantity& q) {
  std::string v;
  if (q.unit == "percent") {
    v = format_number(q.mod ? q.nominal : q.low) + "%";
  } else if (q.counts == "score") {
    const auto won = static_cast<long>(q.low / 1000);
    v = std::to_string(won) + "-" + std::to_string(static_cast<long>(q.low) - won * 1000);
  } else if (q.amount || q.range) {
    v = format_number(q.low) + "-" + (std::isinf(q.high) ? std::string("") : format_number(q.high));
  } else {
    v = format_number(q.mod ? q.nominal : q.low);
    if (q.ordinal) v = "#" + v;
  }
  if (q.mod) v = std::string(1, q.mod) + v;
  if (!q.unit.empty() && q.unit != "percent") v = q.unit + " " + v;
  if (!q.counts.empty()) v += " " + q.counts;
  return v;
}

}  // namespace fc::num_detail
