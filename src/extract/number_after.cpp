// Forms around a number's core: money joined by hyphens, the counted noun after it (past an adjective in -ed),
// speeds and their limits, how far "about" reaches, and a minus sign before a temperature.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "core/parse_number.h"
#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "extract/number_units.h"
#include "extract/numbers_internal.h"
#include "extract/words.h"

namespace fc::num_detail {
namespace {

// True if the token is a lower-case content word that neither counts nor is a number ("lasted nine years").
bool plain_word(const ScanTok& n) {
  return n.kind == ScanKind::kWord && !n.cap && !function_word(n) && !num_tables().count_words.count(n.norm) &&
         !num_index().word[n.word];
}

// "312 planned procedures", "240 air-conditioned public shelters": a word in -ed before a plural noun, or before one
// more modifier and a plural noun, is its adjective, not a verb ("300 were killed").
bool ed_adjective(const std::vector<ScanTok>& t, size_t k) {
  const std::string& w = t[k].norm;
  if (w.size() <= 3 || w.compare(w.size() - 2, 2, "ed") != 0 || k + 1 >= t.size()) return false;
  const ScanTok& n = t[k + 1];
  if (!plain_word(n)) return false;
  if (looks_plural(n.norm)) return true;
  const bool ed = n.norm.size() > 3 && n.norm.compare(n.norm.size() - 2, 2, "ed") == 0;  // "planned ... cut": verbs
  return !ed && k + 2 < t.size() && plain_word(t[k + 2]) && looks_plural(t[k + 2].norm);
}

// "the trust's" is scanned "trust" "'s": true if the word at k is a possessive ("four of the trust's hospitals").
bool possessive(const std::vector<ScanTok>& t, size_t k) {
  return k + 1 < t.size() && t[k].kind == ScanKind::kWord && t[k + 1].norm == "'s" && !t[k + 1].space_before;
}

// "2,700 crowns a share", "90 dinars per share": a counted noun priced per share (en/num_units.tsv price_per) is a
// currency the tables lack, so it becomes the unit and counts nothing ("2,700 crowns" is no count of 2,700 things).
void price_rate(const NumTables& tb, const std::vector<ScanTok>& t, size_t j, Quantity& q) {
  if (j + 1 >= t.size() || !(t[j].is("a") || t[j].is("per") || t[j].is("each"))) return;
  auto it = tb.price_per.find(t[j + 1].norm);
  if (it == tb.price_per.end() || q.counts.empty() || q.counts.find(' ') != std::string::npos) return;
  q.unit = noun_plural(q.counts);
  q.counts.clear();
  add_rule(q, it->second.id);
}

// "two years ago", "three days later": a span of time followed by an offset word (en/num_units.tsv time_offset)
// points back or on from a moment; it counts "year ago", apart from spans ("for two years"). Advances j.
void time_offset(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  static const std::set<std::string> kTime = {"second", "minute", "hour", "day", "week", "month", "year", "decade"};
  if (j >= t.size() || !kTime.count(q.counts)) return;
  auto it = tb.time_offsets.find(t[j].norm);
  if (it == tb.time_offsets.end()) return;
  q.counts += " " + it->second.value;
  add_rule(q, it->second.id);
  ++j;
}

}  // namespace

std::string whole_noun(const std::vector<ScanTok>& t, size_t k) {
  static const char* kDet[] = {"the", "their", "its", "our", "his", "her", "these", "those"};
  if (k + 3 >= t.size() || !t[k].is("of")) return "";
  bool det = false;
  for (const char* d : kDet) det = det || t[k + 1].is(d);
  if (!det) return "";
  size_t n = k + 2;
  if (possessive(t, n)) n += 2;  // "of the train's eight carriages"
  const NumWord* w = n < t.size() ? num_index().word[t[n].word] : nullptr;
  const bool number = n < t.size() && ((t[n].kind == ScanKind::kNumber && t[n].norm.find_first_not_of("0123456789") ==
                                        std::string::npos) || (w && w->kind == "cardinal"));
  if (!number || n + 1 >= t.size()) return "";
  const ScanTok& noun = t[n + 1];
  if (noun.kind != ScanKind::kWord || noun.cap || function_word(noun) || !looks_plural(noun.norm)) return "";
  return noun_lemma(noun.norm);
}

// "85-million-euro": digits, scale words and a currency word joined by hyphens; sets q's unit; false if none.
bool hyphen_money(const NumTables& tb, const std::string& norm, Quantity& q, double* v) {
  size_t k = 0;
  while (k < norm.size() && ((norm[k] >= '0' && norm[k] <= '9') || norm[k] == '.' || norm[k] == ',')) ++k;
  if (k == 0 || k >= norm.size() || norm[k] != '-') return false;
  const size_t last = norm.rfind('-');
  if (last == k) return false;  // a scale word is needed: "85-euro" is left alone
  auto cur = tb.currency_words.find(norm.substr(last + 1));
  auto scaled = tb.scaled_words.find(norm.substr(last + 1));
  const NumUnit* u = cur != tb.currency_words.end() ? &cur->second : scaled != tb.scaled_words.end() ? &scaled->second : nullptr;
  if (!u) return false;
  std::string digits;
  for (size_t i = 0; i < k; ++i) if (norm[i] != ',') digits += norm[i];
  double value = fc::parse_double(digits.c_str());
  for (size_t i = k + 1; i < last;) {  // the scale words between
    size_t dash = norm.find('-', i);
    auto w = tb.words.find(norm.substr(i, dash - i));
    if (w == tb.words.end() || w->second.kind != "scale") return false;
    value *= w->second.value;
    i = dash + 1;
  }
  *v = value;
  q.unit = u->value, q.has_scale = true;
  add_rule(q, "num.cur.hyphen_money");
  return true;
}

// The counted noun in the few words from token k (j: the token after the number, advanced past the noun).
void counted_noun(const NumTables& tb, const std::vector<ScanTok>& t, size_t k, bool want_plural, bool partitive,
                  size_t& j, Quantity& q) {
  bool joined = false;  // "1,150 grocery and discount stores": two modifiers joined by "and" before the noun
  for (size_t n = 0; n < 4 && k < t.size(); ++n, ++k) {
    const ScanTok& w = t[k];
    if (n == 1 && (w.is("and") || w.is("or")) && k + 1 < t.size() && t[k + 1].kind == ScanKind::kWord &&
        !t[k + 1].cap && !function_word(t[k + 1])) {
      joined = true;
      continue;
    }
    if (partitive && n == 0 && possessive(t, k)) {  // "four of the trust's hospitals"
      ++k;
      continue;
    }
    if ((n == 3 && !joined) || w.kind != ScanKind::kWord || function_word(w) || w.norm.find('\'') != std::string::npos) break;
    if (w.cap) {  // a capitalized modifier ("two Norwegian diplomats") only when a lower-case noun follows
      if (w.sentence_start || k + 1 >= t.size() || t[k + 1].cap || t[k + 1].kind != ScanKind::kWord) break;
      continue;
    }
    if (n == 0 && !partitive) {  // "240 attended protests": the number is the verb's subject
      auto verb = tb.subject_verbs.find(w.norm);
      if (verb != tb.subject_verbs.end()) return add_rule(q, verb->second.id);
    }
    const bool adjective = ed_adjective(t, k);
    if ((!want_plural && !adjective) || looks_plural(w.norm)) {
      q.counts = noun_lemma(w.norm);
      if (partitive) add_rule(q, "num.partitive.of");
      // A known compound keeps its modifier ("dock workers"), so it can be matched with "dockers".
      if (k > j && !t[k - 1].cap && tb.compounds.count(t[k - 1].norm + " " + q.counts)) q.counts.insert(0, t[k - 1].norm + " ");
      j = k + 1;
      price_rate(tb, t, j, q);
      time_offset(tb, t, j, q);
      return;
    }
    if (w.norm.size() > 3 && w.norm.compare(w.norm.size() - 2, 2, "ed") == 0 && !adjective) break;  // a verb
  }
}

bool speed_after(const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  size_t taken = 0;
  const NumUnit* sp = speed_at(t, j, &taken);
  if (!sp) return false;
  q.counts = sp->value;
  add_rule(q, sp->id);
  j += taken;
  // "the 120 km/h limit", "a speed limit of 120 km/h" is no speed anything went at
  size_t k = j < t.size() && t[j].is("speed") ? j + 1 : j;  // "the 120 km/h speed limit"
  if ((k < t.size() && (t[k].is("limit") || t[k].is("limits"))) ||
      (q.first >= 2 && t[q.first - 1].is("of") && t[q.first - 2].is("limit")))
    q.counts += " limit";
  return true;
}

// How far "about" reaches from a value, as a share of it: one and a half steps of its last non-zero digit, at least
// 5% and at most the table's width: "about 40" is 34-46, "about 3,800" is 3,610-3,990 (not 3,300).
double about_width(double v, double table_width) {
  if (v <= 0 || v > 1e15 || std::floor(v) != v) return table_width;
  double step = 1;
  for (auto n = static_cast<long long>(v); n % 10 == 0 && n > 0; n /= 10) step *= 10;
  return std::min(table_width, std::max(0.05, 1.5 * step / v));
}

// "minus" or a spaced minus sign glued to the number at token j.
bool minus_sign(const std::vector<ScanTok>& t, size_t j) {
  if (j + 1 >= t.size() || t[j + 1].kind != ScanKind::kNumber) return false;
  if (t[j].is("minus")) return true;
  return t[j].is("-") && !t[j + 1].space_before && (j == 0 || t[j].space_before);
}

// A value below zero: the range mirrored, "about -15" is -17.25 to -12.75.
void negate(Quantity& q) {
  const double low = q.low;
  q.low = -q.high, q.high = -low, q.nominal = -q.nominal;
  add_rule(q, "num.sign.minus");
}

// Digits glued to a scale word ("13bn"); after a currency sign also a sign_scale one ("€38m", where "38m" alone
// may be metres).
bool glued_scale(const NumTables& tb, const std::string& norm, bool after_sign, double* v, std::string* id) {
  size_t k = 0;
  while (k < norm.size() && ((norm[k] >= '0' && norm[k] <= '9') || norm[k] == '.')) ++k;
  if (k == 0 || k == norm.size()) return false;
  auto it = tb.words.find(norm.substr(k));
  if (it == tb.words.end() || (it->second.kind != "scale" && !(after_sign && it->second.kind == "sign_scale")))
    return false;
  *v = fc::parse_double(norm.substr(0, k).c_str()) * it->second.value;
  *id = it->second.id;
  return true;
}

// "8,4" and "4,82" as continental Europe and translations write 8.4 and 4.82: one comma followed by one or two
// digits cannot group thousands, so it is the decimal mark.
bool decimal_comma(const std::string& norm) {
  const size_t c = norm.find(',');
  if (c == std::string::npos || c == 0 || norm.find(',', c + 1) != std::string::npos) return false;
  if (norm.find('.') != std::string::npos) return false;
  size_t n = 0;
  while (c + 1 + n < norm.size() && norm[c + 1 + n] >= '0' && norm[c + 1 + n] <= '9') ++n;
  return (n == 1 || n == 2) && c + 1 + n == norm.size();
}

bool dot_groups(const std::string& norm) {
  size_t n = 0;  // leading digits
  while (n < norm.size() && norm[n] >= '0' && norm[n] <= '9') ++n;
  if (n == 0 || n > 3 || norm[0] == '0') return false;
  size_t groups = 0;
  for (size_t i = n; i < norm.size(); i += 4, ++groups) {
    if (norm[i] != '.' || i + 4 > norm.size()) return false;
    for (size_t k = i + 1; k < i + 4; ++k) if (norm[k] < '0' || norm[k] > '9') return false;
  }
  return groups >= 2 || (groups == 1 && norm.back() == '0');
}

// "780-820" scanned as one word: a range whose second number is larger, within three times the first, and no pair
// of years ("2019-2021"); false otherwise.
bool dash_pair(const std::string& norm, double* low, double* high) {
  const size_t dash = norm.find('-');
  if (dash == 0 || dash == std::string::npos || dash + 1 >= norm.size()) return false;
  for (size_t i = 0; i < norm.size(); ++i) {
    const char c = norm[i];
    if (i != dash && !(c >= '0' && c <= '9') && c != ',' && c != '.') return false;
  }
  std::string a, b;
  for (size_t i = 0; i < norm.size(); ++i) if (norm[i] != ',') (i < dash ? a : b) += norm[i];
  b.erase(0, 1);
  const double x = fc::parse_double(a.c_str()), y = fc::parse_double(b.c_str());
  if (!(x > 0) || !(y > x) || y > 3 * x || (x >= 1000 && y <= 2100)) return false;
  *low = x, *high = y;
  return true;
}

}  // namespace fc::num_detail
