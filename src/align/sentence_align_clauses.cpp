// SentenceSpace's clauses: a sentence cut at commas and linking words, and the clause of another sentence that fits
// an event's clause best.
#include <algorithm>
#include <unordered_set>

#include "align/sentence_align.h"
#include "core/sort.h"

namespace fc {
namespace {

constexpr uint32_t kNoSentWord = UINT32_MAX;

void sort_unique(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// Words that make a clause tell what may, should or is meant to happen, not what happened: "promised an
// investigation" is not "opened an investigation", "could face a fine" is not "was fined".
bool irrealis_word(const std::string& norm) {
  static const std::unordered_set<std::string> kWords = {
      "promise", "promised", "promises", "pledge", "pledged", "pledges", "plan", "plans", "planned", "want",
      "wants", "wanted", "intend", "intends", "intended", "threaten", "threatened", "threatens", "urge", "urged",
      "urges", "demand", "demanded", "demands", "consider", "considers", "considered", "considering", "propose",
      "proposed", "proposes", "could", "might", "may", "should", "must", "if", "whether"};
  return kWords.count(norm) > 0;
}

// Where a clause ends: a comma, semicolon, colon or bracket, or a linking word ("and", "but", "after", "which").
// A switch on the length, not a hash set: every token of a sentence is asked.
bool cut_word(const std::string& n) {
  switch (n.size()) {
    case 1: return n[0] == ',' || n[0] == ';' || n[0] == ':' || n[0] == '(' || n[0] == ')';
    case 2: return n == "as";
    case 3: return n == "and" || n == "but" || n == "who";
    case 4: return n == "when";
    case 5: return n == "while" || n == "after" || n == "which" || n == "where";
    case 6: return n == "before";
    case 7: return n == "because";
    default: return false;
  }
}

}  // namespace

bool SentenceSpace::irrealis(size_t s, size_t first, size_t last) const {
  const std::vector<Token>& tokens = all_[sents_[s].source].index.tokens;
  for (size_t i = first; i < last; ++i) {
    if (irrealis_word(tokens[i].norm)) return true;
  }
  return false;
}

std::vector<std::pair<size_t, size_t>> SentenceSpace::clauses(size_t s) const {
  const Sent& x = sents_[s];
  const std::vector<Token>& tokens = all_[x.source].index.tokens;
  std::vector<std::pair<size_t, size_t>> out;
  size_t first = x.first_token;
  for (size_t i = x.first_token; i <= x.end_token; ++i) {
    if (i < x.end_token && !cut_word(tokens[i].norm)) continue;
    if (i > first) out.emplace_back(first, i);
    first = i + 1;
  }
  return out;
}

std::vector<uint32_t> SentenceSpace::ids_in(size_t s, size_t first, size_t last) const {
  std::vector<uint32_t> out;
  for (size_t i = first; i < last; ++i) {
    const uint32_t w = token_ids_[sents_[s].source][i];
    if (w != kNoSentWord) out.push_back(w);
  }
  sort_unique(out);
  return out;
}

bool SentenceSpace::names_apart(size_t a, const std::vector<uint32_t>& mine, size_t b,
                                const std::vector<uint32_t>& theirs) const {
  // a name of a clause the other sentence lacks: "ministers of Chile met" / "ministers of Peru met"
  auto lone_name = [&](const std::vector<uint32_t>& clause, const Sent& own, const Sent& other) {
    return std::any_of(clause.begin(), clause.end(), [&](uint32_t w) {
      return !std::binary_search(own.plain.begin(), own.plain.end(), w) && words_[w][0] != '=' &&
             !std::binary_search(other.ids.begin(), other.ids.end(), w);
    });
  };
  return lone_name(mine, sents_[a], sents_[b]) && lone_name(theirs, sents_[b], sents_[a]);
}

std::vector<uint32_t> SentenceSpace::titles(size_t s, size_t first, size_t last) const {
  const std::vector<Token>& tokens = all_[sents_[s].source].index.tokens;
  std::vector<uint32_t> out;
  for (size_t i = first; i < last; ++i) {
    if (!tokens[i].capitalized || i == first) continue;
    // "environment minister Katrin Wessel", "chief executive Renato Squillaci": up to three words back
    for (size_t j = i; j > first && i - j < 3;) {
      const Token& t = tokens[--j];
      const uint32_t w = token_ids_[sents_[s].source][j];
      if (t.kind != TokenKind::kWord || w == kNoSentWord) break;
      const bool plain = std::binary_search(sents_[s].plain.begin(), sents_[s].plain.end(), w);
      if (t.capitalized && !(plain && j == sents_[s].first_token)) break;  // "Environment minister Dr ..."
      out.push_back(w);
    }
  }
  sort_unique(out);
  return out;
}

SentenceSpace::ClauseFit SentenceSpace::fit_clause(const EventClause& mine, size_t b, size_t first, size_t last) const {
  const Sent& x = sents_[mine.sentence];
  const std::vector<uint32_t> theirs = ids_in(b, first, last), their_titles = titles(b, first, last);
  ClauseFit fit;
  double total = 0;
  for (uint32_t w : theirs) {
    total += weight_[w];
    if (!std::binary_search(mine.ids.begin(), mine.ids.end(), w)) continue;
    fit.shared += weight_[w];
    // plain in both: "Culture Minister Paul Verdier" names, "the culture minister" describes
    if (!std::binary_search(sents_[b].plain.begin(), sents_[b].plain.end(), w) ||
        !std::binary_search(x.plain.begin(), x.plain.end(), w)) continue;
    fit.plain.push_back(w);
    if (!rare(w)) continue;
    ++fit.rare_plain;
    const bool title = std::binary_search(mine.titles.begin(), mine.titles.end(), w) ||
                       std::binary_search(their_titles.begin(), their_titles.end(), w);
    fit.told += title ? 0 : 1;
  }
  const double denom = std::min(total, mine.total);
  fit.score = denom > 0 ? fit.shared / denom : 0.0;
  fit.names_apart = names_apart(mine.sentence, mine.ids, b, theirs) || mine.irrealis != irrealis(b, first, last);
  return fit;
}

SentenceSpace::ClauseMatch SentenceSpace::match_clause(size_t a, size_t start, size_t end, size_t b,
                                                       double min_score) const {
  const std::vector<Token>& tokens = all_[sents_[a].source].index.tokens;
  EventClause mine;  // the words of the clauses the span touches, and their titles
  mine.sentence = a;
  for (const auto& [first, last] : clauses(a)) {
    if (tokens[first].start < end && tokens[last - 1].end > start) {
      std::vector<uint32_t> more = ids_in(a, first, last), named = titles(a, first, last);
      mine.ids.insert(mine.ids.end(), more.begin(), more.end());
      mine.titles.insert(mine.titles.end(), named.begin(), named.end());
      mine.irrealis = mine.irrealis || irrealis(a, first, last);
    }
  }
  sort_unique(mine.ids), sort_unique(mine.titles);
  for (uint32_t w : mine.ids) mine.total += weight_[w];
  ClauseMatch best;
  double best_shared = 0;
  const std::vector<Token>& theirs_tokens = all_[sents_[b].source].index.tokens;
  for (const auto& [first, last] : clauses(b)) {
    ClauseFit fit = fit_clause(mine, b, first, last);
    if (fit.shared <= best_shared) continue;
    best_shared = fit.shared;
    best.start = theirs_tokens[first].start, best.end = theirs_tokens[last - 1].end;
    best.ok = fit.rare_plain >= 2 && fit.told >= 1 && !fit.names_apart && fit.score >= min_score;
    best.ok_with_event = fit.told >= 1 && !fit.names_apart && fit.score >= min_score;
    fc::sort_by(fit.plain.begin(), fit.plain.end(),
                [&](uint32_t p, uint32_t q) { return df_[p] != df_[q] ? df_[p] < df_[q] : p < q; });
    best.shared.clear();
    for (uint32_t w : fit.plain) best.shared.push_back(words_[w][0] == '#' ? words_[w].substr(1) : words_[w]);
  }
  return best;
}

}  // namespace fc
