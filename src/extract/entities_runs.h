// Internal to entity extraction (entities.cpp, entities_runs.cpp): candidate mentions found in capitalised runs.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/scan.h"

namespace fc::ent_detail {

/// A candidate mention before resolution: token span, type guess and evidence.
struct Cand {
  size_t a = 0, b = 0;  // token span
  std::string_view type;  // PERSON | ORG | PLACE | DEMONYM | NAME (unconfirmed person-like name); a literal
  std::string_view title, rule;  // views into the rule tables or literals
  std::string canonical;
  bool sentence_start = false;
};

/// Maximal runs of capitalized words inside one sentence and line (at most 10 tokens).
std::vector<std::pair<size_t, size_t>> cap_runs(const std::vector<ScanTok>& t);

/// A lower-case name in title case ("upper lesna" -> "Upper Lesna").
std::string title_case(const std::string& lower);

/// Tokens a personal name is made of: capitalized words, no acronyms ("OS X"), no hyphenated compounds.
bool person_like(const std::vector<ScanTok>& t, size_t k, size_t e);

/// Splits one capitalized run into titles, places, organisations and name chunks.
void split_run(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t b, std::vector<Cand>& out);

}  // namespace fc::ent_detail
