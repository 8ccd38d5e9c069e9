#include "extract/number_units.h"

#include <cstdlib>

#include "extract/lexicon.h"
#include "extract/words.h"

namespace fc {

const NumUnit* count_word(const std::vector<ScanTok>& t, size_t k) {
  if (k >= t.size() || t[k].kind != ScanKind::kWord) return nullptr;
  const auto& words = num_tables().count_words;
  auto it = words.find(t[k].norm);
  if (it == words.end()) return nullptr;
  if (k + 1 < t.size()) {
    const ScanTok& next = t[k + 1];
    if (!next.space_before && (next.kind != ScanKind::kPunct || next.is("/") || next.is("-"))) return nullptr;
    if (next.kind == ScanKind::kWord && !next.cap && !function_word(next) && looks_plural(next.norm)) return nullptr;
  }
  return &it->second;
}

const NumUnit* hyphen_unit(const std::string& norm, double* value, bool* plain_int) {
  size_t k = 0;
  while (k < norm.size() && ((norm[k] >= '0' && norm[k] <= '9') || norm[k] == '.' || norm[k] == ',')) ++k;
  if (k == 0 || k + 1 >= norm.size() || norm[k] != '-') return nullptr;
  const auto& units = num_tables().hyphen_units;
  auto it = units.find(norm.substr(k + 1));
  if (it == units.end()) return nullptr;
  std::string digits;
  for (size_t i = 0; i < k; ++i) if (norm[i] != ',') digits += norm[i];
  *value = std::strtod(digits.c_str(), nullptr);
  *plain_int = norm.find_first_of(",.") > k;
  return &it->second;
}

bool apposition_age(const std::vector<ScanTok>& t, size_t core, double value) {
  if (value < 16 || value > 110 || core < 2 || core + 1 >= t.size()) return false;
  const ScanTok &comma = t[core - 1], &name = t[core - 2], &after = t[core + 1];
  if (!comma.is(",") || comma.space_before || !(after.is(",") || after.is(".")) || after.space_before) return false;
  if (name.kind != ScanKind::kWord || !name.cap || num_index().month[name.word] || num_index().word[name.word])
    return false;
  return !(core >= 3 && (t[core - 3].is(",") || t[core - 3].kind == ScanKind::kNumber));  // a list of places or figures
}

}  // namespace fc
