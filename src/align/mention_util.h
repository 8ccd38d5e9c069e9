// Helpers shared by the number, entity and event aligners: mentions, sentence context, source sets.
#pragma once
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "align/findings.h"
#include "core/report.h"

namespace fc {

/// The source id of a findings record ("" if it has no source).
const std::string& source_id_of(const SourceFindings& f);

/// A report mention of bytes [start, end) of the source, with its normalized value and rule.
Mention make_mention(const SourceFindings& f, size_t start, size_t end, std::string value, std::string rule);

/// Lemmas of the content words of the sentence holding byte `pos` (function words and numbers left out).
std::set<std::string> sentence_words(const SourceFindings& f, size_t pos);

/// How many ids two sorted lists of unique ids share.
size_t shared_ids(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b);

/// How many words two context sets share, leaving out `ignore`.
size_t shared_words(const std::set<std::string>& a, const std::set<std::string>& b, const std::string& ignore = "");

/// True for the words every report uses to attribute what it tells ("said", "told", "according", "spokesman"):
/// sharing them says nothing about a claim.
bool attribution_word(std::string_view w);

/// Distinct source ids of a fact's mentions, in first-seen order.
std::vector<std::string> fact_sources(const Fact& fact);

}  // namespace fc
