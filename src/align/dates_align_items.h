// Internal to date alignment (src/align/dates_align*.cpp): a story's resolved date mentions with their word bags.
#pragma once
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "align/context.h"
#include "align/findings.h"
#include "core/report.h"
#include "align/union_find.h"

namespace fc {
namespace dates_align {

/// One resolved date mention and the words around it.
struct DateItem {
  size_t src = 0;
  const Timex* timex = nullptr;
  std::string filled_value;      // the timex value with the story's year, when year_from_story
  bool year_from_story = false;  // a month and day without a year got the story year
  bool speech = false;  // the day someone said something ("said on March 19"), not the day of what they said
  bool sole = false;    // the only item of its source with this key
  bool vague = false;   // a week named only relative to now ("this weekend"): see vague_period()
  long latest = std::numeric_limits<long>::max();  // the latest day a finer value inside it may take: see latest_inside()
  bool glued = false;   // part of one expression with the item before ("11pm" + "on Tuesday"): counted once
  bool lead = false;    // in its source's headline or lead sentence, where news states its main event
  uint32_t lead_days = 0;  // how many different single days its source's lead items give (set for lead items)
  bool repeat = false;  // told as a repeat of its kind ("another", "a second", "again"): one of several such events
  bool anchored = false;  // a day told from the hour of writing ("yesterday", "tonight"): it moves with that hour
  long anchor_day = 0;  // days_from_civil of the source's anchor, when it has one
  bool since = false;    // the start of a span ("since January"): many measures count from one such day
  std::vector<std::string> speaker;  // a statement date's speaker words (see speech_speaker()); empty if unknown
  bool distant = false;  // its whole period lies at least kDistantDays from its source's anchor: see distant_period()
  int side = 0;         // which side of its source's anchor the key's day lies on: -1 on/before, +1 after, 0 unknown
  uint32_t key = 0;     // rank of its key (values' days joined with '|') among the story's keys
  std::vector<uint32_t> ctx;  // ranks of its context words, ascending and unique
  std::vector<uint32_t> classes;  // ranks of the event classes named anywhere in its sentence, ascending and unique
  std::vector<uint32_t> names;    // ranks of the names in its sentence (its participants), ascending and unique
  std::vector<uint32_t> near;     // a bare year's nearest content words (ranks, ascending, unique); else empty
  std::vector<uint32_t> heads;    // event classes within a few tokens of it: the event it dates (ranks, unique)
  std::vector<uint32_t> head_words;  // the other words within those few tokens (ranks, ascending, unique)
  std::vector<uint32_t> sent;     // every content word, name and number of its sentence but itself (ranks, unique)

