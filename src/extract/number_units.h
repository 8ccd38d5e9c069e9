// Units and counted words that sit next to a number without looking like a plural noun: "19 injured", "30 km",
// "58-year-old", "Dimov, 58,".
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extract/number_tables.h"
#include "extract/scan.h"

namespace fc {

/// The count_word row of token k right after a number ("injured", "km"), or nullptr; none when a plural noun
/// follows ("19 injured workers" counts workers) or the word is glued to more ("km/h").
const NumUnit* count_word(const std::vector<ScanTok>& t, size_t k);

/// The hyphen_unit row of one token "<digits>-<unit>" ("58-year-old"), setting its value and whether the digits are a
/// plain integer; nullptr if the token is no such thing.
const NumUnit* hyphen_unit(const std::string& norm, double* value, bool* plain_int);

/// True if the plain integer `value` at token `core` is an age in apposition: "Dimov, 58, said", "Berg, 71."
bool apposition_age(const std::vector<ScanTok>& t, size_t core, double value);

/// A fraction at token j: "a fifth of", "two thirds of", "half of" (a share: sets *percent) or "a quarter point",
/// "a quarter of a percentage point" (percentage points: *percent false); tokens used up to the number's end, or 0.
/// `value` is the percentage or the points; `row` the fraction row.
size_t fraction_at(const std::vector<ScanTok>& t, size_t j, double* value, bool* percent, const NumUnit** row);

/// What a count of people after the number says happened to them: "seven people were killed" counts the dead,
/// "23 people injured" the injured (the count_word row of "killed", "hurt"...); nullptr if nothing such follows.
const NumUnit* casualty_after(const std::vector<ScanTok>& t, size_t j);

/// The speed unit row at token k ("km/h", "miles per hour") and how many tokens it takes; nullptr if none.
const NumUnit* speed_at(const std::vector<ScanTok>& t, size_t k, size_t* n);

/// "dead" if a form of "kill" comes right before token `first` ("the flood killed nine people"), "injured" after
/// "injuring" or "wounding" ("injuring 41"); nullptr otherwise.
const char* after_harm_verb(const std::vector<ScanTok>& t, size_t first);

/// True if the words just before token `core` are "death toll" and a verb ("the death toll rose to 11"), or "the
/// number of (the) dead" and a verb, which sets *number_of_dead.
bool after_death_toll(const std::vector<ScanTok>& t, size_t core, bool* number_of_dead);

}  // namespace fc
