// The label of an event fact reads as a sentence a reader can check.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "story_fixture.h"

TEST_CASE("an event label names the counterpart without the possessive of 'her counterpart X'", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "2021-03-18", "en", "",
       "The prime minister, Anna Berg, has offered her Danish counterpart Lars Holm a public debate on the tolls."},
      {"b", "", "", "2021-03-18", "en", "", "Anna Berg proposed a live debate on the tolls to Lars Holm on Thursday."}};
  std::vector<fc::SourceFindings> fs;
  const auto facts = fctest::align_event_texts(src, fs);
  REQUIRE(fctest::fact_by_label(facts, "Anna Berg proposed Lars Holm") != nullptr);  // not "proposed her Lars Holm"
}
