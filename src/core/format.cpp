// %g by exact big-integer arithmetic: value = num / den, scaled into [1, 10) and read off digit by digit.
#include "core/format.h"

#include <cmath>
#include <cstdint>
#include <vector>

namespace fc {
namespace {

// A non-negative big integer, 32-bit limbs, least significant first.
using Big = std::vector<uint32_t>;

void mul_small(Big& a, uint32_t m) {
  uint64_t carry = 0;
  for (uint32_t& x : a) {
    uint64_t p = uint64_t{x} * m + carry;
    x = static_cast<uint32_t>(p);
    carry = p >> 32;
  }
  if (carry) a.push_back(static_cast<uint32_t>(carry));
}

Big shifted(uint64_t v, int bits) {
  Big a(static_cast<size_t>(bits / 32), 0);
  a.push_back(static_cast<uint32_t>(v));
  a.push_back(static_cast<uint32_t>(v >> 32));
  for (int k = 0; k < bits % 32; ++k) mul_small(a, 2);
  while (a.size() > 1 && a.back() == 0) a.pop_back();
  return a;
}

int compare(const Big& a, const Big& b) {
  size_t n = a.size() > b.size() ? a.size() : b.size();
  for (size_t i = n; i-- > 0;) {
    uint32_t x = i < a.size() ? a[i] : 0, y = i < b.size() ? b[i] : 0;
    if (x != y) return x < y ? -1 : 1;
  }
  return 0;
}

void subtract(Big& a, const Big& b) {  // a >= b
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    a[i] = static_cast<uint32_t>(d + (borrow << 32));
  }
  while (a.size() > 1 && a.back() == 0) a.pop_back();
}

// Significant digits of v > 0 (finite), rounded half-even; `exp10` receives the decimal exponent of the first one.
std::string digits_of(double v, int precision, int& exp10) {
  int e2 = 0;
  const double frac = std::frexp(v, &e2);  // v = frac * 2^e2, frac in [0.5, 1)
  const uint64_t mant = static_cast<uint64_t>(std::ldexp(frac, 53));
  e2 -= 53;
  Big num = shifted(mant, e2 > 0 ? e2 : 0), den = shifted(1, e2 < 0 ? -e2 : 0);
  exp10 = 0;
  Big den10 = den;
  mul_small(den10, 10);
  for (; compare(num, den10) >= 0; ++exp10) den = den10, mul_small(den10, 10);
  for (; compare(num, den) < 0; --exp10) mul_small(num, 10);
  std::string out;
  for (int i = 0; i < precision; ++i) {
    char d = '0';
    for (; compare(num, den) >= 0; ++d) subtract(num, den);
    out += d;
    if (i + 1 < precision) mul_small(num, 10);
  }
  mul_small(num, 2);
  const int c = compare(num, den);
  if (c > 0 || (c == 0 && (out.back() - '0') % 2 == 1)) {
    size_t k = out.size();
    while (k > 0 && out[k - 1] == '9') out[--k] = '0';
    if (k == 0) out.insert(out.begin(), '1'), out.pop_back(), ++exp10;
    else ++out[k - 1];
  }
  return out;
}

void strip_zeros(std::string& s) {
  if (s.find('.') == std::string::npos) return;
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
}

}  // namespace

std::string format_g(double v, int precision) {
  if (std::isnan(v)) return std::signbit(v) ? "-nan" : "nan";
  const std::string sign = std::signbit(v) ? "-" : "";
  if (std::isinf(v)) return sign + "inf";
  if (v == 0) return sign + "0";
  int x = 0;
  const std::string d = digits_of(std::fabs(v), precision, x);
  std::string s;
  if (x < -4 || x >= precision) {
    s = d.substr(0, 1) + "." + d.substr(1);
    strip_zeros(s);
    const int ax = x < 0 ? -x : x;
    s += std::string(x < 0 ? "e-" : "e+") + (ax < 10 ? "0" : "") + std::to_string(ax);
  } else if (x >= 0) {
    s = d.substr(0, static_cast<size_t>(x) + 1) + "." + d.substr(static_cast<size_t>(x) + 1);
    strip_zeros(s);
  } else {
    s = "0." + std::string(static_cast<size_t>(-x - 1), '0') + d;
    strip_zeros(s);
  }
  return sign + s;
}

std::string format_padded(long v, int width) {
  const bool minus = v < 0;
  unsigned long u = minus ? 0ul - static_cast<unsigned long>(v) : static_cast<unsigned long>(v);
  std::string digits;
  do digits.insert(digits.begin(), static_cast<char>('0' + u % 10)); while ((u /= 10) != 0);
  const int pad = width - static_cast<int>(digits.size()) - (minus ? 1 : 0);
  return (minus ? "-" : "") + std::string(pad > 0 ? static_cast<size_t>(pad) : 0, '0') + digits;
}

}  // namespace fc
