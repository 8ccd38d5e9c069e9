// Cues around a name that no table knows: a dateline, a place, a firm; credit lines that are no part of the story.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities.h"
#include "extract/entity_tables.h"
#include "extract/scan.h"

namespace fc {

/// True if the lone name at token k opens a dateline: "BRENNA, March 5 -", "Brenna, 5 March -".
bool dateline(const std::vector<ScanTok>& t, size_t k);

/// True if the capitals [k, e) of two or three words open a dated dateline or one with a credit: "PORT AMARAL,
/// Sept 21 -", "SAN VELMA (Agency) -".
bool long_dateline(const std::vector<ScanTok>& t, size_t k, size_t e);

/// True if the lone name at token k stands where places stand: "in Brenna", "the town of Brenna", "Rudania's".
bool place_cue(const std::vector<ScanTok>& t, size_t k);

/// What the words around a name say it is: a type (PLACE | ORG) and the rule id; both empty if nothing.
struct TypeCue {
  std::string_view type, rule;
};

/// Type evidence from the words around the name [a, b): "Upper Lesna region", "the dam Dolna Lesna", "River Lesna"
/// (a place), "the company Baltic Mills" (an organisation).
TypeCue type_cue(const std::vector<ScanTok>& t, size_t a, size_t b);

/// True if the name [a, b) is a credit, not a fact of the story: "MOSCOW (Reuters) -", "Reporting by ...",
/// "Editing by ...", "By REUTERS", "Photo: AP".
bool credit_line(const std::vector<ScanTok>& t, size_t a, size_t b);
/// A title right before the name at token a ("spokesman Dmitry Peskov", "The Minister of Justice, Marta Lenc").
const EntPhrase* title_before(const std::vector<ScanTok>& t, size_t a);

/// A title just after the name ending at token b and a comma ("Ann Lee, the Kremlin spokesman").
const EntPhrase* title_after(const std::vector<ScanTok>& t, size_t b);

/// The organisation suffix rule ending [k, e), unless the chunk is a given name and one more word ("Anna Steel").
const std::string* firm_word(const std::vector<ScanTok>& t, size_t k, size_t e);

/// Where a known given name opens a second name inside [k, e) ("of Brezno Pavol Drobny"), or e.
size_t given_split(const std::vector<ScanTok>& t, size_t k, size_t e);

/// True if a verb of saying follows the name ending at token b ("Ann Lee said").
bool speech_after(const std::vector<ScanTok>& t, size_t b);

/// True if `w`, right before a name, is a verb of saying ("said Sara Dunai").
bool speech_before(const ScanTok& w);

/// True if the token is a coined name: a capitalised word, a hyphen and a short all-capital code ("Respira-C").
bool coined_name(std::string_view text, const ScanTok& w);

/// True if the lone capitalised word at token k reads as a name of its own ("the operator Nordbane"): not a piece of a
/// longer capitalised phrase ("Prevention" of "Bureau for Prevention of Corruption"), not hyphenated, not shaped like a
/// people's adjective ("Valdorian", "Halmish") and written in lower case nowhere in `text` ("Stop", "Sea").
bool name_word(std::string_view text, const std::vector<ScanTok>& t, size_t k);

/// Adds a mention (rule ent.name.coined, keyed by its lower-case text) for every code-like name of a model, craft or
/// vehicle: a capitalised word, a hyphen and a number ("Kestrel-1", "AC-500", "A330-200"), which other cues skip.
void add_coded_names(std::string_view text, const std::vector<ScanTok>& t, std::vector<EntityMention>& out);

/// A river's name without "River" ("River Lesna", "Lesna River" -> "Lesna"); other names as they are.
std::string_view river_name(std::string_view name);
}  // namespace fc
