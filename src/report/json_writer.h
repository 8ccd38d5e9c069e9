// A small streaming JSON writer with one fixed layout, so native and wasm output are byte-identical.
#pragma once
#include <cstddef>
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
  void field(std::string_view k, std::string_view v) { key(k); string(v); }
  /// The JSON text so far.
  const std::string& str() const { return out_; }
  /// Moves the JSON text out.
  std::string take() { return std::move(out_); }

 private:
  void before_value();
  void newline();
  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

/// Appends `s` as a quoted JSON string to `out`.
void append_json_string(std::string& out, std::string_view s);

}  // namespace fc
