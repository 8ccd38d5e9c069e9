// Sentence alignment across sources: which sentence of another source tells what a given sentence tells, found by
// the words both share, weighted by how rare each word is in the story (a verb-independent link between clauses).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "align/findings.h"
#include "align/norm_table.h"

namespace fc {

/// The sentences of all sources as bags of word ids (content words, names, numbers) with story-wide rarity weights,
/// and an inverted index to find, for one sentence, its best match in each other source.
class SentenceSpace {
 public:
  /// Reads every sentence of every source of `all`.
  explicit SentenceSpace(const std::vector<SourceFindings>& all);

  /// The sentence (global index) holding byte `pos` of source `source`.
  size_t sentence_of(size_t source, size_t pos) const;

  /// One sentence's best match in another source.
  struct Match {
    size_t sentence = SIZE_MAX;  // SIZE_MAX: none
    double score = 0;            // shared weight over the smaller sentence's weight (0..1)
  };

  /// For sentence `s`, the best-scoring sentence of each other source that shares a word with it (one per source,
  /// unordered). Cost: the postings of the sentence's words.
  std::vector<Match> best_per_source(size_t s) const;

  /// The best match of sentence `s` among the sentences of `source` (a scan of that source).
  Match best_in(size_t s, size_t source) const;

  /// True when sentences a and b tell one thing: their score is at least `min_score`, they share two plain
  /// (lower-case, non-number) words of which one is rare in the story, and no number or negation sets them apart.
  bool same_statement(size_t a, size_t b, double min_score) const;

  /// The plain words sentences a and b share, rarest first, at most `n`.
  std::vector<std::string> shared_plain(size_t a, size_t b, size_t n) const;

  /// What the clause of an event shares with the best-fitting clause of another sentence.
  struct ClauseMatch {
    bool ok = false;               // two plain words rare in the story shared, and most of the smaller clause
    bool ok_with_event = false;    // one such word that is no title: enough where the clause has an event mention
    size_t start = 0, end = 0;     // byte span of the other sentence's clause
    std::vector<std::string> shared;  // the plain words shared, rarest first
  };

  /// The clause of sentence a covering bytes [start, end) (clauses end at commas, semicolons, colons and words
  /// like "and", "but", "after") against each clause of sentence b: the one sharing most weight, and whether it
  /// tells the same thing (at least `min_score` of the smaller clause's weight shared, two rare plain words).
  ClauseMatch match_clause(size_t a, size_t start, size_t end, size_t b, double min_score) const;

  /// The source of a sentence.
  size_t source_of(size_t s) const { return sents_[s].source; }
  /// The byte span of a sentence.
  std::pair<size_t, size_t> span(size_t s) const { return {sents_[s].start, sents_[s].end}; }

  /// Overlap score of two sentences (shared weight over the smaller total).
  double score(size_t a, size_t b) const;

  /// True for a plain word id rare in the story: at most one and a half sentences per source hold it.
  bool rare(uint32_t w) const;

 private:
  struct Sent {
    size_t source = 0, start = 0, end = 0, first_token = 0, end_token = 0;
    std::vector<uint32_t> ids;      // sorted, unique: every word of the bag
    std::vector<uint32_t> plain;    // sorted, unique: lower-case content words
    std::vector<uint32_t> numbers;  // sorted, unique: numbers
    double total = 0;
    bool negated = false;
  };
  struct EventClause {  // the clause of an event: its sentence, words, title words and weight
    size_t sentence = 0;
    std::vector<uint32_t> ids, titles;
    double total = 0;
    bool irrealis = false;  // tells what may or is meant to happen ("promised", "could")
  };
  struct ClauseFit {  // what a clause of another sentence shares with it
    double shared = 0, score = 0;
    size_t rare_plain = 0, told = 0;  // rare plain words shared; of which no title
    bool names_apart = false;  // lone names on both sides, or one clause irrealis and the other not
    std::vector<uint32_t> plain;  // plain words shared
  };
  ClauseFit fit_clause(const EventClause& mine, size_t b, size_t first, size_t last) const;
  std::vector<std::pair<size_t, size_t>> clauses(size_t s) const;
  bool irrealis(size_t s, size_t first, size_t last) const;  // a word of tokens [first, last) says "may", "promised"  // token ranges of a sentence's clauses
  bool names_apart(size_t a, const std::vector<uint32_t>& mine, size_t b, const std::vector<uint32_t>& theirs) const;
  std::vector<uint32_t> titles(size_t s, size_t first, size_t last) const;  // words of the title runs before names
  std::vector<uint32_t> ids_in(size_t s, size_t first, size_t last) const;  // sorted word ids of tokens [first, last)
  uint32_t intern(std::string key);                           // word -> id
  std::vector<uint32_t> token_words(const TextIndex& idx);    // per token its word id or UINT32_MAX
  void add_source(size_t src);                                // the sentences of one source
  std::unordered_map<std::string, uint32_t> ids_;             // word -> id
  NormTable word_of_;                                         // word token norm -> word id (UINT32_MAX: ignored)
  NormTable number_of_;                                       // number token norm -> word id
  const std::vector<SourceFindings>& all_;
  std::vector<Sent> sents_;
  std::vector<size_t> first_of_source_;  // source -> its first sentence; one past for the end
  std::vector<std::string> words_;       // id -> word
  std::vector<uint32_t> df_;
  std::vector<double> weight_;
  std::vector<uint32_t> postings_;        // per word id its sentences, ascending, at [posting_start_[w], [w + 1])
  std::vector<uint32_t> posting_start_;
  mutable std::vector<double> shared_;     // best_per_source's scratch: per sentence the weight shared, all 0 between
  mutable std::vector<uint32_t> touched_;  // best_per_source's scratch: the sentences it touched
  std::vector<std::vector<uint32_t>> token_ids_;  // per source: per token its word id or UINT32_MAX
};

}  // namespace fc
