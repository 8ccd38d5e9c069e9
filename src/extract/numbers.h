// Numbers and quantities: cardinals, ordinals, written numbers, vague amounts, percentages, money.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/scan.h"

namespace fc {

/// One number or quantity with its range and what it counts.
struct NumberMention {
  size_t start = 0;  // UTF-8 byte offsets
  size_t end = 0;
  std::string text;
  double low = 0;    // inclusive range; equal for a precise value
  double high = 0;
  double nominal = 0;   // the number as written, before a modifier widens it ("about 450" -> 450)
  bool vague = false;   // "dozens", "more than", "about"
  std::string unit;     // "percent", "USD", "" ...
  std::string counts;   // the noun counted, lemmatized: "language", "country", "decade"
  std::string value;    // normalized display value, e.g. "27 language", "40-49 year", ">20 year"
  std::string rule;
};

/// Finds numbers and quantities in `text`.
std::vector<NumberMention> extract_numbers(std::string_view text);

/// Same as extract_numbers(text), reusing `words` = scan_words(text) already computed by the caller.
std::vector<NumberMention> extract_numbers(std::string_view text, const std::vector<ScanTok>& words);

}  // namespace fc
