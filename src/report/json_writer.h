// A small streaming JSON writer with one fixed layout, so native and wasm output are byte-identical.
#pragma once
#include <cstddef>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

/// Writes pretty-printed JSON (2-space indent) into a string; the caller keeps calls balanced.
class JsonWriter {
 public:
  /// Starts an object value.
  void begin_object();
  /// Ends the current object.
  void end_object();
  /// Starts an array value.
  void begin_array();
  /// Ends the current array.
  void end_array();
  /// Writes an object key; the next call writes its value.
  void key(std::string_view k);
  /// Writes a string value (UTF-8 passed through, control characters escaped).
  void string(std::string_view s);
  /// Writes an unsigned integer value.
  void number(size_t n);
  /// Writes a boolean value.
  void boolean(bool b);
  /// Writes null.
  void null();
  /// Writes `"k": "v"`.
  void field(std::string_view k, std::string_view v);
  /// The JSON text so far.
  std::string_view str() const { return std::string_view(out_.data(), len_); }
  /// Moves the JSON text out.
  std::string take() {
    out_.resize(len_);
    len_ = 0;
    return std::move(out_);
  }
  /// Reserves room for about `bytes` of JSON text.
  void reserve(size_t bytes) {
    if (bytes > out_.size()) out_.resize(bytes);
  }

 private:
  // Room for n more bytes at the end of the text; the caller advances len_ by what it writes.
  char* room(size_t n) {
    if (len_ + n > out_.size()) out_.resize(std::max(out_.size() * 2, len_ + n + 256));
    return &out_[len_];
  }
  void put(const char* p, size_t n) {
    std::memcpy(room(n), p, n);
    len_ += n;
  }
  void put(char c) { *room(1) = c, ++len_; }
  void quoted(std::string_view s);
  void before_value();
  void newline();
  std::string out_;  // the text is out_[0, len_); the rest is room to write into
  size_t len_ = 0;
  std::vector<char> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

/// Appends `s` as a quoted JSON string to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace fc