  /// The value a mention reports.
  const std::string& value() const { return year_from_story ? filled_value : timex->value; }
};

/// All date items of a story, with key and word tables indexed by rank (ranks sort as the strings do).
struct DateStory {
  std::vector<DateItem> items;
  std::vector<std::string> keys;    // by key rank
  std::vector<char> key_one_day;    // by key rank: a precise day, no alternatives
  std::vector<char> word_is_class;  // by word rank: an event class ("#talk")
  std::vector<char> word_is_measure;  // by word rank: a class of change in a measure ("#raise"), reported month by month
  std::vector<char> word_is_number;  // by word rank: a number as sentence names hold them; 2 for a figure ("5.9", "380,000")
  std::vector<double> word_weight;  // by word rank: log(1 + (items + 1) / (1 + df))
  std::vector<std::string> word_text;  // by word rank: the word itself (read for bare years' nearest words)
  std::vector<uint32_t> name_df;    // by word rank: how many items' sentences name it
  BagSpace bags;                    // bag i is item i's context
  std::vector<double> sent_weight;  // by word rank: log((sentences + 1) / (0.5 + df)) over all the story's sentences
  std::vector<double> sent_total;   // by item: the summed sent_weight of its sentence's words
  size_t sentences = 0;             // sentences of the story holding a content word, name or number
  double sent_rare = 0;             // the sent_weight from which a word is rare: see weigh_sentence_terms()
  std::vector<uint64_t> twins;      // item pairs a << 32 | b (a < b) whose sentences match as no others do: see find_twins()
  std::vector<std::string_view> texts;  // by source: its text (for night_sign(), asked only of rare candidates)
};

/// First and last day (days_from_civil) of a key: a day, an ISO week ("2021-W11", weekend "2021-W11-WE"), a month
/// or a year; false for anything else.
bool period_bounds(const std::string& key, long& first, long& last);

/// Days a period must lie from a source's writing to count as the story's background, not its news.
constexpr long kDistantDays = 60;

/// True when the whole period of `key` lies at least kDistantDays before or after `anchor` ("in March 2030"), a
/// bare year at least a year ("in 2019" told in 2026, not "next year"): background a story rarely holds two
/// events on.
bool distant_period(const std::string& key, const std::optional<CivilDate>& anchor);

/// Which side of `anchor` the period of `key` lies on: +1 wholly after it, -1 before (a day: on or before), 0 both
/// or unknown.
int period_side(const std::string& key, const std::optional<CivilDate>& anchor);

/// True when a mention names its period only relative to now ("earlier this year", "last month", "this weekend"):
/// no digit and no month name. A reporter who says so claims no precision.
bool vague_period(std::string_view text);

/// True if `text` holds, as a whole word in any case, one of the lower-case words [first, last).
bool has_word(std::string_view text, const std::string_view* first, const std::string_view* last);

/// True when a vague period is only part of the period its value holds ("earlier this year", "the end of the
/// week"): the reporter gives no span, so the value is wider than the claim.
bool partial_period(std::string_view text);

/// The latest day number (days_from_civil) a finer value inside the mention (value key `key`) may take: "earlier
/// this year" leaves out the last week before the anchor (a reporter would name that day), "earlier this week"
/// the anchor day; otherwise no limit.
long latest_inside(std::string_view text, const std::string& key, const std::optional<CivilDate>& anchor);

/// A variant whose only coarser mentions are partial periods ("earlier this year" / "Jan. 26") becomes agree: the
/// vague mention claims no other precision. Its why says which day lies within which period. A named period
/// ("in July", "next month") stays a variant of the day.
void agree_within_vague(Fact& f);

/// True when the sentence around [start, end) of `text` speaks of a night or a time zone ("overnight", "early
/// hours", "late on", "local time", "GMT"): a day told there may be the next or previous one elsewhere.
bool night_sign(std::string_view text, size_t start, size_t end);

/// A conflict whose days all lie within one day of each other says on what ground it was judged one (see
/// adjacent_dispute() in dates_align_merge.cpp): its why gains that note.
void explain_adjacent(Fact& f);

/// True when a value tells a night ("T...NI") or a clock time near midnight (21:00 to 04:59).
bool night_value(std::string_view value);

/// Byte offset where a source's lead ends: the end of its first sentence of at least six words that closes with
/// '.', '!' or '?' among its first four sentences (headlines and datelines before it count as lead), else 0.
size_t lead_end(const TextIndex& idx);

/// True when two lead items of different sources with the same past one-day key are the story's main event: news
/// states its main event and its day in the lead. Leads that each hold this one day join on any shared sign (an
/// event class, a name, some words around); a lead with more days (the story's event and a fresh development)
/// needs the words around the day to agree.
bool lead_pair(const DateStory& story, size_t a, size_t b);

/// Sets lead_days on the lead items of each source (after the keys are ranked).
void count_lead_days(DateStory& story);

/// Marks items whose key no other item of the same source carries (items come grouped by source). The days
/// statements were made ("said on Thursday") are counted apart from the days of events, so a day a source uses
/// once for an event stays sole though someone also spoke on it. A time and the day glued to it ("11pm on
/// Tuesday") count once, and a time of day no other mention of that day shares keeps its item sole (sole_by_time).
void mark_sole(std::vector<DateItem>& items, size_t keys);

/// Appends the ids of every content word, name and number of the sentence holding `start` but [start, end) to
/// `out`, then sorts them and drops repeats.
void sentence_terms(size_t start, size_t end, ContextVocab& vocab, std::vector<uint32_t>& out);

/// Counts, for each word id, in how many of `idx`'s sentences it stands (`df`, grown as needed); adds the
/// sentences counted to `sentences`.
void count_sentence_terms(const TextIndex& idx, ContextVocab& vocab, std::vector<uint32_t>& df, size_t& sentences);

/// Sets sent_weight, sent_rare (the weight of a word in two sentences, or one in twelve of a long story) and
/// sent_total once the items' sent lists hold ranks (`rank` maps word id to rank).
void weigh_sentence_terms(DateStory& story, const std::vector<uint32_t>& df_by_id, const std::vector<uint32_t>& rank,
                          size_t sentences);

/// How alike two items' sentences are: shared weight, how many rare words (sent_rare) they share, and the cosine of their
/// binary weighted word vectors.
struct SentenceMatch {
  double mass = 0, cosine = 0;
  size_t rare = 0;
};

/// The sentence match of items a and b.
SentenceMatch sentence_match(const DateStory& story, size_t a, size_t b);

/// Finds the twins of each same-valued block: items a and b of two sources whose sentences match (cosine >= 0.15,
/// a rare word shared), each the other's best match among the other source's items of that day, by a margin of
/// 0.05 over any second. However differently worded ("closed the intakes" / "the taps have stayed dry"), two
/// sentences that share the story's rare words and names more than any other pair of that day tell one event; two
/// events of one day in one source go to whichever sentence each matches. A sentence in a chorus (the mutual best
/// match, at cosine >= 0.10, of three sources' sentences that day, which match one another) twins at that lower
/// cosine with a partner whose source names the day once: a long sentence with an aside still tells the event.
void find_twins(DateStory& story);

/// True when items a and b are twins (see find_twins()).
bool twins(const DateStory& story, size_t a, size_t b);

/// Collects every resolved DATE/TIME finding of all sources.
DateStory collect_dates(const std::vector<SourceFindings>& all);

/// Shared context words of two items: how many are event classes ("#office"), how many other words, and how many
/// names both sentences hold that few of the story's date sentences hold (a quarter at most), and how many words
/// stand next to both of two bare years ("the 2010 flood" / "the flood ... in 2010").
struct Shared {
  size_t classes = 0, others = 0, names = 0, near = 0;
  size_t any_names = 0;  // shared names however common, numbers left out
  size_t figures = 0;    // shared rare figures with a decimal point or thousands comma ("6.2", "380,000")
};

/// True when two words are one word inflected ("high" / "highest", "compete" / "competitions"): the shorter is
/// at least four letters and opens the longer, or both open with the same six letters.
bool same_stem(std::string_view x, std::string_view y);

/// Words standing next to both bare years, counting one word inflected as the same ("the highest since 2009" /
/// "this high was in 2009").
size_t common_near(const DateStory& story, const std::vector<uint32_t>& x, const std::vector<uint32_t>& y);

/// Classes come from the whole sentences ("raised its rate by 25 points ... on Thursday"), words from the window.
Shared shared_words(const DateStory& story, size_t a, size_t b);

/// A month or day far from both sources' writing that each names once ("eligible again in March 2030" / "out of
/// the sport until March 2030"): the story's background, worded freely, and rarely two events on one such date. A
/// bare year is coarser ("founded in 2019", "a failed bid in 2019"): it also needs one word or sign in common. The
/// start of a span ("fines collected since January" / "reporters lost since January") is where many counts begin:
/// it needs the kind of event, a participant or a word next to both.
bool background_pair(const DateStory& story, size_t a, size_t b, const Shared& s, double sim);

/// Whether same-valued items a and b (of two sources, bag similarity `sim`) tell one event, judged on the pair
/// alone: enough weighted overlap, twins, or the kind of event and its participants in common.
bool same_event(const DateStory& story, size_t a, size_t b, double sim);

/// Takes out of each joined group of three items or more a mention that no item of another source with its value
/// is judged one event with, on its own (same_event()): it got in only through the group's average or another
/// mention of its own source ("said on Wednesday" riding on the same source's "suspended on Wednesday").
void detach_unmatched(const DateStory& story, UnionFind& uf);

/// The words of the speaker of a statement's date, the subject before its verb ("the regional governor said in a
/// statement on Monday": "governor", "regional"); empty when the date hangs on no speech verb, or the subject is a
/// pronoun or cannot be read. `first_after` is the first token ending after the date's start.
std::vector<std::string> speech_speaker(const TextIndex& idx, size_t first_after);

/// Splits each joined group where two sources' mentions date different claims: statements of two speakers made on
/// one day, a "since" day beside an event's day, two "since YEAR" claims with no claim word in common.
void split_claims(const DateStory& story, UnionFind& uf);

/// Items of each key, ascending, indexed by key rank.
std::vector<std::vector<size_t>> blocks_of(const DateStory& story);

/// Links same-valued items of different sources whose surrounding words say it is the same event.
void link_same_values(const DateStory& story, UnionFind& uf);

/// Links a coarse value ("2021-01") to finer ones inside it ("2021-01-12") when the words around agree strongly.
void link_nested_values(const DateStory& story, UnionFind& uf);

/// The items of each date fact: fact k is items[start[k], start[k + 1]).
struct DateFacts {
  std::vector<size_t> items;
  std::vector<size_t> start;
};

/// The items of each fact, in fact order: union-find clusters, then clusters that conflict over one event merged.
DateFacts date_clusters(const DateStory& story, UnionFind& uf);

/// Joins a lone dissenting day to the group of two sources or more that tells the same event on another day, when
/// the evidence is strong (see dissent_strength() in dates_align_dissent.cpp): one key in the group, a source that
/// gives the group's day nowhere, its sentence aligned to the group's sentences by rarity-weighted words, the event
/// named next to both days, and no other source's sentence as close. Thin evidence leaves it apart.
DateFacts join_lone_dissent(const DateStory& story, const DateFacts& facts);

}  // namespace dates_align
}  // namespace fc
