#include "extract/number_units.h"
#include "core/parse_number.h"

#include <cstdlib>
#include <string_view>

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
  const bool digits_first = k > 0;
  if (!digits_first) k = norm.find('-');  // a written cardinal: "five-year", "forty-minute" is no unit
  if (k == 0 || k == std::string::npos || k + 1 >= norm.size() || norm[k] != '-') return nullptr;
  const auto& units = num_tables().hyphen_units;
  auto it = units.find(std::string_view(norm).substr(k + 1));
  if (it == units.end()) return nullptr;
  if (!digits_first) {
    auto w = num_tables().words.find(std::string_view(norm).substr(0, k));
    if (w == num_tables().words.end() || w->second.kind != "cardinal") return nullptr;
    *value = w->second.value;
    *plain_int = true;
    return &it->second;
  }
  std::string digits;
  for (size_t i = 0; i < k; ++i) if (norm[i] != ',') digits += norm[i];
  *value = fc::parse_double(digits.c_str());
  *plain_int = norm.find_first_of(",.") > k;
  return &it->second;
}

bool apposition_age(const std::vector<ScanTok>& t, size_t core, double value) {
  if (value < 16 || value > 110 || core < 2 || core + 1 >= t.size()) return false;
  const ScanTok &comma = t[core - 1], &name = t[core - 2], &after = t[core + 1];
  if (!comma.is(",") || comma.space_before || !(after.is(",") || after.is(".")) || after.space_before) return false;
  if (name.kind != ScanKind::kWord || num_index().month[name.word] || num_index().word[name.word]) return false;
  // "the driver, 54, was hurt": a person named by role, right after "the", with a comma after the age
  if (!name.cap) {
    if (!after.is(",") || function_word(name) || value > 99 || core < 3) return false;
    const ScanTok& pre = t[core - 3];  // "the driver", "the bus driver"
    return pre.is("the") || (core >= 4 && t[core - 4].is("the") && pre.kind == ScanKind::kWord && !pre.cap &&
                             !function_word(pre));
  }
  return !(core >= 3 && (t[core - 3].is(",") || t[core - 3].kind == ScanKind::kNumber));  // a list of places or figures
}

const NumUnit* casualty_after(const std::vector<ScanTok>& t, size_t j) {
  static const char* kAux[] = {"were", "was", "have", "had", "been", "are", "is", "reported", "confirmed", "now",
                               "still", "remain", "remained", "remains", "who", "said", "to", "be", "being",
                               "the"};  // "Nine are the dead and five the missing"
  // "two people from Korvitsa are still missing": a place after "from" or "in" says where they are from.
  if (j + 1 < t.size() && (t[j].is("from") || t[j].is("in")) && t[j + 1].cap && !t[j + 1].sentence_start) {
    j += 2;
    while (j < t.size() && t[j].cap && t[j].kind == ScanKind::kWord) ++j;
  }
  for (size_t n = 0; n < 6 && j < t.size() && t[j].kind == ScanKind::kWord; ++n, ++j) {  // "are said to be seriously injured"
    auto it = num_tables().count_words.find(t[j].norm);
    // "212 people have lost their lives" are dead as well, and so are "three persons lost the life".
    if (j + 2 < t.size() && t[j].is("lost") && (t[j + 2].is("lives") || t[j + 2].is("life")) &&
        (t[j + 1].is("their") || t[j + 1].is("the") || t[j + 1].is("his") || t[j + 1].is("her")))
      it = num_tables().count_words.find("dead");
    // "two persons are lost": after a verb, "lost" with no object says they are missing
    static const NumUnit kLost{"num.casualty.lost", "missing", "", 1};
    if (n > 0 && t[j].is("lost") && (j + 1 >= t.size() || t[j + 1].kind != ScanKind::kWord || t[j + 1].is("at")))
      return &kLost;
    if (it != num_tables().count_words.end()) {
      const std::string& v = it->second.value;
      auto sev = n > 0 && v == "injured" ? num_tables().severities.find(t[j - 1].norm) : num_tables().severities.end();
      if (sev != num_tables().severities.end()) return &sev->second;  // "were seriously injured"
      return v == "dead" || v == "injured" || v == "missing" ? &it->second : nullptr;
    }
    if (num_tables().severities.count(t[j].norm) && j + 1 < t.size() && num_tables().count_words.count(t[j + 1].norm))
      continue;  // "seriously" before the casualty word
    bool aux = false;
    for (const char* w : kAux) aux = aux || t[j].is(w);
    if (!aux) return nullptr;
  }
  return nullptr;
}

