// A lone dissenting count: several sources agree on a value and one other source states another for the same thing.
#pragma once
#include <vector>

#include "align/number_rare.h"

#include "align/number_fit.h"
#include "align/number_items.h"

namespace fc::num_align {

/// True if `many` holds at least three sources stating one precise value and `lone` is a single precise mention, its
/// source's first and only count of the same specific noun, within a half of that value, from the same days, in a
/// sentence sharing two words with one of them and telling no other day, direction or figures: one source
/// disagreeing with the others on the same count ("will cut 4,200 jobs" x3 / "lists 3,900 positions").
bool lone_dissent(const std::vector<NumItem>& items, const Cluster& many, const Cluster& lone);

/// After rare values joined groups across counted nouns, a lone dissent against a joined group: one source's single
/// count ("83 deputies voted") against several sources on one value told with different nouns ("81 votes", "81
/// deputies", "passed 81"), checked as lone_dissent against the members counting the same noun. The lone group joins
/// the other as a conflict only when it dissents from exactly one group and that group from no other.
void join_lone_dissents(const std::vector<NumItem>& items, std::vector<NumGroup>& groups);

}  // namespace fc::num_align
