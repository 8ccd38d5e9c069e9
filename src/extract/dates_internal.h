// Internal pieces of the temporal tagger shared by src/extract/dates*.cpp (not a public interface).
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "extract/dates.h"

namespace fc {
namespace dates {

/// What a token is.
enum class TokKind { kWord, kNum, kPunct };

struct LexEntry;
struct WordInfo;

/// A token of the tagger's own light tokenizer: byte span, lower-cased form, and spacing facts.
struct Tok {
  size_t start = 0;
  size_t end = 0;
  TokKind kind = TokKind::kWord;
  std::string_view norm;      // lower-case; curly apostrophes and dashes folded to ' and -; a view into the
                              // norms buffer tokenize() filled (never longer than the token itself)
  bool cap = false;           // first letter upper-case
  bool space_before = true;   // whitespace (or the text start) right before it
  bool break_before = false;  // a line break right before it
  // Filled by annotate() once per token (empty before): table facts the matcher reads instead of hashing norm.
  const WordInfo* info = nullptr;  // vocabulary entries, tense cues and literal id for norm, or nullptr
  uint64_t mask = 0;                // start_mask() at the token
  int lit = -1;                     // literal id of norm (-1: no pattern names it)
};

/// True if `s` reads `lit` (inline, no strlen: the hot paths compare tokens with short literals).
inline bool is(std::string_view s, std::string_view lit) { return s == lit; }

/// Splits text into words, numbers (with inner ':', '/', '.', ',' and ISO dashes kept) and punctuation; the
/// tokens' norms are views into `norms` (resized to the text's size), which must outlive them and not be resized.
void tokenize(std::string_view text, std::vector<char>& norms, std::vector<Tok>& out);

/// Looks every token up in the tables once (info, mask, lit); tag() calls it before matching.
void annotate(std::vector<Tok>& toks);

/// Sentence index of each token (breaks at . ! ? before a capital, and at line breaks).
std::vector<size_t> sentence_ids(const std::vector<Tok>& toks);

/// One vocabulary entry of a class ("MONTH" january -> "1").
struct LexEntry {
  std::string id;
  std::string cls;
  int cls_id = -1;
  std::string value;
  double num = 0;                  // std::atof(value)
  std::vector<std::string> words;  // the entry's tokens, lower-case
  bool ambiguous = false;          // month names that are also common words
};

/// What the tables know about one lower-case word: entries and cues it begins, and its literal id.
struct WordInfo {
  std::vector<const LexEntry*> lex;  // vocabulary entries whose first word it is
  std::vector<const LexEntry*> multi;  // those of them with more words
  uint64_t single = 0;               // start_mask() bits its one-word entries give (see class_bits())
  std::vector<size_t> cues;          // tense cues whose first word it is (indices into Tables::cues)
  int lit = -1;                      // literal id when a pattern names it
};

/// Fixed ids of the shape classes (registered first, in this order, by the table loader).
enum ShapeClass : int {
  kNUM, kORD, kUNITS, kNUMW, kORDW, kUNIT, kYY, kDECADE, kNUMSIGNED, kAMPM, kDAY, kYEAR, kBAREYEAR, kISODATE,
  kSLASHDATE, kHM, kHHMM, kHOUR, kINT, kShapeCount
};

/// One element of a pattern: a set of alternatives (class names or literal tokens).
struct Element {
  struct Alt {
    bool is_class = false;
    std::string s;
    int cls_id = -1;  // index into Tables::class_names when is_class
    int lit_id = -1;  // index into Tables::literals otherwise
  };
  std::vector<Alt> alts;
  bool optional = false;
  bool context = false;  // must match but stays outside the span
  bool all_literal = false;  // every alternative is a literal (so it covers exactly one token)
};

/// One row of dates_patterns.tsv.
struct Pattern {
  std::string id, type, norm, param, example;
  std::vector<Element> elems;
  size_t row = 0;
  bool combine = false;  // documents a merge done after normalization; never matched over tokens
  uint64_t start_classes = 0;  // classes that can begin the span (see may_start in dates_match.cpp)
  std::vector<int> start_literals;
};

/// One row of dates_tense.tsv.
struct TenseCue {
  std::string id;
  std::vector<std::string> words;
  int orient = 0;  // -1 past, +1 future
  bool strong = false;
};

/// Bit sets of patterns (bit = index into Tables::patterns) keyed by what a token is: one set per class id
/// (< 64) and per literal id, plus the patterns every token admits.
struct StartSets {
  std::vector<std::vector<uint64_t>> by_class, by_lit;
  std::vector<uint64_t> always;
};

/// All tagger tables, loaded once from the embedded TSV files.
struct Tables {
  std::vector<std::unique_ptr<LexEntry>> entries;
  std::unordered_map<std::string, std::vector<const LexEntry*>> by_first;  // first word -> entries
  std::vector<Pattern> patterns;
  std::vector<TenseCue> cues;
  std::unordered_map<std::string, std::vector<size_t>> cue_by_first;  // first word -> cue indices
  std::vector<std::string> errors;  // malformed rows, for the tests
  std::vector<std::string> class_names;  // every class a pattern or vocabulary row names
  std::unordered_map<std::string, int> literals;  // every literal token a pattern names -> its id
  uint64_t pattern_classes = 0;               // bit set of the classes patterns name
  std::unordered_map<std::string_view, WordInfo> words;  // by_first, cue_by_first and literals merged per word
                                                         // (keys view the keys of those maps)
  StartSets starts;  // patterns a token may start (see may_start in dates_match.cpp)
  // Literal-first patterns: the first span element is one literal token, and some later element is required.
  // `firsts` holds what that element admits, `rests` what the elements after it can begin with.
  std::vector<uint64_t> lit_first, lit_first_optional;  // bit sets; _optional: the literal element is optional
  StartSets firsts, rests;
  int month = -1, weekday = -1, holiday = -1, namedday = -1;     // vocabulary class ids the matcher tests
  int monthctx = -1, notyear = -1, notyearbefore = -1;
  /// Id of a class name (added if new).
  int class_id(const std::string& name);
  /// Id of a known class name, or -1.
  int find_class(const std::string& name) const;
};

/// Bit set of the classes that could begin at token `k` (bit = class id; ids past 63 are always set): a vocabulary
/// class only when one of its entries spells out from there. Needs the tokens' info.
uint64_t start_mask(const std::vector<Tok>& toks, size_t k);

/// The start_mask() bits a vocabulary entry of class `cls` gives (NUMW also makes NUM, ORDW ORD, UNIT UNITS).
uint64_t class_bits(int cls);

/// Name of a class id (a view into the tables, valid for the program's life).
std::string_view class_name(int id);

/// The tables, parsed on first use.
const Tables& tables();

/// A captured piece of a match.
struct Slot {
  std::string_view cls;  // a class name from class_name() or a literal; empty for a literal token
  std::string value;  // class value ("3" for March, "Y" for years, "X" for a fuzzy number)
  double num = 0;
  size_t tb = 0, te = 0;  // token range
};

/// One pattern match over tokens [tb, te).
struct Match {
  const Pattern* pat = nullptr;
  size_t tb = 0, te = 0;
  std::vector<Slot> slots;
  /// First slot of a class, or nullptr.
  const Slot* get(std::string_view cls) const;
};

/// Matches of class id `cls` at annotated token `pos` (several lengths possible), appended to `out`.
void match_class(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out);

/// Number shapes (INT, DAY, YEAR, HOUR, AMPM, NUMSIGNED); false if `cls` is not one of them.
bool match_shape(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out);

/// Date shapes (BAREYEAR, YY, DECADE, ISODATE, SLASHDATE, HM, HHMM); false if `cls` is not one of them.
bool match_date_shape(int cls, const std::vector<Tok>& toks, size_t pos, std::vector<Slot>& out);

/// True if annotated token `t` is a one-word entry of vocabulary class id `cls`.
bool in_class(int cls, const Tok& t);

/// Left-to-right, longest-first, non-overlapping pattern matches.
std::vector<Match> find_matches(const std::vector<Tok>& toks);

/// What a normalizer needs besides the match: anchor, reference times and orientation.
struct NormContext {
  std::optional<CivilDate> dct;          // publication date
  std::optional<CivilDate> ref_day;      // last day mentioned in the text ("the day")
  bool ref_day_close = false;            // ref_day was named in this sentence or the one before ("the next day")
  std::optional<CivilDate> sentence_ref; // an earlier day of this sentence before the dct (shifted reference)
  std::string last_period;               // last month/quarter/year value ("the same period last year")
  int orient = 0;                        // -1 past, +1 future, 0 unknown
};

/// A normalized expression.
struct Norm {
  bool ok = false;
  std::string type;
  std::vector<std::string> values;
  std::optional<CivilDate> day;  // the day it denotes, when it denotes one
  std::string clock;             // "T22:14Z" for a time of day without its own date
};

/// A DATE value, with the day it denotes when it denotes one.
Norm date_norm(std::string value, std::optional<CivilDate> day = std::nullopt);

/// Normalizes one match.
Norm normalize(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx);

/// Normalizes the relative kinds (anchored on the context): month, md, weekday, relday, shift, ...
Norm normalize_relative(const Match& m, const std::vector<Tok>& toks, const NormContext& ctx);

/// A day counted from the day the text last named, as "the next day" is (its PARTDAY kept: "the next morning").
Norm refday_step(const Match& m, const NormContext& ctx);

/// TIMEX3 duration for `n` units ("P26D", "PT30M", "PXY" when fuzzy).
std::string duration_value(double n, bool fuzzy, const std::string& unit);

/// Tense around tokens [tb, te) of a sentence [sb, se): -1 past, +1 future, 0 unknown; `cue` gets the cue id.
int orientation(const std::vector<Tok>& toks, size_t sb, size_t se, size_t tb, size_t te, std::string* cue);

/// A tagged expression with what inference needs to know about it.
struct Found {
  Timex timex;
  int orient = 0;
  std::string cue;        // id of the tense cue that decided the orientation
  std::optional<CivilDate> day;
  size_t sentence = 0;
};

/// What does not depend on the anchor: tokens, sentences, pattern matches and the tense around each match.
struct Prepared {
  std::string_view text;
  std::vector<char> norms;  // the tokens' norm bytes
  std::vector<Tok> toks;    // annotated
  std::vector<size_t> sids, sentence_begin, sentence_end;  // sentence of each token; token range of each sentence
  std::vector<Match> matches;
  std::vector<int> orient;        // orientation() of each match
  std::vector<std::string> cues;  // the cue that decided it ("" if none)
};

/// Tokenizes, matches and orients `text` (the anchor-independent half of tag()).
void prepare(std::string_view text, Prepared& out);

/// The tagger proper on a prepared text: tag_dates() and infer_published() both call it.
std::vector<Found> tag(const Prepared& p, const std::optional<CivilDate>& anchor);

/// The tagger proper: prepare() then tag().
std::vector<Found> tag(std::string_view text, const std::optional<CivilDate>& anchor);

// Calendar helpers (dates_calendar.cpp).
/// ISO year and week of a date.
void iso_week(const CivilDate& d, int& year, int& week);
/// "2021-W11".
std::string week_value(const CivilDate& d);
/// The `n`-th ISO weekday `wd` (1-7) of a month; n = -1 for the last one.
std::optional<CivilDate> nth_weekday(int year, int month, int n, int wd);
/// Parses a non-negative integer; -1 if `s` is not all digits (or too long).
long parse_int(std::string_view s);
/// Zero-padded number.
std::string pad(long v, int width);
/// "2021-03-18": the same as to_iso(d), without printf for the usual years 0-9999.
std::string iso_day(const CivilDate& d);

}  // namespace dates
}  // namespace fc
