// A small open-addressing map from token norms (views into text that outlives it) to a uint32_t: one FNV hash and
// no allocation per lookup, where a std::unordered_map<std::string, ...> would hash and copy a string per token.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fc {

/// Token norm -> value; the viewed norms must outlive the table.
class NormTable {
 public:
  /// The value slot of `norm`; `fresh` tells whether it was just added (then the caller sets the value).
  uint32_t& at(std::string_view norm, bool& fresh) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    const uint64_t h = hash(norm);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    const size_t mask = slots_.size() - 1;
    for (size_t i = static_cast<size_t>(h) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (!s.used) {
        s.used = true, s.norm = norm, s.tag = tag, s.value = 0;
        ++used_;
        fresh = true;
        return s.value;
      }
      if (s.tag == tag && s.norm == norm) {
        fresh = false;
        return s.value;
      }
    }
  }

 private:
  struct Slot {
    std::string_view norm;
    uint32_t tag = 0;  // high bits of the hash, checked before the bytes
    uint32_t value = 0;
    bool used = false;
  };
  static uint64_t hash(std::string_view norm) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a: norms are short
    for (char c : norm) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h ^ (h >> 29);
  }
  void grow() {  // keeps the table at most half full; the size stays a power of two
    std::vector<Slot> old(slots_.empty() ? 256 : slots_.size() * 2);
    old.swap(slots_);
    used_ = 0;
    for (const Slot& s : old) {
      if (!s.used) continue;
      bool fresh = false;
      at(s.norm, fresh) = s.value;
    }
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace fc
