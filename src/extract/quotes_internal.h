// Internals shared by the quote extractor's files: a light tokenizer, mark pairing, attribution, speakers.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quotes.h"

namespace fc {
namespace qx {

/// FNV-1a over a string_view: cheaper than std::hash for the short words the tables are keyed by.
struct ViewHash {
  size_t operator()(std::string_view s) const noexcept {
    uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

/// What a quote-extractor token is.
enum class TokKind { kWord, kPunct, kMark, kBreak };

/// Word-list memberships of a token's norm, looked up once when the text is tokenized (quotes_lexicon.cpp).
enum LexBit : uint32_t {
  kFunctionWord = 1u << 0,  // function_word(): capitalised yet never part of a name
  kCalendar = 1u << 1,      // weekdays and months (and "since", "although")
  kSkippable = 1u << 2,     // adverbs and auxiliaries between a subject and its verb
  kVerbDet = 1u << 3,       // a determiner that makes the next speech verb a noun
  kQuoteFunction = 1u << 4, // function words inside a quoted title ("of", "the" ...)
  kAnyCaseVerb = 1u << 5,   // speech verbs recognised even in title case
  kLeadPrep = 1u << 6,      // prepositions opening a sentence's leading phrase
  kObjectPrep = 1u << 7,    // prepositions whose object is not a speaker
  kAbbrev = 1u << 8,        // abbreviations whose dot does not end a sentence
  kTitleHead = 1u << 9,     // first word of a two-word person title
  kVerbHead = 1u << 10,     // first word of a speech verb phrase
  kCueHead = 1u << 11,      // first word of a saying cue
};

/// One token of the text: a word, a punctuation sign, a quote mark or a paragraph break.
struct Tok {
  size_t start = 0;
  size_t end = 0;
  TokKind kind = TokKind::kWord;
  std::string_view norm;  // lower-case ASCII, curly apostrophes made straight (into the text or a norm store)
  bool cap = false;    // starts with an upper-case letter
  bool space_before = false;
  bool ends = false;   // ends_sentence(), computed once
  int quote = -1;      // index of the mark quote whose words contain this token, -1 outside
  uint32_t bits = 0;   // LexBit memberships of norm
  uint32_t verb_last = 0;               // last token of the speech verb phrase starting here (if verb)
  const std::string* verb = nullptr;    // speech_verbs.tsv row id of that phrase, null if none
  uint16_t title = 0;    // person_titles.tsv row (lex_id) of norm (trailing dots dropped), 0 if none
  uint16_t title2 = 0;   // person_titles.tsv row of "norm next-norm", 0 if none
  uint16_t org = 0;      // org_cues.tsv row of norm, 0 if none
  uint16_t pronoun = 0;  // pronouns.tsv row of norm, 0 if none
};

/// Splits `text` into annotated tokens; each line break becomes a kBreak token. Norms that differ from the text
/// are kept in `store`, which must outlive the tokens and stay untouched.
std::vector<Tok> tokenize(std::string_view text, std::string& store);

/// The row id of a lexicon row number (Tok::title, title2, org, pronoun); "" for 0.
const std::string& lex_id(uint16_t row);

/// Fills the lexicon fields of every token (bits, title, org, pronoun, title2, ends, speech verbs).
void annotate(std::vector<Tok>& toks);

/// First words of the speech verb phrases (`cues` false) or of the saying cues (true), viewing static tables.
std::vector<std::string_view> phrase_heads(bool cues);

/// Records the speech verb phrase starting at each token (Tok::verb, Tok::verb_last); needs bits set.
void mark_speech_verbs(std::vector<Tok>& toks);

/// True for '.', '!', '?' tokens that end a sentence (not after an abbreviation).
inline bool ends_sentence(const std::vector<Tok>& toks, size_t i) { return toks[i].ends; }

/// A pair of quote marks found in the text (or a markless saying), before attribution.
struct Span {
  size_t open = 0;       // byte offset of the opening mark
  size_t close = 0;      // byte offset just past the closing mark (or of the span end)
  size_t start = 0;      // the quoted words
  size_t end = 0;
  std::string family;    // double | single | guillemet | colon | cue
  bool multi_paragraph = false;
  bool unclosed = false;
};

/// Pairs quote marks per paragraph (alternation for doubles, stack for singles and guillemets).
std::vector<Span> pair_marks(std::string_view text);

/// Finds unquoted sayings: after a speech verb and a colon, or after a saying cue ("with the comment that").
std::vector<Span> find_sayings(std::string_view text, const std::vector<Tok>& toks);

/// A speech verb or saying cue matched at a token.
struct VerbHit {
  size_t first = 0;     // token range of the verb phrase
  size_t last = 0;      // inclusive
  std::string_view id;  // rule id of the table row
};

/// Matches a speech verb (speech_verbs.tsv) starting at token i; id empty if none.
inline VerbHit speech_verb_at(const std::vector<Tok>& toks, size_t i) {
  if (i >= toks.size() || !toks[i].verb) return VerbHit{};
  return VerbHit{i, toks[i].verb_last, *toks[i].verb};
}

/// A resolved speaker mention.
struct Speaker {
  std::string name;      // "" when not resolvable
  size_t start = 0;
  size_t end = 0;
  bool person = false;
  std::string rule;      // e.g. "title:spokesman", "pronoun:he", "org:the-name"
};

/// Reads the speaker noun phrase whose last token is `last` (scanning left); empty name if none.
Speaker speaker_ending_at(std::string_view text, const std::vector<Tok>& toks, size_t last, size_t floor);
/// Reads the speaker noun phrase starting at token `first` (scanning right); empty name if none.
Speaker speaker_starting_at(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t ceil);

/// True for a word that may stand between a subject and its speech verb: an "-ly" adverb or an auxiliary (kSkippable).
bool skippable(const Tok& t);
/// A line break or a sentence end at token k.
bool boundary(const std::vector<Tok>& toks, size_t k);
/// First token of the sentence holding token i (stops at breaks, sentence ends and quotes other than `self`).
size_t sentence_floor(const std::vector<Tok>& toks, size_t i, int self);
/// The subject of the speech verb at token v: skips adverbs and one parenthetical ("X, who ..., said").
Speaker subject_of(std::string_view text, const std::vector<Tok>& toks, size_t v, size_t floor);

/// Fullest names in a text, keyed by surname, for "Putin" -> "Vladimir Putin".
struct NameBook {
  std::vector<std::pair<std::string, std::string>> by_surname;  // surname (lower) -> a full name, all of them
  /// Returns the fullest known name for `name`; itself if none is longer or two different people fit.
  std::string fullest(const std::string& name) const;
};

/// Collects full names (two or more capitalised words, titles stripped) from the tokens.
NameBook collect_names(std::string_view text, const std::vector<Tok>& toks);

/// People named outside quotes, in text order, under their fullest names (for pronouns).
std::vector<Speaker> person_mentions(std::string_view text, const std::vector<Tok>& toks, const NameBook& book);

/// Capitalised words that start sentences or link clauses, never part of a name.
inline bool function_word(const Tok& t) { return (t.bits & kFunctionWord) != 0; }
/// A nationality-shaped word ("Russian", "U.S.") that may precede a title.
bool demonym(const Tok& t);
/// A capitalised word that can be part of a name.
inline bool name_word(const Tok& t) {
  return t.kind == TokKind::kWord && t.cap && (t.bits & (kFunctionWord | kCalendar)) == 0;
}
/// Names the title rules of tokens [a, b), preferring two-word titles ("prime minister").
std::string title_rules(const std::vector<Tok>& toks, size_t a, size_t b);
/// Builds the speaker from tokens [a, b] holding a name run; strips roles, titles and a possessive.
Speaker name_from(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b, std::string rule);

/// True if the token is a person title word (person_titles.tsv); sets id.
inline bool is_title(const Tok& t, std::string* id = nullptr) {
  if (t.title && id) *id = lex_id(t.title);
  return t.title != 0;
}
/// True if the token names a kind of organisation (org_cues.tsv: ministry, police ...); sets id.
inline bool is_org_head(const Tok& t, std::string* id = nullptr) {
  if (t.org && id) *id = lex_id(t.org);
  return t.org != 0;
}
/// Pronoun row id of the token ("he", "she" ...), empty if it is not a speaker pronoun.
inline const std::string& pronoun_id(const Tok& t) { return lex_id(t.pronoun); }

/// Attributes each quote: fills speaker, speaker span and the attribution part of `rule`.
/// `parent` is the enclosing quote of a saying (-1 if none); `bounds` the byte span of each quote with its marks.
void attribute(std::string_view text, const std::vector<Tok>& toks, std::vector<Quote>& quotes,
               const std::vector<int>& parent, const std::vector<std::pair<size_t, size_t>>& bounds);

/// A partial quote with no person speaker whose words sit inside a person's direct quote takes that person.
void echo_speakers(std::vector<Quote>& quotes);

/// Index of the first token whose start is >= pos.
size_t tok_at(const std::vector<Tok>& toks, size_t pos);

}  // namespace qx
}  // namespace fc
