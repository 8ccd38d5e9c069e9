#include "report/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>

namespace fc {
namespace {

// Bytes a JSON string can carry as they are: printable ASCII except '"' and '\\', and UTF-8 bytes other than
// 0xE2 (which may start U+2028/U+2029, escaped below).
constexpr bool plain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F && c != 0xE2; }

struct PlainTable {
  bool byte[256];
  constexpr PlainTable() : byte() {
    for (int c = 0; c < 256; ++c) byte[c] = plain(static_cast<unsigned char>(c));
  }
};
constexpr PlainTable kPlain;

// Writes the escape of the byte at s[i] (not plain) at `at`, straight into the text's buffer (no string per escape);
// advances i past what it consumed and returns the end.
char* write_escape(char* at, std::string_view s, size_t& i) {
  static const char kHex[] = "0123456789abcdef";
  const unsigned char c = static_cast<unsigned char>(s[i++]);
  char short_form = 0;  // the letter of a two-byte escape, if the byte has one
  switch (c) {
    case '"': short_form = '"'; break;
    case '\\': short_form = '\\'; break;
    case '\n': short_form = 'n'; break;
    case '\r': short_form = 'r'; break;
    case '\t': short_form = 't'; break;
    case '\b': short_form = 'b'; break;
    case '\f': short_form = 'f'; break;
    default: break;
  }
  if (short_form) {
    *at++ = '\\', *at++ = short_form;
  } else if (c < 0x20 || c == 0x7F) {
    *at++ = '\\', *at++ = 'u', *at++ = '0', *at++ = '0', *at++ = kHex[c >> 4], *at++ = kHex[c & 15];
  } else if (c == 0xE2 && i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0x80 &&
             (static_cast<unsigned char>(s[i + 1]) == 0xA8 || static_cast<unsigned char>(s[i + 1]) == 0xA9)) {
    // U+2028/U+2029 are valid JSON but break JavaScript string literals if the report is ever inlined.
    std::memcpy(at, static_cast<unsigned char>(s[i + 1]) == 0xA8 ? "\\u2028" : "\\u2029", 6);
    at += 6;
    i += 2;
  } else {
    *at++ = static_cast<char>(c);
  }
  return at;
}


// True when none of 8 bytes needs an escape (bit tricks: a byte below 0x20 or equal to one of the others).
bool plain8(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const auto has_zero = [](uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const uint64_t below_space = (x - kOnes * 0x20) & ~x & kHigh;
  return !(below_space | has_zero(x ^ (kOnes * '"')) | has_zero(x ^ (kOnes * '\\')) | has_zero(x ^ (kOnes * 0x7F)) |
           has_zero(x ^ (kOnes * 0xE2)));
}

// Writes `s` quoted and escaped at `at` (room for 6 bytes per input byte + 2); returns the end.
char* write_json_string(char* at, std::string_view s) {
  *at++ = '"';
  const char* p = s.data();
  size_t i = 0;
  while (i < s.size()) {
    for (uint64_t x; i + 8 <= s.size(); i += 8, at += 8) {  // plain text 8 bytes at a time
      std::memcpy(&x, p + i, 8);
      if (!plain8(x)) break;
      std::memcpy(at, &x, 8);
    }
    while (i < s.size() && kPlain.byte[static_cast<unsigned char>(p[i])]) *at++ = p[i++];
    if (i < s.size()) at = write_escape(at, s, i);
  }
  *at++ = '"';
  return at;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  const size_t len = out.size();
  out.resize(len + 6 * s.size() + 2);
  out.resize(static_cast<size_t>(write_json_string(&out[len], s) - out.data()));
}

void JsonWriter::quoted(std::string_view s) {
  char* at = room(6 * s.size() + 2);
  len_ = static_cast<size_t>(write_json_string(at, s) - out_.data());
}

void JsonWriter::newline() {
  static const char kLine[] = "\n                                                                ";  // 64 spaces
  size_t indent = first_.size() * 2;
  char* at = room(indent + 1);
  len_ += indent + 1;
  size_t n = std::min(indent + 1, sizeof kLine - 1);
  std::memcpy(at, kLine, n);
  for (at += n, indent -= n - 1; indent > 0; indent -= n, at += n) {  // deeper than 32 levels: more spaces
    n = std::min(indent, sizeof kLine - 2);
    std::memcpy(at, kLine + 1, n);
  }
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) put(',');
    first_.back() = false;
    newline();
  }
}

void JsonWriter::begin_object() {
  before_value();
  put('{');
  first_.push_back(true);
}

void JsonWriter::end_object() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  put('}');
}

void JsonWriter::begin_array() {
  before_value();
  put('[');
  first_.push_back(true);
}

void JsonWriter::end_array() {
  const bool empty = first_.back();
  first_.pop_back();
  if (!empty) newline();
  put(']');
}

void JsonWriter::key(std::string_view k) {
  before_value();
  quoted(k);
  put(": ", 2);
  after_key_ = true;
}

void JsonWriter::field(std::string_view k, std::string_view v) {
  before_value();
  char* at = room(6 * (k.size() + v.size()) + 6);  // both quoted and escaped, and ": " between
  at = write_json_string(at, k);
  *at++ = ':', *at++ = ' ';
  len_ = static_cast<size_t>(write_json_string(at, v) - out_.data());
}

void JsonWriter::string(std::string_view s) {
  before_value();
  quoted(s);
}

void JsonWriter::number(size_t n) {
  before_value();
  char buf[24];
  const auto res = std::to_chars(buf, buf + sizeof buf, n);
  put(buf, static_cast<size_t>(res.ptr - buf));
}

void JsonWriter::boolean(bool b) {
  before_value();
  if (b) put("true", 4); else put("false", 5);
}

void JsonWriter::null() {
  before_value();
  put("null", 4);
}

}  // namespace fc
