// Cues around a name that no table knows: a dateline, a place, a firm; credit lines that are no part of the story.
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
                                     "country", "district", "port", "island", "suburb", "municipality", "outskirts",
                                     "river"};
  if (k + 2 < t.size() && t[k + 1].is("'s") && t[k + 2].kind == ScanKind::kWord && !t[k + 2].cap)
    return true;  // "Rudania's presidential runoff" (people were resolved before)
  if (k + 3 < t.size() && t[k + 1].is(",") && (t[k + 2].is("a") || t[k + 2].is("the")) && kPlaceNoun.has(t[k + 3]))
    return true;  // "Rudania, a country of three million"
  if (k == 0) return false;
  if (k >= 2 && t[k - 1].is(",") && kPlaceNoun.has(t[k - 2]) && !t[k - 2].cap) return true;  // "the capital, Velmar,"
  if (kPrep.has(t[k - 1]) && t[k - 1].sentence_start) return true;  // "In Korvitsa, residents ..."
  if (kPrep.has(t[k - 1]) || kPlaceNoun.has(t[k - 1])) return !t[k - 1].cap;
  return k >= 2 && t[k - 1].is("of") && kPlaceNoun.has(t[k - 2]) && !t[k - 2].cap;
}

namespace {

// True if the line from token k ends within a few tokens (a byline, not a sentence).
bool short_line(const std::vector<ScanTok>& t, size_t k) {
  for (size_t i = k + 1; i < t.size() && i < k + 8; ++i) if (t[i].line_before) return true;
  return k + 8 > t.size();
}

bool lower_word_in(const ScanTok& w, const WordSet& set) { return w.kind == ScanKind::kWord && !w.cap && set.has(w); }

}  // namespace

TypeCue type_cue(const std::vector<ScanTok>& t, size_t a, size_t b) {
  // Lower-case nouns that name what kind of place or firm the name next to them is.
  static const WordSet kPlaceAfter = {"region", "river", "valley", "dam", "lake", "district", "province", "county",
                                      "reservoir", "basin", "municipality", "delta", "peninsula", "mountains", "canal"};
  static const WordSet kPlaceBefore = {"region", "river", "valley", "dam", "lake", "district", "province", "county",
                                       "village", "town", "city", "municipality", "island", "suburb", "port"};
  static const WordSet kFirmBefore = {"company", "firm", "group", "lender", "carrier", "airline", "insurer",
                                      "retailer", "manufacturer", "maker", "steelmaker", "carmaker", "automaker",
                                      "producer", "conglomerate", "subsidiary", "startup", "broadcaster", "supplier"};
  static const WordSet kDirection = {"upper", "lower", "north", "south", "east", "west", "northern", "southern",
                                     "eastern", "western", "central", "greater"};
  static const WordSet kPlaceHead = {"river", "lake", "mount", "cape", "gulf", "port", "fort"};
  static const WordSet kPlaceTail = {"river", "valley", "mountains", "hills", "lake", "bay", "gulf", "delta",
                                     "peninsula", "region", "province", "district", "county", "canal", "island"};
  if (b < t.size() && lower_word_in(t[b], kPlaceAfter)) return {"PLACE", "ent.place.head_after"};  // "Upper Lesna region"
  const size_t before = a >= 2 && t[a - 1].is("of") ? a - 2 : a - 1;  // "the town of Nova Ves"
  if (a > 0 && lower_word_in(t[before], kPlaceBefore)) return {"PLACE", "ent.place.head_before"};
  if (a > 0 && lower_word_in(t[a - 1], kFirmBefore)) return {"ORG", "ent.org.noun_before"};  // "the company Baltic Mills"
  if (b - a >= 2 && (kDirection.has(t[a]) || kPlaceHead.has(t[a]) || kPlaceTail.has(t[b - 1])))
    return {"PLACE", "ent.place.head"};  // "River Lesna", "Lesna River", "Upper Lesna"
  return {};
}

bool credit_line(const std::vector<ScanTok>& t, size_t a, size_t b) {
  // "MOSCOW (Reuters) -", "BRENNA, May 5 (Nordic Wire) -": the agency of a dateline, early on its line.
  if (a > 0 && b < t.size() && t[a - 1].is("(") && t[b].is(")")) {
    size_t n = 0;
    for (size_t k = a - 1; k > 0 && !t[k].line_before && n < 8; --k) ++n;
    if (n < 8 && b + 1 < t.size() && t[b + 1].kind == ScanKind::kPunct && !t[b + 1].is(",")) return true;
  }
  // "Reporting by ...", "Editing by ...", "By REUTERS", "Photo: AP", "(photo credit: ...)": to the end of the line.
  static const WordSet kCredit = {"reporting", "editing", "writing"};
  for (size_t k = a, n = 0; k > 0 && n < 40; --k, ++n) {
    const ScanTok& w = t[k - 1];
    if (w.is("by") && k >= 2 && kCredit.has(t[k - 2])) return true;
    if (w.is("by") && k == a && (k == 1 || w.line_before) && short_line(t, k)) return true;  // a byline: "By REUTERS"
    if (w.is(":") && k >= 2 && (t[k - 2].is("photo") || t[k - 2].is("credit") || t[k - 2].is("credits"))) return true;
    if (w.line_before) break;
  }
  return false;
}

}  // namespace fc
