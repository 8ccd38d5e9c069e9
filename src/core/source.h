// One news source of a story, as every step after ingest sees it.
#pragma once
#include <string>

namespace fc {

/// A source after ingest: fields are UTF-8 and validated; text is the full article body.
struct Source {
  std::string id;         // unique within a story ("s1", a file stem, or given)
  std::string outlet;     // may be empty
  std::string url;        // may be empty
  std::string published;  // "" or a validated "YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM]]"
  std::string language;   // may be empty; "en" assumed by the rules
  std::string title;      // may be empty
  std::string text;       // required, valid UTF-8
};

}  // namespace fc
