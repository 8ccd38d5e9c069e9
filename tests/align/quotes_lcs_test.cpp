#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "align/quotes_internal.h"

namespace {

// The plain table LCS, cut at 400 words like the production one.
size_t table_lcs(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const size_t n = std::min(a.size(), size_t{400}), m = std::min(b.size(), size_t{400});
  std::vector<std::vector<size_t>> t(n + 1, std::vector<size_t>(m + 1, 0));
  for (size_t i = 1; i <= n; ++i)
    for (size_t j = 1; j <= m; ++j) t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
  return t[n][m];
}

}  // namespace

TEST_CASE("bit-parallel LCS of word ids equals the table LCS", "[quotes][align]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const size_t la = rng() % (round % 10 == 0 ? 460 : 90), lb = rng() % (round % 7 == 0 ? 430 : 90);
    const uint32_t alphabet = 2 + rng() % 12;
    std::vector<uint32_t> a(la), b(lb);
    for (auto& x : a) x = rng() % alphabet;
    for (auto& x : b) x = rng() % alphabet;
    CHECK(fc::qa::lcs_length(a, b) == table_lcs(a, b));
  }
  CHECK(fc::qa::lcs_length({}, {1, 2}) == 0);
  CHECK(fc::qa::lcs_length({1, 2, 3}, {1, 2, 3}) == 3);
}
