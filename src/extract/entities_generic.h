// Institutions named by lower-case words that still say which one they are: "the health ministry".
#pragma once
#include <string_view>
#include <vector>

#include "extract/entities.h"
#include "extract/scan.h"

namespace fc {

/// Adds an organisation mention for each "the [adjective] <field> <body>" ("the health ministry", "the regional
/// crisis staff", "Water authority engineers" at a sentence start) that no other mention covers; keeps `ms` sorted.
void add_generic_orgs(std::string_view text, const std::vector<ScanTok>& t, std::vector<EntityMention>& ms);

}  // namespace fc
