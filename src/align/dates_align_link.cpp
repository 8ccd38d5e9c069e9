// Date alignment, linking step: same-valued items by average linkage (coarse to finer values: dates_align_nested.cpp).
#include <algorithm>
#include <cstring>

#include "align/date_pairs.h"
#include "align/mention_util.h"
#include "core/sort.h"
#include "align/dates_align_groups.h"
#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {

// Classes come from the whole sentences ("raised its rate by 25 points ... on Thursday"), words from the window.
Shared shared_words(const DateStory& story, size_t a, size_t b) {
  Shared out;
  out.classes = shared_ids(story.items[a].classes, story.items[b].classes);
  out.near = common_near(story, story.items[a].near, story.items[b].near);
  const std::vector<uint32_t>& na = story.items[a].names;
  const std::vector<uint32_t>& nb = story.items[b].names;
  for (size_t i = 0, j = 0; i < na.size() && j < nb.size();) {
    if (na[i] < nb[j]) { ++i; continue; }
    if (nb[j] < na[i]) { ++j; continue; }
    const bool rare = 4 * story.name_df[na[i]] <= std::max<size_t>(8, story.items.size());
    out.names += rare ? 1 : 0;
    out.figures += rare && story.word_is_number[na[i]] == 2 ? 1 : 0;
    out.any_names += story.word_is_number[na[i]] ? 0 : 1;
    ++i, ++j;
  }
  const std::vector<uint32_t>& x = story.items[a].ctx;
  const std::vector<uint32_t>& y = story.items[b].ctx;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) { ++i; continue; }
    if (y[j] < x[i]) { ++j; continue; }
    out.others += story.word_is_class[x[i]] ? 0 : 1;
    ++i, ++j;
  }
  return out;
}

namespace {

// A plan both sources place in the same vague coming week or weekend ("busy on a trip this weekend" / "a weekend
// break"), each naming it once, with a participant in common however often named: a source that names such a
// short coming period once rarely has two plans in it, so this alone is enough.
bool vague_plan(const DateStory& story, size_t a, size_t b, const Shared& s) {
  const DateItem &x = story.items[a], &y = story.items[b];
  const std::string& key = story.keys[x.key];
  const bool week = key.size() >= 8 && key[4] == '-' && key[5] == 'W';
  return week && x.vague && y.vague && x.side > 0 && y.side > 0 && s.any_names > 0;
}

// Two leads that each date a statement once ("the company said on Tuesday", "it announced on Tuesday"), on a day
// not after their writing, with a rarely named participant in common: the story's news was announced that day.
bool lead_statement(const DateStory& story, size_t a, size_t b) {
  const DateItem &x = story.items[a], &y = story.items[b];
  if (!x.lead || !y.lead || x.side > 0 || y.side > 0 || !story.key_one_day[x.key]) return false;
  return shared_words(story, a, b).names > 0;
}

}  // namespace

// Whether a same-valued pair is one event. Enough weighted overlap says so; with less, the kind of event and its
// participants must say it: for a value used once in each source ("sole"), two of a shared event class ("sworn
// in" / "take office"), a shared rare name or number in both sentences ("the Hydrometeorological Institute"), a
// word next to both years ("the 2010 flood") and some overlap of the words around; for a value a source uses more
// than once, a shared event class or rare name, another shared word and more overlap. A plan in a vague coming
// week is one on its own (vague_plan). Never for speech dates.
bool same_event(const DateStory& story, size_t a, size_t b, double sim) {
  if (twins(story, a, b)) return true;
  const bool sole = story.items[a].sole && story.items[b].sole;
  if (sim >= 0.34 || (sim >= 0.2 && sole)) return true;
  // The event class of a speech date's sentence names what was said, not the saying: words alone must link it,
  // but for the story's announcement (lead_statement).
  if (story.items[a].speech && story.items[b].speech && sole) return lead_statement(story, a, b);
  if (story.items[a].speech || story.items[b].speech || (!sole && sim < 0.15)) return false;
  const Shared s = shared_words(story, a, b);
  // a precise figure both sentences give ("inflation of 6.2%") is the same fact's, as strong as two signs
  if (sole && s.figures > 0) return true;
  if (sole && background_pair(story, a, b, s, sim)) return true;
  if (sole) return (s.classes > 0) + (s.names > 0) + (s.near > 0) + (sim >= 0.08) >= 2 || vague_plan(story, a, b, s);
  return (s.classes > 0 || s.names > 0) && s.others > 0;
}

