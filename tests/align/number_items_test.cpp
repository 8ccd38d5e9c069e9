// Number items: ranges, wide vague values and the evidence that two mentions state the same fact.
#include <catch2/catch.hpp>

#include "align/number_items.h"
#include "extract/numbers.h"

TEST_CASE("ranges overlap only on shared values", "[align][numbers]") {
  using fc::num_align::overlaps;
  CHECK(overlaps(20, 20, 20, 20));
  CHECK_FALSE(overlaps(19.9, 19.9, 20, 20));  // 19.9% is not 20%
  CHECK(overlaps(200, 300, 214, 214));
  CHECK_FALSE(overlaps(6.7e9, 10.05e9, 27e9, 27e9));
}

TEST_CASE("wide vague values need more context than near-precise ones", "[align][numbers]") {
  auto wide_of = [](const char* text) {
    auto m = fc::extract_numbers(text);
    REQUIRE(m.size() == 1);
    return fc::num_align::wide(m[0]);
  };
  CHECK(wide_of("dozens of people"));
  CHECK(wide_of("more than 200 residents"));
  CHECK_FALSE(wide_of("about 210 residents"));
  CHECK_FALSE(wide_of("214 residents"));
}

TEST_CASE("blocks key numbers by unit and counted noun in base units", "[align][numbers]") {
  fc::Source a{"a", "", "", "", "", "", "She served four decades in office and 30 years on the board."};
  fc::SourceFindings f;
  f.source = &a;
  f.index = fc::index_text(a.text);
  f.numbers = fc::extract_numbers(a.text);
  std::vector<fc::SourceFindings> all;
  all.push_back(std::move(f));
  std::vector<fc::num_align::NumItem> items;
  std::map<std::string, std::vector<size_t>> blocks;
  fc::num_align::collect_items(all, items, blocks);
  REQUIRE(blocks.count("|year") == 1);
  CHECK(blocks["|year"].size() == 2);
  CHECK(items[0].low == 40);  // four decades in years
  CHECK(items[0].crowded);    // two values of one counted noun in one sentence
}
