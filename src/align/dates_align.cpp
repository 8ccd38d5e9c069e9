// Date facts: the same event on the same day across sources, worded however ("Wednesday" / "March 17").
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "align/align.h"
#include "align/context.h"
#include "align/date_pairs.h"
#include "align/union_find.h"
#include "pipeline/anchor.h"
#include "compare/verdict.h"

namespace fc {
namespace {

// One resolved date mention and the words around it.
struct DateItem {
  size_t src = 0;
  Timex timex;  // a copy: a month and day without a year may get the story year
  bool year_from_story = false;
  bool speech = false;  // the day someone said something ("said on March 19"), not the day of what they said
  std::string key;  // values joined with '|'
  std::vector<std::string> ctx;
};

bool resolved(const std::string& v) {
  return !v.empty() && v[0] >= '0' && v[0] <= '9' && v.find('X') == std::string::npos;
}

// For a source with no anchor at all, "XXXX-05-15" takes the year nearest the story's latest date.
bool fill_story_year(Timex& t, const std::optional<CivilDate>& ref) {
  bool filled = false;
  for (std::string& v : t.values) {
    if (v.size() < 7 || v.compare(0, 5, "XXXX-") != 0 || v[5] < '0' || v[5] > '9') continue;
    const std::string md = v.substr(5, 5);
    auto d = parse_iso_date("2000-" + (md.size() == 5 && md[2] == '-' ? md : md.substr(0, 2) + "-15"));
    if (!d) continue;
    auto full = with_story_year(*d, ref);
    if (!full) continue;
    v = std::to_string(full->year) + v.substr(4);
    filled = true;
  }
  if (filled) {
    t.value.clear();
    for (const std::string& v : t.values) t.value += (t.value.empty() ? "" : "|") + v;
  }
  return filled;
}

// True when the date hangs on a speech verb just before it ("said on Friday", "told reporters Friday").
bool speech_date(const TextIndex& idx, size_t start) {
  static const char* const kSpeech[] = {"said", "says", "told", "announced", "stated", "claimed", "added",
                                        "declared", "explained", "reported", "wrote", "reporters"};
  size_t i = 0;
  while (i < idx.tokens.size() && idx.tokens[i].end <= start) ++i;
  size_t looked = 0;
  while (i > 0 && looked < 3) {
    const std::string& w = idx.tokens[--i].norm;
    if (w == "on" || w == "late" || w == "early" || w == "," ) { ++looked; continue; }
    for (const char* v : kSpeech) {
      if (w == v) return true;
    }
    return false;
  }
  return false;
}

std::vector<DateItem> collect(const std::vector<SourceFindings>& all) {
  std::optional<CivilDate> ref;
  for (const SourceFindings& f : all) {
    if (f.anchor && (!ref || *ref < *f.anchor)) ref = f.anchor;
  }
  std::vector<DateItem> items;
  for (size_t s = 0; s < all.size(); ++s) {
    for (const Timex& t : all[s].dates) {
      if (t.type != "DATE" && t.type != "TIME") continue;
      DateItem it{s, t, false, speech_date(all[s].index, t.start), "", context_words(all[s].index, t.start, t.end, 10)};
      if (!all[s].anchor) it.year_from_story = fill_story_year(it.timex, ref);
      if (it.timex.values.empty() || !std::all_of(it.timex.values.begin(), it.timex.values.end(), resolved)) continue;
      std::vector<std::string> vals = it.timex.values;
      std::sort(vals.begin(), vals.end());
      // A time of day ("2021-03-18T22:14") is compared by its day.
      for (const std::string& v : vals) it.key += (it.key.empty() ? "" : "|") + v.substr(0, v.find('T'));
      items.push_back(std::move(it));
    }
  }
  return items;
}

// How many items of each source carry each value key: a key used once per source is distinctive.
std::map<std::pair<size_t, std::string>, size_t> key_counts(const std::vector<DateItem>& items) {
  std::map<std::pair<size_t, std::string>, size_t> counts;
  for (const DateItem& it : items) ++counts[{it.src, it.key}];
  return counts;
}

// Average similarity between two groups, over at most 8 members of each (enough to see a bad join).
// Each member of ga is marked once and scored against gb's members: the same values, summed in the same order.
double group_similarity(const std::vector<size_t>& ga, const std::vector<size_t>& gb, const std::vector<DateItem>& items,
                        const BagSpace& bags, std::vector<char>& marked) {
  double total = 0;
  size_t n = 0;
  for (size_t i = 0; i < ga.size() && i < 8; ++i) {
    for (uint32_t id : bags.ids(ga[i])) marked[id] = 1;
    for (size_t j = 0; j < gb.size() && j < 8; ++j) {
      if (items[ga[i]].src == items[gb[j]].src) continue;
      total += bags.overlap_marked(marked, ga[i], gb[j]);
      ++n;
    }
    for (uint32_t id : bags.ids(ga[i])) marked[id] = 0;
  }
  return n ? total / static_cast<double>(n) : 1.0;
}

// Candidate pairs of one same-valued block similar enough to link, as (similarity, a, b) in candidate order.
std::vector<std::tuple<double, size_t, size_t>> similar_pairs(const std::string& key, const std::vector<size_t>& members,
                                                              const std::vector<DateItem>& items, const BagSpace& bags,
                                                              const std::map<std::pair<size_t, std::string>, size_t>& counts,
                                                              DatePairScratch& scratch) {
  std::vector<char>& marked = scratch.marked;
  std::vector<std::tuple<double, size_t, size_t>> pairs;
  size_t marked_bag = items.size();  // candidates come grouped by their first item: mark its words once
  for (const auto& [a, b] : date_candidates(members, scratch.src, bags, scratch.seen)) {
    if (a != marked_bag) {
      if (marked_bag < items.size()) for (uint32_t id : bags.ids(marked_bag)) marked[id] = 0;
      for (uint32_t id : bags.ids(a)) marked[id] = 1;
      marked_bag = a;
    }
    const double sim = bags.overlap_marked(marked, a, b);
    // the per-source key counts (map lookups) only matter between the two thresholds
    if (sim >= 0.34 || (sim >= 0.2 && counts.at({items[a].src, key}) == 1 && counts.at({items[b].src, key}) == 1)) {
      pairs.emplace_back(sim, a, b);
    }
  }
  if (marked_bag < items.size()) for (uint32_t id : bags.ids(marked_bag)) marked[id] = 0;
  return pairs;
}

// Links same-valued items of different sources whose surrounding words say it is the same event.
// Pairs are taken best first, and two groups join only if their members agree on average (average
// linkage), so a chain of loose pairs cannot glue unrelated events that fall on the same day.
void link_same_values(const std::vector<DateItem>& items, const BagSpace& bags, UnionFind& uf) {
  const auto counts = key_counts(items);
  std::map<std::string, std::vector<size_t>> by_key;  // blocking: only same-valued items are compared
  for (size_t i = 0; i < items.size(); ++i) by_key[items[i].key].push_back(i);
  DatePairScratch scratch{{}, std::vector<size_t>(items.size(), 0), std::vector<char>(bags.vocabulary(), 0)};
  for (const DateItem& it : items) scratch.src.push_back(it.src);
  for (const auto& [key, members] : by_key) {
    // The same set of alternative days ("Friday or Monday") is itself strong evidence of one fact.
    if (key.find('|') != std::string::npos) {
      for (size_t m : members) uf.unite(m, members.front());
      continue;
    }
    std::vector<std::tuple<double, size_t, size_t>> pairs = similar_pairs(key, members, items, bags, counts, scratch);
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& p, const auto& q) { return std::get<0>(p) > std::get<0>(q); });
    std::map<size_t, std::vector<size_t>> groups;
    for (size_t m : members) groups[m] = {m};
    for (const auto& [sim, a, b] : pairs) {
      const size_t ra = uf.find(a), rb = uf.find(b);
      if (ra == rb || group_similarity(groups[ra], groups[rb], items, bags, scratch.marked) < 0.2) continue;
      uf.unite(ra, rb);
      const size_t root = uf.find(ra);
      std::vector<size_t> joined = std::move(groups[ra]);
      joined.insert(joined.end(), groups[rb].begin(), groups[rb].end());
      groups.erase(ra);
      groups.erase(rb);
      groups[root] = std::move(joined);
    }
  }
}

