// The entity rule tables (en/ent_titles.tsv, en/ent_orgs.tsv, en/ent_places.tsv) and the spelling-insensitive key.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/scan.h"

namespace fc {

/// One gazetteer or cue phrase: a title, a known organisation or a place.
struct EntPhrase {
  std::string id;
  std::vector<std::string> words;  // lower-case tokens as scan_words produces them
  std::string type;                // title | org | place type (country, capital, city, region, demonym)
  std::string stands_for;          // country key for capitals, aliases, demonyms, "the Kremlin"; "" if none
  std::string name;                // the canonical surface ("united states" for "u.s.")
  std::string role;                // titles: the role compared across sources ("chief executive" for "ceo")
};

/// All entity tables, parsed.
struct EntTables {
  std::vector<EntPhrase> titles, orgs, places;
  std::map<std::string, std::string> org_suffix;  // last word -> rule id
  std::map<std::string, std::string> given;       // given name -> rule id
};

/// The parsed tables (built on first use).
const EntTables& ent_tables();

/// Longest phrase of `rows` that matches tokens [i, end); nullptr if none.
const EntPhrase* match_ent(const std::vector<EntPhrase>& rows, const std::vector<ScanTok>& t, size_t i, size_t end);

/// Spelling- and transliteration-insensitive key of a name: "Aleksei Navalny" and "Alexei Navalnyy" share it.
std::string name_key(std::string_view name);

/// The country key a word sequence stands for ("Moscow", "the Kremlin", "U.S." -> "russia", ...), or "".
std::string stands_for(const std::vector<ScanTok>& t, size_t i, size_t end);

}  // namespace fc
