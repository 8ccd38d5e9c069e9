// Events: who did what to whom, for the speech, meeting, call, recall and sanction verbs of news.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/entities.h"

namespace fc {

/// One event mention.
struct EventMention {
  size_t start = 0;  // UTF-8 byte offsets of the clause
  size_t end = 0;
  std::string text;
  std::string action;   // verb class: recall, call, meet, sanction, accuse, propose ...
  std::string agent;    // entity key or ""
  std::string patient;  // entity key / object head or ""
  std::string agent_name;    // readable agent: "Russia" for "Moscow", the fullest name of a person
  std::string patient_name;  // readable object: "ambassador", "Sweden"
  std::vector<std::string> words;  // participants: entity keys, noun lemmas and numbers ("#2,340") near the verb
  std::vector<std::string> core;   // the object's own noun chunk ("rail, service"); the subject's when no object
  std::string frame;   // what frames the verb: "agreed" (to buy), "will", or ""
  std::vector<std::string> names;  // the entity keys among `words` (for two-sided acts and place_told accidents)
  std::string when;    // the weekday named near the verb ("friday"), or ""
  int year = 0;        // the year named near the verb (2016 for "released in 2016"), or 0
  int years_ago = 0;   // years before publication named near the verb ("last year" 1, "two years ago" 2), or 0
  bool earlier = false;  // "previously" / "last year" / "years ago" near the verb: an act before the story's own
  int nth = 0;         // which time the act is: 2 for "for the second time", 1 for "first arrested", or 0
  bool negated = false;
  bool object_named = false;  // the object is a name: "beat Tarvas", "Orvana Telecom was fined"
  bool patient_first = false;  // the patient stands before the verb: "the dam burst", "the assembly was dissolved"
  std::string verb;    // an open verb (rule "ev.open") as written: "burst", "dissolved", "send"
  std::string rule;
};

/// True for accidents a story tells once, known by where they happened ("derailed near Moravik" / "came off the
/// tracks outside Moravik"): their mentions carry the names of their sentence in `names`.
bool place_told(const std::string& action);

/// Finds event mentions in `text`.
std::vector<EventMention> extract_events(std::string_view text);

/// Same as extract_events(text), reusing `entities` = extract_entities(text) already computed by the caller.
std::vector<EventMention> extract_events(std::string_view text, const std::vector<EntityMention>& entities);

/// Same again, also reusing `words` = scan_words(text).
std::vector<EventMention> extract_events(std::string_view text, const std::vector<ScanTok>& words,
                                         const std::vector<EntityMention>& entities);

}  // namespace fc
