// Number mentions prepared for alignment: ranges in base units, sentence context, and same-fact evidence.
#pragma once
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "align/findings.h"

namespace fc::num_align {

/// Id of a word in one collect_items() run: context sets are sorted vectors of these, compared by merging.
using CtxWord = uint32_t;

/// One number mention ready for clustering: its range in base units and what surrounds it.
struct NumItem {
  size_t source = 0;
  const NumberMention* m = nullptr;
  double low = 0, high = 0;
  size_t sentence = 0;                  // index of its sentence in the source's TextIndex
  std::vector<CtxWord> ctx;             // content-word lemmas of its sentence (sorted ids)
  std::vector<CtxWord> near;            // those within a few tokens of the number ("detained ... near the islands")
  std::string noun;                     // counted noun after synonyms ("docker" -> "dock worker"), before broadening
  std::vector<CtxWord> noun_words;      // ids of the words of m->counts and noun (sorted)
  CtxWord block_counts = 0;             // id of its block's counted noun (left out of shared words)
  std::set<std::string> other_numbers;  // digits elsewhere in the sentence ("7,114.3" in "... to end at 7,114.3")
  bool crowded = false;                 // another value of the same counted thing in the same sentence
  bool dated = false;                   // the source's publication day is known
  long day = 0;                         // days since 1970-01-01 of the publication day
  unsigned day_words = 0;               // bit i: the sentence names day word i ("monday" ... "today")
  bool up = false, down = false;        // the sentence has a rise word / a fall word
  bool wide = false;                    // wide(*m), computed once
  double rounding = 0;                  // how far low/high were widened for rounding (rounding_half, base units)
  double nominal = 0;                   // the number as written, in base units ("about 450" -> 450)
  bool unique = false;                  // no other mention of this block in its source has this nominal value
  bool generic = false;                 // its counted noun counts anything ("people", "year": en/num_nouns.tsv)
  CtxWord head = UINT32_MAX;            // the content word just before it ("turnout" of "Turnout was 61.3%")
  std::string qualifier{};              // the word narrowing its noun in the mention ("league" of "19 league goals")
  bool lead = false;                    // its source's first mention of this counted noun or currency
  bool past = false;                    // its sentence looks back: "last", "ago", "earlier", a year
  bool anyone = false;                  // its noun may count members of any group ("member": kind anyone)
  bool toll = false;                    // a casualty count ("dead", "injured", "missing": en/num_nouns.tsv kind toll)
  std::vector<CtxWord> chain{};         // ids of its noun and the broader ones ("worker", "people"), in order
  std::vector<CtxWord> figures{};       // ids of other_numbers above 31 or with decimals (no day of a month), sorted
  bool person = false;                  // it counts people or a kind of them ("residents", "staff", "men")
  std::string measure{};                // what kind of measure: "" for plain counts, else the base noun ("metre", "age")
  std::string owner{};                  // whose they are: a capitalised qualifier or possessive name, lower-case
  bool quoted = false;                  // inside a quotation: a speaker's own words, never a newsroom's count to accuse
};

/// Sources published more than this many days apart do not corroborate each other's numbers.
constexpr long kAgreeWindowDays = 7;

/// Half the step of the last digit a precise value is written to, in its own units, at most 6.5% of it: "187
/// million" may round 187.2 million, "8%" 8.4%, "4.82 billion" 4,823 million; 0 for vague or written-out values.
double rounding_half(const NumberMention& m);

/// A figure without its group separators, so "1,300", "1300" and "1 300" are one figure, and "6,8" is 6.8.
std::string plain_figure(const std::string& x);

/// Undoes the rounding widening of an item when its own source states a nearby precise value of the same block
/// (a source that writes 4.75% does not round it to its own "4.8%").
void keep_own_precision(std::vector<NumItem>& items, const std::map<std::string, std::vector<size_t>>& blocks);

/// Items of all sources, grouped in blocks keyed "unit|counted noun in base units"; uncounted numbers left out, or
/// when `bare` is given and they follow "<noun> of" ("a workforce of 1,800"), made items listed there.
void collect_items(const std::vector<SourceFindings>& all, std::vector<NumItem>& items,
                   std::map<std::string, std::vector<size_t>>& blocks, std::vector<size_t>* bare = nullptr);

/// True if one item's counted noun is the other's or broader than it ("people" over "resident"), or counts anything
/// ("people", "members"); siblings such as "worker" and "passenger" are not related.
bool nouns_related(const NumItem& a, const NumItem& b);

/// True if both items name whose the counted things are and the names differ ("nine Dravonian diplomats" / "nine
/// Norvenian diplomats", "Norvenia's nine diplomats"): the two sides of a reciprocal act are two facts. Names sharing
/// their first four letters are one owner ("Norvenian" / "Norvenia's").
bool owners_differ(const NumItem& a, const NumItem& b);

/// True if two ranges share a value (floating-point tolerance only: 19.9% is not 20%).
bool overlaps(double lo1, double hi1, double lo2, double hi2);

/// Shared context words of two mentions from different sources, leaving out the counted noun; 0 if same source
/// or published more than kAgreeWindowDays apart (a figure from another year is another fact).
size_t evidence(const NumItem& a, const NumItem& b);

/// True if the words right at two numbers share two content words besides their counted nouns (and neither source
/// is the other or out of the agreement window): what an uncounted percentage is of ("exports of steel" /
/// "steel exports"), or the clause a count sits in.
bool near_match(const NumItem& a, const NumItem& b);

/// Telling figures (above 31 or with decimals) both sentences state besides the two numbers, at most 2: "118 votes to
/// 97" and "112 deputies, 97 against" both state 97; 0 for one source.
size_t shared_figure_count(const NumItem& a, const NumItem& b);

/// Content words both numbers have within a few tokens, leaving out counted nouns; 0 for one source.
size_t near_shared(const NumItem& a, const NumItem& b);

/// A wide vague value ("dozens", "more than 200") that needs more context to agree than "about 210".
bool wide(const NumberMention& m);

/// A precise value of at least 100 with three or more significant digits: "2,340", not "2,300" or "about 2,340".
bool distinctive(const NumberMention& m);

/// Strong evidence that two mentions state the same fact, strong enough to call different values a conflict.
bool same_fact(const NumItem& a, const NumItem& b);

/// Both sentences name a weekday (or today/yesterday) and no day is common.
bool day_mismatch(const NumItem& a, const NumItem& b);

/// One sentence says the figure went up and the other that it went down.
bool opposite_direction(const NumItem& a, const NumItem& b);

/// False if both sentences report other figures and neither set holds the other's (a different day or report).
bool other_numbers_fit(const NumItem& a, const NumItem& b);

/// Strong evidence of one fact from the value itself: the same value of the same thing, stated once in each of two
/// sources, with the little shared context its kind needs (none for "80 districts", one word for "6.2%").
bool strong_pair(const NumItem& a, const NumItem& b);

/// True if `b` may join a cluster holding `a`: a strong pair, or `need` shared words (near words standing in for
/// a counted noun); a vague amount of a generic noun ("hundreds of people") also needs the words at the number.
bool pair_agrees(const NumItem& a, const NumItem& b, bool uncounted, size_t need);

/// Strong evidence that two percentages or sums without a counted noun state the same measure: the same word just
/// before both ("Turnout was ...", "fines of up to ..."), or two words shared at the numbers and three in the sentences.
bool same_uncounted_fact(const NumItem& a, const NumItem& b);

/// Content-word lemmas of the sentence holding byte `pos`, read as the items' ctx are (for explanations).
std::set<std::string> context_words_at(const SourceFindings& f, size_t pos);

}  // namespace fc::num_align
