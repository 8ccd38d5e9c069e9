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
  fc::DatePairScratch scratch = fc::date_pair_scratch({0, 1, 0, 2}, bags);
  std::vector<std::pair<size_t, size_t>> pairs;
  fc::date_candidates({0, 1, 2, 3}, bags, scratch, pairs);
  const std::vector<std::pair<size_t, size_t>> want = {{0, 1}, {1, 2}};
  CHECK(pairs == want);
}

TEST_CASE("a word held by most of a large block proposes no pairs") {
  std::vector<std::vector<std::string>> words(60, std::vector<std::string>{"meeting"});
  words[7].push_back("summit");
  words[42].push_back("summit");
  const fc::BagSpace bags = space(words);
  std::vector<size_t> members, src;
  for (size_t i = 0; i < 60; ++i) members.push_back(i), src.push_back(i);
  fc::DatePairScratch scratch = fc::date_pair_scratch(src, bags);
  std::vector<std::pair<size_t, size_t>> pairs;
  fc::date_candidates(members, bags, scratch, pairs);
  REQUIRE(pairs.size() == 1);
  CHECK(pairs.front() == std::make_pair(size_t{7}, size_t{42}));
}

TEST_CASE("overlap_marked and overlap_weighted equal overlap") {
  const fc::BagSpace bags = space({{"a1", "b2", "c3"}, {"b2", "c3", "d4"}, {"c3"}});
  std::vector<char> marked(bags.vocabulary(), 0);
  for (uint32_t id : bags.ids(0)) marked[id] = 1;
  CHECK(bags.overlap_marked(marked, 0, 1) == bags.overlap(0, 1));
  CHECK(bags.overlap_marked(marked, 0, 2) == bags.overlap(0, 2));
  CHECK(bags.overlap(0, 1) > 0);
  std::vector<double> weights(bags.vocabulary(), 0.0);
  for (uint32_t id : bags.ids(0)) weights[id] = bags.weight(id);
  CHECK(bags.overlap_weighted(weights, 0, 1) == bags.overlap(0, 1));
  CHECK(bags.overlap_weighted(weights, 0, 2) == bags.overlap(0, 2));
}

TEST_CASE("terms give word ids in first-seen order, as words do") {
  fc::BagSpace by_terms;
  by_terms.add_terms({3, 7});
  by_terms.add_terms({1, 3, 9});
  by_terms.finish();
  const fc::BagSpace by_words = space({{"c", "g"}, {"a", "c", "i"}});
  for (size_t b = 0; b < 2; ++b) {
    CHECK(std::vector<uint32_t>(by_terms.ids(b).begin(), by_terms.ids(b).end()) ==
          std::vector<uint32_t>(by_words.ids(b).begin(), by_words.ids(b).end()));
  }
  CHECK(by_terms.overlap(0, 1) == by_words.overlap(0, 1));
}

TEST_CASE("nested candidates: items sharing a rare word, of the ranked (finer) keys, in rank then item order") {
  // 60 items hold "meeting" (too common); items 3, 5 and 9 hold "summit" with item 0; item 9 ranks first
  std::vector<std::vector<std::string>> words(60, std::vector<std::string>{"meeting"});
  for (size_t i : {0, 3, 5, 9}) words[i].push_back("summit");
  const fc::BagSpace bags = space(words);
  const fc::WordPostings postings = fc::rare_word_postings(bags, words.size());
  std::vector<uint32_t> rank(words.size(), UINT32_MAX);
  rank[3] = 1, rank[9] = 0, rank[20] = 0;  // item 5 is no finer item; item 20 shares only "meeting"
  std::vector<size_t> out;
  fc::nested_candidates(0, bags, postings, rank, out);
  CHECK(out == std::vector<size_t>{9, 3});
}

TEST_CASE("sole pairs: one per pair of sources among the flagged items, merged into sorted candidates") {
  const fc::BagSpace bags = space({{"a"}, {"b"}, {"c"}, {"d"}});
  fc::DatePairScratch scratch = fc::date_pair_scratch({0, 1, 1, 2}, bags);
  std::vector<std::pair<size_t, size_t>> pairs = {{1, 3}};
  fc::add_sole_pairs({0, 1, 2, 3}, {1, 1, 1, 0}, scratch, pairs);  // item 3 is not flagged
  const std::vector<std::pair<size_t, size_t>> want = {{0, 1}, {0, 2}, {1, 3}};
  CHECK(pairs == want);
}
