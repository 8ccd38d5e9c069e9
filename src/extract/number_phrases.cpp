// Phrases around a number that change what it is: ratios and fractions read as shares ("nine in ten", "a fifth of"),
// ranges written with "or" ("one or two days", "a day or two"), age groups ("aged 60 and over", "over-60s") and
// casualty counts ("seven people were killed", "two are missing").
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>

#include "extract/lexicon.h"
#include "core/parse_number.h"
#include "extract/number_tables.h"
#include "extract/number_units.h"
#include "extract/numbers_internal.h"
#include "extract/words.h"

namespace fc::num_detail {
namespace {

// A small cardinal at token k, digits or a word ("nine", "10"); false if none.
bool small_cardinal(const ScanTok& tok, double* v) {
  if (tok.kind == ScanKind::kNumber) {
    if (tok.norm.find_first_not_of("0123456789") != std::string::npos) return false;
    *v = fc::parse_double(tok.norm.c_str());
    return true;
  }
  const NumWord* w = tok.kind == ScanKind::kWord ? num_index().word[tok.word] : nullptr;
  if (!w || w->kind != "cardinal") return false;
  *v = w->value;
  return true;
}

// Tokens of a ratio at j ("nine in ten", "3 out of 4"), or 0: the first number smaller, the second at most 1000
// (so "5 in 2010" is none) and no time unit after it ("one in 10 minutes" is a rate).
size_t ratio_at(const std::vector<ScanTok>& t, size_t j, double* part, double* whole, const char** rule) {
  static const std::set<std::string> kTime = {"second", "seconds", "minute", "minutes", "hour", "hours", "day",
                                              "days", "week", "weeks", "month", "months", "year", "years"};
  if (j + 2 >= t.size() || !small_cardinal(t[j], part)) return 0;
  size_t k = j + 1;
  *rule = "num.ratio.in";
  if (t[k].is("out") && k + 1 < t.size() && t[k + 1].is("of")) ++k, *rule = "num.ratio.out_of";
  else if (!t[k].is("in")) return 0;
  if (k + 1 >= t.size() || !small_cardinal(t[k + 1], whole)) return 0;
  if (*part < 1 || *whole < 2 || *part >= *whole || *whole > 1000) return 0;
  if (k + 2 < t.size() && kTime.count(t[k + 2].norm)) return 0;
  return k + 2 - j;
}

}  // namespace

bool parse_ratio(const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  double part = 0, whole = 0;
  const char* rule = nullptr;
  const size_t n = ratio_at(t, j, &part, &whole, &rule);
  if (n == 0) return false;
  q.unit = "percent";
  q.nominal = std::round(part / whole * 1000) / 10;  // "two in three": 66.7%
  q.low = (part - 0.5) / whole * 100, q.high = (part + 0.5) / whole * 100;
  q.vague = q.written = true;
  q.mod = '~';
  add_rule(q, rule);
  j += n;
  return true;
}

bool compound_time(const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  static const char* kUnits[] = {"second", "minute", "hour"};  // each 60 of the one before
  int unit = -1;
  for (int u = 0; u < 3; ++u) if (q.counts == kUnits[u]) unit = u;
  if (unit < 1 || q.vague || q.low != q.high || !q.unit.empty()) return false;
  size_t k = j;
  if (k < t.size() && (t[k].is("and") || t[k].is(","))) ++k;
  double part = 0;
  if (k + 1 >= t.size() || !small_cardinal(t[k], &part) || part >= 60) return false;
  const std::string next = noun_lemma(t[k + 1].norm);
  if (next != kUnits[unit - 1]) return false;  // "2 hours 40 seconds" is left alone
  q.low = q.high = q.low * 60 + part;
  q.counts = kUnits[unit - 1];
  add_rule(q, "num.duration.compound");
  j = k + 2;
  return true;
}

bool parse_or_range(const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  double high = 0;
  if (q.ordinal || q.has_scale || !q.unit.empty() || q.low != q.high || j + 1 >= t.size() || !t[j].is("or") ||
      !small_cardinal(t[j + 1], &high) || high <= q.low || high > 2 * q.low + 10)
    return false;
  q.high = high;
  q.vague = q.range = true;
  add_rule(q, "num.range.or");
  j += 2;
  return true;
}

bool a_noun_or(const std::vector<ScanTok>& t, size_t i, size_t j, Quantity& q) {
  double high = 0;
  if (i < 3 || j != i + 1 || q.low != q.high || !q.counts.empty() || !q.unit.empty() || !small_cardinal(t[i], &high) ||
      high < 2 || high > 3 || !t[i - 1].is("or"))
    return false;
  const ScanTok& noun = t[i - 2];
  if (noun.kind != ScanKind::kWord || noun.cap || function_word(noun) || looks_plural(noun.norm)) return false;
  if (!(t[i - 3].is("a") || t[i - 3].is("an"))) return false;
  q.first = i - 3;
  q.low = 1, q.high = high;
  q.counts = noun_lemma(noun.norm);
  q.vague = q.range = true;
  q.rule = "num.range.a_or";
  return true;
}

bool parse_age_group_token(const std::vector<ScanTok>& t, size_t j, Quantity& q) {
  const std::string& w = t[j].norm;
  const bool over = w.rfind("over-", 0) == 0, under = w.rfind("under-", 0) == 0;
  if (!(over || under) || w.size() < 8 || w.back() != 's') return false;
  const std::string digits = w.substr(over ? 5 : 6, w.size() - (over ? 5 : 6) - 1);
  if (digits.empty() || digits.size() > 3 || digits.find_first_not_of("0123456789") != std::string::npos) return false;
  const double n = fc::parse_double(digits.c_str());
  q.nominal = n;
  q.low = over ? n : 0, q.high = over ? 1e9 : n;
  q.counts = "age";
  q.vague = true;
  q.mod = over ? '>' : '<';
  add_rule(q, over ? "num.age.over_s" : "num.age.under_s");
  return true;
}

bool age_phrase(const std::vector<ScanTok>& t, size_t i, size_t& j, Quantity& q) {
  if (q.unit.size() || q.ordinal || q.low != q.high || q.low < 1 || q.low > 120 || i < 2 || !q.counts.empty())
    return false;
  const bool aged = t[i - 1].is("aged");
  const bool than = t[i - 1].is("than") && (t[i - 2].is("older") || t[i - 2].is("younger"));
  if (!aged && !than) return false;
  if (j < t.size() && (t[j].is("years") || t[j].is("year"))) ++j;  // "older than 60 years": the years are the age
  double upto = 0;
  if (aged && j + 1 < t.size() && (t[j].is("to") || t[j].is("-")) && small_cardinal(t[j + 1], &upto) &&
      upto > q.low && upto <= 120) {  // "aged 18 to 25"
    q.first = i - 1, q.high = upto, q.counts = "age", q.vague = q.range = true;
    j += 2;
    add_rule(q, "num.age.aged_to");
    return true;
  }
  const double n = q.low;
  q.nominal = n, q.counts = "age", q.vague = true;
  if (than) {
    const bool older = t[i - 2].is("older");
    q.first = i - 2, q.mod = older ? '>' : '<';
    q.low = older ? n : 0, q.high = older ? 1e9 : n;
    add_rule(q, older ? "num.age.older_than" : "num.age.younger_than");
    return true;
  }
  q.first = i - 1;
  if (j + 1 < t.size() && t[j].is("and") && (t[j + 1].is("over") || t[j + 1].is("older") || t[j + 1].is("above"))) {
    q.mod = '>', q.high = 1e9;  // "aged 60 and over"
    j += 2;
    add_rule(q, "num.age.and_over");
    return true;
  }
  q.vague = false;  // "aged 58": one age
  add_rule(q, "num.age.aged");
  return true;
}

// "more than a fifth of", "a quarter point": a share as a percentage or percentage points, rounded by nature (vague,
// so never a conflict); advances j.
bool parse_fraction(const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  double value = 0;
  bool percent = false;
  const NumUnit* row = nullptr;
  const size_t n = fraction_at(t, j, &value, &percent, &row);
  if (n == 0) return false;
  (percent ? q.unit : q.counts) = percent ? "percent" : "percentage point";
  q.low = q.high = percent ? std::round(value * 10) / 10 : value;  // "two thirds": 66.7%
  q.vague = q.written = true;
  add_rule(q, row->id);
  j += n;
  return true;
}

// "seven people were killed" counts the dead, "the death toll rose to 11" too: casualty counts are one thing
// however they are phrased.
// Where people are cared for, after a count of them: "four (of whom) remain in intensive care", "12 are still in
// hospital", "two in critical condition"; the counted noun and rule id, or nullptr.
const char* const* care_after(const std::vector<ScanTok>& t, size_t j) {
  static const char* const kCare[][4] = {{"intensive", "care", "in intensive care", "num.care.intensive_care"},
                                         {"critical", "condition", "in critical condition", "num.care.critical"},
                                         {"hospital", "", "in hospital", "num.care.hospital"}};
  static const char* kAux[] = {"of", "whom", "them", "remain", "remained", "remains", "are", "were", "is", "was",
                               "still", "being", "treated", "kept", "who", "which", "have", "had", "been",
                               // "31 survivors were taken to hospital", "31 which were transferred in the hospital"
                               "taken", "admitted", "transferred", "rushed", "brought", "flown"};
  for (size_t n = 0; n < 5 && j < t.size(); ++n, ++j) {
    const bool to = t[j].is("to") && j + 1 < t.size() && (t[j + 1].is("hospital") || t[j + 1].is("the"));
    if ((t[j].is("in") || to) && j + 1 < t.size()) {
      if (t[j + 1].is("the") && j + 2 < t.size() && t[j + 2].is("hospital")) ++j;  // "in the hospital of Varrano"
      for (const auto& row : kCare) {
        const size_t end = j + (*row[1] ? 3 : 2);  // the phrase ends there: "in hospital beds" is something else
        if (!t[j + 1].is(row[0]) || (*row[1] && (end > t.size() || !t[end - 1].is(row[1])))) continue;
        if (end < t.size() && t[end].kind == ScanKind::kWord && !function_word(t[end])) return nullptr;
        return row + 2;
      }
      return nullptr;
    }
    bool aux = false;
    for (const char* w : kAux) aux = aux || t[j].is(w);
    if (!aux) return nullptr;
  }
  return nullptr;
}

// "two hundred were rescued", "eleven have been freed": a bare count followed by what happens only to people
// (en/num_units.tsv people_verb) counts people; the row, or nullptr.
static const NumUnit* people_verb_after(const std::vector<ScanTok>& t, size_t j) {
  static const char* kAux[] = {"were", "was", "are", "is", "have", "had", "been", "being", "later", "safely"};
  for (size_t n = 0; n < 4 && j < t.size() && t[j].kind == ScanKind::kWord; ++n, ++j) {
    auto it = num_tables().people_verbs.find(t[j].norm);
    if (it != num_tables().people_verbs.end()) return n > 0 ? &it->second : nullptr;  // after a verb: "were saved"
    bool aux = false;
    for (const char* w : kAux) aux = aux || t[j].is(w);
    if (!aux) return nullptr;
  }
  return nullptr;
}

// "(were|are|remain) (still) in serious condition" or "in critical condition" from token j.
bool serious_condition(const std::vector<ScanTok>& t, size_t j) {
  static const char* kAux[] = {"are", "were", "is", "was", "remain", "remained", "remains", "still"};
  for (size_t n = 0; n < 3 && j < t.size(); ++n, ++j) {
    if (t[j].is("in")) {
      return j + 2 < t.size() && (t[j + 1].is("serious") || t[j + 1].is("critical")) && t[j + 2].is("condition");
    }
    bool aux = false;
    for (const char* w : kAux) aux = aux || t[j].is(w);
    if (!aux) return false;
  }
  return false;
}

// A part of the injured hurt worse: "nine of the injured are in serious condition", "41 were hurt, nine of them
// seriously" (`bare`: the number counts nothing yet); sets q and returns true, false if neither.
bool severity_part(const std::vector<ScanTok>& t, size_t j, bool bare, Quantity& q) {
  if (q.counts == "injured" && q.rule.find("count") != std::string::npos && serious_condition(t, j)) {
    q.counts = "seriously injured";
    add_rule(q, "num.severity.serious_condition");
    return true;
  }
  if (!bare || j + 2 >= t.size() || !t[j].is("of") || !(t[j + 1].is("them") || t[j + 1].is("whom"))) return false;
  auto sev = num_tables().severities.find(t[j + 2].norm);
  if (sev == num_tables().severities.end() || sev->first == "of them") return false;
  q.counts = sev->second.value;
  add_rule(q, "num.severity.of_them");
  return true;
}

void casualty(const std::vector<ScanTok>& t, size_t core, size_t j, Quantity& q) {
  if (!q.unit.empty() || q.ordinal) return;
  // people are counted in whole numbers: "magnitude 6.8" after "the death toll from ..." is no toll
  if (q.low != std::floor(q.low) || q.high != std::floor(q.high)) return;
  if (q.first > 0 && t[q.first - 1].is("magnitude")) return;
  const bool people = q.counts == "people" || q.counts == "person";
  const bool person = people || (!q.amount && num_tables().persons.count(q.counts) > 0);
  if (person || (q.counts.empty() && !q.amount)) {
    if (const char* const* care = care_after(t, j)) {
      q.counts = care[0];
      add_rule(q, care[1]);
      return;
    }
  }
  // "two are missing": the casualty word after a verb names what is counted ("19 injured workers" counts workers);
  // so it does after any noun that counts people ("three passengers have died", "four workers are missing").
  const bool bare = q.counts.empty() && !q.amount && (j >= t.size() || !num_tables().count_words.count(t[j].norm));
  if (person || bare) {
    if (const NumUnit* c = casualty_after(t, j)) {
      q.counts = c->value;
      const bool own = c->id.rfind("num.severity.", 0) == 0 || c->id.rfind("num.casualty.", 0) == 0;
      add_rule(q, own ? c->id : "num.casualty." + c->value);
      return;
    }
  }
  if (severity_part(t, j, bare, q)) return;
  // only a count that opens its clause: "Two hundred were rescued", "and 11 were freed"; not "sales of 300 were saved"
  const bool opens = q.first == 0 || t[q.first - 1].kind == ScanKind::kPunct || t[q.first - 1].is("and") ||
                     t[q.first - 1].is("but") || t[q.first - 1].is("the") || t[q.first - 1].is("all");
  if (const NumUnit* v = bare && opens ? people_verb_after(t, j) : nullptr) {
    q.counts = v->value;
    add_rule(q, v->id);
    return;
  }
  // "killed nine people", "killing three climbers", "injuring 41"
  const char* harm = person || bare ? after_harm_verb(t, q.first) : nullptr;
  if (harm) {
    q.counts = harm;
    add_rule(q, harm[0] == 'd' ? "num.casualty.killed" : "num.casualty.injuring");
  } else if (bool phrase = false; q.counts.empty() && after_death_toll(t, core, &phrase)) {
    q.counts = "dead";
    add_rule(q, phrase ? "num.casualty.number_dead" : "num.casualty.toll");
  }
}

}  // namespace fc::num_detail
