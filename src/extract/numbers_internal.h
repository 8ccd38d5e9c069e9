// Internals of number extraction shared by numbers.cpp and number_filters.cpp: the quantity being parsed.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/scan.h"

namespace fc::num_detail {

/// A quantity being parsed: token span, range, and the rule ids that built it.
struct Quantity {
  size_t first = 0, last = 0;  // token range [first, last)
  double low = 0, high = 0, nominal = 0;
  bool vague = false, written = false, ordinal = false, amount = false, has_scale = false, plain_int = false;
  bool hyphen_unit = false;  // "58-year-old", "50-basis-point": the hyphen joins the number to its unit
  char mod = 0;  // '>' at least, '<' at most, '~' about
  std::string unit, counts, rule;
};

/// Appends rule id `id` to the quantity's rule chain.
inline void add_rule(Quantity& q, std::string_view id) {
  if (!q.rule.empty()) q.rule += '+';
  q.rule += id;
}

/// Conservative filters: dates, times, years, model numbers, pronoun "one", anaphoric "the two".
bool keep(const std::vector<ScanTok>& t, const Quantity& q, size_t core);

/// The normalized display value: "~450 people", "EUR <50000", ">20%".
std::string display_value(const Quantity& q);

}  // namespace fc::num_detail
