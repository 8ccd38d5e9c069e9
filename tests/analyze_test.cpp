#include <catch2/catch.hpp>

#include "analyze.h"
#include "text/utf8.h"

TEST_CASE("report offsets are UTF-16 code units, for ASCII and non-ASCII texts alike", "[analyze]") {
  std::vector<fc::Source> sources(3);
  sources[0].id = "a";
  sources[0].published = "2021-03-18";
  sources[0].text = "The caf\xC3\xA9 talks \xF0\x9F\x98\x80 ended on March 17, 2021 after the vote on March 16, 2021.";
  sources[1].id = "b";
  sources[1].published = "2021-03-18";
  sources[1].text = "Talks ended on March 17, 2021, after the vote on March 16, 2021.";
  sources[2].id = "c";
  sources[2].published = "2021-03-18";
  sources[2].text = "\xE2\x80\x9CNo,\xE2\x80\x9D she said. The caf\xC3\xA9 talks ended on March 17, 2021.";
  const fc::Report r = fc::analyze(sources, fc::Options{});
  REQUIRE(r.sources.size() == 3);
  size_t checked = 0;
  for (size_t i = 0; i < 3; ++i) CHECK(r.sources[i].text_utf16_length == fc::Utf16Offsets(sources[i].text).length());
  for (const fc::Fact& f : r.facts) {
    for (const fc::Mention& m : f.mentions) {
      const std::string& text = sources[m.source == "a" ? 0 : m.source == "b" ? 1 : 2].text;
      const fc::Utf16Offsets u16(text);
      // the mention's text sits at the byte offset whose UTF-16 offset the report gives
      size_t found = std::string::npos;
      for (size_t at = text.find(m.text); at != std::string::npos; at = text.find(m.text, at + 1)) {
        if (u16(at) == m.start && u16(at + m.text.size()) == m.end) found = at;
      }
      CHECK(found != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked >= 5);
}
