// Anchoring an undated source on the day its relative dates ("yesterday", "on Monday") agree with the dated sources.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/source.h"
#include "extract/dates.h"

namespace fc {

/// The dated sources' dated sentences and word weights, gathered once per story (internal).
struct DatedEvidence;

/// Frees a DatedEvidence (lets a unique_ptr hold the incomplete type).
struct DatedEvidenceDeleter {
  /// Deletes `p`.
  void operator()(DatedEvidence* p) const;
};

/// What corroborated_anchor() gathers on its first call for a story and reuses for the story's other sources.
using DatedEvidenceCache = std::unique_ptr<DatedEvidence, DatedEvidenceDeleter>;

/// The one publication day of source `u` (undated, its dateline dateless) under which its relative day mentions
/// land on the days the dated sources give the same happenings (sentences sharing rare words), or nullopt. Sound
/// only when it is unanimous: at least one mention told from the hour of writing ("yesterday", "today") pins the
/// day, every such mention matched anywhere pins the same day, and at least two mentions agree under it.
/// `dated[j]` is source j's given publication day (nullopt when it has none, as for `u`); `cache` starts empty
/// and must be used with the same sources and `dated` only; `how` says what agreed.
std::optional<CivilDate> corroborated_anchor(const std::vector<Source>& sources,
                                             const std::vector<std::optional<CivilDate>>& dated, size_t u,
                                             const PreparedDates& prepared, DatedEvidenceCache& cache,
                                             std::string& how);

}  // namespace fc
