// Cues around a name that no table knows: a dateline, a place, a firm; credit lines that are no part of the story.
#include "extract/entities_cues.h"

#include <algorithm>
#include <cctype>

#include <string>

#include "core/sort.h"
#include "extract/entity_tables.h"
#include "extract/lexicon.h"

namespace fc {

bool dateline(const std::vector<ScanTok>& t, size_t k) {
  if ((k != 0 && !t[k].line_before) || k + 2 >= t.size()) return false;
  if (t[k].upper && t[k].norm.size() >= 4 && t[k + 1].is("(")) return true;  // "SORVELA (El Heraldo) -": no date
  if (!t[k + 1].is(",")) return false;
  bool dated = month_word(t[k + 2]) || (k + 3 < t.size() && t[k + 2].kind == ScanKind::kNumber && month_word(t[k + 3]));
  return dated || t[k].upper;
}

bool long_dateline(const std::vector<ScanTok>& t, size_t k, size_t e) {
  if (e < k + 2 || e > k + 3 || (k != 0 && !t[k].line_before) || e + 1 >= t.size()) return false;
  for (size_t i = k; i < e; ++i) {
    if (!t[i].upper || t[i].kind != ScanKind::kWord || t[i].norm.size() < 2 || (i > k && t[i].line_before)) return false;
  }
  if (t[e].is("(")) return true;  // "PORT AMARAL (Pahayag) -"
  if (!t[e].is(",") || e + 2 >= t.size()) return false;
  return month_word(t[e + 1]) || (t[e + 1].kind == ScanKind::kNumber && month_word(t[e + 2]));
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
  for (size_t k = a, n = 0; k > 0 && n < 24 && t[k - 1].sentence == t[a].sentence; --k, ++n) {
    const ScanTok& w = t[k - 1];
    if (w.is("by") && k >= 2 && kCredit.has(t[k - 2])) return true;
    if (w.is("by") && k == a && (k == 1 || w.line_before) && short_line(t, k)) return true;  // a byline: "By REUTERS"
    if (w.is(":") && k >= 2 && (t[k - 2].is("photo") || t[k - 2].is("credit") || t[k - 2].is("credits"))) return true;
    if (w.line_before) break;
  }
  return false;
}

// A title right before token a in lower case ("spokesman Dmitry Peskov", "his spokesman, Dmitry Peskov").
const EntPhrase* title_before(const std::vector<ScanTok>& t, size_t a) {
  size_t p = a;
  if (p == 0 || !t[p - 1].is(",")) return title_ending(t, p);
  --p;
  if (const EntPhrase* direct = title_ending(t, p)) return direct;
  // "The Minister of Justice, Marta Lenc", "the head of the fire brigade, Ann Lee": a title with its "of" phrase.
  for (size_t q = p, n = 0; q > 1 && n < 5 && t[q - 1].kind == ScanKind::kWord; --q, ++n) {
    if (t[q - 1].is("of")) return title_ending(t, q - 1);
  }
  return nullptr;
}

// A title just after a name and a comma ("Ann Lee, deputy chairman of ...", "Ann Lee, the Kremlin spokesman").
const EntPhrase* title_after(const std::vector<ScanTok>& t, size_t b) {
  if (b >= t.size() || !t[b].is(",")) return nullptr;
  for (size_t k = b + 1; k < t.size() && k < b + 5; ++k) {
    if (const EntPhrase* p = match_ent(EntList::kTitles, t, k, t.size())) {
      size_t after = k + p->words.size();  // "..., CEO Steve Jobs": the title belongs to the next name
      return after < t.size() && t[after].cap && t[after].kind == ScanKind::kWord ? nullptr : p;
    }
    static const WordSet kLead = {"the", "a", "an", "its", "his", "her", "their"};
    if (t[k].kind == ScanKind::kPunct || (function_word(t[k]) && !kLead.has(t[k]))) break;  // ", where the mayor"
  }
  return nullptr;
}


// The organisation suffix ending [k, e), unless the chunk is a given name and one more word: "Danielle Steel",
// "Hayley Mills" are people, "Norrland Steel", "Baltic Rolling Mills" firms.
const std::string* firm_word(const std::vector<ScanTok>& t, size_t k, size_t e) {
  return e - k == 2 && given_rule(t[k]) ? nullptr : org_suffix_rule(t[e - 1]);
}

// Where a known given name opens a second name inside [k, e) ("the mayor of Brezno Pavol Drobny"), or e.
size_t given_split(const std::vector<ScanTok>& t, size_t k, size_t e) {
  if (org_suffix_rule(t[e - 1]) || given_rule(t[k])) return e;  // "Anna Lind Foundation", "Mary Ann Smith"
  for (size_t s = k + 1; s + 1 < e; ++s) {
    if (t[s].cap && given_rule(t[s]) && t[s + 1].cap && !t[s + 1].upper) return s;
  }
  return e;
}


// "Ann Lee said": a verb of saying right after the name (not "Lee's").
bool speech_after(const std::vector<ScanTok>& t, size_t b) {
  static const WordSet kSpeech = {"said", "says", "told", "added", "stated", "wrote", "tweeted", "declared", "announced"};
  if (b < t.size() && t[b].is("'s")) return false;
  return b < t.size() && kSpeech.has(t[b]);
}

// "said Sara Dunai": a name right after a verb of saying is the speaker.
bool speech_before(const ScanTok& w) {
  static const WordSet kSpeech = {"said", "says", "added", "declared", "stated"};
  return kSpeech.has(w);
}


// A coined name: a capitalised word, a hyphen and a short all-capital code ("Respira-C"), as products are named.
bool coined_name(std::string_view text, const ScanTok& w) {
  const std::string_view s = text.substr(w.start, w.end - w.start);
  const size_t h = s.find('-');
  if (!w.cap || w.upper || h == std::string_view::npos || s.size() - h - 1 > 4 || h + 1 == s.size()) return false;
  for (size_t i = h + 1; i < s.size(); ++i) {  // "Respira-C", "Covax-XR"; not "January-March"
    if (s[i] < 'A' || s[i] > 'Z') return false;
  }
  return true;
}

namespace {

bool cap_word(const std::vector<ScanTok>& t, size_t i) { return i < t.size() && t[i].kind == ScanKind::kWord && t[i].cap; }

// "Kartavian", "Halmish", "Rudanians": the endings of adjectives and plurals for a people.
bool people_shaped(std::string_view w) {
  for (std::string_view end : {"ian", "ians", "ish", "ese", "ean", "eans", "ans"}) {
    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

// True if `w` (lower case) stands in `text` as a whole word starting with a lower-case letter.
bool written_lower(std::string_view text, std::string_view w) {
  for (size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
    const size_t end = at + w.size();
    auto letter = [&](size_t i) { return std::isalnum(static_cast<unsigned char>(text[i])) || (text[i] & 0x80); };
    if ((at == 0 || !letter(at - 1)) && (end == text.size() || !letter(end))) return true;
  }
  return false;
}

bool inner_capital(std::string_view w) {
  for (size_t i = 1; i < w.size(); ++i) if (w[i] >= 'A' && w[i] <= 'Z' && w[i - 1] == '-') return true;
  return false;
}

// Whether the word at `start` opens a quotation ("Back when ...) or follows a colon: it is capitalised because a
// sentence starts there, which says nothing about it being a name.
bool opens_sentence(std::string_view text, size_t start) {
  size_t i = start;
  while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t' || text[i - 1] == '\n')) --i;
  if (i == 0) return true;
  const auto at = [&](size_t j) { return static_cast<unsigned char>(text[j]); };
  if (text[i - 1] == ':') return true;
  if ((text[i - 1] == '"' || text[i - 1] == '\'') && i == start) return true;  // a straight mark glued to the word
  if (i >= 3 && at(i - 3) == 0xE2 && at(i - 2) == 0x80 && (at(i - 1) == 0x9C || at(i - 1) == 0x98 || at(i - 1) == 0x9E))
    return true;  // opening curly marks and the low mark
  return i >= 2 && at(i - 2) == 0xC2 && at(i - 1) == 0xAB;  // guillemet
}

}  // namespace

bool name_word(std::string_view text, const std::vector<ScanTok>& t, size_t k) {
  const ScanTok& w = t[k];
  if (opens_sentence(text, w.start)) return false;
  if (w.norm.find('-') != std::string::npos || w.norm.find('\'') != std::string::npos || people_shaped(w.norm)) return false;
  // "the AirChef AC-500": a model code after a brand leaves the brand a name of its own
  const bool code_after = k + 1 < t.size() && t[k + 1].norm.find_first_of("0123456789") != std::string::npos;
  if ((k > 0 && cap_word(t, k - 1) && !t[k - 1].sentence_start) || (cap_word(t, k + 1) && !code_after)) return false;
  if (k > 0 && inner_capital(text.substr(t[k - 1].start, t[k - 1].end - t[k - 1].start)))
    return false;  // "post-Cold War"
  // "Office for Prevention of Corruption": a function word between capitalised words joins them.
  auto joins = [&](size_t i) { return t[i].is("of") || t[i].is("for") || t[i].is("the"); };
  if (k >= 2 && joins(k - 1) && cap_word(t, k - 2) && !t[k - 2].sentence_start) return false;
  if (k + 2 < t.size() && (joins(k + 1) || t[k + 1].is("and")) && cap_word(t, k + 2)) return false;
  return !given_rule(w) && !written_lower(text, w.norm);  // "Irakli is ...": a given name alone is no name
}

void add_coded_names(std::string_view text, const std::vector<ScanTok>& t, std::vector<EntityMention>& out) {
  for (const ScanTok& w : t) {
    const size_t h = w.norm.rfind('-');
    if (w.kind != ScanKind::kWord || !w.cap || h == std::string::npos || h == 0 || h + 1 == w.norm.size()) continue;
    bool digits = true;
    for (size_t i = h + 1; i < w.norm.size(); ++i) digits = digits && w.norm[i] >= '0' && w.norm[i] <= '9';
    if (!digits) continue;
    EntityMention m;
    m.start = w.start, m.end = w.end, m.text = m.canonical = std::string(text.substr(w.start, w.end - w.start));
    m.key = w.norm, m.type = "OTHER", m.rule = "ent.name.coined";
    out.push_back(std::move(m));
  }
  fc::sort_by(out.begin(), out.end(), [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
}

// A river is keyed by its name alone: "River Lesna", "the Lesna River" and "the Lesna" are one river.
std::string_view river_name(std::string_view name) {
  if (name.size() > 6 && (name.compare(0, 6, "River ") == 0 || name.compare(0, 6, "river ") == 0)) return name.substr(6);
  const size_t n = name.size();
  if (n > 6 && (name.compare(n - 6, 6, " River") == 0 || name.compare(n - 6, 6, " river") == 0)) return name.substr(0, n - 6);
  return name;
}

}  // namespace fc
