#include "extract/numbers.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>

#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "extract/number_units.h"
#include "extract/numbers_internal.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {
namespace {

using num_detail::Quantity;
using num_detail::add_rule;
using num_detail::display_value;
using num_detail::keep;
using num_detail::parse_ratio;
using num_detail::parse_or_range;
using num_detail::a_noun_or;
using num_detail::age_phrase;
using num_detail::parse_age_group_token;
using num_detail::parse_fraction;
using num_detail::casualty;
using num_detail::unit_cues;
using num_detail::inherit_currency;
using num_detail::partitive_at;
using num_detail::about_width;
using num_detail::counted_noun;
using num_detail::hyphen_money;
using num_detail::minus_sign;
using num_detail::negate;
using num_detail::speed_after;
using num_detail::dash_pair;
using num_detail::decimal_comma;
using num_detail::glued_scale;
using num_detail::kInf;
using num_detail::match_phrase;
using num_detail::parse_value;
using num_detail::parse_core;
using num_detail::parse_to_range;

// Currency sign before the number ("$", "£", "US$"); advances j.
void parse_currency_sign(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (j + 1 < t.size() && t[j].is("us") && t[j + 1].is("$") && !t[j + 1].space_before) {
    auto it = tb.symbols.find("us$");
    if (it != tb.symbols.end()) { q.unit = it->second.value; add_rule(q, it->second.id); j += 2; return; }
  }
  // An upper-case currency code and a space before the number: "EUR 40 million", "USD 5 billion".
  const NumUnit* code = j < t.size() && t[j].upper ? num_index().code[t[j].word] : nullptr;
  // "EUR 12m": digits glued to a scale letter after the code as after a sign.
  const bool digits_next = j + 1 < t.size() && (t[j + 1].kind == ScanKind::kNumber ||
                                                (!t[j + 1].norm.empty() && t[j + 1].norm[0] >= '0' && t[j + 1].norm[0] <= '9'));
  if (code && digits_next && t[j + 1].space_before) {
    q.unit = code->value;
    add_rule(q, code->id);
    ++j;
    return;
  }
  const NumUnit* sign = j < t.size() ? num_index().symbol[t[j].word] : nullptr;
  if (sign && j + 1 < t.size() && !t[j + 1].space_before) {
    q.unit = sign->value;
    add_rule(q, sign->id);
    ++j;
  }
}

// "1,8 billions of euro", "2 millions of dollars" (translated text): a scale word in the plural, "of" and a currency
// word scale the value and set its currency; advances j past them. False otherwise.
bool plural_scale_money(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (!q.unit.empty() || q.has_scale || q.vague || j + 2 >= t.size() || !t[j + 1].is("of")) return false;
  const std::string& w = t[j].norm;
  if (w.size() < 2 || w.back() != 's') return false;
  auto scale = tb.words.find(w.substr(0, w.size() - 1));
  const NumUnit* cw = num_index().currency[t[j + 2].word];
  if (scale == tb.words.end() || scale->second.kind != "scale" || scale->second.value < 1e6 || !cw) return false;
  q.low *= scale->second.value, q.high *= scale->second.value;
  q.has_scale = true;
  q.unit = cw->value;
  add_rule(q, scale->second.id + "+" + cw->id);
  j += 3;
  return true;
}

// "2,39 millions of persons" (translated text): a scale word of a million or more in the plural, then "of" and a
// word that names no currency, scales the value; advances j past the scale word only, so "of" and the counted noun
// are read as after "2.39 million of". False otherwise.
bool plural_scale_count(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (!q.unit.empty() || q.has_scale || q.vague || q.ordinal || j + 2 >= t.size() || !t[j + 1].is("of")) return false;
  const std::string& w = t[j].norm;
  if (w.size() < 2 || w.back() != 's' || num_index().currency[t[j + 2].word]) return false;
  auto scale = tb.words.find(w.substr(0, w.size() - 1));
  if (scale == tb.words.end() || scale->second.kind != "scale" || scale->second.value < 1e6) return false;
  q.low *= scale->second.value, q.high *= scale->second.value;
  q.has_scale = true;
  add_rule(q, scale->second.id);
  ++j;
  return true;
}

// Percent sign or word, or a currency word after the number ("12 million pounds" only after a scale); advances j.
bool unit_after(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (j >= t.size()) return false;
  if (const NumPhrase* p = match_phrase(num_index().percents, tb.percents, t, j)) {
    q.unit = "percent";
    add_rule(q, p->id);
    j += p->words.size();
    // "40% of homes": what the share is of counts like a noun
    if (j + 1 < t.size() && t[j].is("of") && t[j + 1].kind == ScanKind::kWord && !t[j + 1].cap &&
        !function_word(t[j + 1]) && looks_plural(t[j + 1].norm))
      q.counts = noun_lemma(t[j + 1].norm);
    return true;
  }
  if (plural_scale_money(tb, t, j, q)) return true;
  if (plural_scale_count(tb, t, j, q)) return false;  // the counted noun after "of" is read next
  const NumUnit* cw = num_index().currency[t[j].word];
  if (!cw && q.has_scale) {
    auto sw = tb.scaled_words.find(t[j].norm);
    if (sw != tb.scaled_words.end()) cw = &sw->second;
  }
  if (!cw || !q.unit.empty()) return false;
  q.unit = cw->value;
  add_rule(q, cw->id);
  ++j;
  return true;
}

// Percent sign or word, currency word, or the counted noun after the number; advances j.
void parse_after(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (unit_after(tb, t, j, q)) return;
  if (!q.unit.empty() || q.hyphen_unit) return;
  size_t k = j;
  // After a scale word any noun counts, plural-looking or not: "2 billion korun", "5 million lari".
  bool want_plural = !q.ordinal && !(q.low == 1 && q.high == 1) && !q.has_scale;
  if (want_plural && !q.amount && q.counts.empty()) {  // "Seven of the nine judges": seven judges, "nine" its own
    std::string whole = num_detail::whole_noun(t, k);
    if (!whole.empty()) {
      q.counts = std::move(whole);
      add_rule(q, "num.partitive.whole");
      return;
    }
  }
  const bool partitive = want_plural && !q.amount && partitive_at(t, k);  // "ten of the fishermen"
  if (partitive) k += 2;
  else if (k < t.size() && t[k].is("of") && (q.amount || q.has_scale)) ++k;
  if (!q.ordinal && !partitive && speed_after(t, j, q)) return;  // "110 km/h"
  if (const NumUnit* cw = q.ordinal ? nullptr : count_word(t, k)) {  // "19 injured"
    q.counts = cw->value;
    add_rule(q, cw->id);
    j = k + 1;
    return;
  }
  counted_noun(tb, t, k, want_plural, partitive, j, q);
}

// False if no quantity can start at token i: no modifier, sign, amount, digits, number word or hyphenated word.
// Saves the full parse on most tokens; whatever passes is parsed exactly as before.
bool may_start(const ScanTok& tok) {
  if (tok.kind == ScanKind::kNumber || tok.kind == ScanKind::kOrdinal || num_index().may_start[tok.word]) return true;
  if (tok.norm.empty() || (tok.norm[0] >= '0' && tok.norm[0] <= '9') || tok.norm[0] == '.' || tok.is("us") || tok.is("minus") ||
      tok.is("half"))
    return true;
  return tok.norm.find('-') != std::string::npos;
}

// The quantity at token j (i where it started, a modifier before it or not): an age group, ratio, fraction or a
// number with its unit, range and counted noun; advances j and sets `core`. False if none starts there.
bool parse_quantity(const NumTables& tb, const std::vector<ScanTok>& t, size_t i, bool mod,
                    const std::vector<NumberMention>& out, size_t& j, size_t& core, Quantity& q) {
  if (!mod && parse_age_group_token(t, j, q)) return ++j, true;
  if (parse_ratio(t, j, q) || parse_fraction(t, j, q)) return true;
  parse_currency_sign(tb, t, j, q);
  core = j;
  if (!parse_core(tb, t, j, q)) return false;
  if (!mod && !parse_or_range(t, j, q)) parse_to_range(tb, t, j, q);
  // An age cue first ("aged 58 died" is an age); "a day or two": the noun came first. Either only where no earlier
  // mention ends after the cue.
  const bool free2 = out.empty() || (i >= 2 && out.back().end <= t[i - 2].start);
  const bool free3 = out.empty() || (i >= 3 && out.back().end <= t[i - 3].start);
  if (mod || !free2 || !age_phrase(t, i, j, q)) parse_after(tb, t, j, q);
  num_detail::compound_time(t, j, q);
  if (!mod && free3) a_noun_or(t, i, j, q);
  return true;
}

// A modifier widens the value: "more than 200" is (200, 300], "about 450" is 450 give or take 5% (see about_width).
void apply_mod(const NumPhrase& mod, Quantity& q) {
  const double v = q.low;
  q.nominal = v;
  const bool about = mod.low < 1 && mod.high > 1;
  const double w = about ? about_width(v, std::min(1 - mod.low, mod.high - 1)) : 0;
  q.low = about ? v * (1 - w) : v * mod.low;
  q.high = mod.high == 0 ? kInf : about ? v * (1 + w) : v * mod.high;
  q.vague = true;
  q.mod = mod.low >= 1 ? '>' : mod.high <= 1 && mod.low < 0.85 ? '<' : '~';
  q.rule = std::string(mod.id) + "+" + q.rule;
}

NumberMention to_mention(std::string_view text, const std::vector<ScanTok>& t, const Quantity& q) {
  NumberMention m;
  m.start = t[q.first].start;
  m.end = t[q.last - 1].end;
  m.text = std::string(text.substr(m.start, m.end - m.start));
  m.low = q.low;
  m.high = q.high;
  m.vague = q.vague;
  m.unit = q.unit;
  m.counts = q.counts;
  m.value = display_value(q);
  m.rule = q.rule;
  m.nominal = q.mod ? q.nominal : q.low;
  return m;
}

// Two numbers joined by "and"/"or" share what one of them counts: "34 and 39 years" (the first takes the second's
// noun), "aged 34 and 39" (the second takes the first's age). Only precise bare values, no units.
void share_counted_noun(const std::vector<ScanTok>& t, Quantity& q, std::vector<NumberMention>& out) {
  if (out.empty() || q.first < 2 || !q.unit.empty() || q.vague || q.ordinal) return;
  NumberMention& prev = out.back();
  const ScanTok& link = t[q.first - 1];
  if (prev.end != t[q.first - 2].end || !prev.unit.empty() || prev.vague) return;
  if (link.is("to") && prev.counts == "age" && (q.counts.empty() || q.counts == "year")) {  // "age from 63 to 65"
    q.counts = "age";
    add_rule(q, "num.coord.shared");
    return;
  }
  if (!link.is("and") && !link.is("or")) return;
  if (prev.counts.empty() && !q.counts.empty() && prev.nominal > 0) {
    prev.counts = q.counts;
    prev.value += " " + q.counts;
    prev.rule += "+num.coord.shared";
  } else if (q.counts.empty() && prev.counts == "age") {
    q.counts = "age";
    add_rule(q, "num.coord.shared");
  }
}

// True if the modifier at token i is "passed" before a tally "N to M" starting at j: the motion passed 81 to 64.
bool tally_from(const std::vector<ScanTok>& t, size_t i, size_t j) {
  return j == i + 1 && t[i].is("passed") && j + 2 < t.size() && t[j].kind == ScanKind::kNumber && t[j + 1].is("to") &&
         t[j + 2].kind == ScanKind::kNumber;
}

// A phrasal verb row ("handed over", kind mod with bounds 1 1) keeps the number exact: "handed over 212 soldiers"
// hands over 212, not more. Money, percentages and durations keep "over" as "more than" ("took over 40 minutes").
void phrasal_over(const NumTables& tb, const NumPhrase& verb, size_t after, Quantity& q) {
  static const std::set<std::string> kMore = {"second", "minute", "hour", "day", "week", "month", "year", "decade"};
  if (q.unit.empty() && !kMore.count(q.counts)) {
    q.first = after;
    q.rule = verb.id + "+" + q.rule;
    return;
  }
  for (const NumPhrase& p : tb.mods)
    if (p.id == "num.mod.over") return q.first = after - 1, apply_mod(p, q);
}

}  // namespace

