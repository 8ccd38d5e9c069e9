// Cues around a name that no table knows: a dateline, a place, a firm; credit lines that are no part of the story.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/scan.h"

namespace fc {

/// True if the lone name at token k opens a dateline: "BRENNA, March 5 -", "Brenna, 5 March -".
bool dateline(const std::vector<ScanTok>& t, size_t k);

/// True if the lone name at token k stands where places stand: "in Brenna", "the town of Brenna", "Rudania's".
bool place_cue(const std::vector<ScanTok>& t, size_t k);

/// What the words around a name say it is: a type (PLACE | ORG) and the rule id; both empty if nothing.
struct TypeCue {
  std::string_view type, rule;
};

/// Type evidence from the words around the name [a, b): "Upper Lesna region", "the dam Dolna Lesna", "River Lesna"
/// (a place), "the company Baltic Mills" (an organisation).
TypeCue type_cue(const std::vector<ScanTok>& t, size_t a, size_t b);

/// True if the name [a, b) is a credit, not a fact of the story: "MOSCOW (Reuters) -", "Reporting by ...",
/// "Editing by ...", "By REUTERS", "Photo: AP".
bool credit_line(const std::vector<ScanTok>& t, size_t a, size_t b);
}  // namespace fc
