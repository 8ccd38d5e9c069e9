// Word 4-gram hashes of a text for near-duplicate detection (used by resolve_anchors and containment).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

/// The text's words as index_text() would give them (word and number tokens, `norm` form), concatenated in
/// `folded`; `ends[i]` is where word i ends in `folded`.
void shingle_words(std::string_view text, std::string& folded, std::vector<size_t>& ends);

/// Hashes of the text's word 4-grams in text order (duplicates kept): each word's FNV-1a hash, the four mixed
/// with splitmix64; the same on every platform, and only a 64-bit collision could make two 4-grams count as one.
std::vector<uint64_t> shingle_hashes(std::string_view text);

}  // namespace fc
