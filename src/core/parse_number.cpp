// strtod's grammar by hand; decimal digits go to simdjson::internal::from_chars (exact, any length) unless the
// number is small enough for one exact multiplication or division by a power of ten.
#include "core/parse_number.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "simdjson.h"

namespace fc {
namespace {

bool digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char c) {
  if (digit(c)) return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool starts_with_nocase(const char* s, const char* word) {
  for (; *word; ++s, ++word) {
    if ((*s | 0x20) != *word) return false;
  }
  return true;
}

// Reads an exponent "[+-]digits" at p (p is past 'e' or 'p'); leaves p unchanged if there are no digits.
long exponent(const char*& p) {
  const char* q = p;
  const bool neg = *q == '-';
  if (*q == '-' || *q == '+') ++q;
  if (!digit(*q)) return 0;
  long e = 0;
  for (; digit(*q); ++q) e = e < 100000 ? e * 10 + (*q - '0') : e;
  p = q;
  return neg ? -e : e;
}

// mant * 2^exp2 rounded half-even to a double; `sticky`: nonzero hex digits were dropped below mant.
double round_binary(uint64_t mant, long exp2, bool sticky) {
  if (mant == 0) return 0;
  int bits = 64;
  while (!(mant >> (bits - 1))) --bits;
  const long top = exp2 + bits - 1;  // exponent of the leading bit
  long keep = top < -1022 ? 53 - (-1022 - top) : 53;
  if (keep < 0) keep = 0;
  if (bits > keep) {
    const int shift = bits - static_cast<int>(keep);
    const uint64_t rem = shift >= 64 ? mant : mant & ((uint64_t{1} << shift) - 1);
    const uint64_t half = uint64_t{1} << (shift - 1);
    mant = shift >= 64 ? 0 : mant >> shift;
    exp2 += shift;
    if (rem > half || (rem == half && (sticky || (mant & 1)))) ++mant;
  }
  return std::ldexp(static_cast<double>(mant), static_cast<int>(exp2 < -2000 ? -2000 : exp2 > 2000 ? 2000 : exp2));
}

// "0x1.8p3": the hex digits after "0x" at p; `ok` false if there are none (strtod then reads just the "0").
double hex_number(const char* p, bool& ok) {
  uint64_t mant = 0;
  long exp2 = 0;
  bool sticky = false, any = false;
  auto take = [&](int d, bool fraction) {
    any = true;
    if (mant >> 60) {
      sticky = sticky || d != 0;
      if (!fraction) exp2 += 4;
    } else {
      mant = mant * 16 + static_cast<uint64_t>(d);
      if (fraction) exp2 -= 4;
    }
  };
  for (; hex_value(*p) >= 0; ++p) take(hex_value(*p), false);
  if (*p == '.') {
    for (++p; hex_value(*p) >= 0; ++p) take(hex_value(*p), true);
  }
  ok = any;
  if (!any) return 0;
  if (*p == 'p' || *p == 'P') exp2 += exponent(++p);
  return round_binary(mant, exp2, sticky);
}

// The decimal number at p; `found` false if there is none.
double decimal_number(const char* p, bool& found) {
  std::string clean;  // the number alone, in the form from_chars expects
  uint64_t mant = 0;
  int sig = 0, scale = 0;  // significant digits in mant; mant * 10^scale so far
  auto take = [&](char c, bool fraction) {
    clean += c;
    if (sig == 0 && c == '0') {
      if (fraction) --scale;
      return;
    }
    if (++sig <= 19) mant = mant * 10 + static_cast<uint64_t>(c - '0');
    if (fraction) --scale;
  };
  for (; digit(*p); ++p) take(*p, false);
  if (*p == '.' && (!clean.empty() || digit(p[1]))) {  // "5." and ".5" are numbers, "." is not
    if (digit(p[1])) clean += '.';
    for (++p; digit(*p); ++p) take(*p, true);
  }
  found = !clean.empty();
  if (!found) return 0;
  if (*p == 'e' || *p == 'E') {
    const char* q = p + 1;
    const long e = exponent(q);
    if (q != p + 1) {
      scale += static_cast<int>(e);
      clean += 'e' + std::to_string(e);
    }
  }
  if (mant == 0) return 0;
  static const double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                   1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
  if (sig <= 15 && scale >= -22 && scale <= 22) {  // mant and 10^|scale| are exact: one rounding, as strtod
    const double m = static_cast<double>(mant);
    return scale >= 0 ? m * kPow10[scale] : m / kPow10[-scale];
  }
  return simdjson::internal::from_chars(clean.c_str(), clean.c_str() + clean.size());
}

}  // namespace

double parse_double(const char* s) {
  const char* p = s;
  while (*p == ' ' || (*p >= '\t' && *p <= '\r')) ++p;
  const bool neg = *p == '-';
  if (*p == '-' || *p == '+') ++p;
  double v = 0;
  bool found = true;  // strtod gives +0 when it reads no number, even after a minus sign
  if (starts_with_nocase(p, "inf")) {
    v = std::numeric_limits<double>::infinity();
  } else if (starts_with_nocase(p, "nan")) {
    v = std::numeric_limits<double>::quiet_NaN();
  } else if (p[0] == '0' && (p[1] | 0x20) == 'x') {
    bool ok = false;
    v = hex_number(p + 2, ok);
  } else {
    v = decimal_number(p, found);
  }
  return neg && found ? -v : v;
}

}  // namespace fc
