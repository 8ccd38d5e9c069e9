// Date alignment, guard after linking: mentions that date two different claims leave one joined date fact (see
// split_claims()): two speakers' statements, or two "since YEAR" claims.
#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <string>
#include <utility>
#include <vector>

#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {
namespace {

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

// True when a speaker word of one item is a speaker word of the other, or a speaker's head word is a word of the
// other's sentence ("Mayor Lund" said / the mayor said; "Lund said" / "the mayor said" where the sentence names
// Lund). Both speakers are non-empty.
bool same_speaker(const DateStory& story, const DateItem& x, const DateItem& y) {
  for (const std::string& w : x.speaker) {
    if (std::find(y.speaker.begin(), y.speaker.end(), w) != y.speaker.end()) return true;
  }
  // In the other's sentence only the speaker's head word counts ("Lund" or "council" found, not "national").
  for (const auto& [p, q] : {std::pair<const DateItem*, const DateItem*>{&x, &y}, {&y, &x}}) {
    for (uint32_t r : q->sent) {
      if (story.word_text[r] == p->speaker.front()) return true;
    }
  }
  return false;
}

// True when the two sorted rank lists share a word other than "since".
bool shared_claim_word(const DateStory& story, const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
  for (size_t p = 0, q = 0; p < x.size() && q < y.size();) {
    if (x[p] == y[q] && story.word_text[x[p]] != "since") return true;
    if (x[p] <= y[q]) ++p; else ++q;
  }
  return false;
}

// What a "since YEAR" claim measures: 1 a record ("the worst ... since", "the strongest"), 2 a first ("the first
// ... since"), 0 neither.
// With `wide`, the whole sentence's words are read.
int claim_kind(const DateStory& story, const DateItem& it, bool wide) {
  static constexpr std::string_view kNotSuperlative[] = {"interest", "protest", "request", "forest", "contest",
                                                         "harvest", "arrest", "suggest", "honest", "modest", "invest"};
  int kind = 0;
  for (const std::vector<uint32_t>* list : {&it.near, &it.head_words, wide ? &it.sent : &it.near}) {
    for (uint32_t r : *list) {
      const std::string& w = story.word_text[r];
      const bool est = w.size() >= 6 && w.compare(w.size() - 3, 3, "est") == 0 &&
                       std::find(std::begin(kNotSuperlative), std::end(kNotSuperlative), w) == std::end(kNotSuperlative);
      if (est || one_of(w, {"worst", "best", "most", "least", "record"})) return 1;
      if (one_of(w, {"first", "last"})) kind = 2;
    }
  }
  return kind;
}

// True when two mentions of two sources date different claims: two statements whose speakers share no word, or
// two "since YEAR" with no claim word in common
// ("the wettest spring since 2013" / "the first flood to reach the town since 2013").
bool two_claims(const DateStory& story, size_t a, size_t b) {
  const DateItem& x = story.items[a];
  const DateItem& y = story.items[b];
  if (x.src == y.src) return false;
  if (!x.speaker.empty() && !y.speaker.empty() && !same_speaker(story, x, y)) return true;
  // "since YEAR" measures a claim from a reference year; a day after "since" mostly starts the story's own state
  // ("closed since Tuesday" / "closed on Tuesday"), which other sources date as an event.
  if (!x.since || !y.since || x.near.empty() || y.near.empty()) return false;
  // A record and a first measure two things however many words they share ("the strongest storm to hit the
  // coast since 2013" / "the first storm to hit the coast directly since 2013").
  const int wx = claim_kind(story, x, true), wy = claim_kind(story, y, true);
  if (wx != 0 && wy != 0 && wx != wy) return true;
  // The claim's own words: those nearest the year, the others within a few tokens, the event classes there.
  if (shared_claim_word(story, x.near, y.near) || shared_claim_word(story, x.head_words, y.head_words) ||
      shared_claim_word(story, x.heads, y.heads))
    return false;
  const int kx = claim_kind(story, x, false), ky = claim_kind(story, y, false);
  return kx == 0 || kx != ky;  // "the worst fire since" / "the largest blaze since": one record, told twice
}

// True when the mention can tell a claim of its own (a statement's speaker, or "since" with its claim words):
// two_claims() holds only between two such mentions.
bool claimant(const DateItem& it) { return !it.speaker.empty() || (it.since && !it.near.empty()); }

bool speech_verb(std::string_view w) {
  // Not "announced" or "declared": they date what was done as well ("declared an emergency on Sunday").
  return one_of(w, {"said", "says", "told", "stated", "claimed", "added", "explained", "wrote", "warned", "insisted"});
}

// Where the speaker's name ends before the verb at token `v`: before a short bracket right at the verb ("the
// National Disaster Council (NDCC) said"), else at `v`.
size_t behind_bracket(const TextIndex& idx, size_t v, size_t floor) {
  if (v == floor || idx.tokens[v - 1].norm != ")") return v;
  for (size_t j = v - 1; j > floor && j + 5 > v; --j) {
    if (idx.tokens[j - 1].norm == "(") return j - 1;
  }
  return v;
}

}  // namespace