bool after_death_toll(const std::vector<ScanTok>& t, size_t core, bool* number_of_dead) {
  // "The death toll from the floods in the region has risen to five": a dozen words may sit between; "the number of
  // (the) dead in the earthquake that shook the province early on Tuesday has risen to 221" up to two dozen.
  for (size_t n = 1; n <= 24 && n < core; ++n) {
    const ScanTok& w = t[core - n];
    const bool magnitude = w.kind == ScanKind::kNumber && core - n > 0 && t[core - n - 1].is("magnitude");
    if (w.kind != ScanKind::kWord && !magnitude) return false;  // "... from the magnitude 6.8 quake rose to 212"
    if (w.is("toll")) return t[core - n - 1].is("death");
    if (w.is("dead") && core - n >= 3) {
      size_t k = core - n - 1;
      if (t[k].is("the")) --k;
      *number_of_dead = t[k].is("of") && k > 0 && t[k - 1].is("number");
      return *number_of_dead;
    }
  }
  return false;
}

const NumUnit* speed_at(const std::vector<ScanTok>& t, size_t k, size_t* n) {
  for (const auto& [words, row] : num_tables().speeds) {
    size_t i = 0;
    while (i < words.size() && k + i < t.size() && t[k + i].norm == words[i]) ++i;
    if (i < words.size()) continue;
    // "km/h" is written without spaces: its slash and "h" must touch; a word glued after it makes it something else
    if (words.size() == 3 && words[1] == "/" && (t[k + 1].space_before || t[k + 2].space_before)) continue;
    if (k + i < t.size() && !t[k + i].space_before && t[k + i].kind == ScanKind::kWord) continue;
    *n = i;
    return &row;
  }
  return nullptr;
}

const char* after_harm_verb(const std::vector<ScanTok>& t, size_t first) {
  static const char* kDead[] = {"killed", "kills", "kill", "killing"};
  static const char* kHurt[] = {"injuring", "wounding", "injured", "wounded", "injures", "wounds"};
  if (first == 0) return nullptr;
  for (const char* v : kDead) if (t[first - 1].is(v)) return "dead";
  for (const char* v : kHurt) if (t[first - 1].is(v)) return "injured";
  return nullptr;
}

namespace {

// Tokens from k that say "percentage point(s)": "point", "of a percentage point", "percentage points"; 0 if not.
size_t points_at(const std::vector<ScanTok>& t, size_t k) {
  size_t n = k;
  if (n < t.size() && t[n].is("of")) ++n;
  if (n < t.size() && t[n].is("a")) ++n;
  if (n < t.size() && t[n].is("percentage")) ++n;
  if (n < t.size() && (t[n].is("point") || t[n].is("points"))) return n + 1 - k;
  return 0;
}

}  // namespace

size_t fraction_at(const std::vector<ScanTok>& t, size_t j, double* value, bool* percent, const NumUnit** row) {
  if (j >= t.size()) return 0;
  const auto& fr = num_tables().fractions;
  double count = 1;
  size_t k = j;
  if (t[j].is("half")) {  // not "the first half of the year", "a half of"
    static const char* kBefore[] = {"the", "a", "first", "second", "this", "last", "next", "each"};
    for (const char* w : kBefore) if (j > 0 && t[j - 1].is(w)) return 0;
    k = j;
  } else if (j + 1 < t.size() && (t[j].is("a") || t[j].is("one")) && !looks_plural(t[j + 1].norm)) {
    k = j + 1;
  } else if (j + 1 < t.size() && num_index().word[t[j].word] && num_index().word[t[j].word]->kind == "cardinal" &&
             looks_plural(t[j + 1].norm)) {
    count = num_index().word[t[j].word]->value, k = j + 1;
  } else {
    return 0;
  }
  auto it = fr.find(t[k].norm);
  if (it == fr.end() || (count > 1) != looks_plural(t[k].norm) || count >= 10) return 0;
  *row = &it->second;
  if (size_t p = points_at(t, k + 1)) {
    *value = count * it->second.factor, *percent = false;
    return k + 1 + p - j;
  }
  // "of the vote", "of their money"; not "of a century", "of an hour", "of 2023", "of basis points"
  if (k + 2 >= t.size() || !t[k + 1].is("of") || t[k + 2].kind != ScanKind::kWord || t[k + 2].is("basis") ||
      t[k + 2].is("a") || t[k + 2].is("an"))
    return 0;
  *value = count * it->second.factor * 100, *percent = true;
  return k + 1 - j;
}

}  // namespace fc
