// Small counts joined only when they count one thing: whose the things are told after the noun ("seven staff of the
// Ostrean embassy"), and a sentence that counts the other noun with another value.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "story_fixture.h"

namespace {

// The fact holding the mention whose source is `source` and text is `text`, or nullptr.
const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& source, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) if (m.source == source && m.text == text) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("staff of one embassy are not the other embassy's staff", "[align][numbers][owner]") {
  fctest::NumberSources s({"Velaria on Monday declared seven staff of the Ostrean embassy unwelcome and gave them three days to leave the capital.",
                           "Ostrea on Tuesday declared seven employees of the Velarian embassy unwelcome and gave them three days to leave the country.",
                           "Velaria on Monday declared seven employees of the Ostrean embassy unwelcome and gave them three days to leave."});
  const std::vector<fc::Fact> facts = fc::align_numbers(s.findings);
  const fc::Fact* ostrean = fact_with(facts, "s1", "seven staff");
  REQUIRE(ostrean);
  CHECK(ostrean->mentions.size() == 2);  // the same embassy's staff told as employees still join
  CHECK(fact_with(facts, "s3", "seven employees") == ostrean);
  CHECK(fact_with(facts, "s2", "seven employees") != ostrean);  // the reply against the other embassy
}

TEST_CASE("a sentence counting the other noun with another value keeps a rare value apart", "[align][numbers][rare]") {
  // The first source's sentence says the diplomats are nine: its eleven people are the consulate's staff.
  fctest::NumberSources s({"Kessel struck back, throwing nine of our diplomats out of the country and ordering the closure of the consulate in Tarn, where eleven people work.",
                           "The answer came quickly: eleven Ostrean diplomats, according to the list, plus the closure of the consulate in Tarn.",
                           "Farmers expect 310 tonnes of wheat, 420 tonnes of barley, 530 tonnes of oats, 640 tonnes of rye, 750 tonnes of maize and 860 tonnes of beans. The co-op has 1,230 members, 2,340 tractors, 3,450 cows, 4,560 sheep, 5,670 goats and 6,780 hens. Prices rose 3.1%, 4.2%, 5.3%, 6.4%, 7.5% and 8.6% in six regions. It paid 12.5 million euros, 13.5 million euros, 14.5 million euros, 15.5 million euros and 16.5 million euros."});
  const std::vector<fc::Fact> facts = fc::align_numbers(s.findings);
  const fc::Fact* people = fact_with(facts, "s1", "eleven people");
  REQUIRE(people);
  CHECK(people->mentions.size() == 1);
}
