// fc::parse_double must return exactly what std::strtod returns.
#include "core/parse_number.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

bool same_bits(double a, double b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b) && std::signbit(a) == std::signbit(b);
  return std::memcmp(&a, &b, sizeof a) == 0;
}

void check(const std::string& s) {
  INFO(s);
  REQUIRE(same_bits(fc::parse_double(s.c_str()), std::strtod(s.c_str(), nullptr)));
}

}  // namespace

TEST_CASE("parse_double reads what strtod reads", "[core][parse]") {
  for (const char* s : {"", "0", "-0", "+7", "  12", "\t3.5x", "-", "-e5", "-0x", "- 1", "1,000", "1.2.3", ".5", "5.", "5.e3", ".", "-.", "e5",
                        "1e", "1e+", "1e-3", "2E10", "1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
                        "0.1", "0.30000000000000004", "123456789012345678901234567890", "9007199254740993",
                        "21st", "1.5bn", "inf", "-Infinity", "nan", "NaN(1)", "0x1A", "0x.8p1", "0x1p-1074",
                        "0x1.fffffffffffff8p1023", "0x", "0xg", "0x123456789abcdef0123p-4", "00012.500",
                        "1e99999999999", "0.000000000000000000000000001234", "179769313486231580793728971405301e277"}) {
    check(s);
  }
}

TEST_CASE("parse_double matches strtod on random decimal strings", "[core][parse]") {
  uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] { state ^= state << 13, state ^= state >> 7, state ^= state << 17; return state; };
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const int digits = 1 + static_cast<int>(next() % 25);
    for (int k = 0; k < digits; ++k) s += static_cast<char>('0' + next() % 10);
    if (next() % 2) s.insert(next() % s.size(), ".");
    if (next() % 3 == 0) s += "e" + std::to_string(static_cast<int>(next() % 700) - 350);
    check(s);
  }
}
