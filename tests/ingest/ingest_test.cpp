#include <catch2/catch.hpp>

#include "ingest/ingest.h"

TEST_CASE("the input contract: only text is required, ids default to s1, s2", "[ingest]") {
  const auto r = fc::parse_sources_json(
      R"({"sources":[{"text":"One."},{"id":"wire","outlet":"W","published":"2021-03-18T22:14+03:00","text":"Two."}]})");
  REQUIRE_FALSE(r.error);
  REQUIRE(r.sources.size() == 2);
  CHECK(r.sources[0].id == "s1");
  CHECK(r.sources[1].id == "wire");
  CHECK(r.sources[1].published == "2021-03-18T22:14+03:00");
}

TEST_CASE("escaped strings are unescaped and unknown fields are reported, not dropped silently", "[ingest]") {
  const auto r = fc::parse_sources_json(R"({"sources":[{"text":"\u201cHi\u201d \ud83d\ude00","extra":1}],"meta":{}})");
  REQUIRE_FALSE(r.error);
  CHECK(r.sources[0].text == "\xE2\x80\x9CHi\xE2\x80\x9D \xF0\x9F\x98\x80");
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0].find("sources[0].extra") != std::string::npos);
}

TEST_CASE("bad input is rejected with what and where", "[ingest]") {
  auto msg = [](const char* json) { return fc::parse_sources_json(json).error.message; };
  CHECK(msg("{\"sources\":[{\"text\":\"a\"},{\"text\":null}]}").find("sources[1].text: must be a string") == 0);
  CHECK(msg("{\"sources\":[{\"text\":\"a\",\"published\":\"2021-3-18\"}]}").find("published") != std::string::npos);
  CHECK(msg("{\"sources\":[{\"text\":\"a\",\"published\":\"2021-03-18T25:00\"}]}").find("published") != std::string::npos);
  CHECK(msg("{\"sources\":[{\"text\":\"a\"}]} trailing").find("malformed JSON") == 0);
  CHECK(msg("").find("malformed JSON") == 0);
  CHECK(msg("{}").find("missing field \"sources\"") == 0);
  CHECK(fc::parse_sources_json("{\"sources\":[{\"text\":\"\\ud800\"}]}").error.code != fc::ErrorCode::kOk);
}

TEST_CASE("a .txt source may open with its publication date", "[ingest]") {
  auto r = fc::source_from_txt("story", "story.txt", "\n date 2021-03-19 Headline here\n\nBody.");
  REQUIRE_FALSE(r.error);
  CHECK(r.sources[0].id == "story");
  CHECK(r.sources[0].published == "2021-03-19");
  CHECK(r.sources[0].text == "Headline here\n\nBody.");
  r = fc::source_from_txt("plain", "plain.txt", "No date line.");
  CHECK(r.sources[0].published.empty());
  CHECK(r.sources[0].text == "No date line.");
}

TEST_CASE("published accepts the contract's forms only", "[ingest]") {
  CHECK(fc::is_valid_published("2021-03-18"));
  CHECK(fc::is_valid_published("2021-03-18T22:14"));
  CHECK(fc::is_valid_published("2021-03-18T22:14:05Z"));
  CHECK(fc::is_valid_published("2021-03-18T22:14-05:00"));
  CHECK_FALSE(fc::is_valid_published("2021-03-18 22:14"));
  CHECK_FALSE(fc::is_valid_published("2021-03-18T22"));
  CHECK_FALSE(fc::is_valid_published("2021-03-18Z"));
}
