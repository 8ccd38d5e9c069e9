// Date alignment: a lone dissenting day joins the group of sources that tells its event (see join_lone_dissent()).
#include <algorithm>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "align/dates_align_items.h"
#include "align/dates_align_groups.h"
#include "core/date.h"

namespace fc {
namespace dates_align {
namespace {

constexpr double kDissentCosine = 0.20;  // the dissent's sentence and its closest group sentence, at least this alike
constexpr double kAlignedCosine = 0.10;  // ... and a second group sentence at least this alike
constexpr double kBestMargin = 0.03;     // no sentence outside the group may come within this of the group's best
constexpr size_t kMaxGroup = 12;         // groups larger than this are the story's backbone, compared elsewhere
constexpr size_t kMaxPairs = 20000;      // lone facts times groups: a story this large is left to the other signs

// One joined fact of one key in two sources or more: its items and sources (ascending).
struct Joined {
  size_t fact = 0;
  uint32_t key = 0;
  std::vector<size_t> sources;
};

bool has(const std::vector<size_t>& v, size_t x) { return std::binary_search(v.begin(), v.end(), x); }

// True when both keys are of one grain: two days, two months or two years.
bool same_grain(const DateStory& story, uint32_t a, uint32_t b) {
  const std::string& x = story.keys[a];
  const std::string& y = story.keys[b];
  if (story.key_one_day[a] && story.key_one_day[b]) return true;
  const bool month = x.size() == 7 && y.size() == 7 && x[4] == '-' && y[4] == '-' && x[5] <= '1' && y[5] <= '1';
  const bool year = x.size() == 4 && y.size() == 4;
  return month || year;
}

// Days between two one-day keys; 2 (apart enough) for months and years, which differ by construction.
long key_gap(const DateStory& story, uint32_t a, uint32_t b) {
  if (!story.key_one_day[a] || !story.key_one_day[b]) return 2;
  const auto da = parse_iso_date(std::string_view(story.keys[a]).substr(0, 10));
  const auto db = parse_iso_date(std::string_view(story.keys[b]).substr(0, 10));
  if (!da || !db) return 0;
  return std::labs(days_from_civil(*da) - days_from_civil(*db));
}

constexpr size_t kNightReach = 40;  // characters each side of a day where a night or time zone would date its event

// True when the item tells a night, a time near midnight or a time zone next to its day ("late on Sunday", "the
// early hours of Monday"): its day may be the next or previous one elsewhere, so a day's difference is no dispute.
// Only next to the day: "rented for two nights" further on in the sentence says nothing of the day's hour.
bool night_item(const DateStory& story, const DateItem& it) {
  const std::string_view text = story.texts[it.src];
  const size_t lo = it.timex->start > kNightReach ? it.timex->start - kNightReach : 0;
  const size_t hi = std::min(text.size(), it.timex->end + kNightReach);
  return night_value(it.timex->value) ||
         night_sign(text.substr(lo, hi - lo), it.timex->start - lo, it.timex->end - lo);
}

// True when a word rare in the story (sent_rare), neither a number nor a name of both sentences, stands next to
// both days ("declared ... on 2 November" / "declared ... on October 30"): the same event word.
bool shared_event_word(const DateStory& story, const DateItem& a, const DateItem& b) {
  const std::vector<uint32_t>& x = a.head_words;
  const std::vector<uint32_t>& y = b.head_words;
  for (size_t p = 0, q = 0; p < x.size() && q < y.size();) {
    if (x[p] < y[q]) { ++p; continue; }
    if (y[q] < x[p]) { ++q; continue; }
    const uint32_t w = x[p];
    const bool name = std::binary_search(a.names.begin(), a.names.end(), w) &&
                      std::binary_search(b.names.begin(), b.names.end(), w);
    if (!name && !story.word_is_number[w] && story.sent_weight[w] >= story.sent_rare - 1e-9) return true;
    ++p, ++q;
  }
  return false;
}

bool share_sorted(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
  for (size_t p = 0, q = 0; p < x.size() && q < y.size();) {
    if (x[p] == y[q]) return true;
    if (x[p] < y[q]) ++p; else ++q;
  }
  return false;
}

// The joined facts: one key, two sources or more, at most kMaxGroup items, none a speech or repeat date.
std::vector<Joined> joined_facts(const DateStory& story, const DateFacts& facts) {
  std::vector<Joined> out;
  for (size_t f = 0; f + 1 < facts.start.size(); ++f) {
    const size_t lo = facts.start[f], hi = facts.start[f + 1];
    if (hi - lo < 2 || hi - lo > kMaxGroup) continue;
    Joined j{f, story.items[facts.items[lo]].key, {}};
    bool ok = true;
    for (size_t i = lo; i < hi && ok; ++i) {
      const DateItem& it = story.items[facts.items[i]];
      ok = it.key == j.key && !it.speech && !it.repeat;
      j.sources.push_back(it.src);
    }
    std::sort(j.sources.begin(), j.sources.end());
    j.sources.erase(std::unique(j.sources.begin(), j.sources.end()), j.sources.end());
    if (ok && j.sources.size() >= 2) out.push_back(std::move(j));
  }
  return out;
}

// True when a day's difference between the dissent and the group is firm ground: no night or time zone, and every
// day told from the hour of writing ("yesterday") counted from one anchor day.
bool firm_adjacent(const DateStory& story, size_t d_index, const size_t* members, size_t n,
                   const std::vector<char>& night) {
  const DateItem& d = story.items[d_index];
  if (night[d_index]) return false;
  for (size_t k = 0; k < n; ++k) {
    const DateItem& it = story.items[members[k]];
    if (night[members[k]]) return false;
    if (it.anchored && d.anchored && it.anchor_day != d.anchor_day) return false;
  }
  return true;
}

// True when a month is told whole and of no measure ("in March 2025", not "the end of March" nor "prices rose in
// March"): only such months dispute one event, as named_months() holds for clusters.
bool whole_month(const DateStory& story, const DateItem& it) {
  const std::string& key = story.keys[it.key];
  if (key.size() != 7) return true;
  const std::string_view text = it.timex->text;
  if (partial_period(text) || vague_period(text) || it.timex->rule.compare(0, 5, "d_pos") == 0) return false;
  for (uint32_t h : it.heads) {
    if (story.word_is_measure[h]) return false;
  }
  return true;
}

// True when item d may dispute the day of joined group g at all: same grain, another day, same side of the
// writing, not a statement's day nor one of several events, and a source that gives the group's day nowhere.
bool may_dissent(const DateStory& story, size_t d, const Joined& g, const size_t* members, size_t n,
                 const std::vector<char>& night) {
  const DateItem& it = story.items[d];
  if (it.key == g.key || it.speech || it.repeat || it.side == 0 || has(g.sources, it.src)) return false;
  if (!same_grain(story, it.key, g.key) || it.side != story.items[members[0]].side) return false;
  if (!whole_month(story, it)) return false;
  for (size_t k = 0; k < n; ++k) {
    if (!whole_month(story, story.items[members[k]])) return false;
  }
  const long gap = key_gap(story, it.key, g.key);
  return gap >= 2 || (gap == 1 && firm_adjacent(story, d, members, n, night));
}

// How strongly item d's sentence tells the event of group members [members, members + n): the cosine of its
// closest group sentence, or a negative number when the evidence is thin. Strong evidence: that sentence shares a
// rare word and comes within kDissentCosine, a second group sentence within kAlignedCosine, the event named next to
// both days (or an event class and a participant in both sentences), and no other source's dated sentence outside
// the group comes near the best.
double dissent_strength(const DateStory& story, size_t d, const size_t* members, size_t n) {
  const DateItem& it = story.items[d];
  const bool day = story.key_one_day[it.key];  // a month or year holds more events: its event needs a class
  bool event = false;  // judged first: it is cheap, and most pairs fail it
  for (size_t k = 0; k < n && !event; ++k) {
    const DateItem& m = story.items[members[k]];
    event = share_sorted(it.heads, m.heads) || (share_sorted(it.classes, m.classes) && share_sorted(it.names, m.names)) ||
            (day && shared_event_word(story, it, m));
  }
  if (!event) return -1;
  double best = 0, second = 0;
  size_t rare = 0;
  for (size_t k = 0; k < n; ++k) {
    const SentenceMatch sm = sentence_match(story, d, members[k]);
    if (sm.cosine > best) second = best, best = sm.cosine, rare = sm.rare;
    else second = std::max(second, sm.cosine);
  }
  if (best < kDissentCosine || second < kAlignedCosine || rare == 0) return -1;
  double outside = 0, own = 0;  // own: the dissent source's other mentions of the group's day, how alike to the group
  for (size_t o = 0; o < story.items.size(); ++o) {
    if (std::find(members, members + n, o) != members + n) continue;
    if (story.items[o].src != it.src) {
      outside = std::max(outside, sentence_match(story, d, o).cosine);
      if (outside > best - kBestMargin) return -1;  // settled: the rest of the story cannot undo it
      continue;
    }
    if (story.items[o].key != story.items[members[0]].key) continue;
    for (size_t k = 0; k < n; ++k) own = std::max(own, sentence_match(story, o, members[k]).cosine);
    if (own > std::min(best - kBestMargin, kDissentCosine)) return -1;
  }
  return best;
}

// True when two items of one source lie in one sentence (no sentence end between them).
bool same_sentence(const DateStory& story, const DateItem& a, const DateItem& b) {
  const std::string_view text = story.texts[a.src];
  const size_t lo = std::min(a.timex->end, b.timex->end), hi = std::max(a.timex->start, b.timex->start);
  if (hi <= lo) return true;
  return text.substr(lo, hi - lo).find_first_of(".!?\n") == std::string_view::npos;
}

// Joins each chosen lone fact to its target, one dissent per source and target (the strongest), facts kept in order.
DateFacts merge_dissents(const DateFacts& facts, std::vector<size_t>& target, const std::vector<double>& score,
                         const DateStory& story) {
  const size_t count = facts.start.size() - 1;
  for (size_t f = 0; f < count; ++f) {
    if (target[f] == kEnd) continue;
    const DateItem& f_item = story.items[facts.items[facts.start[f]]];
    const size_t src = f_item.src;
    for (size_t o = 0; o < count; ++o) {
      const DateItem& other = story.items[facts.items[facts.start[o]]];
      if (o == f || target[o] != target[f] || other.src != src) continue;
      // two mentions of one day in one sentence ("on 3 May in the evening") dissent together
      if (other.key == story.items[facts.items[facts.start[f]]].key && same_sentence(story, other, f_item)) continue;
      if (score[o] > score[f] || (score[o] == score[f] && o < f)) target[f] = kEnd;
    }
  }
  std::vector<std::vector<size_t>> extra(count);
  for (size_t f = 0; f < count; ++f) {
    if (target[f] != kEnd) extra[target[f]].push_back(facts.items[facts.start[f]]);
  }
  DateFacts out;
  out.items.reserve(facts.items.size());
  for (size_t f = 0; f < count; ++f) {
    if (target[f] != kEnd) continue;
    out.start.push_back(out.items.size());
    out.items.insert(out.items.end(), facts.items.begin() + static_cast<std::ptrdiff_t>(facts.start[f]),
                     facts.items.begin() + static_cast<std::ptrdiff_t>(facts.start[f + 1]));
    out.items.insert(out.items.end(), extra[f].begin(), extra[f].end());
  }
  out.start.push_back(out.items.size());
  return out;
}

}  // namespace

DateFacts join_lone_dissent(const DateStory& story, const DateFacts& facts) {
  const std::vector<Joined> groups = joined_facts(story, facts);
  size_t lone = 0;
  for (size_t f = 0; f + 1 < facts.start.size(); ++f) lone += facts.start[f + 1] - facts.start[f] == 1 ? 1 : 0;
  if (groups.empty() || lone * groups.size() > kMaxPairs) return facts;
  std::vector<char> night(story.items.size());
  for (size_t i = 0; i < story.items.size(); ++i) night[i] = night_item(story, story.items[i]) ? 1 : 0;
  std::vector<size_t> target(facts.start.size(), kEnd);  // lone fact -> the joined fact it dissents from
  std::vector<double> score(facts.start.size(), 0.0);    // lone fact -> the strength of its dissent
  for (size_t f = 0; f + 1 < facts.start.size(); ++f) {
    if (facts.start[f + 1] - facts.start[f] != 1) continue;
    const size_t d = facts.items[facts.start[f]];
    double top = 0;
    for (const Joined& g : groups) {
      const size_t* members = facts.items.data() + facts.start[g.fact];
      const size_t n = facts.start[g.fact + 1] - facts.start[g.fact];
      if (!may_dissent(story, d, g, members, n, night)) continue;
      const double s = dissent_strength(story, d, members, n);
      if (s > top) top = s, target[f] = g.fact;
    }
    score[f] = top;
  }
  return merge_dissents(facts, target, score, story);
}

}  // namespace dates_align
}  // namespace fc
