// The shared word scanner: offsets, possessives, initials, ordinals, glued codes and sentences.
#include <catch2/catch.hpp>

#include <string>

#include "extract/entities.h"
#include "extract/events.h"
#include "extract/numbers.h"
#include "extract/scan.h"

TEST_CASE("scanner tokens carry byte offsets into the text", "[scan]") {
  std::string text = "Mr. Lee\xE2\x80\x99s U.S. trip: 27th day, COVID-19. Next one.";
  auto t = fc::scan_words(text);
  for (const auto& tok : t) CHECK(text.substr(tok.start, tok.end - tok.start).size() == tok.end - tok.start);
  REQUIRE(t.size() >= 10);
  CHECK(t[0].norm == "mr");
  CHECK(t[2].norm == "lee");
  CHECK(t[3].norm == "'s");
  CHECK(t[4].norm == "u.s.");
  CHECK(t[4].cap);
  bool ordinal = false, code = false;
  for (const auto& tok : t) {
    ordinal = ordinal || (tok.norm == "27th" && tok.kind == fc::ScanKind::kOrdinal);
    code = code || (tok.norm == "covid-19" && tok.kind == fc::ScanKind::kWord);
  }
  CHECK(ordinal);
  CHECK(code);
  CHECK(t.back().sentence == 1);  // "Mr." did not end the sentence; "COVID-19." did
}

TEST_CASE("scanner survives invalid UTF-8 and control characters", "[scan]") {
  std::string junk = "\xFF\xFE\x01\x02 abc \xE2\x80 \xC3";
  auto t = fc::scan_words(junk);
  for (const auto& tok : t) CHECK(tok.end <= junk.size());
}

TEST_CASE("extractors given one shared word scan find what they find on their own") {
  const std::string text =
      "Mayor Lena Ortiz said on Monday that 300 dock workers met the council.\n"
      "Minister Pavel Dorn recalled the ambassador; the strike has cost more than 40 million euros.";
  const std::vector<fc::ScanTok> words = fc::scan_words(text);
  const auto nums = fc::extract_numbers(text), nums2 = fc::extract_numbers(text, words);
  REQUIRE(nums.size() == nums2.size());
  REQUIRE(!nums.empty());
  for (size_t i = 0; i < nums.size(); ++i) CHECK((nums[i].start == nums2[i].start && nums[i].value == nums2[i].value));
  const auto ents = fc::extract_entities(text), ents2 = fc::extract_entities(text, words);
  REQUIRE(ents.size() == ents2.size());
  REQUIRE(!ents.empty());
  for (size_t i = 0; i < ents.size(); ++i) CHECK((ents[i].start == ents2[i].start && ents[i].key == ents2[i].key));
  const auto evs = fc::extract_events(text), evs2 = fc::extract_events(text, words, ents2);
  REQUIRE(evs.size() == evs2.size());
  for (size_t i = 0; i < evs.size(); ++i) CHECK((evs[i].start == evs2[i].start && evs[i].action == evs2[i].action));
}
