// Explanations of number facts a journalist can check: which values, which nouns read as one, which words shared.
#pragma once
#include <string>
#include <vector>

#include "align/findings.h"
#include "align/number_items.h"

namespace fc::num_align {

/// Why vague and precise values agree: "'more than 200 residents' fits '214 residents'".
std::string vague_why(const std::vector<NumItem>& items, const std::vector<size_t>& members);

/// When members count different nouns ("jobs", "employees"): that they are read as one count and what the sentences
/// of two of them share; "" when all count one noun.
std::string nouns_why(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                      const std::vector<size_t>& members);

/// Why members counting different nouns were joined by their value (join_rare_values): the nouns, that the value is
/// stated nowhere else in the story, and what the sentences of two of them share.
std::string rare_why(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                     const std::vector<size_t>& members);

/// Why a conflict: the two precise values from different sources and the words their sentences share.
std::string conflict_why(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                         const std::vector<size_t>& members);

}  // namespace fc::num_align
