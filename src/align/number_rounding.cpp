// Numbers as written: the rounding a value's digits allow, and figures compared without their group separators.
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include "align/number_items.h"
#include "core/parse_number.h"

namespace fc::num_align {

namespace {

// A round number written in words ("three hundred", "forty") rounds as its digits would: half the step of its last
// non-zero digit, at most 6.5% of it; 0 for fractions and for single digits ("four" people are four).
double written_half(double v) {
  if (v < 1 || v > 1e15 || std::floor(v) != v) return 0;
  double step = 1;
  for (auto n = static_cast<long long>(v); n % 10 == 0; n /= 10) step *= 10;
  return step < 10 ? 0 : std::min(0.49 * step, 0.065 * v);  // "four decades" is four, "three hundred" round
}

}  // namespace

double rounding_half(const NumberMention& m) {
  if (m.vague || m.nominal <= 0 || m.counts == "score") return 0;  // "88-81" is exact
  size_t i = 0;
  while (i < m.text.size() && !(m.text[i] >= '0' && m.text[i] <= '9')) ++i;
  if (i == m.text.size()) return written_half(m.nominal);
  std::string digits;
  int decimals = -1;
  for (; i < m.text.size(); ++i) {
    const char c = m.text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
      if (decimals >= 0) ++decimals;
    } else if ((c == '.' || c == ',') && i + 1 < m.text.size() && m.text[i + 1] >= '0' && m.text[i + 1] <= '9') {
      if (c == '.' || decimals < 0) decimals = 0;  // "4,82": a decimal comma if one or two digits follow (below)
      if (c == '.') digits += '.';
      else digits += ',';
    } else if (c != ' ') {
      break;
    }
  }
  // Thousands commas ("1,300", "4,823") group digits; only a last comma followed by one or two digits is decimal.
  const size_t comma = digits.rfind(',');
  if (digits.find('.') == std::string::npos && comma != std::string::npos) {
    const size_t after = digits.size() - comma - 1;
    decimals = (after == 1 || after == 2) && digits.find(',') == comma ? static_cast<int>(after) : 0;
    if (decimals > 0) digits[comma] = '.';
  }
  std::string plain;
  for (char c : digits) if (c != ',') plain += c;
  const double written = fc::parse_double(plain.c_str());
  if (written <= 0) return 0;
  const double step = std::pow(10.0, -std::max(decimals, 0)) * (m.nominal / written);
  return std::min(0.49 * step, 0.065 * m.nominal);
}

// A figure without its group separators, so "1,300" and "1300" (or "1 300") are one figure, and "6,8" is 6.8.
std::string plain_figure(const std::string& x) {
  std::string out;
  for (size_t i = 0; i < x.size(); ++i) {
    const bool group = (x[i] == ',' || x[i] == ' ') && i > 0 && i + 3 < x.size() &&
                       isdigit(static_cast<unsigned char>(x[i + 1])) && isdigit(static_cast<unsigned char>(x[i + 2])) &&
                       isdigit(static_cast<unsigned char>(x[i + 3])) &&
                       (i + 4 == x.size() || !isdigit(static_cast<unsigned char>(x[i + 4])));
    if (!group) out += x[i];
  }
  // "6,8" as continental Europe writes 6.8: one comma with one or two digits after it is the decimal mark.
  const size_t c = out.find(',');
  if (c != std::string::npos && c > 0 && out.find_first_of(",.", c + 1) == std::string::npos && out.size() - c <= 3)
    out[c] = '.';
  return out;
}

// A source that states 4.75% itself does not round it to its own "4.8%": a value another mention of the same block
// and source falls near is taken as written.
void keep_own_precision(std::vector<NumItem>& items, const std::map<std::string, std::vector<size_t>>& blocks) {
  for (const auto& kv : blocks) {
    const std::vector<size_t>& ks = kv.second;  // in source order: collect_items() fills blocks source by source
    for (size_t run = 0, end = 0; run < ks.size(); run = end) {
      for (end = run + 1; end < ks.size() && items[ks[end]].source == items[ks[run]].source;) ++end;
      for (size_t x = run; x < end && end - run > 1; ++x) {
        NumItem& a = items[ks[x]];
        for (size_t y = run; y < end && a.rounding != 0; ++y) {
          const NumItem& b = items[ks[y]];
          if (y == x || b.m->vague || b.nominal == a.nominal || b.high < a.low || b.low > a.high) continue;
          a.low += a.rounding, a.high -= a.rounding, a.rounding = 0;
        }
      }
    }
  }
}

}  // namespace fc::num_align
