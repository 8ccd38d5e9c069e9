// Shared parts of the event extractor (events.cpp, events_parts.cpp): the token context and phrase readers.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entities.h"
#include "extract/event_tables.h"
#include "extract/events.h"
#include "extract/scan.h"

namespace fc {
namespace events_detail {

/// What the extractor knows about the text: tokens and, per token, the entity that covers it.
struct Ctx {
  std::string_view text;
  const std::vector<ScanTok>& t;
  const std::vector<EntityMention>& ents;
  std::vector<int> ent_at;  // token -> index into ents or -1
};

/// The object of a verb: its head word (canonical) or entity key, whether it is the agent's own, its end.
struct Object {
  std::string head, name;
  bool own = false, entity = false;
  std::string own_word = "its";  // the possessive as written ("his", "her", "their"); "our" is told as "its"
  bool count = false;  // it starts with a number: "ordered 40 jets"
  size_t end = 0;
};

/// "a", "an", "the", "this", "that" or a possessive ("its", "their").
bool determiner(std::string_view w);

/// The object phrase starting at token k (after fillers and a determiner), up to its head noun or entity.
Object read_object(const Ctx& c, size_t k);

/// The first row (not a receive: row) whose condition the object and the words after verb v meet; noun
/// rows only when `noun`. nullptr if none.
const VerbRow* pick_row(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, const Object& obj, bool noun);

/// "called for the release of", "demanded the closure of": event noun v is asked for, not told as done.
bool demanded(const Ctx& c, size_t v);

/// True if "not", "never", "no" or "n't" stands within three tokens before v in its clause.
bool negated_before(const Ctx& c, size_t v);

/// "Two diplomats were expelled by Belarus", "2,000 people had been evacuated": the object before the verb,
/// the agent (if any) after "by". False if v is no passive participle of a row.
bool passive_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev);

/// True if verb token v is a participle after a form of "be" ("was banned", "has also been suspended"): passive, so
/// never read as active with its subject as the doer.
bool passive_form(const Ctx& c, size_t v);

/// Key an event uses for entity e over tokens [a, b): the country a place stands for, else the name key.
std::string agent_key(const Ctx& c, int e, size_t a, size_t b, std::string* name);

/// The token span [a, b) of the entity covering token `around`.
std::pair<size_t, size_t> ent_span(const Ctx& c, int e, size_t around);

/// Adds to `out` the participant words of tokens [from, to) in token from's sentence: noun lemmas (object
/// synonyms made canonical), entity keys and numbers ("#2 million"); stops at a clause verb like "said".
void add_words(const Ctx& c, size_t from, size_t to, std::vector<std::string>* out);

/// Adds to `out` the words of the first noun chunk from token `from` ("rail services" in "Rail services between
/// Brezno"), past determiners and amounts; stops at the first function word after it.
void chunk_words(const Ctx& c, size_t from, std::vector<std::string>* out);

/// "spoke by phone with Lee": drops the row's cue words (near:) from the participants unless one is the object.
void drop_cue_words(const VerbRow& row, const std::string& head, EventMention* ev);

/// Adds the participant words of the subject phrase that ends before token `end` (back to the clause start);
/// returns the phrase's first token.
size_t subject_words(const Ctx& c, size_t end, std::vector<std::string>* out);

/// Reads what frames verb token v: "agreed to" -> "agree", "will" -> "will"; sets *first to the frame's first
/// token (v if none). Returns false for a modal that makes no claim ("must approve", "could fall").
bool read_frame(const Ctx& c, size_t v, std::string* frame, size_t* first);

/// An -ed form used as an adjective: "of evacuated areas", "for the evacuated persons", "kept closed".
bool adjective_participle(const Ctx& c, size_t v);

/// "Corvanta has won approval from the Agency for its vaccine": for a row with condition receive:..., the
/// agent is the name after "from" and the receiver joins the participants. False if the row does not fit.
bool receive_event(const Ctx& c, size_t v, const VerbRow& row, EventMention* ev);

/// "Lind announced her resignation", "told the board of his resignation": the noun of an act with no object
/// (resign) right after "his" or "her" is the act of the nearest person named before it in the sentence, after "its"
/// or "their" of the nearest other name; "Brenner's resignation" is Brenner's act, "Korvath's arrest" and "Lind's
/// suspension" are done to them. False if the noun has no such row or no such name precedes it.
bool possessive_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev);

/// True for a pronoun ("he", "they", "which").
bool pronoun(const ScanTok& w);

/// "Lena Korvath landed ... after she was arrested": for "he", "she" or "him" at token k, the one person named before it in
/// its sentence, else the one person named in the sentence before: a token of that name; c.t.size() if none or two.
size_t person_pronoun(const Ctx& c, size_t k);

/// Nearest entity before token v inside its clause (at most 8 tokens back), past places ("in Brezno") and
/// possessors set apart from v ("Estmark's envoy on Sunday and"); sets its token span [*a, *b); -1 if none.
int subject_before(const Ctx& c, size_t v, size_t* a, size_t* b);

/// "Valdoria summoned X and recalled Y": for a verb clause starting at `first` right after "and", the earlier
/// verb of the coordination (its subject is this verb's), or c.t.size() if none.
size_t coordinated_verb(const Ctx& c, size_t first);

/// The weekday named in verb v's sentence near it ("monday"), or "".
std::string weekday_near(const Ctx& c, size_t v);

/// The year named in verb v's sentence near it ("in 2016", "the 2016 release"), or 0.
int year_near(const Ctx& c, size_t v);

/// Marks verb v's mention `ev` as an earlier act when its clause says so near the verb: "last year" or "two years
/// ago" (sets years_ago) or "previously" / "in the past" (sets earlier only); and which time the act is ("for the
/// second time", "was first arrested": sets nth).
void earlier_near(const Ctx& c, size_t v, EventMention* ev);

/// "the ministers meet": a plain verb form right after a plural common noun.
bool plural_subject(const Ctx& c, size_t v);

/// "a phone call between A and B": an after: row whose cue word stands right before noun v. False if none.
bool after_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev);

/// The "of" after event noun v ("the detention of", "the detention on 6 June of"), or c.t.size() if none.
size_t of_after(const Ctx& c, size_t v);

/// "concern over the detention of": a preposition before the noun's determiner, so its clause's subject is not
/// the noun's agent.
bool noun_after_preposition(const Ctx& c, size_t v);

/// True for actions with two sides alike, where the agent is one participant among others: "call", "meet".
bool symmetric(const std::string& action);

/// Adds the subject phrase ending before token `start` and the agent to the participants of a symmetric event.
void add_subject(const Ctx& c, size_t start, EventMention* ev);

/// Finishes the mention of open verb v (events_open.cpp): keeps its verb as written and drops it when it tells too
/// little (no object, a pronoun), is negated or conditional ("whether"), or its doer stands far before it.
bool open_event(const Ctx& c, size_t v, EventMention* ev);

/// Fills ev->names with the participants of ev->words that are names in verb v's sentence.
void name_words(const Ctx& c, size_t v, EventMention* ev);

}  // namespace events_detail
}  // namespace fc
