// Acronyms defined in the text: "the Medicines and Health Products Agency (MHPA)".
#pragma once
#include <string_view>
#include <vector>

#include "extract/entities.h"
#include "extract/scan.h"

namespace fc {

/// Joins each acronym in parentheses to the name before it whose capitalised words give its letters (in any order:
/// "Agency of Medicines and Health Products (MHPA)"): that name becomes one organisation mention, and the acronym's
/// canonical name is the full name. Mentions are sorted by start.
void link_acronyms(std::string_view text, const std::vector<ScanTok>& t, std::vector<EntityMention>& ms);

}  // namespace fc
