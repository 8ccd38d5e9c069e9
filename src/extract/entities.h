// Named entities: people, organisations, places, with a key that survives spelling variants.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/scan.h"

namespace fc {

/// One mention of a named entity.
struct EntityMention {
  size_t start = 0;  // UTF-8 byte offsets
  size_t end = 0;
  std::string text;
  std::string type;       // PERSON | ORG | PLACE | OTHER
  std::string canonical;  // fullest name for it in the same text ("Alexei Navalny" for "Navalny")
  std::string key;        // spelling-insensitive match key (transliteration variants share it)
  std::string title;      // "President", "spokesman" ... when given
  std::string rule;
};

/// Finds named entities in `text` and resolves surname-only mentions within it.
std::vector<EntityMention> extract_entities(std::string_view text);

/// Same as extract_entities(text), reusing `words` = scan_words(text) already computed by the caller.
std::vector<EntityMention> extract_entities(std::string_view text, const std::vector<ScanTok>& words);

}  // namespace fc
