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
};

/// Sources published more than this many days apart do not corroborate each other's numbers.
constexpr long kAgreeWindowDays = 7;

/// Items of all sources, grouped in blocks keyed "unit|counted noun in base units"; uncounted numbers left out.
void collect_items(const std::vector<SourceFindings>& all, std::vector<NumItem>& items,
                   std::map<std::string, std::vector<size_t>>& blocks);

/// True if two ranges share a value (floating-point tolerance only: 19.9% is not 20%).
bool overlaps(double lo1, double hi1, double lo2, double hi2);

/// Shared context words of two mentions from different sources, leaving out the counted noun; 0 if same source
/// or published more than kAgreeWindowDays apart (a figure from another year is another fact).
size_t evidence(const NumItem& a, const NumItem& b);

/// True if the words right at two numbers share two content words besides their counted nouns (and neither source
/// is the other or out of the agreement window): what an uncounted percentage is of ("exports of steel" /
/// "steel exports"), or the clause a count sits in.
bool near_match(const NumItem& a, const NumItem& b);

/// A wide vague value ("dozens", "more than 200") that needs more context to agree than "about 210".
bool wide(const NumberMention& m);

/// Strong evidence that two mentions state the same fact, strong enough to call different values a conflict.
bool same_fact(const NumItem& a, const NumItem& b);

/// Content-word lemmas of the sentence holding byte `pos`, read as the items' ctx are (for explanations).
std::set<std::string> context_words_at(const SourceFindings& f, size_t pos);

}  // namespace fc::num_align
