// One shared stable sort instead of a std::sort / std::stable_sort instantiation per comparator: each of those is
// 3-8 KB of WebAssembly, while a call of fc::sort_by costs a small comparison thunk and, for non-trivial element
// types, a permutation loop. Used where sorting is not the hot part of the work.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <type_traits>
#include <utility>

namespace fc {
namespace sort_detail {

/// Compares the elements at `a` and `b` with the comparator at `ctx`.
using LessFn = bool (*)(const void* ctx, const void* a, const void* b);

/// Writes to `order` the stable sorted order of the `n` elements of `size` bytes at `base` (order[k] = index).
void sorted_order(const void* base, size_t n, size_t size, LessFn less, const void* ctx, uint32_t* order);

/// Stably sorts `n` trivially copyable elements of `size` bytes at `base`.
void sort_bytes(void* base, size_t n, size_t size, LessFn less, const void* ctx);

/// Puts p[order[k]] at position k by moves along the permutation's cycles; `order` is consumed.
template <class T>
void apply_order(T* p, uint32_t* order, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    if (order[k] == k) continue;
    T tmp = std::move(p[k]);
    size_t j = k;
    for (size_t src = order[j]; src != k; src = order[j]) {
      p[j] = std::move(p[src]);
      order[j] = static_cast<uint32_t>(j);
      j = src;
    }
    p[j] = std::move(tmp);
    order[j] = static_cast<uint32_t>(j);
  }
}

/// Sorts non-trivially-copyable elements through an order of indices.
void sort_moved(void* p, size_t n, size_t size, LessFn less, const void* ctx, void (*apply)(void*, uint32_t*, size_t));

}  // namespace sort_detail

/// Stably sorts [first, last) (contiguous storage) by `less`; a drop-in for std::sort and std::stable_sort.
template <class It, class Less = std::less<>>
void sort_by(It first, It last, Less less = Less()) {
  using T = std::remove_reference_t<decltype(*first)>;
  size_t n = static_cast<size_t>(last - first);
  if (n < 2) return;
  T* p = &*first;
  sort_detail::LessFn fn = [](const void* ctx, const void* a, const void* b) {
    return static_cast<bool>((*static_cast<const Less*>(ctx))(*static_cast<const T*>(a), *static_cast<const T*>(b)));
  };
  if constexpr (std::is_trivially_copyable_v<T>) {
    sort_detail::sort_bytes(p, n, sizeof(T), fn, &less);
  } else {
    auto apply = [](void* q, uint32_t* order, size_t m) { sort_detail::apply_order(static_cast<T*>(q), order, m); };
    sort_detail::sort_moved(p, n, sizeof(T), fn, &less, apply);
  }
}

}  // namespace fc
