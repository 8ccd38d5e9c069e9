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

/// Which phrase list of EntTables to match.
enum class EntList { kTitles, kOrgs, kPlaces };

/// Longest phrase of the list that matches tokens [i, end) (the first in the table among equals); nullptr if none.
const EntPhrase* match_ent(EntList list, const std::vector<ScanTok>& t, size_t i, size_t end);

/// Longest title that ends right before token `end` (the first in the table among equals); nullptr if none.
const EntPhrase* title_ending(const std::vector<ScanTok>& t, size_t end);

/// The rule id of an organisation suffix word ("corporation"), or nullptr.
const std::string* org_suffix_rule(const ScanTok& t);

/// The rule id of a known given name, or nullptr.
const std::string* given_rule(const ScanTok& t);

/// True if the token is a one-word title ("minister", "spokesman").
bool one_word_title(const ScanTok& t);

/// True if the token is a month name of en/num_units.tsv.
bool month_word(const ScanTok& t);

/// Spelling- and transliteration-insensitive key of a name: "Aleksei Navalny" and "Alexei Navalnyy" share it.
std::string name_key(std::string_view name);

/// The country key a word sequence stands for ("Moscow", "the Kremlin", "U.S." -> "russia", ...), or "".
std::string stands_for(const std::vector<ScanTok>& t, size_t i, size_t end);

}  // namespace fc
