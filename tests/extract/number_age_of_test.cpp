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

TEST_CASE("a child's age after a person noun and 'of'", "[numbers][age]") {
  // Translated text: "a girl of 9 years" is a nine-year-old girl, though a bare apposition ages only adults.
  auto m = fc::extract_numbers("A girl of 9 years was pulled from the river.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "age");
  m = fc::extract_numbers("The ferry sank after a boy of three years fell overboard.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "age");
  // Without a person noun a short span stays a span: "a lease of 5 years".
  m = fc::extract_numbers("The club signed a lease of 5 years.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts != "age");
}
