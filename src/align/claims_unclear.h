// Whether two sentences told as one claim give values that disagree: dates that do not fit each other, or exact
// figures of one unit that differ. Similar statements and events then say "unclear" instead of a confident variant.
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

/// The date and number values of found facts per source, in offset order, so the values inside a sentence are
/// looked up by binary search instead of a pass over every fact. `found` must outlive the index.
class ValueIndex {
 public:
  ValueIndex(const std::vector<SourceFindings>& all, const std::vector<Fact>& found);
  /// The same answer as values_disagree(all, found, x, y); with `dates` false, figures only.
  Disagreement disagree(SentenceSpan x, SentenceSpan y, bool dates) const;

 private:
  struct Entry {
    size_t start = 0, end = 0;
    size_t order = 0;  // place of the mention in `found`, so values come out in the order values_disagree sees
    bool date = false;
    std::string_view value;
  };
  std::vector<std::string_view> inside(SentenceSpan c, bool date) const;
  std::vector<std::vector<Entry>> by_source_;
};

/// Marks event facts whose sources' sentences give exact figures of one unit that differ (the same sentencing told
/// as nine years and as 12): a flag names both values and the label ends "(unclear: different figures)"; the
/// verdict stays. Dates are left out: an event's sentence often also dates when it was said.
void mark_unclear_events(const std::vector<SourceFindings>& all, std::vector<Fact>& facts);

}  // namespace fc
