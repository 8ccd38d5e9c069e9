// Whether two sentences told as one claim give values that disagree: dates that do not fit each other, or exact
// figures of one unit that differ. Similar statements then say "unclear" instead of a confident variant.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "align/findings.h"
#include "core/report.h"

namespace fc {

/// A sentence span of one source (byte offsets).
struct SentenceSpan {
  uint32_t source = 0;
  size_t start = 0, end = 0;
};

/// What disagrees ("different dates", "different figures") and one value of each side; `what` empty if nothing.
struct Disagreement {
  std::string what, a, b;
};

/// Compares the date and number facts already `found` inside sentences `x` and `y`.
Disagreement values_disagree(const std::vector<SourceFindings>& all, const std::vector<Fact>& found, SentenceSpan x,
                             SentenceSpan y);

}  // namespace fc
