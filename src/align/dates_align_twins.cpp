// Date alignment: how alike two dated sentences are, by words weighted with their rarity across the whole story.
#include <algorithm>
#include <cmath>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>

#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {

void sentence_terms(size_t start, size_t end, ContextVocab& vocab, std::vector<uint32_t>& out) {
  constexpr size_t kWholeSentence = 1000;
  vocab.context_ids(start, end, kWholeSentence, out);
  vocab.sentence_names(start, end, out);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

void count_sentence_terms(const TextIndex& idx, ContextVocab& vocab, std::vector<uint32_t>& df, size_t& sentences) {
  std::vector<uint32_t> terms;
  for (const Sentence& s : idx.sentences) {
    if (s.end_token <= s.first_token) continue;
    terms.clear();
    sentence_terms(s.start, s.start, vocab, terms);
    if (terms.empty()) continue;
    ++sentences;
    if (df.size() < vocab.size()) df.resize(vocab.size(), 0);
    for (uint32_t w : terms) ++df[w];
  }
}

void weigh_sentence_terms(DateStory& story, const std::vector<uint32_t>& df_by_id, const std::vector<uint32_t>& rank,
                          size_t sentences) {
  story.sentences = sentences;
  story.sent_weight.assign(rank.size(), 0.0);
  const double n = static_cast<double>(sentences + 1);
  for (size_t id = 0; id < rank.size(); ++id) {
    const double df = id < df_by_id.size() ? df_by_id[id] : 0;
    story.sent_weight[rank[id]] = std::log(n / (0.5 + df));
  }
  // a word in at most one sentence of twelve (and in two at least: both of a pair) tells sentences apart
  story.sent_rare = std::log(n / (0.5 + std::max(2.0, static_cast<double>(sentences) / 12)));
  story.sent_total.assign(story.items.size(), 0.0);
  for (size_t i = 0; i < story.items.size(); ++i) {
    for (uint32_t w : story.items[i].sent) story.sent_total[i] += std::max(0.0, story.sent_weight[w]);
  }
}

SentenceMatch sentence_match(const DateStory& story, size_t a, size_t b) {
  SentenceMatch m;
  const std::vector<uint32_t>& x = story.items[a].sent;
  const std::vector<uint32_t>& y = story.items[b].sent;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) { ++i; continue; }
    if (y[j] < x[i]) { ++j; continue; }
    const double w = std::max(0.0, story.sent_weight[x[i]]);
    m.mass += w;
    m.rare += w >= story.sent_rare - 1e-9 ? 1 : 0;
    ++i, ++j;
  }
  const double denom = std::sqrt(story.sent_total[a] * story.sent_total[b]);
  m.cosine = denom > 0 ? m.mass / denom : 0.0;
  return m;
}

