#include <catch2/catch.hpp>

#include "pipeline/anchor.h"
#include "pipeline/anchor_shingles.h"
#include "text/text.h"

namespace {
fc::Source src(const std::string& id, const std::string& published, const std::string& text) {
  return fc::Source{id, "", "", published, "en", "", text};
}
const std::string kWire =
    "Dock workers at Port Elsby walked off the job on Wednesday, halting cargo at the second-largest port, "
    "and union leaders said talks with the port authority would resume on Friday or Monday at the earliest.";
}  // namespace

TEST_CASE("a given publication date is the anchor, not inferred", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("a", "2024-05-16T08:00Z", "Text.")}, warnings);
  REQUIRE(a[0].date);
  CHECK(fc::to_iso(*a[0].date) == "2024-05-16");
  CHECK_FALSE(a[0].inferred);
  CHECK(warnings.empty());
}

TEST_CASE("an undated copy of a dated wire story takes the wire's date, with a warning saying so", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("wire", "2024-05-16", kWire), src("copy", "", "From our partners. " + kWire)}, warnings);
  REQUIRE(a[1].date);
  CHECK(fc::to_iso(*a[1].date) == "2024-05-16");
  CHECK(a[1].inferred);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("\"copy\"") != std::string::npos);
  CHECK(warnings[0].find("\"wire\"") != std::string::npos);
}

TEST_CASE("an undated source with nothing to go on stays unanchored and says so", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("x", "", "Nothing here tells the day at all.")}, warnings);
  CHECK_FALSE(a[0].date);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("none could be inferred") != std::string::npos);
}

TEST_CASE("containment measures how much of one text another repeats", "[pipeline][anchor]") {
  CHECK(fc::containment(kWire, kWire) == Approx(1.0));
  CHECK(fc::containment("entirely different words about weather in the hills today", kWire) == Approx(0.0));
}

TEST_CASE("the 4-gram words are exactly index_text's word and number tokens", "[pipeline][anchor]") {
  const std::vector<std::string> texts = {
      "U.S. officials' rock-and-roll plans: 1990s, 3,000.5 tons on the 19th; A&P e.g. x.y z. \"Quoted\" - dash",
      "\xC3\x85lesund \xC3\x89" "COLE don\xE2\x80\x99t \xE2\x80\x9Cwork\xE2\x80\x9D co\xE2\x80\x90op 12:30 3/18/2021 "
      "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 \xE4\xB8\xAD\xE6\x96\x87 end.",
      "A.B.C. a.b. ab.cd 'quote' O'Neil -5 +7 100% $3bn J.R.R. Tolkien\tand\nnew\r\nlines \xC2\xA0nbsp",
      "", "   ", "x", "..."};
  for (const std::string& t : texts) {
    std::string folded;
    std::vector<size_t> ends;
    fc::shingle_words(t, folded, ends);
    std::vector<std::string> mine, theirs;
    for (size_t i = 0; i < ends.size(); ++i) mine.push_back(folded.substr(i ? ends[i - 1] : 0, ends[i] - (i ? ends[i - 1] : 0)));
    for (const fc::Token& tok : fc::index_text(t).tokens) {
      if (tok.kind == fc::TokenKind::kWord || tok.kind == fc::TokenKind::kNumber) theirs.push_back(tok.norm);
    }
    CHECK(mine == theirs);
  }
}

TEST_CASE("resolve_anchors keeps the tagging of the sources it inferred a date for", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  std::vector<fc::PreparedDates> prepared;
  const std::vector<fc::Source> sources = {src("wire", "2024-05-16", kWire), src("x", "", "He said on March 19, 2021 it stood.")};
  const auto a = fc::resolve_anchors(sources, warnings, prepared);
  REQUIRE(prepared.size() == 2);
  CHECK_FALSE(prepared[0]);
  REQUIRE(prepared[1]);
  REQUIRE(a[1].date);
  CHECK(fc::tag_dates(prepared[1], a[1].date).size() == fc::tag_dates(sources[1].text, a[1].date).size());
}

TEST_CASE("an undated source's yearless dateline anchors it, with the story's year and a warning saying how",
          "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors(
      {src("dated", "2024-06-14", kWire), src("local", "", "ELSBY, 13 June \xE2\x80\x93 Dock workers stayed out today.")},
      warnings);
  REQUIRE(a[1].date);
  CHECK(fc::to_iso(*a[1].date) == "2024-06-13");
  CHECK(a[1].inferred);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("dateline 'ELSBY, 13 June'") != std::string::npos);
  CHECK(warnings[0].find("year of the story") != std::string::npos);
}

TEST_CASE("a relative day apposed to its date gives the publication day", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("dated", "2031-09-03", "The ferry sailed on Wednesday."),
                                      src("blog", "", "It finally happened. Yesterday, 3 September, the ferry sailed.")},
                                     warnings);
  REQUIRE(a[1].date);
  CHECK(fc::to_iso(*a[1].date) == "2031-09-04");
  CHECK(a[1].inferred);
}

TEST_CASE("a dateline with only a weekday takes that weekday nearest the story's dates", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  // 2031-09-03 is a Wednesday: the Thursday nearest it is the 4th.
  const auto a = fc::resolve_anchors({src("dated", "2031-09-03", "The ferry sailed on Wednesday."),
                                      src("paper", "", "GALLOWAY BAY, Thursday - The ferry came in tonight.")},
                                     warnings);
  REQUIRE(a[1].date);
  CHECK(fc::to_iso(*a[1].date) == "2031-09-04");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("weekday dateline") != std::string::npos);
}

TEST_CASE("a weekday dateline without any dated source stays unanchored", "[pipeline][anchor]") {
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("paper", "", "GALLOWAY BAY, Thursday - The ferry came in tonight.")}, warnings);
  CHECK_FALSE(a[0].date);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("only a weekday") != std::string::npos);
}
