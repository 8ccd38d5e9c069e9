// A number group written out as a fact: its label, mentions, verdict and why.
#pragma once
#include <vector>

#include "align/findings.h"
#include "align/number_items.h"
#include "align/number_rare.h"
#include "core/report.h"

namespace fc::num_align {

/// The fact of one number group: labelled by its first member's counted noun and the words after it, with a verdict
/// (conflict, single or agree) and a why naming the evidence that joined the members.
Fact make_number_fact(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                      const NumGroup& group);

}  // namespace fc::num_align
