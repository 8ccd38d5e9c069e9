// Shared wording: the same run of words in two or more sources ("a new round of sanctions", "a watershed moment"),
// found by hashing word pairs across sources and growing the shared runs into whole phrases.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "align/align.h"
#include "align/quotes_internal.h"
#include "core/sort.h"

namespace fc {

namespace {

constexpr size_t kMaxWords = 16;     // longest phrase compared, in tokens (a longer shared passage gives two facts)
constexpr size_t kLabelWords = 10;   // words of a phrase shown in its label
constexpr size_t kMinOwnWords = 2;
constexpr size_t kMinWords = 3;      // content words a phrase needs to be a claim rather than a term   // lower-case content words a phrase needs to say something of its own
constexpr uint32_t kNoSource = ~uint32_t{0};
constexpr size_t kMaxFacts = 60;
static_assert(kMaxPhraseSources < 32, "a source index must fit the 5 low bits of a sort key");     // shared phrases listed per story, most widely shared first

// Words that every report uses to attribute or to title people; a phrase of only these says nothing.
bool stock_word(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "reporters" || w == "statement" || w == "spokesman" ||
         w == "spokeswoman" || w == "spokesperson" || w == "added" || w == "according" || w == "agency" ||
         w == "news" || w == "press" || w == "secretary" || w == "minister" || w == "president" ||
         w == "official" || w == "officials" || w == "leader" || w == "reported" || w == "asked" ||
         w == "believed" || w == "thought" || w == "noted" || w == "stressed" || w == "insisted";
}

// Prepositions and number words the function-word list leaves out: they carry no claim of their own.
bool plain_word(std::string_view w) {
  return w == "between" || w == "among" || w == "about" || w == "after" || w == "before" || w == "during" ||
         w == "within" || w == "without" || w == "against" || w == "toward" || w == "towards" || w == "through" ||
         w == "across" || w == "around" || w == "since" || w == "until" || w == "two" || w == "three" ||
         w == "four" || w == "five" || w == "six" || w == "seven" || w == "eight" || w == "nine" || w == "ten" ||
         w == "every" || w == "each";
}

// Per story: one id per distinct token norm (the quote aligner's fast word table), and which ids are content words.
struct Vocab {
  qa::Vocab words;
  std::vector<signed char> content;  // by id: 1 content word, 0 not, -1 not looked at yet

  uint32_t id(const Token& t) {
    const uint32_t id = words.intern(t.norm);
    if (id >= content.size()) content.resize(id + 1, -1);
    if (content[id] < 0) {
      const bool word = t.kind == TokenKind::kWord && t.norm.size() >= 3;
      content[id] = word && !plain_word(t.norm) && !words.function(id) ? 1 : 0;
    }
    return id;
  }
};

// One source's tokens as ids; `segment` numbers the runs of words between punctuation (phrases stay inside one).
struct SourceWords {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> segment;
  std::vector<char> linked;  // token i and i+1 form a word pair that another source has too
  std::vector<char> taken;   // token is part of a shared phrase already reported
  // counts over tokens [0, i): content words, lower-case content words, those that are not attribution words, and
  // long ones of those (7+ letters), so a phrase is judged in constant time
  std::vector<uint32_t> content, own, news, long_words;
};

uint64_t phrase_key(const std::vector<uint32_t>& ids, size_t first, size_t last) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = first; i <= last; ++i) h = (h ^ ids[i]) * 1099511628211ULL;
  return h ^ (last - first);
}

