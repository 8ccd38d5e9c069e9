// Anchors: the date each source's relative expressions are resolved against, given or inferred.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source.h"
#include "extract/dates.h"

namespace fc {

/// A source's anchor date and how it was obtained.
struct Anchor {
  std::optional<CivilDate> date;
  bool inferred = false;
  std::string how;  // empty when given
};

/// Anchors for every source: the publication date, else a dateline, a near-duplicate source's date,
/// or the latest date the text reports in the past tense. Each inference adds a warning saying how.
std::vector<Anchor> resolve_anchors(const std::vector<Source>& sources, std::vector<std::string>& warnings);

/// The same, keeping the tagging it did: `prepared[i]` is filled for each source whose date had to be inferred
/// (tag it with tag_dates(prepared[i], anchor) rather than from its text again); the others stay empty.
std::vector<Anchor> resolve_anchors(const std::vector<Source>& sources, std::vector<std::string>& warnings,
                                    std::vector<PreparedDates>& prepared);

/// The latest publication date given in the story: the reference for a month and day without a year.
std::optional<CivilDate> story_reference(const std::vector<Source>& sources);

/// Completes a month and day (year ignored) with the year that puts it nearest `ref`; nullopt without ref.
std::optional<CivilDate> with_story_year(CivilDate d, const std::optional<CivilDate>& ref);

/// Share of `a`'s word 4-grams that also occur in `b` (0..1): how much of a is a copy of b.
double containment(const std::string& a, const std::string& b);

}  // namespace fc
