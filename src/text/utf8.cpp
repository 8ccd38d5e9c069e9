#include "text/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace fc {
namespace {

// Length of a well-formed sequence starting at s[pos], or 0 if it is not one (RFC 3629 table).
size_t sequence_length(std::string_view s, size_t pos) {
  const auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char c = b(pos);
  const size_t left = s.size() - pos;
  auto cont = [&](size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) return left >= 2 && cont(pos + 1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (left < 3 || !cont(pos + 1) || !cont(pos + 2)) return 0;
    const unsigned char c1 = b(pos + 1);
    if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
    if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (left < 4 || !cont(pos + 1) || !cont(pos + 2) || !cont(pos + 3)) return 0;
    const unsigned char c1 = b(pos + 1);
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

}  // namespace

bool is_valid_utf8(std::string_view s, size_t* bad_offset) {
  size_t pos = 0;
  while (pos < s.size()) {
    for (uint64_t x; pos + 8 <= s.size(); pos += 8) {  // ASCII 8 bytes at a time: most news text is ASCII
      std::memcpy(&x, s.data() + pos, 8);
      if (x & 0x8080808080808080ull) break;
    }
    if (pos >= s.size()) break;
    const size_t n = sequence_length(s, pos);
    if (n == 0) {
      if (bad_offset) *bad_offset = pos;
      return false;
    }
    pos += n;
  }
  return true;
}

char32_t next_code_point_multibyte(std::string_view s, size_t& pos) {
  const size_t n = sequence_length(s, pos);
  const auto b = [&](size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[pos + i])); };
  char32_t cp = 0xFFFD;
  switch (n) {
    case 1: cp = b(0); break;
    case 2: cp = ((b(0) & 0x1F) << 6) | (b(1) & 0x3F); break;
    case 3: cp = ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F); break;
    case 4: cp = ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F); break;
    default: break;
  }
  pos += n == 0 ? 1 : n;
  return cp;
}

Utf16Offsets::Utf16Offsets(std::string_view text) : text_(text) {
  size_t pos = 0;
  size_t units = 0;
  while (pos < text.size()) {
    if (pos / kStride >= checkpoints_.size()) {
      checkpoints_.push_back(units);
      anchors_.push_back(pos);
    }
    const char32_t cp = next_code_point(text, pos);
    units += cp > 0xFFFF ? 2 : 1;
  }
  total_ = units;
}

size_t Utf16Offsets::operator()(size_t byte) const {
  if (byte >= text_.size()) return total_;
  size_t block = std::min(byte / kStride, checkpoints_.size() - 1);
  if (anchors_[block] > byte && block > 0) --block;  // byte inside a sequence that straddles the block start
  size_t pos = anchors_[block];
  size_t units = checkpoints_[block];
  while (pos < byte) {
    const char32_t cp = next_code_point(text_, pos);
    if (pos > byte) return units;  // a byte inside a sequence maps to its start
    units += cp > 0xFFFF ? 2 : 1;
  }
  return units;
}

}  // namespace fc
