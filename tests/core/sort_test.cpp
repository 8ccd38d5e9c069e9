// fc::sort_by must order exactly like std::stable_sort, for plain and non-trivially-copyable elements.
#include "core/sort.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace {

struct Rec {
  int key;
  std::string tag;
  bool operator==(const Rec& o) const { return key == o.key && tag == o.tag; }
};

}  // namespace

TEST_CASE("sort_by orders integers like std::stable_sort at every length", "[core][sort]") {
  uint32_t state = 12345;
  for (size_t n = 0; n < 200; n += 7) {
    std::vector<std::pair<int, int>> v;
    for (size_t i = 0; i < n; ++i) {
      state = state * 1103515245u + 12345u;
      v.push_back({static_cast<int>(state >> 28), static_cast<int>(i)});  // few distinct keys: many ties
    }
    auto expect = v;
    auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
    std::stable_sort(expect.begin(), expect.end(), by_key);
    fc::sort_by(v.begin(), v.end(), by_key);
    REQUIRE(v == expect);
  }
}

TEST_CASE("sort_by moves strings into stable order and sorts subranges", "[core][sort]") {
  std::vector<Rec> v;
  for (int i = 0; i < 50; ++i) v.push_back({(i * 7) % 5, "item " + std::to_string(i) + std::string(20, 'x')});
  auto expect = v;
  auto by_key = [](const Rec& a, const Rec& b) { return a.key > b.key; };
  std::stable_sort(expect.begin() + 3, expect.end(), by_key);
  fc::sort_by(v.begin() + 3, v.end(), by_key);
  REQUIRE(v == expect);

  std::vector<std::string> words{"pear", "apple", "fig", "apple", "kiwi"};
  fc::sort_by(words.begin(), words.end());
  REQUIRE(words == std::vector<std::string>{"apple", "apple", "fig", "kiwi", "pear"});
  int raw[] = {3, 1, 2};
  fc::sort_by(raw, raw + 3);
  REQUIRE((raw[0] == 1 && raw[1] == 2 && raw[2] == 3));
}

TEST_CASE("sort_by permutes large plain elements in place", "[core][sort]") {
  struct Wide {
    int key;
    int seq;
    char pad[96];
  };
  std::vector<Wide> v;
  for (int i = 0; i < 100; ++i) v.push_back(Wide{(i * 37) % 11, i, {}});
  fc::sort_by(v.begin(), v.end(), [](const Wide& a, const Wide& b) { return a.key < b.key; });
  for (size_t i = 1; i < v.size(); ++i) {
    REQUIRE(v[i - 1].key <= v[i].key);
    if (v[i - 1].key == v[i].key) REQUIRE(v[i - 1].seq < v[i].seq);
  }
}

TEST_CASE("sort_by gives std::stable_sort's order on input already partly in order", "[core][sort]") {
  // merge passes skip the compares of two runs already in order: sorted, reversed, equal and blocky input
  for (size_t n : {13u, 25u, 64u, 65u, 100u, 300u}) {
    for (int shape = 0; shape < 4; ++shape) {
      std::vector<std::pair<int, int>> v;
      for (size_t i = 0; i < n; ++i) {
        const int k = static_cast<int>(i);
        const int key = shape == 0 ? k : shape == 1 ? -k : shape == 2 ? 7 : (k / 20) % 3 * 100 + k % 20;
        v.push_back({key, k});
      }
      auto expect = v;
      auto by_key = [](const auto& a, const auto& b) { return a.first < b.first; };
      std::stable_sort(expect.begin(), expect.end(), by_key);
      fc::sort_by(v.begin(), v.end(), by_key);
      REQUIRE(v == expect);
    }
  }
}
