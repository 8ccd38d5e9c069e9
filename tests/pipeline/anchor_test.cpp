#include <catch2/catch.hpp>

#include "pipeline/anchor.h"

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
