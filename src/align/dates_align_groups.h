// Internal to date alignment (src/align/dates_align_link.cpp): the groups being joined in one block of
// same-valued items, and the pairs of groups already judged apart.
#pragma once
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "align/union_find.h"

namespace fc {
namespace dates_align {

constexpr size_t kEnd = std::numeric_limits<size_t>::max();

/// Pairs of groups judged apart, keyed by (ra, rb) with both groups' versions then: open addressing, no erase.
class ApartTable {
 public:
  // True when (key, versions) is stored.
  bool contains(uint64_t key, uint64_t versions) const {
    if (slots_.empty()) return false;
    for (size_t i = index(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (!slots_[i].used) return false;
      if (slots_[i].key == key) return slots_[i].versions == versions;
    }
  }
  // Stores or updates the versions of `key`.
  void put(uint64_t key, uint64_t versions) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    for (size_t i = index(key);; i = (i + 1) & (slots_.size() - 1)) {
      Slot& s = slots_[i];
      if (!s.used) {
        s = {key, versions, true};
        ++used_;
        return;
      }
      if (s.key == key) {
        s.versions = versions;
        return;
      }
    }
  }

 private:
  struct Slot {
    uint64_t key = 0, versions = 0;
    bool used = false;
  };
  size_t index(uint64_t key) const {
    key *= 0x9E3779B97F4A7C15ull;
    return static_cast<size_t>(key >> 20) & (slots_.size() - 1);
  }
  void grow() {
    std::vector<Slot> old(std::max<size_t>(1024, slots_.size() * 2));
    old.swap(slots_);
    used_ = 0;
    for (const Slot& s : old) {
      if (s.used) put(s.key, s.versions);
    }
  }
  std::vector<Slot> slots_;
  size_t used_ = 0;
};

/// The groups being joined in one block, as linked lists of items: each root names its group's list.
struct Groups {
  std::vector<size_t> head, tail, next, size;
  std::vector<uint32_t> version;  // per root: bumped when its group changes
  uint32_t clock = 0;
  ApartTable rejected;  // (ra, rb) -> their versions when they did not agree
  explicit Groups(size_t n) : head(n), tail(n), next(n, kEnd), size(n, 1), version(n, 0) {
    for (size_t i = 0; i < n; ++i) head[i] = tail[i] = i;
  }
  uint64_t pair_key(size_t ra, size_t rb) const { return static_cast<uint64_t>(ra) * head.size() + rb; }
  uint64_t versions(size_t ra, size_t rb) const { return (static_cast<uint64_t>(version[ra]) << 32) | version[rb]; }
  // True when ra and rb were judged apart and neither group has changed since.
  bool known_apart(size_t ra, size_t rb) const { return rejected.contains(pair_key(ra, rb), versions(ra, rb)); }
  void remember_apart(size_t ra, size_t rb) { rejected.put(pair_key(ra, rb), versions(ra, rb)); }
  // Appends group `b` to group `a` and files the result under `root`.
  void join(size_t a, size_t b, size_t root) {
    next[tail[a]] = head[b];
    const size_t h = head[a], t = tail[b], n = size[a] + size[b];
    head[root] = h, tail[root] = t, size[root] = n;
    version[root] = ++clock;
  }
};

struct DateStory;

/// Joins the lead items of one same-valued block (`members`) that lead_pair() takes for the story's main event,
/// before any other pair. The day must be the story's main one: past, and in the leads of three sources or more,
/// at least half the story's.
void join_leads(const std::vector<size_t>& members, const DateStory& story, UnionFind& uf, Groups& groups);

}  // namespace dates_align
}  // namespace fc