std::vector<NumberMention> extract_numbers(std::string_view text) { return extract_numbers(text, scan_words(text)); }

std::vector<NumberMention> extract_numbers(std::string_view text, const std::vector<ScanTok>& t) {
  const NumTables& tb = num_tables();
  std::vector<NumberMention> out;
  for (size_t i = 0; i < t.size();) {
    if (!may_start(t[i])) { ++i; continue; }
    Quantity q;
    q.first = i;
    size_t j = i;
    const NumPhrase* mod = match_phrase(num_index().mods, tb.mods, t, j);
    if (mod) j += mod->words.size();
    const bool phrasal = mod && mod->low == 1 && mod->high == 1;
    const size_t after_mod = j;
    if (mod && tally_from(t, i, j)) { ++i; continue; }  // "passed 81 to 64" is a vote, not "more than 81"
    const bool minus = minus_sign(t, j);  // "minus 15 degrees", "-15 degrees"
    if (minus) ++j;
    size_t core = j;
    if (!parse_quantity(tb, t, phrasal ? after_mod : i, mod && !phrasal, out, j, core, q)) { ++i; continue; }
    if (minus && q.counts != "degree") { ++i; continue; }  // only temperatures are written below zero here
    casualty(t, core, j, q);
    unit_cues(t, core, j, q);
    inherit_currency(t, core, out, q);
    if (!mod && q.counts.empty() && q.unit.empty() && j == core + 1 && q.plain_int && apposition_age(t, core, q.low)) {
      q.counts = "age";  // "Dimov, 58, said"
      add_rule(q, t[core - 2].cap ? "num.age.apposition" : "num.age.apposition_role");
    }
    q.last = j;
    if (phrasal) phrasal_over(tb, *mod, after_mod, q);
    else if (mod) apply_mod(*mod, q);
    if (minus) negate(q);
    if (!keep(t, q, core)) { i = j > i ? j : i + 1; continue; }
    share_counted_noun(t, q, out);
    out.push_back(to_mention(text, t, q));
    i = q.last;
  }
  return out;
}

}  // namespace fc
