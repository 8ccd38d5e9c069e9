// A lone dissenting count: several sources agree on a value and one other source states another for the same thing.
#pragma once
#include <vector>

#include "align/number_fit.h"
#include "align/number_items.h"

namespace fc::num_align {

/// True if `many` holds at least three sources stating one precise value and `lone` is a single precise mention, its
/// source's first and only count of the same specific noun, within a half of that value, from the same days, in a
/// sentence sharing two words with one of them and telling no other day, direction or figures: one source
/// disagreeing with the others on the same count ("will cut 4,200 jobs" x3 / "lists 3,900 positions").
bool lone_dissent(const std::vector<NumItem>& items, const Cluster& many, const Cluster& lone);

}  // namespace fc::num_align
