// A lone mention of a value several sources state, joined by its sentence when its noun or wording differs.
#pragma once
#include <vector>

#include "align/findings.h"
#include "align/number_items.h"
#include "align/number_rare.h"

namespace fc::num_align {

/// Joins a single mention `y` to the one group stating the same value as written when its source states that value
/// once, every source of the group states it once (a value meaning two things in one source stays apart), y counts
/// the same thing (count_sameness), and y's sentence is the best match (rarity-weighted words) of the sentences of
/// two of the group's sources (one if the group has one): "some 1,800 people" / "a workforce of 1,800 employees".
/// A value below 100 also needs a content word shared right at the numbers ("two weeks apart" is not "two weeks of
/// talks"). Joins nothing when y fits two groups.
void join_aligned_lones(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                        std::vector<NumGroup>& groups);

}  // namespace fc::num_align
