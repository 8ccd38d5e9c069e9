// Shared wording: the same run of words in two or more sources ("a new round of sanctions", "a watershed moment"),
// found by hashing word pairs across sources and growing the shared runs into whole phrases (phrases_words.cpp).
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/align.h"
#include "align/phrases_words.h"
#include "core/sort.h"

namespace fc {

namespace {

using namespace phrases_detail;

constexpr size_t kLabelWords = 10;  // words of a phrase shown in its label
constexpr size_t kMaxFacts = 60;    // shared phrases listed per story, most widely shared first
static_assert(kMaxPhraseSources < 32, "a source index must fit the 5 low bits of a sort key");

// Byte spans per source already given by facts of other kinds, each with its fact's index.
struct Covered {
  size_t start, end, fact;
};

std::vector<std::vector<Covered>> covered_by(const std::vector<SourceFindings>& all, const std::vector<Fact>& found) {
  std::unordered_map<std::string_view, size_t> by_id;
  for (size_t s = 0; s < all.size(); ++s) by_id.emplace(all[s].source->id, s);
  std::vector<std::vector<Covered>> spans(all.size());
  for (size_t f = 0; f < found.size(); ++f) {
    if (found[f].verdict == "single") continue;
    for (const Mention& m : found[f].mentions) {
      auto it = by_id.find(m.source);
      if (it != by_id.end()) spans[it->second].push_back({m.start, m.end, f});
    }
  }
  return spans;
}

// The fact whose mention holds [start, end) in source s, or -1.
long holder(const std::vector<Covered>& spans, size_t start, size_t end) {
  for (const Covered& c : spans) {
    if (c.start <= start && end <= c.end) return static_cast<long>(c.fact);
  }
  return -1;
}

// True when one fact found by value holds every occurrence of a phrase.
bool held_by_one_fact(const std::vector<SourceFindings>& all, const std::vector<std::vector<Covered>>& known,
                      const std::vector<const Occurrence*>& group) {
  long fact = -2;  // -2: none looked at yet
  for (const Occurrence* o : group) {
    const TextIndex& idx = all[o->source].index;
    const long h = holder(known[o->source], idx.tokens[o->first].start, idx.tokens[o->last].end);
    if (h < 0 || (fact != -2 && fact != h)) return false;
    fact = h;
  }
  return true;
}

Fact make_fact(const std::vector<SourceFindings>& all, const std::vector<const Occurrence*>& occ) {
  Fact f;
  f.kind = "event";
  f.verdict = "agree";
  for (const Occurrence* o : occ) {
    const SourceFindings& sf = all[o->source];
    const size_t start = sf.index.tokens[o->first].start, end = sf.index.tokens[o->last].end;
    Mention& m = f.mentions.emplace_back();
    m.source = sf.source->id;
    m.start = start;
    m.end = end;
    m.text = std::string(sf.index.text.substr(start, end - start));
    m.rule = "shared-wording";
    for (size_t i = o->first; i <= o->last; ++i) {
      const Token& t = sf.index.tokens[i];
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) m.value += (m.value.empty() ? "" : " ") + t.norm;
    }
  }
  f.values.push_back(f.mentions.front().value);
  const Occurrence& o = *occ.front();
  const SourceFindings& sf = all[o.source];
  const size_t shown = std::min<size_t>(o.last, o.first + kLabelWords - 1);
  f.label = "Same words: \"";
  f.label += sf.index.text.substr(sf.index.tokens[o.first].start,
                                  sf.index.tokens[shown].end - sf.index.tokens[o.first].start);
  f.label += shown < o.last ? "…\"" : "\"";
  f.why = std::to_string(occ.size()) + " sources use these same words (shared wording; it may come from one report)";
  return f;
}

// The phrases in the order they are taken: each phrase's occurrences made contiguous ([i, j) spans), then the
// longest first and, among equally long ones, in the order the first source tells them, so the result never
// depends on hash values.
std::vector<std::pair<size_t, size_t>> phrase_order(std::vector<Occurrence>& occ) {
  fc::sort_by(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) {
    if (a.key != b.key) return a.key < b.key;
    if (a.last - a.first != b.last - b.first) return a.last - a.first < b.last - b.first;
    return a.source != b.source ? a.source < b.source : a.first < b.first;
  });
  std::vector<std::pair<size_t, size_t>> spans;
  for (size_t i = 0, j = 0; i < occ.size(); i = j) {
    for (j = i; j < occ.size() && occ[j].key == occ[i].key && occ[j].last - occ[j].first == occ[i].last - occ[i].first;) ++j;
    spans.emplace_back(i, j);
  }
  fc::sort_by(spans.begin(), spans.end(), [&](const std::pair<size_t, size_t>& x, const std::pair<size_t, size_t>& y) {
    const Occurrence& a = occ[x.first];
    const Occurrence& b = occ[y.first];
    if (a.last - a.first != b.last - b.first) return a.last - a.first > b.last - b.first;
    return a.source != b.source ? a.source < b.source : a.first < b.first;
  });
  return spans;
}

// One fact per phrase that brings in a source no longer listed phrase holds (one use per source), unless one fact
// found by value already joins all its uses.
std::vector<Fact> list_phrases(const std::vector<SourceFindings>& all, const std::vector<Fact>& found,
                               std::vector<SourceWords>& words, std::vector<Occurrence>& occ) {
  const std::vector<std::vector<Covered>> known = covered_by(all, found);
  std::vector<Fact> facts;
  std::vector<const Occurrence*> group;
  for (const auto& [i, j] : phrase_order(occ)) {
    group.clear();
    size_t fresh = 0;  // uses that overlap no phrase listed before (longer ones come first)
    for (size_t k = i; k < j; ++k) {
      const Occurrence& o = occ[k];
      if (!group.empty() && group.back()->source == o.source) continue;
      const std::vector<char>& taken = words[o.source].taken;
      fresh += std::find(taken.begin() + o.first, taken.begin() + o.last + 1, 1) == taken.begin() + o.last + 1 ? 1 : 0;
      group.push_back(&o);
    }
    if (group.size() < 2 || fresh == 0 || held_by_one_fact(all, known, group)) continue;
    for (const Occurrence* o : group) {
      std::fill(words[o->source].taken.begin() + o->first, words[o->source].taken.begin() + o->last + 1, 1);
    }
    facts.push_back(make_fact(all, group));
  }
  return facts;
}

}  // namespace

std::vector<Fact> align_phrases(const std::vector<SourceFindings>& all, const std::vector<Fact>& found,
                                std::vector<std::string>& warnings) {
  if (all.size() > kMaxPhraseSources) {
    warnings.push_back("shared wording is listed for stories of up to " + std::to_string(kMaxPhraseSources) +
                       " sources; this one has " + std::to_string(all.size()));
    return {};
  }
  Vocab vocab;
  std::vector<SourceWords> words;
  words.reserve(all.size());
  for (const SourceFindings& sf : all) words.push_back(words_of(sf, vocab));
  link_shared_pairs(words);
  std::vector<Occurrence> occ;
  collect_phrases(words, vocab, occ);
  keep_shared(occ);
  std::vector<Fact> facts = list_phrases(all, found, words, occ);
  if (facts.size() > kMaxFacts) {
    fc::sort_by(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) { return a.mentions.size() > b.mentions.size(); });
    warnings.push_back(std::to_string(facts.size() - kMaxFacts) + " more shared phrases are not listed (at most " +
                       std::to_string(kMaxFacts) + " per story)");
    facts.resize(kMaxFacts);
  }
  return facts;
}

}  // namespace fc
