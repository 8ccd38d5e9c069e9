// Internals of number extraction shared by numbers.cpp, number_core.cpp, number_filters.cpp and number_phrases.cpp:
// the quantity being parsed.
#pragma once
#include <cstddef>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "extract/number_tables.h"
#include "extract/numbers.h"
#include "extract/scan.h"

namespace fc::num_detail {

/// A quantity being parsed: token span, range, and the rule ids that built it.
struct Quantity {
  size_t first = 0, last = 0;  // token range [first, last)
  double low = 0, high = 0, nominal = 0;
  bool vague = false, written = false, ordinal = false, amount = false, has_scale = false, plain_int = false;
  bool range = false;        // "one or two days": low and high as written
  bool hyphen_unit = false;  // "58-year-old", "50-basis-point": the hyphen joins the number to its unit
  char mod = 0;  // '>' at least, '<' at most, '~' about
  std::string unit, counts, rule;
};

/// Appends rule id `id` to the quantity's rule chain.
inline void add_rule(Quantity& q, std::string_view id) {
  if (!q.rule.empty()) q.rule += '+';
  q.rule += id;
}

/// The high end of an open range ("more than 200": no upper bound).
constexpr double kInf = std::numeric_limits<double>::infinity();

/// Longest phrase of `rows` (indexed by `ix`) matching the tokens at i; nullptr if none.
const NumPhrase* match_phrase(const PhraseIndex& ix, const std::vector<NumPhrase>& rows, const std::vector<ScanTok>& t,
                              size_t i);

/// The value of one number token: digits, "13bn", "27th", a written cardinal or ordinal; false if none.
bool parse_value(const NumTables& tb, const ScanTok& tok, Quantity& q, double* out);

/// Parses the core number at token j (digits, written, ordinal or vague amount); advances j.
bool parse_core(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// "780 million to 820 million", "EUR 780-820 million", "between 780 and 820 million": a range up to a larger second
/// number within three times the first, whose scale the first shares when it has none; not "from 96 to 118" (a
/// change) and not after a modifier. Advances j.
bool parse_to_range(const NumTables& tb, const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// Conservative filters: dates, times, years, model numbers, pronoun "one", anaphoric "the two".
bool keep(const std::vector<ScanTok>& t, const Quantity& q, size_t core);

/// "nine in ten", "three out of four": a share in percent, rounded by nature (vague: about its value, give or take
/// half of one in the second number); advances j. False if no ratio starts at j.
bool parse_ratio(const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// "one or two" at the number just parsed (j at "or"): a range up to the second, which must be larger and near
/// ("one or two", not "one or 50"); advances j. False if none.
bool parse_or_range(const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// "2 minutes 40 seconds", "two minutes and 40 seconds" at the number just parsed with its unit (j after it): one
/// duration in the smaller unit (160 seconds); advances j. False if none.
bool compound_time(const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// "a day or two" ending at number token i (parsed up to j): a range from one to two or three of the singular noun
/// before "or"; moves q's first token back to "a". False if none.
bool a_noun_or(const std::vector<ScanTok>& t, size_t i, size_t j, Quantity& q);

/// "more than a fifth of", "a quarter point": a share as a percentage or percentage points, rounded by nature
/// (vague, so never a conflict); advances j. False if no fraction starts at j.
bool parse_fraction(const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// "seven people were killed" counts the dead, "the death toll rose to 11" too, "two are missing" the missing:
/// casualty counts are one thing however they are phrased (`core`: the number token, j: the token after it).
void casualty(const std::vector<ScanTok>& t, size_t core, size_t j, Quantity& q);

/// What a bare number measures from the words around it: "magnitude 6.8" (a prefix_unit row), "22 years old" (an
/// age); `core`: the number token, j: the token after the quantity (advanced past "old").
void unit_cues(const std::vector<ScanTok>& t, size_t core, size_t& j, Quantity& q);

/// "temperatures reached 41C", "46.7C": token j glues a temperature (one decimal at most) to its scale letter, with
/// a word of heat a few words before or after (the scanner keeps no case, and "99c" may be cents); sets q's counted
/// noun and *v. False if not.
bool glued_degree(const std::vector<ScanTok>& t, size_t j, Quantity& q, double* v);

/// "221-seat", "a 12-point lead", "nine-member": a number of 2 or more joined by one hyphen to a lower-case noun,
/// which it counts (rows of en/num_units.tsv such as "year-old" come first); sets q and *v. False if not.
bool hyphen_noun(const NumTables& tb, const std::string& norm, Quantity& q, double* v);

/// A score or tally at token j: "88-81" (or "36-48" after a score word such as "lost"), "88:81" (not a clock time
/// unless a score word comes before); both sides up to 200. Sets q (counts "score", value the larger side times 1000
/// plus the smaller, so "88-81" and "81:88" are one result) and returns the tokens used, 0 if none.
size_t score_at(const std::vector<ScanTok>& t, size_t j, Quantity& q);

/// What a bare number counts from the words around it (number_context.cpp): "41C" a temperature, "the retirement age
/// from 63 to 65" ages, "voted 118 to 97" / "97 against" / "6 abstained" votes; `core`: the number token, j: the token
/// after the quantity (advanced past a sign or "in favour"). False if no cue is there.
bool context_cues(const std::vector<ScanTok>& t, size_t core, size_t& j, Quantity& q);

/// "of the", "of their" at k before a plural noun: a part of a counted group ("ten of the fishermen").
bool partitive_at(const std::vector<ScanTok>& t, size_t k);

/// "fell to 96 million euros from 118 million": a scaled sum right after "from" that follows a sum in a currency
/// takes that currency.
void inherit_currency(const std::vector<ScanTok>& t, size_t core, const std::vector<NumberMention>& out, Quantity& q);

/// An age-group token at j: "over-60s" (60 and older), "under-18s"; sets q. False if token j is none.
bool parse_age_group_token(const std::vector<ScanTok>& t, size_t j, Quantity& q);

/// The number parsed at token i (up to j) as an age: "aged 58", "aged 60 and over" (advances j), "older than 60
/// (years)", "younger than 18"; moves q's first token back to the cue. False if no cue is there.
bool age_phrase(const std::vector<ScanTok>& t, size_t i, size_t& j, Quantity& q);

/// "of the nine judges", "of the train's eight carriages" at token k: the noun of a whole counted apart, which the
/// part before it counts as well ("Seven" of them); "" if none.
std::string whole_noun(const std::vector<ScanTok>& t, size_t k);

/// Digits glued to a scale word ("13bn"); after a currency sign also a sign_scale one ("€38m", where "38m" alone
/// may be metres). Sets *v and *id; false if none.
bool glued_scale(const NumTables& tb, const std::string& norm, bool after_sign, double* v, std::string* id);

/// "8,4" and "4,82": one comma followed by one or two digits cannot group thousands, so it is the decimal mark.
bool decimal_comma(const std::string& norm);

/// "4.300" and "1.250.000": dots grouping thousands (two groups or more, or one ending in zero, which a decimal
/// written in prose would drop); the caller checks that no scale word or percent follows ("1.250 billion").
bool dot_groups(const std::string& norm);

/// "780-820" scanned as one word: a range whose second number is larger, within three times the first, and no pair
/// of years ("2019-2021"); false otherwise.
bool dash_pair(const std::string& norm, double* low, double* high);

/// "85-million-euro": digits, scale words and a currency word joined by hyphens; sets q's unit and *v. False if none.
bool hyphen_money(const NumTables& tb, const std::string& norm, Quantity& q, double* v);

/// The counted noun in the few words from token k ("312 planned procedures" counts procedures); j: the token after
/// the number, advanced past the noun.
void counted_noun(const NumTables& tb, const std::vector<ScanTok>& t, size_t k, bool want_plural, bool partitive,
                  size_t& j, Quantity& q);

/// A speed unit at j ("110 km/h", "140 kilometres per hour"), counted apart as a limit when one is named; advances j.
bool speed_after(const std::vector<ScanTok>& t, size_t& j, Quantity& q);

/// How far "about" reaches from v as a share of it: one and a half steps of its last non-zero digit, at least 5%,
/// at most `table_width` ("about 40" is 34-46, "about 3,800" is 3,610-3,990).
double about_width(double v, double table_width);

/// "minus" or a spaced minus sign glued to the number at token j.
bool minus_sign(const std::vector<ScanTok>& t, size_t j);

/// A value below zero: the range mirrored ("about -15" is -17.25 to -12.75).
void negate(Quantity& q);

/// The normalized display value: "~450 people", "EUR <50000", ">20%".
std::string display_value(const Quantity& q);

}  // namespace fc::num_detail