namespace {

// Whether item x fits a group of mentions from two or more other sources as a whole: for most of those sources
// (more than half), some member of the group from that source is judged one event with x. A report words one
// event its own way, so x may match some reports of the event and not others; a mention of another event on
// that day would match few of them.
bool fits_group(size_t x, const size_t* group, size_t n, const DateStory& story) {
  size_t sources[8], count = 0, agreeing = 0;
  bool twin = false;  // x's sentence matches a member's as no other of that day does
  for (size_t i = 0; i < n; ++i) {
    const size_t src = story.items[group[i]].src;
    if (src == story.items[x].src || std::find(sources, sources + count, src) != sources + count) continue;
    sources[count++] = src;
    for (size_t j = i; j < n; ++j) {
      if (story.items[group[j]].src != src) continue;
      if (same_event(story, x, group[j], story.bags.overlap(x, group[j]))) {
        ++agreeing;
        twin = twin || twins(story, x, group[j]);
        break;
      }
    }
  }
  return count >= 2 && (2 * agreeing > count || (twin && 2 * agreeing >= count));
}

// Whether two groups agree: their average similarity, over at most 8 members of each (enough to see a bad
// join), is at least 0.2; a pair that same_event() accepts on its kind of event counts at least 0.2. Groups of
// mentions used once in their sources need less (see the end). Each member of ga is marked once and scored
// against gb's members in the order the average was always summed; the sum of non-negative terms only grows, so
// it stops once the average is reached.
bool groups_agree(size_t ra, size_t rb, const Groups& g, const DateStory& story, std::vector<double>& marked) {
  size_t ga[8], na = 0, gb[8], nb = 0, n = 0;
  for (size_t i = g.head[ra]; i != kEnd && na < 8; i = g.next[i]) ga[na++] = i;
  for (size_t j = g.head[rb]; j != kEnd && nb < 8; j = g.next[j]) gb[nb++] = j;
  for (size_t i = 0; i < na; ++i) {
    for (size_t j = 0; j < nb; ++j) n += story.items[ga[i]].src != story.items[gb[j]].src;
  }
  if (n == 0) return true;  // no pair to judge: an average of 1
  const double count = static_cast<double>(n);
  double total = 0;
  size_t passed = 0;  // cross pairs judged one event on their own
  bool all_sole = true, bridged = false;  // bridged: some cross pair are twins
  for (size_t i = 0; i < na; ++i) {
    all_sole = all_sole && story.items[ga[i]].sole;
    for (uint32_t id : story.bags.ids(ga[i])) marked[id] = story.bags.weight(id);
    for (size_t j = 0; j < nb; ++j) {
      if (story.items[ga[i]].src == story.items[gb[j]].src) continue;
      const double sim = story.bags.overlap_weighted(marked, ga[i], gb[j]);
      const bool same = sim >= 0.2 || same_event(story, ga[i], gb[j], sim);
      bridged = bridged || twins(story, ga[i], gb[j]);
      passed += same ? 1 : 0;
      total += sim < 0.2 && same ? 0.2 : sim;  // the kind of event vouches for it
    }
    for (uint32_t id : story.bags.ids(ga[i])) marked[id] = 0.0;
    if (total / count >= 0.2) return true;
  }
  for (size_t j = 0; j < nb; ++j) all_sole = all_sole && story.items[gb[j]].sole;
  // Mentions each source makes once on this day: half the cross pairs judged one event, and some overlap, will do
  // (news words one event many ways); two events of that day would not pass half their cross pairs.
  if (all_sole && na + nb <= 16 && 2 * passed >= n && total / count >= 0.1) return true;
  // Two groups from different sources that each name the day once, bridged by a twin pair: one event told two ways
  if (all_sole && bridged && n == na * nb && na + nb <= 16) return true;
  if (na == 1) return fits_group(ga[0], gb, nb, story);
  return nb == 1 && fits_group(gb[0], ga, na, story);
}

// A candidate pair kept for linking, ordered by similarity (>= 0.2), then (a, b) packed as a << 32 | b.
struct Scored {
  uint64_t rank;  // ~bits of the similarity: positive doubles order as their bits, so ascending rank is best first
  uint64_t ab;
  size_t a() const { return static_cast<size_t>(ab >> 32); }
  size_t b() const { return static_cast<size_t>(ab & 0xFFFFFFFFu); }
  bool operator<(const Scored& o) const { return rank != o.rank ? rank < o.rank : ab < o.ab; }
};

// Adds the twin pairs of one block (see find_twins()) to its sorted candidates, keeping them sorted and unique.
void add_twin_pairs(const std::vector<size_t>& members, const DateStory& story,
                    std::vector<std::pair<size_t, size_t>>& out) {
  const size_t before = out.size();
  const uint64_t lo = static_cast<uint64_t>(members.front()) << 32;
  for (auto it = std::lower_bound(story.twins.begin(), story.twins.end(), lo); it != story.twins.end(); ++it) {
    const size_t a = static_cast<size_t>(*it >> 32), b = static_cast<size_t>(*it & 0xFFFFFFFFu);
    if (a > members.back()) break;
    if (story.items[a].key == story.items[members.front()].key) out.emplace_back(a, b);
  }
  if (out.size() == before) return;
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

// Candidate pairs of one block similar enough to link, in candidate order.
void similar_pairs(const std::vector<std::pair<size_t, size_t>>& candidates, const DateStory& story,
                   std::vector<double>& marked, std::vector<Scored>& pairs) {
  pairs.clear();
  const size_t none = story.items.size();
  size_t marked_bag = none;  // candidates come grouped by their first item: mark its words once
  for (const auto& [a, b] : candidates) {
    if (a != marked_bag) {
      if (marked_bag != none) for (uint32_t id : story.bags.ids(marked_bag)) marked[id] = 0.0;
      for (uint32_t id : story.bags.ids(a)) marked[id] = story.bags.weight(id);
      marked_bag = a;
    }
    const double sim = story.bags.overlap_weighted(marked, a, b);
    if (same_event(story, a, b, sim)) {
      uint64_t bits;
      std::memcpy(&bits, &sim, sizeof bits);
      pairs.push_back({~bits, static_cast<uint64_t>(a) << 32 | b});
    }
  }
  if (marked_bag != none) for (uint32_t id : story.bags.ids(marked_bag)) marked[id] = 0.0;
}

// Buffers for sort_pairs(), reused across blocks.
struct SortScratch {
  std::vector<Scored> spare;
  std::vector<uint64_t> table_key;
  std::vector<uint32_t> table_value, slot_of, count, by_rank;
  std::vector<uint64_t> distinct;
};

// Sorts pairs that come in (a, b) order by rank, stably: big blocks hold few distinct similarities, so each
// distinct rank gets a bucket (open addressing), the buckets are ordered, and the pairs are dealt out in order.
void sort_pairs(std::vector<Scored>& pairs, SortScratch& s) {
  if (pairs.size() < 512) {
    std::sort(pairs.begin(), pairs.end());
    return;
  }
  size_t cap = 1024;
  while (cap < 2 * pairs.size()) cap *= 2;
  s.table_key.assign(cap, 0);
  s.table_value.assign(cap, 0);  // bucket + 1; 0 = empty
  s.slot_of.resize(pairs.size());
  s.distinct.clear();
  s.count.clear();
  for (size_t i = 0; i < pairs.size(); ++i) {
    const uint64_t rank = pairs[i].rank;
    size_t h = static_cast<size_t>((rank * 0x9E3779B97F4A7C15ull) >> 24) & (cap - 1);
    while (s.table_value[h] != 0 && s.table_key[h] != rank) h = (h + 1) & (cap - 1);
    if (s.table_value[h] == 0) {
      s.table_key[h] = rank;
      s.table_value[h] = static_cast<uint32_t>(s.distinct.size() + 1);
      s.distinct.push_back(rank);
      s.count.push_back(0);
    }
    ++s.count[s.slot_of[i] = s.table_value[h] - 1];
  }
  s.by_rank.resize(s.distinct.size());
  for (uint32_t b = 0; b < s.by_rank.size(); ++b) s.by_rank[b] = b;
  fc::sort_by(s.by_rank.begin(), s.by_rank.end(), [&](uint32_t x, uint32_t y) { return s.distinct[x] < s.distinct[y]; });
  uint32_t at = 0;
  for (uint32_t b : s.by_rank) {
    const uint32_t n = s.count[b];
    s.count[b] = at;  // now where bucket b's next pair goes
    at += n;
  }
  s.spare.resize(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) s.spare[s.count[s.slot_of[i]]++] = pairs[i];
  pairs.swap(s.spare);
}

}  // namespace

// Items of each key, ascending, indexed by key rank.
std::vector<std::vector<size_t>> blocks_of(const DateStory& story) {
  std::vector<std::vector<size_t>> blocks(story.keys.size());
  for (size_t i = 0; i < story.items.size(); ++i) blocks[story.items[i].key].push_back(i);
  return blocks;
}

// Pairs are taken best first, and two groups join only if their members agree on average (average
// linkage), so a chain of loose pairs cannot glue unrelated events that fall on the same day.
void link_same_values(const DateStory& story, UnionFind& uf) {
  if (static_cast<uint64_t>(story.items.size()) >> 32) return;  // pairs pack two item indices in 64 bits; never near
  std::vector<size_t> src(story.items.size());
  for (size_t i = 0; i < src.size(); ++i) src[i] = story.items[i].src;
  DatePairScratch scratch = date_pair_scratch(std::move(src), story.bags);
  std::vector<char> once(story.items.size());  // used once in its source, and not the day of a statement but in a lead
  for (size_t i = 0; i < once.size(); ++i) {
    once[i] = story.items[i].sole && (!story.items[i].speech || story.items[i].lead);
  }
  Groups groups(story.items.size());
  std::vector<std::pair<size_t, size_t>> candidates;
  std::vector<Scored> pairs;
  SortScratch sort_scratch;
  const std::vector<std::vector<size_t>> blocks = blocks_of(story);
  for (size_t k = 0; k < blocks.size(); ++k) {
    const std::vector<size_t>& members = blocks[k];
    // The same set of alternative days ("Friday or Monday") is itself strong evidence of one fact.
    if (story.keys[k].find('|') != std::string::npos) {
      for (size_t m : members) uf.unite(m, members.front());
      continue;
    }
    join_leads(members, story, uf, groups);
    candidates.clear();
    date_candidates(members, story.bags, scratch, candidates);
    add_sole_pairs(members, once, scratch, candidates);
    add_twin_pairs(members, story, candidates);
    similar_pairs(candidates, story, scratch.marked, pairs);
    sort_pairs(pairs, sort_scratch);  // best first, ties in candidate order
    for (const Scored& p : pairs) {
      const size_t ra = uf.find(p.a()), rb = uf.find(p.b());
      if (ra == rb) continue;
      // two single items: their group similarity is the pair's, which passed 0.2 already
      const bool singles = groups.size[ra] == 1 && groups.size[rb] == 1;
      // a judgement stands while both groups stay as they were
      if (!singles && groups.known_apart(ra, rb)) continue;
      if (!singles && !groups_agree(ra, rb, groups, story, scratch.marked)) {
        groups.remember_apart(ra, rb);
        continue;
      }
      uf.unite(ra, rb);
      groups.join(ra, rb, uf.find(ra));
    }
  }
}

}  // namespace dates_align
}  // namespace fc
