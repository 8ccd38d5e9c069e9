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

TEST_CASE("an event label keeps the possessive as written: 'his counterpart', not 'its counterpart'", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "2021-03-18", "en", "", "Mayor Tom Ekdal offered his counterpart a joint hearing on the bridge tolls."},
      {"b", "", "", "2021-03-18", "en", "", "Tom Ekdal offered his counterpart a joint hearing on the tolls of the bridge."}};
  std::vector<fc::SourceFindings> fs;
  const auto facts = fctest::align_event_texts(src, fs);
  REQUIRE(fctest::fact_by_label(facts, "Tom Ekdal proposed his counterpart") != nullptr);
}

TEST_CASE("an event's why names the places and people both sources name as written, not by name keys", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "2024-08-20", "en", "", "Mountain Guard rescued six climbers on Mount Kelvara on Tuesday."},
      {"b", "", "", "2024-08-20", "en", "", "On Tuesday Mountain Guard rescued six stranded climbers from Mount Kelvara."}};
  std::vector<fc::SourceFindings> fs(src.size());
  for (size_t i = 0; i < src.size(); ++i) fs[i].entities = fc::extract_entities(src[i].text);
  const auto facts = fctest::align_event_texts(src, fs);
  bool named = false;
  for (const fc::Fact& f : facts) named = named || f.why.find("Mount Kelvara") != std::string::npos;
  CHECK(named);
}

TEST_CASE("an act every source tells as yet to come is labelled 'to buy', not 'bought'", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "2025-02-11", "en", "", "Harlow Foods will buy the Denby bakery chain for 90 million pounds."},
      {"b", "", "", "2025-02-11", "en", "", "Harlow Foods agreed to buy the Denby bakery chain for 90 million pounds."},
      {"c", "", "", "2025-02-11", "en", "", "Harlow Foods bought the Denby bakery chain for 90 million pounds."}};
  std::vector<fc::SourceFindings> fs;
  std::vector<fc::Source> planned(src.begin(), src.begin() + 2);
  const auto facts = fctest::align_event_texts(planned, fs);
  CHECK(fctest::fact_by_label(facts, "Harlow Foods to buy chain") != nullptr);
  std::vector<fc::SourceFindings> fs2;
  const auto done = fctest::align_event_texts(src, fs2);  // one source tells it done: the past
  CHECK(fctest::fact_by_label(done, "Harlow Foods bought chain") != nullptr);
}
