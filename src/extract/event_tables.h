// The event verb table (en/event_verbs.tsv): verb forms with their action rows, and object-word synonyms.
#pragma once
#include <map>
#include <string>
#include <vector>

namespace fc {

/// One verb row of en/event_verbs.tsv.
struct VerbRow {
  std::string id, action, condition;
  std::vector<std::string> near;  // near:w1|w2 or receive:w1|w2 condition words
  bool receive = false;           // receive:w1|w2 = "won approval from X": X is the agent, the subject receives
  bool count = false;             // count = the object starts with a number ("ordered 40 jets")
  bool noun = false;              // noun = the forms are nouns: "the evacuation of", "Moscow's recall of"
  bool act = false;               // act:w1|w2 = near: whose words name the act itself ("claimed responsibility")
  std::vector<std::string> after;  // after:w1|w2 = a noun right after one of these words: "a phone call"
};

/// The verb table by form, and the patient synonyms.
struct EventTables {
  std::map<std::string, std::vector<VerbRow>> by_form;  // conditioned rows first
  std::map<std::string, std::string> patient;           // object word -> canonical object
};

/// The parsed table (built on first use).
const EventTables& event_tables();

struct ScanTok;

/// The verb rows of the token's form (conditioned rows first), or nullptr if it is no event verb.
const std::vector<VerbRow>* verb_rows(const ScanTok& t);

/// The canonical object the token names ("envoy" -> "ambassador"), or nullptr.
const std::string* patient_of(const ScanTok& t);

/// True for words between a verb and its object: particles ("struck down"), -ly adverbs, "yesterday".
bool verb_filler(const ScanTok& t);

/// True for a quotation mark token.
bool quote_mark(const ScanTok& t);

/// True for a common noun naming an institution that acts ("police", "court", "government").
bool institution_word(const ScanTok& t);

}  // namespace fc
