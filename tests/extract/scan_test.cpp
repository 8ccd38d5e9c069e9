// The shared word scanner: offsets, possessives, initials, ordinals, glued codes and sentences.
#include <catch2/catch.hpp>

#include <string>

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