std::vector<std::string> speech_speaker(const TextIndex& idx, size_t first_after) {
  std::vector<std::string> out;
  size_t v = std::min(first_after, idx.tokens.size());  // the verb, back over "on", "in a statement", ...
  for (size_t n = 0; v > 0 && n < 7 && !speech_verb(idx.tokens[v - 1].norm); ++n, --v) {
    if (!one_of(idx.tokens[v - 1].norm, {"on", "late", "early", ",", "in", "at", "during", "to", "a", "an", "the",
                                         "statement", "briefing", "interview", "conference", "news", "press",
                                         "televised", "address", "speech", "message", "reporters", "journalists"}))
      return out;
  }
  if (v == 0 || !speech_verb(idx.tokens[v - 1].norm)) return out;
  --v;
  const size_t floor = idx.sentences.empty() ? 0 : idx.sentences[idx.sentence_at(idx.tokens[v].start)].first_token;
  const size_t top = behind_bracket(idx, v, floor);
  for (size_t i = top, n = 0; i > floor && n < 6; --i, ++n) {
    const std::string& w = idx.tokens[i - 1].norm;
    if (one_of(w, {",", "\"", "'", ";", ":", "(", ")", "-", "since", "after", "before", "when", "while", "because",
                   "as", "that", "who", "which", "until", "once", "if"})) break;
    if (i == top && one_of(w, {"was", "were", "been", "be", "is", "are", "being"})) return out;  // passive: no speaker
    if (one_of(w, {"the", "a", "an", "of", "'s", "s", "for", "to", "in", "at", "by", "and", "also", "has", "had",
                   "have", "later", "then", "earlier"})) continue;
    out.push_back(w);
  }
  const bool pronoun = std::all_of(out.begin(), out.end(), [](const std::string& w) {
    return one_of(w, {"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"});
  });
  if (pronoun) out.clear();  // "he said on Friday": whose words, the sentence does not say
  return out;
}

void split_claims(const DateStory& story, UnionFind& uf) {
  const size_t n = story.items.size();
  size_t claims = 0;  // mentions that can tell a claim of their own: below two, nothing to split
  for (const DateItem& it : story.items) claims += claimant(it);
  if (claims < 2) return;
  std::vector<std::vector<size_t>> members(n);
  for (size_t i = 0; i < n; ++i) members[uf.find(i)].push_back(i);
  bool any = false;
  UnionFind fresh(n);
  std::vector<std::vector<size_t>> parts, part_claims;  // each part, and its claimants (the only possible clashes)
  for (const std::vector<size_t>& group : members) {
    if (group.size() < 2) continue;
    // Greedy: each member joins the first part holding no mention of another claim; a member that tells no
    // claim clashes with none, so it joins the first part without a look.
    parts.clear();
    part_claims.clear();
    for (size_t x : group) {
      const bool own = claimant(story.items[x]);
      size_t p = 0;
      const auto clash = [&](size_t y) { return two_claims(story, x, y); };
      while (own && p < parts.size() && std::any_of(part_claims[p].begin(), part_claims[p].end(), clash)) ++p;
      if (p == parts.size()) parts.emplace_back(), part_claims.emplace_back();
      parts[p].push_back(x);
      if (own) part_claims[p].push_back(x);
    }
    any = any || parts.size() > 1;
    for (const std::vector<size_t>& part : parts) {
      for (size_t x : part) fresh.unite(x, part.front());
    }
  }
  if (any) uf = fresh;
}

}  // namespace dates_align
}  // namespace fc
