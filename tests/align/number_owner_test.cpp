// Words of a number mention: the word narrowing its noun, and whose the counted things are.
#include <catch2/catch.hpp>

#include <string>

#include "align/number_owner.h"
#include "extract/numbers.h"

namespace {

// The mention whose text is `text` in `sentence`, or a default one.
fc::NumberMention find(const std::string& sentence, const std::string& text) {
  for (const fc::NumberMention& m : fc::extract_numbers(sentence)) if (m.text == text) return m;
  return fc::NumberMention{};
}

// owner_of for the mention `text` in `sentence`.
std::string owner(const std::string& sentence, const std::string& text) {
  return fc::num_align::owner_of(sentence, find(sentence, text));
}

}  // namespace

TEST_CASE("whose the counted things are, before, inside or after the mention", "[align][numbers][owner]") {
  CHECK(owner("Tarvia sent home six Ostrean envoys on Friday.", "six Ostrean envoys") == "ostrean");
  CHECK(owner("Tarvia sent home Ostrea's six envoys on Friday.", "six envoys") == "ostrea");
  CHECK(owner("Tarvia sent home six staff of the Ostrean mission on Friday.", "six staff") == "ostrean");
  CHECK(owner("Tarvia sent home six staff of the mission on Friday.", "six staff").empty());
}

TEST_CASE("the word narrowing a counted noun", "[align][numbers][owner]") {
  CHECK(fc::num_align::narrowing_word(find("She scored 19 league goals this season.", "19 league goals")) == "league");
  CHECK(fc::num_align::narrowing_word(find("She scored 19 goals this season.", "19 goals")).empty());
}