// A cluster of same-event mentions: its members, sources and the union of their context words.
struct Cluster {
  std::vector<const DateItem*> members;
  std::set<size_t> sources;
  std::set<std::string> keys;
  std::vector<std::string> ctx;
};

bool day_precise(const std::string& key) { return key.size() >= 10 && key[4] == '-' && key[7] == '-'; }

// Which side of its source's anchor a day lies on: -1 before or on it, +1 after, 0 unknown.
int side_of(const DateItem& it, const std::vector<SourceFindings>& all) {
  const auto& anchor = all[it.src].anchor;
  const auto day = parse_iso_date(it.key.substr(0, 10));
  if (!anchor || !day) return 0;
  return *anchor < *day ? 1 : -1;
}

// Two clusters conflict when they describe one event with different exact days: same tense side (a past
// call and a planned one are two events), a shared event class and another shared word, most context
// words shared, and no source giving both days (that would be one source's two events, not a dispute).
bool conflicting(const Cluster& a, const Cluster& b, const WordWeights& w, const std::vector<SourceFindings>& all) {
  if (a.keys.size() != 1 || b.keys.size() != 1 || *a.keys.begin() == *b.keys.begin()) return false;
  const std::string& ka = *a.keys.begin();
  const std::string& kb = *b.keys.begin();
  if (!day_precise(ka) || !day_precise(kb) || ka.find('|') != std::string::npos || kb.find('|') != std::string::npos) {
    return false;
  }
  for (size_t s : a.sources) {
    if (b.sources.count(s)) return false;
  }
  // The day a statement was made says nothing about the day of what it reports.
  for (const Cluster* c : {&a, &b}) {
    for (const DateItem* m : c->members) {
      if (m->speech) return false;
    }
  }
  const int sa = side_of(*a.members.front(), all), sb = side_of(*b.members.front(), all);
  if (sa == 0 || sa != sb) return false;
  size_t classes = 0, others = 0;
  for (const std::string& x : shared_words(a.ctx, b.ctx)) (x[0] == '#' ? classes : others) += 1;
  return classes > 0 && others > 0 && weighted_overlap(a.ctx, b.ctx, w) >= 0.25;
}