namespace {

constexpr double kTwinCosine = 0.15;  // sentences this alike, sharing a rare word, may tell one event
constexpr double kTwinMargin = 0.05;  // ... when no other sentence of either source on that day comes this close
constexpr double kChorusCosine = 0.10;  // less alike will do for a sentence in a chorus (see chorus())
constexpr size_t kChorus = 3;           // the sources whose mutual best match a chorus sentence is
constexpr size_t kTwinBlock = 64;
constexpr size_t kTwinMinSentences = 24;  // a story shorter than this tells no rare word from a common one     // blocks bigger than this are left to the other signs

// The best and second best match of one item among the items of one other source.
struct Best {
  size_t src = 0, partner = 0;
  double first = -1, second = 0;
};

void offer(std::vector<Best>& list, size_t src, size_t partner, double cosine) {
  auto it = std::find_if(list.begin(), list.end(), [&](const Best& b) { return b.src == src; });
  if (it == list.end()) {
    list.push_back({src, partner, cosine, 0});
  } else if (cosine > it->first) {
    it->second = it->first, it->first = cosine, it->partner = partner;
  } else {
    it->second = std::max(it->second, cosine);
  }
}

const Best* best_in(const std::vector<Best>& list, size_t src) {
  for (const Best& b : list) {
    if (b.src == src) return &b;
  }
  return nullptr;
}

// The time of day a value tells ("TMO" of "2026-03-10TMO"), or empty.
std::string_view day_part(const DateItem& it) {
  const std::string_view v = it.value();
  const size_t t = v.find('T');
  return t == std::string_view::npos ? std::string_view() : v.substr(t);
}

// True when a mention names only part of its period ("the beginning of March", "mid-January", "the end of the
// year"): its value is wider than its claim.
bool part_of_period(std::string_view text) {
  static constexpr std::string_view kPart[] = {"earlier", "later", "early", "late", "end", "beginning", "start",
                                               "middle", "mid", "first", "second", "half", "quarter"};
  return has_word(text, std::begin(kPart), std::end(kPart));
}

// Whether two items of one period may be twins at all: not a part of a longer period ("the beginning of March"
// is not all of March) and not two different times of one day ("Wednesday morning" / "Wednesday afternoon").
bool twin_eligible(const DateStory& story, const DateItem& x, const DateItem& y) {
  if (!story.key_one_day[x.key] && (part_of_period(x.timex->text) || part_of_period(y.timex->text))) return false;
  if (x.speech != y.speech) return false;  // the day a thing was said is not the day of what happened
  const std::string_view px = day_part(x), py = day_part(y);
  return px.empty() || py.empty() || px == py;
}

// True when member p of the block matches some third source's member z clearly better than it matches member i,
// while i hardly matches z: p tells z's event, not i's ("workers reacted on Monday" / "the chief struck the deal
// yesterday" / "agreed on Monday to buy").
bool odd_one_out(size_t i, size_t p, double cosine, const std::vector<size_t>& members,
                 const std::vector<std::vector<Best>>& best, const DateStory& story) {
  for (const Best& b : best[p]) {
    if (b.src == story.items[members[i]].src || b.first < cosine + kTwinMargin) continue;
    if (sentence_match(story, members[i], members[b.partner]).cosine < kTwinCosine / 2) return true;
  }
  return false;
}

// True when member i and its best match b in one other source are each other's best on that day, clearly ahead
// of any other candidate, at cosine `floor` at least, sharing a rare word and with neither telling a third
// source's event better (when check_odd).
bool mutual_best(size_t i, const Best& b, double floor, bool check_odd, const std::vector<size_t>& members,
                 const std::vector<std::vector<Best>>& best, const DateStory& story) {
  if (b.first < floor) return false;
  const Best* back = best_in(best[b.partner], story.items[members[i]].src);
  if (!back || back->partner != i || b.first - std::max(b.second, back->second) < kTwinMargin) return false;
  if (sentence_match(story, members[i], members[b.partner]).rare == 0) return false;
  if (!check_odd) return true;
  return !odd_one_out(i, b.partner, b.first, members, best, story) &&
         !odd_one_out(b.partner, i, b.first, members, best, story);
}

// True when member i's sentence is the mutual best match, at the lower cosine, of its day's sentence in at least
// kChorus other sources, and each of those sentences matches another of them as well: a sentence that words one
// event its own way (a long aside, other words) still matches every report of that event a little and better than
// anything else they say that day. A sentence of a second event on that day ("workers reacted on Monday to the
// deal") matches reports of both, and those reports do not all match one another.
bool chorus(size_t i, const std::vector<size_t>& members, const std::vector<std::vector<Best>>& best,
            const DateStory& story) {
  std::vector<size_t> partners;
  for (const Best& b : best[i]) {
    if (mutual_best(i, b, kChorusCosine, false, members, best, story)) partners.push_back(members[b.partner]);
  }
  if (partners.size() < kChorus) return false;
  for (size_t p : partners) {
    bool linked = false;
    for (size_t q : partners) {
      linked = linked || (q != p && twin_eligible(story, story.items[p], story.items[q]) &&
                          sentence_match(story, p, q).cosine >= kChorusCosine);
    }
    if (!linked) return false;
  }
  return true;
}

// Per member of a block, whether its sentence is in a chorus (see chorus()).
std::vector<char> chorus_members(const std::vector<size_t>& members, const std::vector<std::vector<Best>>& best,
                                 const DateStory& story) {
  std::vector<char> out(members.size(), 0);
  for (size_t i = 0; i < members.size(); ++i) out[i] = chorus(i, members, best, story) ? 1 : 0;
  return out;
}

// Per member of a block, whether it is its source's only member of the block.
std::vector<char> alone_in_source(const std::vector<size_t>& members, const DateStory& story) {
  std::vector<size_t> per_source;
  for (size_t m : members) {
    if (per_source.size() <= story.items[m].src) per_source.resize(story.items[m].src + 1, 0);
    ++per_source[story.items[m].src];
  }
  std::vector<char> out(members.size(), 0);
  for (size_t i = 0; i < members.size(); ++i) out[i] = per_source[story.items[members[i]].src] == 1 ? 1 : 0;
  return out;
}

void block_twins(const std::vector<size_t>& members, const DateStory& story, std::vector<uint64_t>& out) {
  std::vector<std::vector<Best>> best(members.size());
  for (size_t i = 0; i < members.size(); ++i) {
    for (size_t j = i + 1; j < members.size(); ++j) {
      const DateItem &x = story.items[members[i]], &y = story.items[members[j]];
      if (x.src == y.src) continue;
      const double c = twin_eligible(story, x, y) ? sentence_match(story, members[i], members[j]).cosine : 0.0;
      offer(best[i], y.src, j, c);
      offer(best[j], x.src, i, c);
    }
  }
  const std::vector<char> in_chorus = chorus_members(members, best, story);
  const std::vector<char> alone = alone_in_source(members, story);
  for (size_t i = 0; i < members.size(); ++i) {
    for (const Best& b : best[i]) {
      if (b.partner < i) continue;  // each pair once, from its first member
      // a low match joins a chorus sentence only to a partner whose source names that day once: with two
      // mentions of the day, the one that matches a little may tell another event of it
      const bool sung = (in_chorus[i] && alone[b.partner]) || (in_chorus[b.partner] && alone[i]);
      if (!mutual_best(i, b, kTwinCosine, true, members, best, story) &&
          !(sung && mutual_best(i, b, kChorusCosine, false, members, best, story))) continue;
      out.push_back(static_cast<uint64_t>(members[i]) << 32 | members[b.partner]);
    }
  }
}

}  // namespace

void find_twins(DateStory& story) {
  story.twins.clear();
  // a word is rare only in a story long enough to have common words: a few sentences share most of theirs
  if (story.sentences < kTwinMinSentences || static_cast<uint64_t>(story.items.size()) >> 32) return;
  for (const std::vector<size_t>& members : blocks_of(story)) {
    if (members.size() < 2 || members.size() > kTwinBlock) continue;
    if (story.keys[story.items[members.front()].key].find('|') != std::string::npos) continue;
    block_twins(members, story, story.twins);
  }
  std::sort(story.twins.begin(), story.twins.end());
}

bool twins(const DateStory& story, size_t a, size_t b) {
  const uint64_t key = static_cast<uint64_t>(std::min(a, b)) << 32 | std::max(a, b);
  return std::binary_search(story.twins.begin(), story.twins.end(), key);
}

}  // namespace dates_align
}  // namespace fc
