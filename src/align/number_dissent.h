// A lone dissenting count: several sources agree on a value and one other source states another for the same thing.
#pragma once
#include <cstddef>
#include <functional>
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

/// Folds each picked lone group into the group that picked it (pick[g] is the lone group g picked, groups.size() for
/// none) when no other group picked it too: the taker gains the lone member and becomes a conflict, then `on_fold(g)`
/// sets any further fields of taker g; the folded groups are dropped.
void fold_picked_dissents(std::vector<NumGroup>& groups, const std::vector<size_t>& pick,
                          const std::function<void(size_t)>& on_fold);

/// How surely `y` counts what `x` counts, from another source: 2 for the same noun, a kind of it, or the same word
/// before two uncounted values ("Turnout was ..."); 1 for nouns of one block ("members" / "prisoners", both people)
/// or a sentence naming x's noun ("lists 31 people as missing"); 0 for another measure, unit, qualifier or thing.
int count_sameness(const NumItem& x, const NumItem& y);

/// A lone dissent found by its sentence, whatever noun it uses: group g, at least three sources on one value, and one
/// single mention `y` of another value (within a factor of two) in a source stating g's value nowhere, that counts
/// the same thing (the same noun or a kind of it; a looser match, nouns of one block or a sentence naming g's noun,
/// needs three members aligned), is stated once, alone in its sentence, telling no other weekday or direction than the members,
/// and whose sentence's best match (rarity-weighted words) in two or more sources of members published within a day of it is
/// that member's sentence: "will free 900 prisoners" x4 / "1,100 of its members would be freed". Never a mention
/// inside a quotation (a speaker's own experience), nor a span of time ("30 hours") unless a member times it with the
/// two words at the number (a shared unit is no shared thing). Joins y to g as a
/// conflict only when y dissents from that group alone and the group has no other dissenter.
void join_aligned_dissents(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                           std::vector<NumGroup>& groups);

}  // namespace fc::num_align