// A source's words as ids. Punctuation and dates end a run of words: a date is compared as a date fact, so a phrase
// stops at it ("interview broadcast" | "on Wednesday").
SourceWords words_of(const SourceFindings& sf, Vocab& vocab) {
  const TextIndex& idx = sf.index;
  SourceWords w;
  const size_t n = idx.tokens.size();
  w.ids.assign(n, kNoSource);  // tokens outside sentences (none expected) never match
  w.segment.assign(n, kNoSource);
  uint32_t seg = 0;
  size_t d = 0;  // next date mention (dates are in text order)
  for (size_t s = 0; s < idx.sentences.size(); ++s, ++seg) {
    for (size_t i = idx.sentences[s].first_token; i < idx.sentences[s].end_token && i < n; ++i) {
      const Token& t = idx.tokens[i];
      while (d < sf.dates.size() && sf.dates[d].end <= t.start) ++d;
      const bool in_date = d < sf.dates.size() && sf.dates[d].start < t.end;
      if (in_date || (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber)) {
        seg += 2;  // the token is a run of its own
        w.segment[i] = seg - 1;
        continue;
      }
      w.ids[i] = vocab.id(t);
      w.segment[i] = seg;
    }
  }
  w.linked.assign(n, 0);
  w.taken.assign(n, 0);
  for (auto* v : {&w.content, &w.own, &w.news, &w.long_words}) v->assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = idx.tokens[i];
    const bool content = w.ids[i] != kNoSource && vocab.content[w.ids[i]];
    const bool own = content && !t.capitalized;
    w.content[i + 1] = w.content[i] + (content ? 1 : 0);
    w.own[i + 1] = w.own[i] + (own ? 1 : 0);
    w.news[i + 1] = w.news[i] + (own && !stock_word(t.norm) ? 1 : 0);
    w.long_words[i + 1] = w.long_words[i] + (own && t.norm.size() >= 7 && !stock_word(t.norm) ? 1 : 0);
  }
  return w;
}

