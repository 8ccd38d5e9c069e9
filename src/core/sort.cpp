// A small stable merge sort on element indices, shared by every fc::sort_by call.
#include "core/sort.h"

#include <cstring>
#include <vector>

namespace fc {
namespace sort_detail {
namespace {

constexpr size_t kSmall = 64;

struct View {
  const unsigned char* base;
  size_t size;
  LessFn less;
  const void* ctx;
  bool operator()(uint32_t a, uint32_t b) const { return less(ctx, base + a * size, base + b * size); }
};

// Insertion sort of each run of `width` indices: cheap on the short runs merge sort starts from.
void insertion_runs(uint32_t* v, size_t n, size_t width, const View& lt) {
  for (size_t lo = 0; lo < n; lo += width) {
    size_t hi = lo + width < n ? lo + width : n;
    for (size_t i = lo + 1; i < hi; ++i) {
      uint32_t x = v[i];
      size_t j = i;
      for (; j > lo && lt(x, v[j - 1]); --j) v[j] = v[j - 1];
      v[j] = x;
    }
  }
}

// Merges the sorted runs of `width` in `from` pairwise into `to`; equal elements keep their order.
void merge_pass(const uint32_t* from, uint32_t* to, size_t n, size_t width, const View& lt) {
  for (size_t lo = 0; lo < n; lo += 2 * width) {
    size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
    size_t i = lo, j = mid, k = lo;
    if (mid < hi && lt(from[mid], from[mid - 1])) {  // else the runs are in order (text order often is): copies only
      while (i < mid && j < hi) to[k++] = lt(from[j], from[i]) ? from[j++] : from[i++];
    }
    while (i < mid) to[k++] = from[i++];
    while (j < hi) to[k++] = from[j++];
  }
}

}  // namespace

void sorted_order(const void* base, size_t n, size_t size, LessFn less, const void* ctx, uint32_t* order) {
  View lt{static_cast<const unsigned char*>(base), size, less, ctx};
  for (size_t k = 0; k < n; ++k) order[k] = static_cast<uint32_t>(k);
  const size_t run = 12;
  insertion_runs(order, n, run, lt);
  if (n <= run) return;
  uint32_t stack[kSmall];  // most sorts are short: no allocation for them
  std::vector<uint32_t> heap(n > kSmall ? n : 0);
  uint32_t* from = order;
  uint32_t* to = n > kSmall ? heap.data() : stack;
  for (size_t width = run; width < n; width *= 2) {
    merge_pass(from, to, n, width, lt);
    std::swap(from, to);
  }
  if (from != order) std::memcpy(order, from, n * sizeof(uint32_t));
}

void sort_bytes(void* base, size_t n, size_t size, LessFn less, const void* ctx) {
  uint32_t stack[kSmall];
  std::vector<uint32_t> heap(n > kSmall ? n : 0);
  uint32_t* order = n > kSmall ? heap.data() : stack;
  sorted_order(base, n, size, less, ctx, order);
  unsigned char tmp_stack[64];
  std::vector<unsigned char> tmp_heap(size > sizeof tmp_stack ? size : 0);
  unsigned char* tmp = size > sizeof tmp_stack ? tmp_heap.data() : tmp_stack;
  auto* p = static_cast<unsigned char*>(base);
  for (size_t k = 0; k < n; ++k) {  // the cycles of the permutation, one element in tmp at a time
    if (order[k] == k) continue;
    std::memcpy(tmp, p + k * size, size);
    size_t j = k;
    for (size_t src = order[j]; src != k; src = order[j]) {
      std::memcpy(p + j * size, p + src * size, size);
      order[j] = static_cast<uint32_t>(j);
      j = src;
    }
    std::memcpy(p + j * size, tmp, size);
    order[j] = static_cast<uint32_t>(j);
  }
}

void sort_moved(void* p, size_t n, size_t size, LessFn less, const void* ctx, void (*apply)(void*, uint32_t*, size_t)) {
  uint32_t stack[kSmall];
  std::vector<uint32_t> heap(n > kSmall ? n : 0);
  uint32_t* order = n > kSmall ? heap.data() : stack;
  sorted_order(p, n, size, less, ctx, order);
  apply(p, order, n);
}

}  // namespace sort_detail
}  // namespace fc
