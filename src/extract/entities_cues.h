// Cues around a lone capitalised word that no table knows: a dateline, a place.
#pragma once
#include <cstddef>
#include <vector>

#include "extract/scan.h"

namespace fc {

/// True if the lone name at token k opens a dateline: "BRENNA, March 5 -", "Brenna, 5 March -".
bool dateline(const std::vector<ScanTok>& t, size_t k);

/// True if the lone name at token k stands where places stand: "in Brenna", "the town of Brenna", "Rudania's".
bool place_cue(const std::vector<ScanTok>& t, size_t k);

}  // namespace fc
