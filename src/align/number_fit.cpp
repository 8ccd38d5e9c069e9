// A lone count joined to the one cluster of its block it fits: same noun (or a kind of it), a value in range and
// close as written, same day; or two lone counts that only fit each other and share a word.
#include "align/number_fit.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>

namespace fc::num_align {
namespace {

// True if two items count the same thing or one counts a kind of the other's ("fishermen" / "crew members"), neither
// noun counting anything ("people") or anyone ("members").
bool counts_alike(const NumItem& a, const NumItem& b) {
  if (a.noun == b.noun) return !a.generic;
  if (a.generic || b.generic || a.anyone || b.anyone || a.chain.empty() || b.chain.empty()) return false;
  return std::find(a.chain.begin(), a.chain.end(), b.chain.front()) != a.chain.end() ||
         std::find(b.chain.begin(), b.chain.end(), a.chain.front()) != b.chain.end();
}

// True if a cluster member `m` counts what lone item `it` counts: counts_alike, or for a generic `it` ("people",
// "age") the same noun or one narrower than it ("participants" are people); a hundred or more of a kind of people
// also fit a count of people when `broad` ("some 2,300 residents" / "about 2,300 people").
bool fit_alike(const NumItem& m, const NumItem& it, bool broad = false) {
  if (!it.generic) {
    return counts_alike(m, it) || (broad && m.generic && it.nominal >= 100 && !m.chain.empty() &&
                                   std::find(it.chain.begin(), it.chain.end(), m.chain.front()) != it.chain.end());
  }
  if (m.noun == it.noun) return true;
  return !m.generic && !it.chain.empty() && std::find(m.chain.begin(), m.chain.end(), it.chain.front()) != m.chain.end();
}

// True if the numbers as written are within a tenth of each other: "more than 2,000" fits 2,500 by its range, but
// says 2,000.
bool close_nominal(const NumItem& a, const NumItem& b) {
  const double hi = std::max(std::fabs(a.nominal), std::fabs(b.nominal));
  return std::fabs(a.nominal - b.nominal) <= 0.1 * hi;
}

// True if the lone item `it` may join cluster `c` on the fit of its noun and value alone: `c` holds two sources or
// more, a member counting the same thing or a kind of it (counts_alike) and no member on another day or going the
// other way.
bool fits_cluster(const std::vector<NumItem>& items, const Cluster& c, const NumItem& it, bool broad) {
  if (c.sources.size() < 2 || c.sources.count(it.source) || !overlaps(c.low, c.high, it.low, it.high)) return false;
  bool same_noun = false, near = false;
  for (size_t k : c.items) {
    const NumItem& m = items[k];
    if (day_mismatch(m, it) || opposite_direction(m, it) || owners_differ(m, it)) return false;
    if (m.dated && it.dated && std::labs(m.day - it.day) > 1) return false;
    same_noun = same_noun || fit_alike(m, it, broad);
    near = near || close_nominal(m, it);
  }
  return same_noun && near;
}

// True if cluster s is one count that may join another on fit alone: stated once in its source, at least 3, of a
// specific noun (or an age, or a hundred people or more), no vague amount ("dozens").
bool lone(const std::vector<NumItem>& items, const Cluster& c) {
  const NumItem& it = items[c.items.front()];
  // A generic noun only where its value says much: an age, or a hundred people or more.
  const bool telling = !it.generic || (it.noun == "age" ? it.nominal >= 16 : it.nominal >= 100);
  // Shares and sums are left to their words: "42% of voters" may be turnout or support.
  return c.items.size() == 1 && it.unique && telling && !it.noun.empty() && it.m->unit.empty() && it.nominal >= 3 &&
         it.m->rule.find("num.vague.") == std::string::npos;
}

// The clusters other than s whose range meets lone cluster s's item, that state a number and hold a member from
// another source counting the same thing or a kind of it; at most two are listed (more are as ambiguous as two).
std::vector<size_t> fitting(const std::vector<NumItem>& items, const std::vector<Cluster>& clusters, size_t s,
                            bool broad = false) {
  std::vector<size_t> out;
  const NumItem& it = items[clusters[s].items.front()];
  for (size_t c = 0; c < clusters.size() && out.size() < 2; ++c) {
    if (c == s || !overlaps(clusters[c].low, clusters[c].high, it.low, it.high)) continue;
    bool same = false, stated = false;  // a cluster of vague amounts only ("hundreds of operations") states no number
    for (size_t k : clusters[c].items) {
      same = same || (fit_alike(items[k], it, broad) && items[k].source != it.source);
      stated = stated || items[k].m->rule.find("num.vague.") == std::string::npos;
    }
    if (same && stated) out.push_back(c);
  }
  return out;
}

}  // namespace

// "about 3,100 buildings" / "more than 3 thousand buildings": two lone counts, each the other's only fit. Vague
// amounts ("dozens"), shares, sums, generic nouns and small counts need their words.
void join_fitting_singles(const std::vector<NumItem>& items, std::vector<Cluster>& clusters) {
  for (size_t s = 0; s < clusters.size();) {
    std::vector<size_t> fit = lone(items, clusters[s]) ? fitting(items, clusters, s) : std::vector<size_t>{};
    // Only when nothing of its own kind fits, a count of people may take it ("residents" in "people").
    const bool broad = fit.empty() && lone(items, clusters[s]);
    if (broad) fit = fitting(items, clusters, s, true);
    const NumItem& it = items[clusters[s].items.front()];
    bool join = fit.size() == 1 && fits_cluster(items, clusters[fit[0]], it, broad);
    if (fit.size() == 1 && !join && lone(items, clusters[fit[0]])) {  // two lone counts, each the other's only fit
      const NumItem& other = items[clusters[fit[0]].items.front()];
      const std::vector<size_t> back = fitting(items, clusters, fit[0]);
      join = back.size() == 1 && back[0] == s && other.source != it.source && (it.m->vague || other.m->vague) &&
             !it.generic && !other.generic && close_nominal(it, other) &&
             !day_mismatch(it, other) && !opposite_direction(it, other) &&
             evidence(it, other) >= 1;
    }
    if (!join) { ++s; continue; }
    Cluster& h = clusters[fit[0]];
    h.items.push_back(clusters[s].items.front());
    h.low = std::max(h.low, it.low), h.high = std::min(h.high, it.high), h.vague = h.vague || it.wide;
    h.sources.insert(it.source);
    clusters.erase(clusters.begin() + static_cast<long>(s));  // the next cluster moves to s
  }
}

}  // namespace fc::num_align
