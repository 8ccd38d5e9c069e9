// Number facts joined across counted nouns by a rare value: "its 112 branches" / "the 112 agencies" state one fact
// when 112 is stated nowhere else in the story.
#pragma once
#include <cstddef>
#include <vector>

#include "align/findings.h"
#include "align/number_items.h"

namespace fc::num_align {

/// One number fact before it is written out: its items, whether its values conflict, and whether it was joined by
/// a rare value (join_rare_values) rather than by its counted noun.
struct NumGroup {
  std::vector<size_t> members;
  bool conflict = false;
  bool rare = false;
  bool bare = false;  // one bare number ("a workforce of 1,800"), kept only if a rare value joins it
  size_t aligned = 0;  // a conflict found by the dissent's sentence: how many members' sentences match it
  bool unclear = false;  // that conflict needed reports days apart: the later value may be an update
};

/// Joins groups that state the same value of the same kind of measure (plain counts, or sums in one currency) with
/// different counted nouns, when that value is distinctive story-wide: every mention of it in every source lies in
/// these groups, no source states it in two of them (one value meaning two things), it is no year, and the
/// sentences share more words the smaller the value is. Conflicting groups are left as they are. Bare groups join
/// only a counted one, with one shared word more, and are dropped when they join nothing.
void join_rare_values(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                      std::vector<NumGroup>& groups);

/// Removes the groups marked in `gone` (same size as `groups`), keeping the others in order.
void drop_gone(std::vector<NumGroup>& groups, const std::vector<bool>& gone);

}  // namespace fc::num_align
