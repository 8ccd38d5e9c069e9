// Month disputes: a cluster that joins a month to a day inside it still claims that month against another one.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;
constexpr fc::CivilDate kWritten{2026, 7, 24};

}  // namespace

TEST_CASE("a month told also as a day inside it conflicts with another month for one arrest", "[align][dates]") {
  Story s;
  s.add("a", "The blogger Ivo Marek was arrested in June 2024 at his flat in Brena and later jailed.",
        {{"June 2024", "2024-06"}}, kWritten);
  s.add("b", "Police arrested Ivo Marek at his flat in Brena on 11 June 2024, and a court jailed him.",
        {{"11 June 2024", "2024-06-11"}}, kWritten);
  s.add("c", "Ivo Marek was arrested at his flat in Brena in September 2024 and later jailed.",
        {{"September 2024", "2024-09"}}, kWritten);
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fctest::fact_of(facts, "c", "September 2024");
  REQUIRE(f);
  CHECK(f->verdict == "conflict");
  CHECK(fctest::fact_of(facts, "a", "June 2024") == f);
}

TEST_CASE("a lone day does not dispute a month: it claims a day, not its month", "[align][dates]") {
  Story s;
  s.add("a", "The blogger Ivo Marek was arrested at his flat in Brena on 11 June 2024 and later jailed.",
        {{"11 June 2024", "2024-06-11"}}, kWritten);
  s.add("b", "Ivo Marek was arrested at his flat in Brena in September 2024 and later jailed.",
        {{"September 2024", "2024-09"}}, kWritten);
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict != "conflict");
}
