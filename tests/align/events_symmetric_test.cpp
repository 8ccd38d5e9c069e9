// Event alignment of two-sided acts (calls, meetings), weekdays that keep events apart, and wording by object.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

const auto align_two = [](const char* a, const char* b) { return fctest::align_two_events(a, b); };
const auto joined = fctest::joined_event;

}  // namespace

TEST_CASE("a call named from either side is one fact", "[align][events]") {
  auto facts = align_two("The leaders of Spain and Portugal agreed in a phone call to hold talks.",
                         "The prime ministers of Portugal and Spain spoke by telephone on Tuesday.");
  const auto* f = joined(facts, "call");
  REQUIRE(f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("meetings on different weekdays stay apart, the same weekday joins", "[align][events]") {
  CHECK_FALSE(joined(align_two("The foreign ministers of Spain and Portugal met in Lisbon on Monday.",
                               "The foreign ministers of Spain and Portugal will meet in Lisbon on Friday."),
                     "meet"));
  CHECK(joined(align_two("The foreign ministers of Spain and Portugal met in Lisbon on Monday.",
                         "Monday's meeting of the foreign ministers of Spain and Portugal in Lisbon was short."),
               "meet"));
  CHECK_FALSE(joined(align_two("The foreign ministers of Chile met in Santiago.",
                               "The foreign ministers of Peru met in Lima."),
                     "meet"));  // titles alone make no link
}

TEST_CASE("one verb with another object noun is a variant, not an agreement", "[align][events]") {
  auto facts = align_two("The Cabinet released 40 million euros for relief on Tuesday.",
                         "The Cabinet released the equivalent of 40 million euros for relief.");
  const auto* f = joined(facts, "approve");
  REQUIRE(f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a seizure told actively and passively is one fact", "[align][events]") {
  auto facts = align_two("Estonia's coast guard boarded the trawler Maren on Saturday.",
                         "The trawler Maren was seized by Estonia on Saturday.");
  const auto* f = joined(facts, "seize");
  REQUIRE(f);
  CHECK(f->verdict == "variant");
}

TEST_CASE("an agentless mention joins a named one through three shared participants with an amount", "[align][events]") {
  auto facts = align_two("The Vardar peaked on Monday at 4.2 metres above normal.",
                         "The river crested on Monday at 4.2 metres above its normal level.");
  const auto* f = joined(facts, "peak");
  REQUIRE(f);
  CHECK(f->verdict == "variant");
  CHECK_FALSE(joined(align_two("The Vardar peaked on Monday.", "The river crested on Monday at 4.2 metres."), "peak"));
}
