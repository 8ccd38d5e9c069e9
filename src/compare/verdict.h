// Verdicts, labels and the final ordering of facts: the rules a journalist can read back.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "align/findings.h"
#include "core/report.h"

namespace fc {

/// A reader's label for a date fact from the words before the date [start, end) in its sentence (or after it).
std::string date_label(size_t date_start, size_t date_end, const SourceFindings& where);

/// True when the day or period `fine` lies within `coarse`: a prefix ("2021-03" holds "2021-03-17") or an ISO
/// week holding a day ("2021-W11" holds "2021-03-17").
bool date_within(std::string_view coarse, std::string_view fine);

/// Sets verdict and why of a date fact from how many distinct value sets and sources it has.
void decide_date_verdict(Fact& fact, size_t distinct_values, size_t distinct_sources);

/// Number of distinct sources among a fact's mentions.
size_t source_count(const Fact& fact);

/// Orders facts for readers (conflicts, quote variants, other variants, agreements, shared wording, singles) and
/// numbers them.
void order_facts(std::vector<Fact>& facts);

}  // namespace fc
