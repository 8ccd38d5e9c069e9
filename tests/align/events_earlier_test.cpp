// Event alignment of earlier acts: "last year", "two years ago", "previously" near the verb tell an act before the
// one a story tells this week.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

bool joined(const char* a, const char* b) {
  const std::optional<fc::CivilDate> anchor = fc::CivilDate{2031, 6, 12};
  return fctest::joined_event(fctest::align_two_events(a, b, anchor), "arrest") != nullptr;
}

// The arrest among the mentions of one sentence.
fc::EventMention first(const std::vector<fc::EventMention>& ev) {
  for (const fc::EventMention& e : ev) if (e.action == "arrest") return e;
  FAIL("no arrest");
  return {};
}

}  // namespace

TEST_CASE("last year, years ago and previously mark an earlier act", "[events]") {
  const auto a = fc::extract_events("Police arrested the mayor of Dunmore last year over the harbour contract.");
  CHECK(first(a).earlier);
  CHECK(first(a).years_ago == 1);
  const auto b = fc::extract_events("Two years ago, police arrested the mayor of Dunmore over the harbour contract.");
  CHECK(first(b).years_ago == 2);
  const auto c = fc::extract_events("The mayor of Dunmore had previously been arrested over the harbour contract.");
  CHECK(first(c).earlier);
  CHECK(first(c).years_ago == 0);
}

TEST_CASE("a span up to now, a thing of last year or another clause's time marks nothing", "[events]") {
  CHECK_FALSE(first(fc::extract_events("Police arrested more skippers than in the last year combined.")).earlier);
  CHECK_FALSE(first(fc::extract_events("Police arrested last year's champion at the harbour on Monday.")).earlier);
  CHECK_FALSE(first(fc::extract_events("Police arrested the skipper on Monday, and fines rose last year.")).earlier);
  // the time of a relative clause before the verb is not the verb's own
  CHECK_FALSE(first(fc::extract_events("The guard, whom rivals tried to sign two years ago, was arrested on Monday."))
                  .earlier);
  CHECK(first(fc::extract_events("Two years ago, police arrested the mayor of Dunmore.")).earlier);
  CHECK_FALSE(first(fc::extract_events("The guard, who previously ran a bakery, was arrested on Monday.")).earlier);
}

TEST_CASE("an earlier act stays apart from this week's act of the same verb", "[align][events]") {
  const char* now = "Police arrested the mayor of Dunmore on Tuesday over the harbour contract.";
  CHECK_FALSE(joined("Police arrested the mayor of Dunmore last year over the harbour contract.", now));
  CHECK_FALSE(joined("The mayor of Dunmore had previously been arrested by police over the harbour contract.", now));
  // both told as earlier, or the other told with no time at all: the same earlier act may be meant
  CHECK(joined("Police arrested the mayor of Dunmore last year over the harbour contract.",
               "Police had previously arrested the mayor of Dunmore over the harbour contract."));
  CHECK(joined("Police arrested the mayor of Dunmore last year over the harbour contract.",
               "Police arrested the mayor of Dunmore over the harbour contract."));
}

TEST_CASE("last year names the year before publication", "[align][events]") {
  CHECK_FALSE(joined("Police arrested the mayor of Dunmore last year over the harbour contract.",
                     "Police arrested the mayor of Dunmore in 2031 over the harbour contract."));
  CHECK(joined("Police arrested the mayor of Dunmore last year over the harbour contract.",
               "Police arrested the mayor of Dunmore in 2030 over the harbour contract."));
}

TEST_CASE("which time an act is: a first act and a second one stay apart", "[align][events]") {
  CHECK(first(fc::extract_events("Police arrested the mayor of Dunmore for the second time on Friday.")).nth == 2);
  CHECK(first(fc::extract_events("The mayor of Dunmore was first arrested by police over the harbour.")).nth == 1);
  CHECK(first(fc::extract_events("Police arrested the mayor of Dunmore over the harbour contract.")).nth == 0);
  CHECK_FALSE(joined("The mayor of Dunmore was first arrested by police over the harbour contract.",
                     "Police arrested the mayor of Dunmore for the second time over the harbour contract."));
  CHECK(joined("Police arrested the mayor of Dunmore for the second time over the harbour contract.",
               "The mayor of Dunmore was arrested by police for the second time over the harbour contract."));
}
