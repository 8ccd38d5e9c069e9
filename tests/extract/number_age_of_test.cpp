// Ages told as "<name>, of N years" and "aged of N years" (translated reports) are ages, not spans of years.
#include <catch2/catch.hpp>

#include <string>

#include "extract/numbers.h"

namespace {

// The counted noun of the mention whose text is `text` in `sentence`, or "?" if there is none.
std::string counts(const std::string& sentence, const std::string& text) {
  for (const fc::NumberMention& m : fc::extract_numbers(sentence)) if (m.text == text) return m.counts;
  return "?";
}

}  // namespace

TEST_CASE("a name and comma before 'of N years' state an age", "[numbers][age]") {
  CHECK(counts("The clerk was named as Halvorsen, of 61 years, from the harbour office.", "61 years") == "age");
  CHECK(counts("The winner aged of 33 years crossed the line alone.", "33 years") == "age");
  // a span of years stays a span
  CHECK(counts("The mayor, after a wait of 12 years, opened the bridge.", "12 years") == "year");
  CHECK(counts("It ended a drought of 40 years for the club.", "40 years") == "year");
}
