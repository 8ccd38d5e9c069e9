// fc::format_g and fc::format_padded must print exactly what snprintf prints.
#include "core/format.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

namespace {

std::string printf_g(double v, int precision) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", precision, v);
  return buf;
}

}  // namespace

TEST_CASE("format_g matches printf on chosen values", "[core][format]") {
  const double values[] = {0.0, -0.0, 1.0, 2.5, 0.125, 0.375, 9.9999999995, 99999.5, 1e10, 1.5e10, 123456789012.0,
                           0.0001, 0.00001234, 1e-300, 5e-324, 1.7976931348623157e308, 3.14159265358979, 0.1, 0.7,
                           1e21, 1e100, -42.125, 1234567890.5, 2.25, 0.05, 0.95, 0.995, 999.5,
                           std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
  for (double v : values) {
    for (int p : {1, 2, 6, 10, 17}) REQUIRE(fc::format_g(v, p) == printf_g(v, p));
  }
  REQUIRE(fc::format_g(std::nan(""), 10) == printf_g(std::nan(""), 10));
}

TEST_CASE("format_g matches printf on random doubles", "[core][format]") {
  uint64_t state = 88172645463325252ull;
  for (int i = 0; i < 20000; ++i) {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    double v = 0;
    if (i % 2 == 0) {
      std::memcpy(&v, &state, sizeof v);
      if (!std::isfinite(v)) continue;
    } else {
      v = static_cast<double>(state % 10000000) / std::pow(10.0, static_cast<double>(state % 9));  // figures
    }
    for (int p : {2, 10}) REQUIRE(fc::format_g(v, p) == printf_g(v, p));
  }
}

TEST_CASE("format_padded matches %0Nd", "[core][format]") {
  for (long v : {0L, 5L, -5L, 42L, 2021L, -2021L, 12345L, -123456L, 2147483647L}) {
    for (int w : {2, 4}) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "%0*ld", w, v);
      REQUIRE(fc::format_padded(v, w) == buf);
    }
  }
}