// Merges conflicting clusters, comparing only clusters that share an event class (blocking).
void merge_conflicts(std::vector<Cluster>& clusters, const WordWeights& w, const std::vector<SourceFindings>& all) {
  std::map<std::string, std::vector<size_t>> by_class;
  for (size_t i = 0; i < clusters.size(); ++i) {
    for (const std::string& x : clusters[i].ctx) {
      if (x[0] == '#') by_class[x].push_back(i);
    }
  }
  UnionFind uf(clusters.size());
  for (const auto& [cls, members] : by_class) {
    if (members.size() > 64) continue;  // too common to tell events apart
    for (size_t x = 0; x < members.size(); ++x) {
      for (size_t y = x + 1; y < members.size(); ++y) {
        if (uf.find(members[x]) != uf.find(members[y]) && conflicting(clusters[members[x]], clusters[members[y]], w, all)) {
          uf.unite(members[x], members[y]);
        }
      }
    }
  }
  std::map<size_t, Cluster> merged;
  for (size_t i = 0; i < clusters.size(); ++i) {
    Cluster& into = merged[uf.find(i)];
    for (const DateItem* m : clusters[i].members) into.members.push_back(m);
  }
  clusters.clear();
  for (auto& [root, c] : merged) clusters.push_back(std::move(c));
}

