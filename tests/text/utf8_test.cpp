#include <catch2/catch.hpp>

#include <string>

#include "text/utf8.h"

TEST_CASE("UTF-8 validation finds the first bad byte", "[text][utf8]") {
  size_t bad = 99;
  CHECK(fc::is_valid_utf8("plain ascii"));
  CHECK(fc::is_valid_utf8("\xE2\x80\x9C" "curly" "\xE2\x80\x9D \xF0\x9F\x98\x80"));
  CHECK_FALSE(fc::is_valid_utf8("ab\xC3", &bad));
  CHECK(bad == 2);
  CHECK_FALSE(fc::is_valid_utf8("x\xED\xA0\x80", &bad));  // UTF-16 surrogate encoded in UTF-8
  CHECK(bad == 1);
  CHECK_FALSE(fc::is_valid_utf8("\xC0\xAF", &bad));  // overlong
  CHECK(bad == 0);
  CHECK_FALSE(fc::is_valid_utf8("\xF4\x90\x80\x80", &bad));  // above U+10FFFF
}

TEST_CASE("byte offsets become UTF-16 code units (curly quotes and a non-BMP emoji)", "[text][utf8]") {
  // U+201C is 3 bytes / 1 unit; U+1F600 is 4 bytes / 2 units.
  const std::string text = "\xE2\x80\x9C" "Hi" "\xE2\x80\x9D " "\xF0\x9F\x98\x80" " Jan. 26";
  const fc::Utf16Offsets u16(text);
  CHECK(u16(0) == 0);
  CHECK(u16(3) == 1);   // after the opening quote
  CHECK(u16(5) == 3);   // the closing quote
  CHECK(u16(9) == 5);   // the emoji
  CHECK(u16(13) == 7);  // the space after the emoji
  CHECK(u16(text.size()) == u16.length());
  CHECK(u16.length() == 15);
  CHECK(u16(10) == 5);  // a byte inside a sequence maps to its start
}

TEST_CASE("decoding never overruns on truncated input", "[text][utf8]") {
  const std::string s = "a\xE2\x80";
  size_t pos = 1;
  CHECK(fc::next_code_point(s, pos) == 0xFFFD);
  CHECK(pos == 2);
}

TEST_CASE("UTF-16 offsets stay exact across checkpoint blocks in long mixed text", "[text][utf8]") {
  std::string text;
  std::vector<size_t> expect;  // UTF-16 offset of every byte, computed the slow way
  size_t units = 0;
  for (int i = 0; i < 500; ++i) {
    const std::string piece = i % 3 == 0 ? "\xF0\x9F\x98\x80" : i % 3 == 1 ? "\xE2\x80\x9C" : "ab";
    const size_t width = i % 3 == 0 ? 2 : i % 3 == 1 ? 1 : 2;
    for (size_t b = 0; b < piece.size(); ++b) expect.push_back(i % 3 == 2 ? units + b : units);
    units += width;
    text += piece;
  }
  const fc::Utf16Offsets u16(text);
  for (size_t b = 0; b < text.size(); ++b) REQUIRE(u16(b) == expect[b]);
  CHECK(u16(text.size()) == units);
}
