// Cues around a lone capitalised word that no table knows: a dateline, a place.
#include "extract/entities_cues.h"

#include "extract/entity_tables.h"
#include "extract/lexicon.h"

namespace fc {

bool dateline(const std::vector<ScanTok>& t, size_t k) {
  if ((k != 0 && !t[k].line_before) || k + 2 >= t.size() || !t[k + 1].is(",")) return false;
  bool dated = month_word(t[k + 2]) || (k + 3 < t.size() && t[k + 2].kind == ScanKind::kNumber && month_word(t[k + 3]));
  return dated || t[k].upper;
}

bool place_cue(const std::vector<ScanTok>& t, size_t k) {
  static const WordSet kPrep = {"in", "from", "near", "outside", "across", "throughout", "inside"};
  static const WordSet kPlaceNoun = {"town", "city", "village", "capital", "region", "province", "centre", "center",
                                     "country", "district", "port", "island", "suburb", "municipality", "outskirts"};
  if (k + 2 < t.size() && t[k + 1].is("'s") && t[k + 2].kind == ScanKind::kWord && !t[k + 2].cap)
    return true;  // "Rudania's presidential runoff" (people were resolved before)
  if (k + 3 < t.size() && t[k + 1].is(",") && (t[k + 2].is("a") || t[k + 2].is("the")) && kPlaceNoun.has(t[k + 3]))
    return true;  // "Rudania, a country of three million"
  if (k == 0) return false;
  if (k >= 2 && t[k - 1].is(",") && kPlaceNoun.has(t[k - 2]) && !t[k - 2].cap) return true;  // "the capital, Velmar,"
  if (kPrep.has(t[k - 1]) || kPlaceNoun.has(t[k - 1])) return !t[k - 1].cap;
  return k >= 2 && t[k - 1].is("of") && kPlaceNoun.has(t[k - 2]) && !t[k - 2].cap;
}

}  // namespace fc
