// The number itself in number extraction: a phrase match, one token's value (digits, written, ordinal), the core
// number with its scale words, and a range to a second number.
#include <string>
#include <vector>

#include "core/parse_number.h"
#include "extract/number_tables.h"
#include "extract/number_units.h"
#include "extract/numbers_internal.h"
#include "extract/scan.h"

namespace fc::num_detail {

// Longest phrase of `rows` (indexed by `ix`) matching the tokens at i; nullptr if none.
const NumPhrase* match_phrase(const PhraseIndex& ix, const std::vector<NumPhrase>& rows, const std::vector<ScanTok>& t,
                              size_t i) {
  const int r = ix.match(t, i, t.size());
  return r < 0 ? nullptr : &rows[static_cast<size_t>(r)];
}

namespace {

// Value of a written cardinal token ("four", "twenty-seven"); false if it is not one.
bool written_value(const NumTables& tb, const ScanTok& tok, double* v, std::string* id) {
  const std::string& norm = tok.norm;
  size_t dash = norm.find('-');
  if (dash == std::string::npos) {
    const NumWord* w = num_index().word[tok.word];
    if (!w || w->kind != "cardinal") return false;
    *v = w->value;
    *id = w->id;
    return true;
  }
  auto a = tb.words.find(norm.substr(0, dash)), b = tb.words.find(norm.substr(dash + 1));
  if (a == tb.words.end() || b == tb.words.end() || a->second.value < 20 || b->second.value >= 10 ||
      a->second.kind != "cardinal" || b->second.kind != "cardinal")
    return false;
  *v = a->second.value + b->second.value;
  *id = a->second.id + "+" + b->second.id;
  return true;
}

// True if token k is a scale word or a percent sign or word: "4.125%" and "1.250 billion" keep their decimals.
bool scaled_or_share(const NumTables& tb, const std::vector<ScanTok>& t, size_t k) {
  if (k >= t.size()) return false;
  const NumWord* w = num_index().word[t[k].word];
  if (w && w->kind == "scale") return true;
  return match_phrase(num_index().percents, tb.percents, t, k) != nullptr;
}

}  // namespace

// The value of one number token: digits, "13bn", "27th", a written cardinal or ordinal; false if none.
bool parse_value(const NumTables& tb, const ScanTok& tok, Quantity& q, double* out) {
  std::string id;
  double v = 0;
  if (tok.kind == ScanKind::kNumber) {
    std::string digits;
    const bool comma = decimal_comma(tok.norm);
    for (char c : tok.norm) {
      if ((c >= '0' && c <= '9') || c == '.') digits += c;  // drops , and group spaces
      else if (c == ',' && comma) digits += '.';
    }
    v = fc::parse_double(digits.c_str());
    q.plain_int = digits.size() == tok.norm.size() && tok.norm.find('.') == std::string::npos && !comma;
    add_rule(q, comma ? "num.digits_decimal_comma" : "num.digits");
  } else if (const NumUnit* u = tok.kind == ScanKind::kWord ? hyphen_unit(tok.norm, &v, &q.plain_int) : nullptr) {
    q.counts = u->value;  // "58-year-old" counts an age
    q.hyphen_unit = true;
    add_rule(q, u->id);
  } else if (tok.kind == ScanKind::kWord && q.unit.empty() && hyphen_money(tb, tok.norm, q, &v)) {
  } else if (tok.kind == ScanKind::kWord && q.unit.empty() && hyphen_noun(tb, tok.norm, q, &v)) {  // "221-seat"
  } else if (glued_scale(tb, tok.norm, !q.unit.empty(), &v, &id)) {  // "13bn"
    q.has_scale = true;
    add_rule(q, "num.digits+" + id);
  } else if (tok.kind == ScanKind::kOrdinal) {
    v = fc::parse_double(tok.norm.c_str());
    q.ordinal = true;
    add_rule(q, "num.ordinal_digits");
  } else if (written_value(tb, tok, &v, &id)) {
    q.written = true;
    add_rule(q, id);
  } else {
    const NumWord* w = num_index().word[tok.word];
    if (!w || w->kind != "ordinal") return false;
    v = w->value;
    q.ordinal = q.written = true;
    add_rule(q, w->id);
  }
  *out = v;
  return true;
}

// "six hundred and fifty": the rest (50) a written count of hundreds or thousands goes on with after "and"; advances
// j past it. 0 if none.
double written_rest(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, double scale, Quantity& q) {
  double rest = 0;
  std::string id;
  if (!q.written || q.range || (scale != 100 && scale != 1000) || j + 1 >= t.size() || !t[j].is("and") ||
      !written_value(tb, t[j + 1], &rest, &id) || rest >= 100)
    return 0;
  add_rule(q, "num.written_and+" + id);
  j += 2;
  return rest;
}

// Parses the core number at token j (digits, written, ordinal or vague amount); advances j.
bool parse_core(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (j >= t.size()) return false;
  if (const NumPhrase* a = match_phrase(num_index().amounts, tb.amounts, t, j)) {
    q.low = a->low, q.high = a->high == 0 ? kInf : a->high, q.vague = q.amount = true;
    add_rule(q, a->id);
    j += a->words.size();
    return true;
  }
  if (const size_t used = score_at(t, j, q)) return j += used, true;  // "88-81", "36:48"
  double v = 0, hi = 0;
  if (t[j].kind == ScanKind::kWord && dash_pair(t[j].norm, &v, &hi)) {  // "780-820 million"
    add_rule(q, "num.range.dash");
    q.vague = q.range = true;
  } else if (glued_degree(t, j, q, &v)) {  // "41C"
  } else if (!parse_value(tb, t[j], q, &v)) {
    return false;
  } else if (t[j].kind == ScanKind::kNumber && dot_groups(t[j].norm) && !scaled_or_share(tb, t, j + 1)) {
    std::string digits;  // "6.200 persons": the dots group thousands
    for (char c : t[j].norm) if (c != '.') digits += c;
    v = fc::parse_double(digits.c_str());
    q.plain_int = false;  // grouped like "1,800": never a year ("of 1.800 jobs") nor an age
    q.rule.replace(q.rule.size() - 10, 10, "num.digits_dot_groups");
  }
  ++j;
  double scale = 1;
  while (!q.ordinal && j < t.size()) {  // "three hundred", "40 billion", "two million"
    const NumWord* w = num_index().word[t[j].word];
    if (!w || w->kind != "scale") break;
    scale *= w->value;
    q.has_scale = true;
    add_rule(q, w->id);
    ++j;
  }
  const double rest = written_rest(tb, t, j, scale, q);
  q.low = v * scale + rest;
  q.high = (q.range ? hi : v) * scale + rest;
  return true;
}

// "780 million to 820 million", "EUR 780-820 million", "between 780 and 820 million": a range up to a larger second
// number within three times the first, whose scale the first shares when it has none; not "from 96 to 118" (a
// change) and not after a modifier. Advances j.
bool parse_to_range(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (q.ordinal || q.range || q.low != q.high || q.low <= 0 || j + 1 >= t.size()) return false;
  const bool before = q.first > 0;
  if (before && t[q.first - 1].is("aged")) return false;  // "aged 18 to 24" is an age group (age_phrase)
  const bool dash = t[j].is("-") && !t[j].space_before && !t[j + 1].space_before;
  const bool to = t[j].is("to") && !(before && t[q.first - 1].is("from"));
  const bool between = t[j].is("and") && before && t[q.first - 1].is("between");
  if (!dash && !to && !between) return false;
  size_t k = j + 1;
  Quantity r, bare;
  double v0 = 0;
  if (!parse_value(tb, t[k], bare, &v0) || bare.ordinal || v0 <= 0 || !parse_core(tb, t, k, r) || r.ordinal) return false;
  const double factor = q.has_scale || !r.has_scale ? 1 : r.low / v0;
  if (q.has_scale && !r.has_scale) return false;  // "780 million to 820"
  const double low = q.low * factor;
  if (!(r.low > low) || r.low > 3 * low) return false;
  q.low = low, q.high = r.low;
  q.has_scale = q.has_scale || r.has_scale;
  q.vague = q.range = true, q.plain_int = false;
  add_rule(q, "num.range.to");
  j = k;
  return true;
}

}  // namespace fc::num_detail