// Marks the word pairs that at least two sources share: every pair is sorted with its source and position, so a
// pair is shared when its run of equal pairs holds two sources. A pair is known by a 32-bit hash: a collision only
// lets a phrase be tried, and phrases are compared by their full 64-bit key later.
void link_shared_pairs(std::vector<SourceWords>& words) {
  std::vector<uint64_t> pairs;  // (pair hash << 32) | (source << 27) | position; sources < 32, positions < 2^27
  for (uint32_t s = 0; s < words.size(); ++s) {
    const SourceWords& w = words[s];
    for (size_t i = 0; i + 1 < w.ids.size() && i < (size_t{1} << 27); ++i) {
      if (w.segment[i] != w.segment[i + 1] || w.segment[i] == kNoSource) continue;
      const uint64_t h = (uint64_t{w.ids[i]} * 0x9E3779B97F4A7C15ULL) ^ (w.ids[i + 1] * 0xC2B2AE3D27D4EB4FULL);
      pairs.push_back(((h >> 32) << 32) | (uint64_t{s} << 27) | i);
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (size_t i = 0, j = 0; i < pairs.size(); i = j) {
    bool two = false;
    for (j = i + 1; j < pairs.size() && (pairs[j] >> 32) == (pairs[i] >> 32); ++j) {
      two = two || ((pairs[j] >> 27) & 31) != ((pairs[i] >> 27) & 31);
    }
    if (!two) continue;
    for (size_t k = i; k < j; ++k) words[(pairs[k] >> 27) & 31].linked[pairs[k] & ((uint64_t{1} << 27) - 1)] = 1;
  }
}

struct Occurrence {
  uint64_t key;
  uint32_t source, first, last;  // token range [first, last]
};

// True when tokens [first, last] make a phrase worth comparing: content words at both ends, at least two
// lower-case content words (names alone are entity facts), not only attribution words, three content words and a
// long one: two words ("general strike", "training camp") are a term that differently told events share.
bool phrase_worth(const SourceWords& w, const Vocab& vocab, size_t first, size_t last) {
  if (!vocab.content[w.ids[first]] || !vocab.content[w.ids[last]]) return false;
  const size_t end = last + 1;
  return w.own[end] - w.own[first] >= kMinOwnWords && w.news[end] > w.news[first] &&
         w.content[end] - w.content[first] >= kMinWords && w.long_words[end] > w.long_words[first];
}

// Every phrase inside a run of shared word pairs, as occurrences keyed by its words.
void collect_phrases(const std::vector<SourceWords>& words, const Vocab& vocab, std::vector<Occurrence>& out) {
  for (uint32_t s = 0; s < words.size(); ++s) {
    const SourceWords& w = words[s];
    for (size_t i = 0; i < w.linked.size(); ++i) {
      if (!w.linked[i] || !vocab.content[w.ids[i]]) continue;
      for (size_t last = i + 1; last < w.ids.size() && last - i < kMaxWords && w.linked[last - 1]; ++last) {
        if (phrase_worth(w, vocab, i, last)) {
          out.push_back({phrase_key(w.ids, i, last), s, static_cast<uint32_t>(i), static_cast<uint32_t>(last)});
        }
      }
    }
  }
}

// Drops the occurrences of phrases that only one source uses (most of them), before the phrases are ordered.
void keep_shared(std::vector<Occurrence>& occ) {
  std::vector<uint64_t> keys(occ.size());  // hash with the source in its low 5 bits
  for (size_t i = 0; i < occ.size(); ++i) keys[i] = (occ[i].key << 5) | occ[i].source;
  std::sort(keys.begin(), keys.end());
  std::vector<uint64_t> shared;
  for (size_t i = 0; i + 1 < keys.size(); ++i) {
    if ((keys[i] >> 5) == (keys[i + 1] >> 5) && keys[i] != keys[i + 1] &&
        (shared.empty() || shared.back() != (keys[i] >> 5))) {
      shared.push_back(keys[i] >> 5);
    }
  }
  occ.erase(std::remove_if(occ.begin(), occ.end(), [&](const Occurrence& o) {
              return !std::binary_search(shared.begin(), shared.end(), (o.key << 5) >> 5);
            }), occ.end());
}

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
  // longest phrases first, then by key and source, so each phrase's occurrences are contiguous
  fc::sort_by(occ.begin(), occ.end(), [](const Occurrence& a, const Occurrence& b) {
    const uint32_t la = a.last - a.first, lb = b.last - b.first;
    if (la != lb) return la > lb;
    if (a.key != b.key) return a.key < b.key;
    return a.source != b.source ? a.source < b.source : a.first < b.first;
  });
  const std::vector<std::vector<Covered>> known = covered_by(all, found);
  std::vector<Fact> facts;
  std::vector<const Occurrence*> group;
  // Each phrase's occurrences are contiguous; phrases are then taken longest first and, among equally long ones, in
  // the order the first source tells them, so the result never depends on hash values.
  std::vector<std::pair<size_t, size_t>> spans;  // [i, j) of one phrase's occurrences
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
  for (const auto& [i, j] : spans) {
    group.clear();
    size_t fresh = 0;      // occurrences that overlap no phrase reported before (longer ones come first)
    for (size_t k = i; k < j; ++k) {
      const Occurrence& o = occ[k];
      if (!group.empty() && group.back()->source == o.source) continue;  // a source's first use only
      const std::vector<char>& taken = words[o.source].taken;
      fresh += std::find(taken.begin() + o.first, taken.begin() + o.last + 1, 1) == taken.begin() + o.last + 1 ? 1 : 0;
      group.push_back(&o);
    }
    // reported when it brings in a source that no longer shared phrase holds, and no fact joins all its uses yet
    if (group.size() >= 2 && fresh > 0 && !held_by_one_fact(all, known, group)) {
      for (const Occurrence* o : group) std::fill(words[o->source].taken.begin() + o->first,
                                                  words[o->source].taken.begin() + o->last + 1, 1);
      facts.push_back(make_fact(all, group));
    }
  }
  if (facts.size() > kMaxFacts) {
    fc::sort_by(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) { return a.mentions.size() > b.mentions.size(); });
    warnings.push_back(std::to_string(facts.size() - kMaxFacts) + " more shared phrases are not listed (at most " +
                       std::to_string(kMaxFacts) + " per story)");
    facts.resize(kMaxFacts);
  }
  return facts;
}

}  // namespace fc
