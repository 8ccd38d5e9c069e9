// The why of a date conflict names what differs: days, or coarser dates such as months.
#include <catch2/catch.hpp>

#include "compare/verdict.h"

namespace {

fc::Fact conflict_of(const std::string& a, const std::string& b) {
  fc::Fact f;
  f.kind = "date";
  f.values = {a, b};
  f.mentions.push_back(fc::Mention{"one", a, a, 0, 1, "test", {}});
  f.mentions.push_back(fc::Mention{"two", b, b, 0, 1, "test", {}});
  fc::decide_date_verdict(f, 2, 2);
  return f;
}

}  // namespace

TEST_CASE("a date conflict's why says days for days and dates for months", "[compare][dates]") {
  const fc::Fact days = conflict_of("2021-03-16", "2021-03-19");
  CHECK(days.verdict == "conflict");
  CHECK(days.why == "different days for the same event: one say 2021-03-16; two say 2021-03-19");
  const fc::Fact months = conflict_of("2025-03", "2025-05");
  CHECK(months.verdict == "conflict");
  CHECK(months.why == "different dates for the same event: one say 2025-03; two say 2025-05");
}
