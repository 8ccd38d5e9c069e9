// Shared wording, word level: word ids, shared word pairs and the phrases grown from them.
#include "align/phrases_words.h"
#include "align/mention_util.h"

#include <algorithm>
#include <string_view>

namespace fc::phrases_detail {

namespace {

// Attribution words and the words that title people or report a belief: a phrase of only these says nothing.
bool stock_word(std::string_view w) {
  return attribution_word(w) || w == "spokesperson" || w == "agency" || w == "news" || w == "press" ||
         w == "secretary" || w == "minister" || w == "president" || w == "official" || w == "officials" ||
         w == "leader" || w == "asked" || w == "believed" || w == "thought" || w == "noted" || w == "stressed" ||
         w == "insisted";
}

// Prepositions and number words the function-word list leaves out: they carry no claim of their own.
bool plain_word(std::string_view w) {
  return w == "between" || w == "among" || w == "about" || w == "after" || w == "before" || w == "during" ||
         w == "within" || w == "without" || w == "against" || w == "toward" || w == "towards" || w == "through" ||
         w == "across" || w == "around" || w == "since" || w == "until" || w == "two" || w == "three" ||
         w == "four" || w == "five" || w == "six" || w == "seven" || w == "eight" || w == "nine" || w == "ten" ||
         w == "every" || w == "each";
}


uint64_t phrase_key(const std::vector<uint32_t>& ids, size_t first, size_t last) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = first; i <= last; ++i) h = (h ^ ids[i]) * 1099511628211ULL;
  return h ^ (last - first);
}


// True when tokens [first, last] make a phrase worth comparing: content words at both ends, at least two
// lower-case content words (names alone are entity facts), not only attribution words, three content words and a
// long one: two words ("general strike", "training camp") are a term that differently told events share.
bool phrase_worth(const SourceWords& w, const Vocab& vocab, size_t first, size_t last) {
  if (!vocab.content[w.ids[first]] || !vocab.content[w.ids[last]]) return false;
  const size_t end = last + 1;
  return w.own[end] - w.own[first] >= kMinOwnWords && w.news[end] > w.news[first] &&
         w.content[end] - w.content[first] >= kMinWords && w.long_words[end] > w.long_words[first];
}


}  // namespace

uint32_t Vocab::id(const Token& t) {
  const uint32_t id = words.intern(t.norm);
  if (id >= content.size()) content.resize(id + 1, -1);
  if (content[id] < 0) {
    const bool word = t.kind == TokenKind::kWord && t.norm.size() >= 3;
    content[id] = word && !plain_word(t.norm) && !words.function(id) ? 1 : 0;
  }
  return id;
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

}  // namespace fc::phrases_detail
