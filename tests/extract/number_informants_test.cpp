// Counts of a report's unnamed informants ("according to two people involved") are no figures of the story.
#include <catch2/catch.hpp>

#include <string>

#include "extract/numbers.h"

namespace {

// True if `sentence` yields a number mention whose text is `text`.
bool found(const std::string& sentence, const std::string& text) {
  for (const fc::NumberMention& m : fc::extract_numbers(sentence)) if (m.text == text) return true;
  return false;
}

}  // namespace

TEST_CASE("a count of informants is no figure of the story", "[numbers][informants]") {
  CHECK_FALSE(found("According to two people involved, the alarm failed twice.", "two people"));
  CHECK_FALSE(found("The plan is ready, three officials familiar with the talks said.", "three officials"));
  CHECK_FALSE(found("Four people briefed on the deal confirmed the price.", "Four people"));
  // the same counts telling of the event itself are kept
  CHECK(found("Two people were injured when the alarm failed.", "Two people"));
  CHECK(found("Three officials resigned after the talks.", "Three officials"));
}
