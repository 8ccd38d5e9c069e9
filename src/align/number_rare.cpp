// Number facts joined across counted nouns by a value stated nowhere else in the story.
#include "align/number_rare.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <set>
#include <string>

namespace fc::num_align {
namespace {

// Items of a group checked pairwise: enough evidence, and keeps large stories near-linear.
constexpr size_t kMaxChecked = 16;

// True if an item states a value join_rare_values may rest on: a number as written (no "dozens"), no year, of a
// plain count or a sum of money (lengths, durations, ages and shares are left to their nouns and words).
bool telling_item(const NumItem& it) {
  const NumberMention& m = *it.m;
  if (m.rule.find("num.vague.") != std::string::npos || m.unit == "percent" || !it.measure.empty()) return false;
  const double v = m.nominal;
  if (!(v > 0) || v > 1e15) return false;
  return !(std::floor(v) == v && v >= 1900 && v <= 2100);  // "2024 vehicles" may be a year misread
}

// The value and unit every member of a non-conflicting group states ("about 1,800" and "1,800" state 1,800);
// false if the members state several values or one is not telling.
bool group_value(const std::vector<NumItem>& items, const NumGroup& g, double* value, std::string* unit) {
  if (g.conflict || g.members.empty()) return false;
  const NumItem& first = items[g.members.front()];
  for (size_t k : g.members) {
    const NumItem& it = items[k];
    if (!telling_item(it) || it.m->nominal != first.m->nominal || it.m->unit != first.m->unit) return false;
  }
  *value = first.m->nominal;
  *unit = first.m->unit;
  return true;
}

// Number mentions a story needs before a value stated nowhere else in it says much: in a few sentences any value is
// rare.
constexpr size_t kTellingTally = 24;

// Shared sentence words a join needs besides the value: small values recur in any story, so their sentences must
// agree more ("three towns" / "three municipalities" need their clause); one more in a story with few numbers
// ("2,700 employees" / "2,700 crowns a share" with only "brewery" in common stay apart).
size_t words_needed(double value, size_t mentions) {
  return (value >= 100 ? 1 : value >= 10 ? 2 : 3) + (mentions < kTellingTally ? 1 : 0);
}

// True if one item's noun is the other's or a kind of it by the tables ("staff" / "employee"), neither counting
// anything ("people", "years") or anyone ("members").
bool kin(const NumItem& a, const NumItem& b) {
  if (a.generic || b.generic || a.anyone || b.anyone || a.chain.empty() || b.chain.empty()) return false;
  return std::find(a.chain.begin(), a.chain.end(), b.chain.front()) != a.chain.end() ||
         std::find(b.chain.begin(), b.chain.end(), a.chain.front()) != b.chain.end();
}

// Items by (source, sentence): the other numbers a mention's own sentence states.
using SentenceItems = std::map<std::pair<size_t, size_t>, std::vector<size_t>>;

// True if `a`'s own sentence counts `b`'s noun with another value: "throwing nine diplomats out ... the consulate,
// where eleven people work" says the diplomats are nine, so its eleven counts something else than "eleven diplomats".
bool counts_other(const std::vector<NumItem>& items, const SentenceItems& by_sentence, const NumItem& a,
                  const NumItem& b) {
  if (b.noun.empty() || a.noun == b.noun) return false;
  auto it = by_sentence.find({a.source, a.sentence});
  if (it == by_sentence.end()) return false;
  for (size_t k : it->second) {
    if (items[k].noun == b.noun && items[k].nominal != a.nominal) return true;
  }
  return false;
}

// True if groups x and y may be one fact: no pair of their items from other days, other directions or naming other
// weekdays (unless distinctive), and some pair sharing `need` sentence words besides the counted nouns (one less for
// related nouns, or two counts of people); a pair whose sentence counts the other's noun with another value links not.
bool linked(const std::vector<NumItem>& items, const SentenceItems& by_sentence, const NumGroup& x,
            const NumGroup& y, size_t need) {
  size_t best = 0;
  for (size_t i = 0; i < x.members.size() && i < kMaxChecked; ++i) {
    for (size_t j = 0; j < y.members.size() && j < kMaxChecked; ++j) {
      const NumItem& a = items[x.members[i]];
      const NumItem& b = items[y.members[j]];
      if (a.source == b.source || owners_differ(a, b)) return false;  // one source stating it twice: two things
      if (a.dated && b.dated && std::labs(a.day - b.day) > kAgreeWindowDays) return false;
      // Sentences naming other days tell of other moments, unless the value is distinctive ("112 branches").
      if (opposite_direction(a, b) || (day_mismatch(a, b) && !(distinctive(*a.m) && distinctive(*b.m)))) return false;
      if (counts_other(items, by_sentence, a, b) || counts_other(items, by_sentence, b, a)) continue;
      // Nouns the tables read as one thing or kinds of it ("staff" / "employs ... people") need a word less.
      const size_t words = evidence(a, b) + (kin(a, b) || (a.person && b.person) ? 1 : 0);
      best = std::max(best, words);
    }
  }
  return best >= need;
}

// The groups stating one value in one unit (`holders`), if every mention of that value in the story (any unit or
// noun) is in them and no source is in two of them; empty otherwise (the value means more than one thing somewhere).
std::vector<size_t> sole_holders(const std::vector<NumItem>& items, const std::vector<NumGroup>& groups,
                                 const std::vector<size_t>& holders, size_t mentions) {
  std::set<size_t> sources;
  size_t covered = 0;
  for (size_t g : holders) {
    std::set<size_t> mine;
    for (size_t k : groups[g].members) mine.insert(items[k].source);
    for (size_t s : mine) {
      if (!sources.insert(s).second) return {};
    }
    covered += groups[g].members.size();
  }
  if (holders.size() < 2 || mentions != covered) return {};
  return holders;
}

// Joins the holders of one value that link, starting from the counted one with most members; returns the groups
// merged into the first (to be removed), none if a bare number among them links to none (its meaning is unknown).
std::vector<size_t> join_holders(const std::vector<NumItem>& items, const SentenceItems& by_sentence,
                                 std::vector<NumGroup>& groups, std::vector<size_t> holders, size_t need) {
  std::stable_sort(holders.begin(), holders.end(), [&](size_t a, size_t b) {
    if (groups[a].bare != groups[b].bare) return groups[b].bare;
    return groups[a].members.size() > groups[b].members.size();
  });
  if (groups[holders.front()].bare) return {};
  std::vector<size_t> joined{holders.front()};
  bool grew = true;
  while (grew) {
    grew = false;
    for (size_t h : holders) {
      if (std::find(joined.begin(), joined.end(), h) != joined.end()) continue;
      for (size_t j : joined) {
        // A bare number ("a workforce of 1,800") names nothing itself: its sentence has to say one word more.
        if (!linked(items, by_sentence, groups[j], groups[h], need + (groups[h].bare ? 1 : 0))) continue;
        joined.push_back(h);
        grew = true;
        break;
      }
    }
  }
  for (size_t h : holders) {
    if (groups[h].bare && std::find(joined.begin(), joined.end(), h) == joined.end()) return {};
  }
  NumGroup& home = groups[joined.front()];
  for (size_t i = 1; i < joined.size(); ++i) {
    home.members.insert(home.members.end(), groups[joined[i]].members.begin(), groups[joined[i]].members.end());
    home.rare = true;
  }
  return std::vector<size_t>(joined.begin() + 1, joined.end());
}

}  // namespace

void join_rare_values(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                      std::vector<NumGroup>& groups) {
  std::map<double, size_t> tally;  // every number mention of the story by its value as written
  size_t mentions = 0;
  for (const SourceFindings& f : all) {
    for (const NumberMention& m : f.numbers) ++tally[m.nominal];
    mentions += f.numbers.size();
  }
  std::map<std::pair<double, std::string>, std::vector<size_t>> by_value;  // value and unit -> groups stating it
  for (size_t g = 0; g < groups.size(); ++g) {
    double v = 0;
    std::string unit;
    if (group_value(items, groups[g], &v, &unit)) by_value[{v, unit}].push_back(g);
  }
  SentenceItems by_sentence;
  for (size_t k = 0; k < items.size(); ++k) by_sentence[{items[k].source, items[k].sentence}].push_back(k);
  std::set<size_t> gone;
  for (const auto& [vu, stating] : by_value) {
    const std::vector<size_t> holders = sole_holders(items, groups, stating, tally[vu.first]);
    if (holders.empty()) continue;
    for (size_t x : join_holders(items, by_sentence, groups, holders, words_needed(vu.first, mentions))) gone.insert(x);
  }
  std::vector<NumGroup> kept;
  kept.reserve(groups.size() - gone.size());
  for (size_t g = 0; g < groups.size(); ++g) {
    if (!gone.count(g) && !groups[g].bare) kept.push_back(std::move(groups[g]));  // a bare number joined nothing
  }
  groups = std::move(kept);
}

void drop_gone(std::vector<NumGroup>& groups, const std::vector<bool>& gone) {
  size_t out = 0;
  for (size_t g = 0; g < groups.size(); ++g) {
    if (gone[g]) continue;
    if (out != g) groups[out] = std::move(groups[g]);
    ++out;
  }
  groups.resize(out);
}

}  // namespace fc::num_align
