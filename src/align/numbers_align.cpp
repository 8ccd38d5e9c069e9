// Number facts: mentions blocked by what they count, clustered by compatible values and shared context.
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "align/align.h"
#include "align/mention_util.h"
#include "align/number_dissent.h"
#include "align/number_fact.h"
#include "align/number_fit.h"
#include "align/number_items.h"
#include "align/number_lone.h"
#include "align/number_rare.h"
#include "align/number_why.h"
#include "align/number_words.h"
#include "extract/number_tables.h"
#include "extract/words.h"

namespace fc {
namespace {

using num_align::Cluster;
using num_align::NumItem;
using num_align::overlaps;
using num_align::same_fact;
using num_align::conflict_why;
using num_align::nouns_why;
using num_align::vague_why;

// (source, number as written) of every mention in one block.
using Stated = std::set<std::pair<size_t, double>>;

// True if a source of two differing numbers states the other's number as written elsewhere in the block: "81 votes"
// and "76 votes were needed" in one source, so another's "at least 76 votes" is its 76, not a bound on its 81.
bool stated_elsewhere(const Stated& stated, const NumItem& a, const NumItem& b) {
  if (a.nominal == b.nominal || !(a.m->vague || b.m->vague)) return false;  // precise values meet only by rounding
  return stated.count({a.source, b.nominal}) > 0 || stated.count({b.source, a.nominal}) > 0;
}

// True if some member (of the first 16, enough evidence and near-linear) shares `need` words with `it`.
bool supported(const std::vector<NumItem>& items, const Cluster& c, const NumItem& it, const std::string& counts,
               size_t need, const Stated& stated) {
  for (size_t k : c.items) if (num_align::owners_differ(items[k], it)) return false;  // the other side's count
  size_t seen = 0;
  for (size_t k : c.items) {
    if (++seen > 16) break;
    if (stated_elsewhere(stated, items[k], it)) continue;
    if (num_align::pair_agrees(items[k], it, counts.empty(), need)) return true;
  }
  return false;
}

// Second pass so the result does not hang on source order: merge compatible clusters any pair supports.
void merge_supported(const std::vector<NumItem>& items, std::vector<Cluster>& clusters, const std::string& counts,
                     const Stated& stated) {
  for (size_t a = 0; a < clusters.size(); ++a) {
    for (size_t b = a + 1; b < clusters.size();) {
      Cluster& x = clusters[a];
      const Cluster& y = clusters[b];
      size_t need = 2 + (counts.empty() ? 1 : 0) + ((x.vague || y.vague) ? 1 : 0);
      bool ok = false;
      if (overlaps(x.low, x.high, y.low, y.high)) {
        for (size_t n = 0; n < y.items.size() && n < 16 && !ok; ++n) ok = supported(items, x, items[y.items[n]], counts, need, stated);
      }
      if (!ok) { ++b; continue; }
      x.items.insert(x.items.end(), y.items.begin(), y.items.end());
      x.low = std::max(x.low, y.low), x.high = std::min(x.high, y.high), x.vague = x.vague || y.vague;
      x.sources.insert(y.sources.begin(), y.sources.end());
      clusters.erase(clusters.begin() + b);
    }
  }
}

// Greedy clustering of one block: join the first compatible cluster with enough shared context.
std::vector<Cluster> cluster_block(const std::vector<NumItem>& items, const std::vector<size_t>& block,
                                   const std::string& counts) {
  std::vector<Cluster> clusters;
  Stated stated;
  for (size_t k : block) stated.insert({items[k].source, items[k].nominal});
  for (size_t k : block) {
    const NumItem& it = items[k];
    Cluster* home = nullptr;
    for (Cluster& c : clusters) {
      if (!overlaps(c.low, c.high, it.low, it.high)) continue;
      // Agreement needs shared words: 2, one more without a counted noun, one more if a value is vague.
      size_t need = 2 + (counts.empty() ? 1 : 0) + ((c.vague || it.wide) ? 1 : 0);
      bool same_source_only = c.sources.size() == 1 && c.sources.count(it.source);
      const bool same_value = it.low == c.low && it.high == c.high && !num_align::owners_differ(items[c.items[0]], it);
      if (same_source_only ? same_value : supported(items, c, it, counts, need, stated)) {
        home = &c;
        break;
      }
    }
    if (!home) {
      clusters.push_back({{}, it.low, it.high, {}, false});
      home = &clusters.back();
    }
    home->items.push_back(k);
    home->low = std::max(home->low, it.low), home->high = std::min(home->high, it.high);
    home->sources.insert(it.source);
    home->vague = home->vague || it.wide;
  }
  merge_supported(items, clusters, counts, stated);
  if (!counts.empty()) num_align::join_fitting_singles(items, clusters);
  return clusters;
}

// The modifier every member of both clusters carries if it is one upper bound ("num.mod.up_to"); "" if they differ,
// one is precise, "about" (too loose to accuse) or a lower bound ("at least 7" does not deny "at least 11").
std::string shared_bound(const std::vector<NumItem>& items, const Cluster& a, const Cluster& b) {
  std::string bound;
  for (const Cluster* c : {&a, &b}) {
    for (size_t k : c->items) {
      const NumberMention& m = *items[k].m;
      const std::string mod = m.rule.substr(0, m.rule.find('+'));
      const bool upper = m.value.find('<') != std::string::npos;
      if (!m.vague || mod.rfind("num.mod.", 0) != 0 || !upper || (!bound.empty() && mod != bound)) return "";
      bound = mod;
    }
  }
  return bound;
}

// True if `m` is an approximate value ("about 1,100", "some 40") and `other`'s value lies a quarter or more away from
// it: far beyond what "about" stretches to, so the two still clearly disagree ("about 1,100 jobs" / "1,800 jobs").
bool far_approximate(const NumberMention& m, const NumberMention& other) {
  if (m.value.empty() || m.value[0] != '~' || m.rule.rfind("num.mod.", 0) != 0) return false;
  const double hi = std::max(std::fabs(m.nominal), std::fabs(other.nominal));
  return hi > 0 && std::fabs(m.nominal - other.nominal) >= 0.25 * hi;
}

// True if neither value is vague, or one is precise and the other approximate and far from it (far_approximate),
// both their reports' first figure of a specific thing ("about 300 people" may be anyone; sums have own bounds).
bool firm_pair(const NumItem& x, const NumItem& y) {
  if (!x.m->vague && !y.m->vague) return true;
  if (x.m->vague == y.m->vague || !x.lead || !y.lead || x.generic || y.generic || x.noun.empty() || y.noun.empty())
    return false;
  return x.m->vague ? far_approximate(*x.m, *y.m) : far_approximate(*y.m, *x.m);
}

// Two clusters state incompatible values for the same thing: precise values, no shared source, strong context.
bool conflicting(const std::vector<NumItem>& items, const Cluster& a,
                 const Cluster& b, const std::set<size_t>& group_sources, const std::string& counts) {
  // Uncounted percentages and sums conflict on their own, narrower evidence ("Turnout was 61.3%" / "... 63.1%").
  const bool uncounted = counts.empty();
  if (overlaps(a.low, a.high, b.low, b.high)) return false;
  for (size_t s : b.sources) if (group_sources.count(s)) return false;
  // Several sources on one value and one source on another for the same count: a lone dissent.
  if (!uncounted && (num_align::lone_dissent(items, a, b) || num_align::lone_dissent(items, b, a))) return true;
  // Vague values conflict only as the same bound on both sides: "fines of up to 50,000" / "of up to 15,000".
  // A vague member ("about two billion") accuses no one; the precise members of both sides must conflict.
  const std::string bound = shared_bound(items, a, b);
  for (size_t i = 0; i < a.items.size() && i < 16; ++i) {  // enough evidence; keeps large stories near-linear
    for (size_t j = 0; j < b.items.size() && j < 16; ++j) {
      const NumItem& x = items[a.items[i]];
      const NumItem& y = items[b.items[j]];
      if (!firm_pair(x, y) && bound.empty()) continue;
      if (uncounted ? num_align::same_uncounted_fact(x, y) : same_fact(x, y)) return true;
    }
  }
  return false;
}

// True if cluster b would contradict two clusters that do not contradict each other (two facts of one kind, such as
// a peak's height and a ledge's altitude): which one it denies is unclear, so it accuses neither.
bool ambiguous_conflict(const std::vector<NumItem>& items, const std::vector<Cluster>& clusters, size_t b,
                        const std::string& counts) {
  std::vector<size_t> hits;
  for (size_t c = 0; c < clusters.size() && hits.size() < 8; ++c) {
    if (c != b && conflicting(items, clusters[c], clusters[b], clusters[c].sources, counts)) hits.push_back(c);
  }
  for (size_t i = 0; i < hits.size(); ++i) {
    for (size_t j = i + 1; j < hits.size(); ++j) {
      const Cluster& x = clusters[hits[i]];
      const Cluster& y = clusters[hits[j]];
      if (!conflicting(items, x, y, x.sources, counts) && !conflicting(items, y, x, y.sources, counts)) return true;
    }
  }
  return false;
}

// Links clusters that conflict: parent[b] = a when b's value contradicts a's for the same fact.
std::vector<size_t> conflict_groups(const std::vector<NumItem>& items,
                                   const std::vector<Cluster>& clusters, const std::string& counts) {
  std::vector<size_t> parent(clusters.size());
  std::iota(parent.begin(), parent.end(), 0);
  for (size_t a = 0; a < clusters.size(); ++a) {
    if (parent[a] != a) continue;
    std::set<size_t> group_sources = clusters[a].sources;
    for (size_t b = a + 1; b < clusters.size(); ++b) {
      if (parent[b] != b || !conflicting(items, clusters[a], clusters[b], group_sources, counts)) continue;
      if (ambiguous_conflict(items, clusters, b, counts) || ambiguous_conflict(items, clusters, a, counts)) continue;
      parent[b] = a;
      group_sources.insert(clusters[b].sources.begin(), clusters[b].sources.end());
    }
  }
  return parent;
}

}  // namespace

std::vector<Fact> align_numbers(const std::vector<SourceFindings>& all) {
  std::vector<NumItem> items;
  std::map<std::string, std::vector<size_t>> blocks;
  std::vector<size_t> bare;
  collect_items(all, items, blocks, &bare);
  std::vector<num_align::NumGroup> groups;
  for (const auto& [key, block] : blocks) {
    std::string counts = key.substr(key.find('|') + 1);
    std::vector<Cluster> clusters = cluster_block(items, block, counts);
    std::vector<size_t> parent = conflict_groups(items, clusters, counts);
    for (size_t a = 0; a < clusters.size(); ++a) {
      if (parent[a] != a) continue;
      num_align::NumGroup g{clusters[a].items, false, false};
      for (size_t b = a + 1; b < clusters.size(); ++b) {
        if (parent[b] != a) continue;
        g.members.insert(g.members.end(), clusters[b].items.begin(), clusters[b].items.end());
        g.conflict = true;
      }
      groups.push_back(std::move(g));
    }
  }
  for (size_t k : bare) groups.push_back({{k}, false, false, true});
  num_align::join_rare_values(all, items, groups);
  num_align::join_lone_dissents(items, groups);
  num_align::join_aligned_dissents(all, items, groups);
  num_align::join_aligned_lones(all, items, groups);
  std::vector<Fact> facts;
  facts.reserve(groups.size());
  for (const num_align::NumGroup& g : groups) facts.push_back(num_align::make_number_fact(all, items, g));
  return facts;
}

}  // namespace fc
