// Alignment: clusters the findings of all sources into facts, one aligner per fact kind.
#pragma once
#include <string>
#include <vector>

#include "align/findings.h"
#include "core/report.h"

namespace fc {

/// Date facts: same event words around a date; values compared.
std::vector<Fact> align_dates(const std::vector<SourceFindings>& all);
/// Quote facts: same utterance across sources and translations, with variants and word diffs.
std::vector<Fact> align_quotes(const std::vector<SourceFindings>& all);
/// Number facts: same counted thing; vague values compatible with precise ones in range.
std::vector<Fact> align_numbers(const std::vector<SourceFindings>& all);
/// Entity facts: the same person, organisation or place across spelling variants.
std::vector<Fact> align_entities(const std::vector<SourceFindings>& all);
/// Event facts: the same action by the same agent on the same patient.
std::vector<Fact> align_events(const std::vector<SourceFindings>& all);
/// Most sources a story may have for its shared wording to be listed: beyond, syndicated copy makes most of it.
constexpr size_t kMaxPhraseSources = 30;
/// Shared-wording facts: the same phrase in two or more sources, where no fact found so far holds all its uses.
/// A story with more than kMaxPhraseSources sources gets none, and a warning says so.
std::vector<Fact> align_phrases(const std::vector<SourceFindings>& all, const std::vector<Fact>& found,
                                std::vector<std::string>& warnings);
/// Similar-statement facts: sentences of different sources that share most of their content words, rare ones among
/// them, where no event or quote fact joins them yet. None for stories of more than kMaxPhraseSources sources.
std::vector<Fact> align_claims(const std::vector<SourceFindings>& all, const std::vector<Fact>& found);

}  // namespace fc
