// UTF-8 validation and decoding, and the one byte -> UTF-16 offset conversion the report uses.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

namespace fc {

/// True if `s` is valid UTF-8; otherwise stores the byte offset of the first bad sequence.
bool is_valid_utf8(std::string_view s, size_t* bad_offset = nullptr);

/// Decodes a multi-byte (or bad) sequence at `pos` and advances `pos`; next_code_point's slow path.
char32_t next_code_point_multibyte(std::string_view s, size_t& pos);

/// Decodes the code point at `pos` and advances `pos`; U+FFFD and one byte on bad input.
inline char32_t next_code_point(std::string_view s, size_t& pos) {
  const unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) {  // ASCII inline: most news text is ASCII
    ++pos;
    return c;
  }
  return next_code_point_multibyte(s, pos);
}

/// Converts UTF-8 byte offsets of one text into UTF-16 code-unit offsets (JavaScript string indices).
class Utf16Offsets {
 public:
  /// `text` must outlive the converter.
  explicit Utf16Offsets(std::string_view text);
  /// UTF-16 offset of byte offset `byte` (clamped to the text; a byte inside a sequence maps to its start).
  size_t operator()(size_t byte) const;
  /// Length of the whole text in UTF-16 code units.
  size_t length() const { return total_; }

 private:
  static constexpr size_t kStride = 64;  // one checkpoint per 64 bytes keeps memory at 1/8 of the text
  std::string_view text_;
  std::vector<size_t> checkpoints_;  // UTF-16 offset at each multiple of kStride (or the sequence start before it)
  std::vector<size_t> anchors_;      // byte offset where each checkpoint's count is taken
  size_t total_ = 0;
};

}  // namespace fc