// Links a coarse value ("2021-01") to finer ones inside it ("2021-01-12") when the words around agree strongly.
void link_nested_values(const std::vector<DateItem>& items, const BagSpace& bags, UnionFind& uf) {
  std::map<std::string, std::vector<size_t>> by_key;
  for (size_t i = 0; i < items.size(); ++i) by_key[items[i].key].push_back(i);
  for (const auto& [coarse, outer] : by_key) {
    if (coarse.size() >= 10 || coarse.find('|') != std::string::npos) continue;
    for (auto it = by_key.upper_bound(coarse); it != by_key.end() && it->first.compare(0, coarse.size(), coarse) == 0;
         ++it) {
      if (it->first.find('|') != std::string::npos) continue;
      for (size_t a : outer) {
        for (size_t b : it->second) {
          if (items[a].src != items[b].src && bags.overlap(a, b) >= 0.5) uf.unite(a, b);
        }
      }
    }
  }
}

Fact make_fact(const std::vector<const DateItem*>& members, const std::vector<SourceFindings>& all) {
  Fact f;
  f.kind = "date";
  std::set<std::string> keys, sources;
  for (const DateItem* it : members) {
    Mention m;
    m.source = all[it->src].source->id;
    m.text = it->timex.text;
    m.value = it->timex.value;
    m.start = it->timex.start;
    m.end = it->timex.end;
    m.rule = it->timex.rule;
    m.extra.push_back({"type", it->timex.type});
    if (it->year_from_story) m.extra.push_back({"year", "not in the source; taken from the story's latest publication date"});
    f.mentions.push_back(std::move(m));
    keys.insert(it->key);
    sources.insert(all[it->src].source->id);
  }
  for (const std::string& k : keys) {
    size_t pos = 0;
    while (pos <= k.size()) {
      size_t bar = k.find('|', pos);
      if (bar == std::string::npos) bar = k.size();
      const std::string v = k.substr(pos, bar - pos);
      if (std::find(f.values.begin(), f.values.end(), v) == f.values.end()) f.values.push_back(v);
      pos = bar + 1;
    }
  }
  f.label = date_label(members.front()->timex.start, members.front()->timex.end, all[members.front()->src]);
  decide_date_verdict(f, keys.size(), sources.size());
  return f;
}

}  // namespace

std::vector<Fact> align_dates(const std::vector<SourceFindings>& all) {
  std::vector<DateItem> items = collect(all);
  WordWeights weights;
  for (const DateItem& it : items) weights.add(it.ctx);
  UnionFind uf(items.size());
  BagSpace bags;  // bag i is item i's context
  for (const DateItem& it : items) bags.add(it.ctx);
  bags.finish();
  link_same_values(items, bags, uf);
  link_nested_values(items, bags, uf);
  std::map<size_t, Cluster> by_root;
  for (size_t i = 0; i < items.size(); ++i) {
    Cluster& c = by_root[uf.find(i)];
    c.members.push_back(&items[i]);
    c.sources.insert(items[i].src);
    c.keys.insert(items[i].key);
    c.ctx.insert(c.ctx.end(), items[i].ctx.begin(), items[i].ctx.end());
  }
  std::vector<Cluster> clusters;
  for (auto& [root, c] : by_root) {
    std::sort(c.ctx.begin(), c.ctx.end());
    c.ctx.erase(std::unique(c.ctx.begin(), c.ctx.end()), c.ctx.end());
    clusters.push_back(std::move(c));
  }
  merge_conflicts(clusters, weights, all);
  std::vector<Fact> facts;
  for (const Cluster& c : clusters) facts.push_back(make_fact(c.members, all));
  return facts;
}

}  // namespace fc
