// Internals shared by the quote extractor's files: a light tokenizer, mark pairing, attribution, speakers.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quotes.h"

namespace fc {
namespace qx {

/// What a quote-extractor token is.
enum class TokKind { kWord, kPunct, kMark, kBreak };

/// One token of the text: a word, a punctuation sign, a quote mark or a paragraph break.
struct Tok {
  size_t start = 0;
  size_t end = 0;
  TokKind kind = TokKind::kWord;
  std::string norm;    // lower-case ASCII, curly apostrophes made straight
  bool cap = false;    // starts with an upper-case letter
  bool space_before = false;
  int quote = -1;      // index of the mark quote whose words contain this token, -1 outside
};

/// Splits `text` into tokens; each line break becomes a kBreak token.
std::vector<Tok> tokenize(std::string_view text);

/// True for '.', '!', '?' tokens that end a sentence (not after an abbreviation).
bool ends_sentence(const std::vector<Tok>& toks, size_t i);

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
  size_t first = 0;  // token range of the verb phrase
  size_t last = 0;   // inclusive
  std::string id;    // rule id of the table row
};

/// Matches a speech verb (speech_verbs.tsv) starting at token i; id empty if none.
VerbHit speech_verb_at(const std::vector<Tok>& toks, size_t i);

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
bool function_word(const std::string& n);
/// A nationality-shaped word ("Russian", "U.S.") that may precede a title.
bool demonym(const Tok& t);
/// A capitalised word that can be part of a name.
bool name_word(const Tok& t);
/// Names the title rules of tokens [a, b), preferring two-word titles ("prime minister").
std::string title_rules(const std::vector<Tok>& toks, size_t a, size_t b);
/// Builds the speaker from tokens [a, b] holding a name run; strips roles, titles and a possessive.
Speaker name_from(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b, std::string rule);

/// True if `norm` is a person title word (person_titles.tsv); sets id.
bool is_title(const std::string& norm, std::string* id = nullptr);
/// True if `norm` names a kind of organisation (org_cues.tsv: ministry, police ...); sets id.
bool is_org_head(const std::string& norm, std::string* id = nullptr);
/// Pronoun row id for `norm` ("he", "she" ...), empty if it is not a speaker pronoun.
std::string pronoun_id(const std::string& norm);

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
