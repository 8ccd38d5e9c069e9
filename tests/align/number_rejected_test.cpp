// A figure a source cites only to reject it is not its claim (rejected_figures), and so joins no agreement.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "align/number_rejected.h"
#include "story_fixture.h"

namespace {

// The rejected flags of the one source `text`, by mention text.
std::vector<std::string> rejected_in(const std::string& text) {
  fctest::NumberSources s({text});
  const std::vector<bool> out = fc::num_align::rejected_figures(s.findings[0]);
  std::vector<std::string> names;
  for (size_t k = 0; k < out.size(); ++k) if (out[k]) names.push_back(s.findings[0].numbers[k].text);
  return names;
}

}  // namespace

TEST_CASE("a figure set aside for another is rejected", "[align][numbers][rejected]") {
  CHECK(rejected_in("The harvest came to not 90,000 tonnes, as the cooperative had said, but 64,000 tonnes.") ==
        std::vector<std::string>{"90,000 tonnes"});
  CHECK(rejected_in("The count puts the number of stranded hikers at 17 rather than the 25 given on Sunday.") ==
        std::vector<std::string>{"25"});
  CHECK(rejected_in("Local media reported a fine of 8,000 euros, but the court's ruling names 5,000 euros.") ==
        std::vector<std::string>{"8,000 euros"});
}

TEST_CASE("figures that are not set aside stay claims", "[align][numbers][rejected]") {
  // Two different things, no rejection.
  CHECK(rejected_in("The club sold 4,000 tickets on Monday, but only 900 fans came.").empty());
  // A contrast without a claim of others: both figures are the source's.
  CHECK(rejected_in("Sales rose to 300 cars in May but fell to 250 cars in June.").empty());
  // Not a rival: another unit.
  CHECK(rejected_in("The bridge is not 40 metres long, but it cost 9 million euros.").empty());
}

TEST_CASE("a source's own figure, not the one it rejects, meets the others", "[align][numbers][rejected]") {
  const std::vector<std::string> texts = {
      "The ferry company said 320 passengers were on board when the engine failed near the island.",
      "Some 320 passengers were on board the ferry when its engine failed, the company said.",
      "The company said 320 passengers were on board when the ferry's engine failed off the island.",
      "The ferry carried not 320 passengers when its engine failed, as the company said, but 410 passengers."};
  fctest::NumberSources s(texts);
  bool seen = false;
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    for (const fc::Mention& m : f.mentions) {
      CHECK(!(m.source == "s4" && m.text == "320 passengers"));  // rejected: never a claim of s4
      seen = seen || (m.source == "s1" && f.mentions.size() >= 3);
    }
  }
  CHECK(seen);
}

TEST_CASE("a source's own figure dissents once the figure it rejects is set aside", "[align][numbers][rejected]") {
  // Three sources on 54 wells; the fourth names 54 only to reject it for 38, in a sentence that retells theirs.
  const std::vector<std::string> texts = {
      "The drought has dried up 54 wells in the Orvan valley, the water board said on Tuesday.",
      "The water board said on Tuesday that 54 wells in the Orvan valley have dried up in the drought.",
      "In the Orvan valley, 54 wells have dried up in the drought, the water board said on Tuesday.",
      "Farm groups claimed 54 wells, but the water board said on Tuesday the drought has dried up 38 wells in the "
      "Orvan valley."};
  fctest::NumberSources s(texts);
  bool rejected_joined = false, dissent = false;
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    for (const fc::Mention& m : f.mentions) {
      rejected_joined = rejected_joined || (m.source == "s4" && m.text == "54 wells");
      dissent = dissent || (m.source == "s4" && m.text == "38 wells" && f.verdict == "conflict");
    }
  }
  CHECK_FALSE(rejected_joined);
  CHECK(dissent);
}
