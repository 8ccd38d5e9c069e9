// Event alignment by year: an act named in a past year is not the one told now.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

std::vector<fc::Fact> align_two(const char* a, const char* b, bool anchored) {
  const std::optional<fc::CivilDate> anchor = fc::CivilDate{2031, 6, 12};
  return fctest::align_two_events(a, b, anchored ? anchor : std::nullopt);
}

bool joined(const std::vector<fc::Fact>& facts, const std::string& action) {
  return fctest::joined_event(facts, action) != nullptr;
}

}  // namespace

TEST_CASE("the year near the verb is read, counts are not years", "[events]") {
  auto ev = fc::extract_events("Police arrested the mayor of Dunmore in March 2024 after a long inquiry.");
  REQUIRE(!ev.empty());
  CHECK(ev.front().year == 2024);
  ev = fc::extract_events("Police arrested 2024 protesters near the square.");
  REQUIRE(!ev.empty());
  CHECK(ev.front().year == 0);
}

TEST_CASE("mentions naming different years stay apart", "[align][events]") {
  CHECK_FALSE(joined(align_two("Police arrested the mayor of Dunmore in 2024 over the harbour contract.",
                               "Police arrested the mayor of Dunmore in 2031 over the harbour contract.", false),
                     "arrest"));
  CHECK(joined(align_two("Police arrested the mayor of Dunmore in 2031 over the harbour contract.",
                         "Police arrested the mayor of Dunmore in 2031 over the harbour contract.", false),
               "arrest"));
}

TEST_CASE("a past year does not join an act of the story's own year", "[align][events]") {
  const char* past = "Police arrested the mayor of Dunmore in 2024 over the harbour contract.";
  const char* now = "Police arrested the mayor of Dunmore on Tuesday over the harbour contract.";
  CHECK_FALSE(joined(align_two(past, now, true), "arrest"));
  CHECK(joined(align_two(past, now, false), "arrest"));  // undated: nothing says the year differs
}

TEST_CASE("a year that a when-clause after it dates is the act's year, even after since", "[events]") {
  auto ev = fc::extract_events("It is the worst row since 2018, when both ports arrested the skippers of two trawlers.");
  REQUIRE(!ev.empty());
  CHECK(ev.front().year == 2018);
  ev = fc::extract_events("Fares have not risen since 2018, and the guards arrested two skippers on Monday.");
  REQUIRE(!ev.empty());
  CHECK(ev.back().year == 0);  // a span's bound without "when" dates nothing
  const char* past = "It is the worst row since 2018, when police arrested the mayor of Dunmore over the harbour.";
  const char* now = "Police arrested the mayor of Dunmore on Tuesday over the harbour contract.";
  CHECK_FALSE(joined(align_two(past, now, true), "arrest"));
}
