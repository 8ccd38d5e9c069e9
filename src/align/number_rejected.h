// A figure a source cites only to set it aside for its own: "not one million barrels, as claimed, but 730,000".
#pragma once
#include <vector>

#include "align/findings.h"

namespace fc::num_align {

/// Per mention of `f.numbers`, true if the source cites that figure only to reject it for a rival figure of the same
/// unit and noun in the same sentence: "not X ... but Y", "Y rather than X", "Y instead of X", or a claim of others
/// ("media reported X", "the claimed X") followed by "but" and Y. The rejected figure is no claim of the source.
std::vector<bool> rejected_figures(const SourceFindings& f);

}  // namespace fc::num_align
