// Words around a bare number that say what it measures: a unit before it ("magnitude 6.8"), an age after it.
#include "extract/number_tables.h"
#include "extract/numbers_internal.h"
#include "extract/words.h"

namespace fc::num_detail {

namespace {

// "employs 450 people" counts employees; "Jonas Keller, 41 years,", "a woman of 34 years", "Keller, of 41 years" and
// "aged of 41 years" state an age.
bool person_cue(const std::vector<ScanTok>& t, size_t j, Quantity& q) {
  const size_t f = q.first;
  if ((q.counts == "people" || q.counts == "person") && f > 0) {
    auto it = num_tables().role_cues.find(t[f - 1].norm);
    if (it == num_tables().role_cues.end()) return false;
    q.counts = it->second.value;
    add_rule(q, it->second.id);
    return true;
  }
  // A child's age needs a person noun before "of" ("a boy of two years"); a name's apposition starts at 16.
  if (q.counts != "year" || q.low != q.high || q.low < 1 || q.low > 110 || f < 2 || j != f + 2) return false;
  const bool name = t[f - 1].is(",") && t[f - 2].cap && t[f - 2].kind == ScanKind::kWord && j < t.size() &&
                    (t[j].is(",") || t[j].is(".")) && !num_index().month[t[f - 2].word];
  // "two men of 34 and 39 years": the second age of a pair after "of"
  const bool pair = f >= 4 && t[f - 1].is("and") && t[f - 2].kind == ScanKind::kNumber && t[f - 3].is("of") &&
                    num_tables().persons.count(noun_lemma(t[f - 4].norm)) > 0;
  // "a woman of 34 years", "the captain, of 58 years,": "of" after a noun counting people, or after it and a comma
  const size_t who = f >= 3 && t[f - 2].is(",") ? f - 3 : f - 2;
  const bool of = pair || (t[f - 1].is("of") && num_tables().persons.count(noun_lemma(t[who].norm)) > 0);
  if (q.low < 16 && !of) return false;
  // "Brekke, of 44 years,", "the runner aged of 27 years": "of" after a name and its comma, or after "aged"
  const bool named_of = t[f - 1].is("of") && (t[f - 2].is("aged") || (who == f - 3 && t[who].cap &&
                        t[who].kind == ScanKind::kWord && !num_index().month[t[who].word]));
  if (named_of && !name && !of) {
    q.counts = "age";
    add_rule(q, t[f - 2].is("aged") ? "num.age.aged_of" : "num.age.name_of_years");
    return true;
  }
  if (!name && !of) return false;
  q.counts = "age";
  add_rule(q, name ? "num.age.apposition_years" : "num.age.of_years");
  return true;
}

}  // namespace

void unit_cues(const std::vector<ScanTok>& t, size_t core, size_t& j, Quantity& q) {
  if (!q.unit.empty() || q.ordinal || q.amount) return;
  if (q.counts.empty() && core > 0 && q.first == core && t[core - 1].kind == ScanKind::kWord) {
    const auto& pre = num_tables().prefix_units;
    auto it = pre.find(t[core - 1].norm);
    if (it != pre.end()) {  // "a magnitude 6.8 quake", "magnitude 5,4"
      q.counts = it->second.value;
      add_rule(q, it->second.id);
      return;
    }
  }
  if (context_cues(t, core, j, q) || person_cue(t, j, q)) return;
  // "is 22 years old": the years are an age, the words after the number as well.
  if (q.counts == "year" && q.low == q.high && q.low >= 1 && q.low <= 120 && j < t.size() && t[j].is("old") &&
      j > core + 1 && (t[j - 1].is("years") || t[j - 1].is("year"))) {
    q.counts = "age";
    add_rule(q, "num.age.years_old");
    ++j;
  }
}

bool partitive_at(const std::vector<ScanTok>& t, size_t k) {
  static const char* kDet[] = {"the", "their", "its", "these", "those", "our", "his", "her"};
  if (k + 2 >= t.size() || !t[k].is("of") || t[k + 2].kind != ScanKind::kWord) return false;
  // "seven of the nine judges": the whole is a count of its own
  if (const NumWord* w = num_index().word[t[k + 2].word]; w && w->kind == "cardinal") return false;
  for (const char* d : kDet) if (t[k + 1].is(d)) return true;
  return false;
}

void inherit_currency(const std::vector<ScanTok>& t, size_t core, const std::vector<NumberMention>& out, Quantity& q) {
  if (!q.unit.empty() || !q.counts.empty() || !q.has_scale || q.vague || q.first != core || core < 2 ||
      !t[core - 1].is("from") || out.empty())
    return;
  const NumberMention& prev = out.back();
  if (prev.unit.empty() || prev.unit == "percent" || prev.end > t[core - 1].start) return;
  const size_t from = core - 1;  // the sum ends at most two tokens before "from" ("96 million euros from")
  if (prev.end < t[from >= 2 ? from - 2 : 0].start) return;
  q.unit = prev.unit;
  add_rule(q, "num.cur.from_previous");
}

}  // namespace fc::num_detail
