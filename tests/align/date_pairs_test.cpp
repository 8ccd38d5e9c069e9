#include "align/date_pairs.h"

#include <catch2/catch.hpp>

namespace {

fc::BagSpace space(const std::vector<std::vector<std::string>>& bags) {
  fc::BagSpace out;
  for (const auto& b : bags) out.add(b);
  out.finish();
  return out;
}

}  // namespace

TEST_CASE("date candidates pair items of different sources that share a word, sorted and unique") {
  // items 0 and 1 share two words (one pair, not two); item 2 is from item 0's source; item 3 shares nothing
  const fc::BagSpace bags = space({{"ceasefire", "talks"}, {"ceasefire", "talks"}, {"ceasefire", "vote"}, {"harbour"}});
  std::vector<size_t> seen(4, 0);
  const auto pairs = fc::date_candidates({0, 1, 2, 3}, {0, 1, 0, 2}, bags, seen);
  const std::vector<std::pair<size_t, size_t>> want = {{0, 1}, {1, 2}};
  CHECK(pairs == want);
}

TEST_CASE("a word held by most of a large block proposes no pairs") {
  std::vector<std::vector<std::string>> words(60, std::vector<std::string>{"meeting"});
  words[7].push_back("summit");
  words[42].push_back("summit");
  const fc::BagSpace bags = space(words);
  std::vector<size_t> members, src, seen(60, 0);
  for (size_t i = 0; i < 60; ++i) members.push_back(i), src.push_back(i);
  const auto pairs = fc::date_candidates(members, src, bags, seen);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs.front() == std::make_pair(size_t{7}, size_t{42}));
}

TEST_CASE("overlap_marked equals overlap") {
  const fc::BagSpace bags = space({{"a1", "b2", "c3"}, {"b2", "c3", "d4"}, {"c3"}});
  std::vector<char> marked(bags.vocabulary(), 0);
  for (uint32_t id : bags.ids(0)) marked[id] = 1;
  CHECK(bags.overlap_marked(marked, 0, 1) == bags.overlap(0, 1));
  CHECK(bags.overlap_marked(marked, 0, 2) == bags.overlap(0, 2));
  CHECK(bags.overlap(0, 1) > 0);
}
