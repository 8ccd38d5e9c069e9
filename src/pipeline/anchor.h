// Anchors: the date each source's relative expressions are resolved against, given or inferred.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source.h"

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

/// Share of `a`'s word 4-grams that also occur in `b` (0..1): how much of a is a copy of b.
double containment(const std::string& a, const std::string& b);

}  // namespace fc
