// Data-driven tagger cases: tests/corpus/en/dates.tsv (expected expressions) and dates_negative.tsv (none expected).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/dates.h"

namespace {

std::vector<std::vector<std::string>> read_tsv(const std::string& name) {
  std::ifstream in(std::string(FC_SOURCE_DIR) + "/tests/corpus/en/" + name);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream ss(line);
    std::string f;
    while (std::getline(ss, f, '\t')) fields.push_back(f);
    rows.push_back(fields);
  }
  return rows;
}

std::optional<fc::CivilDate> anchor_of(const std::string& s) {
  return s == "-" ? std::nullopt : fc::parse_iso_date(s);
}

}  // namespace

TEST_CASE("corpus: each sentence yields its expected expression", "[dates][corpus]") {
  const auto rows = read_tsv("dates.tsv");
  REQUIRE(rows.size() >= 40);
  for (const auto& r : rows) {
    REQUIRE(r.size() == 5);
    INFO("input: " << r[0] << " | dct " << r[1]);
    const auto found = fc::tag_dates(r[0], anchor_of(r[1]));
    const fc::Timex* hit = nullptr;
    for (const fc::Timex& t : found) {
      if (t.text == r[2]) hit = &t;
    }
    REQUIRE(hit != nullptr);
    CHECK(hit->type == r[3]);
    CHECK(hit->value == r[4]);
    CHECK(r[0].substr(hit->start, hit->end - hit->start) == hit->text);
  }
}

TEST_CASE("corpus: non-dates stay non-dates", "[dates][corpus]") {
  const auto rows = read_tsv("dates_negative.tsv");
  REQUIRE(rows.size() >= 8);
  for (const auto& r : rows) {
    REQUIRE(r.size() == 2);
    INFO("input: " << r[0]);
    const auto found = fc::tag_dates(r[0], anchor_of(r[1]));
    for (const fc::Timex& t : found) INFO("tagged: " << t.text << " = " << t.value << " (" << t.rule << ")");
    CHECK(found.empty());
  }
}
