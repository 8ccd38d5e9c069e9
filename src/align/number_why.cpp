#include "align/number_why.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <utility>

namespace fc::num_align {
namespace {

// True if word `w` (a lemma) starts a word of the mention's text: "euro" of "2.1 billion euros".
bool in_mention(const NumberMention& m, const std::string& w) {
  std::string low = m.text;
  for (char& c : low) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (size_t at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
    if (at == 0 || low[at - 1] == ' ') return true;
  }
  return false;
}

// Content words the sentences of two mentions share, leaving out the mentions' own words (at most five).
std::string shared_words(const std::vector<SourceFindings>& all, const NumItem& a, const NumItem& b) {
  const std::set<std::string> a_ctx = num_align::context_words_at(all[a.source], a.m->start);
  const std::set<std::string> b_ctx = num_align::context_words_at(all[b.source], b.m->start);
  std::string words;
  size_t n = 0;
  for (const std::string& w : a_ctx) {
    // Words of the mentions themselves ("billion", "euro") show nothing about the context.
    if (w == a.m->counts || !b_ctx.count(w) || in_mention(*a.m, w) || in_mention(*b.m, w) || n++ >= 5) continue;
    words += (words.empty() ? "" : ", ") + w;
  }
  return words;
}

// The two mentions a conflict is shown by: different sources, ranges apart, precise ones first. Only the first
// kPairScan members are tried, and the scan stops at the best rank there is, so a fact of thousands of mentions
// costs no more than one of a few hundred.
std::pair<size_t, size_t> conflict_pair(const std::vector<NumItem>& items, const std::vector<size_t>& members) {
  constexpr size_t kPairScan = 256;
  constexpr int kBestRank = 8 + 2 + 2 + 1;
  const size_t n = std::min(members.size(), kPairScan);
  std::pair<size_t, size_t> best{members.front(), members.front()};
  int best_rank = -1;
  for (size_t x = 0; x < n && best_rank < kBestRank; ++x) {
    for (size_t y = 0; y < n && best_rank < kBestRank; ++y) {
      const size_t i = members[x], j = members[y];
      const NumItem &a = items[i], &b = items[j];
      if (a.source == b.source || overlaps(a.low, a.high, b.low, b.high)) continue;
      // The pair the evidence named first: a reader checks the sentences that decided.
      const bool decided = a.noun.empty() ? same_uncounted_fact(a, b) : same_fact(a, b);
      const int rank = (decided ? 8 : 0) + (a.m->vague ? 0 : 2) + (b.m->vague ? 0 : 2) + (a.lead && b.lead ? 1 : 0);
      if (rank > best_rank) best = {i, j}, best_rank = rank;
    }
  }
  return best;
}

// "; 4 sources state '4,200 jobs', one states '3,900 positions'" when one source stands against three or more on one
// value (lone_dissent); "" otherwise.
std::string dissent_why(const std::vector<NumItem>& items, const std::vector<size_t>& members) {
  std::map<double, std::set<size_t>> by_value;
  std::map<double, const NumberMention*> shown;
  for (size_t k : members) {
    by_value[items[k].m->nominal].insert(items[k].source);
    const NumberMention*& slot = shown[items[k].m->nominal];
    if (!slot || (slot->vague && !items[k].m->vague)) slot = items[k].m;  // show a precise mention if there is one
  }
  if (by_value.size() != 2) return "";
  auto many = by_value.begin(), lone = std::next(many);
  if (many->second.size() < lone->second.size()) std::swap(many, lone);
  if (many->second.size() < 3 || lone->second.size() != 1) return "";
  return "; " + std::to_string(many->second.size()) + " sources state '" + shown[many->first]->text + "', one states '" +
         shown[lone->first]->text + "'";
}

}  // namespace

// When members count different nouns ("jobs", "employees"), says they are read as one count and what the sentences
// of two of them share, so a reader can check the match.
std::string nouns_why(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                      const std::vector<size_t>& members) {
  std::vector<std::string> nouns;
  const NumItem* first = nullptr;
  const NumItem* other = nullptr;
  for (size_t k : members) {
    const std::string& c = items[k].m->counts;
    if (c.empty() || std::find(nouns.begin(), nouns.end(), c) != nouns.end()) continue;
    nouns.push_back(c);
    if (!first) first = &items[k];
    else if (!other && items[k].source != first->source) other = &items[k];
  }
  if (nouns.size() < 2 || !first || !other) return "";
  std::string out = "; ";
  for (size_t i = 0; i < nouns.size(); ++i) out += (i ? (i + 1 == nouns.size() ? " and " : ", ") : "") + nouns[i];
  out += " are read as one count (en/num_nouns.tsv, en/num_units.tsv)";
  const std::string words = shared_words(all, *first, *other);
  return words.empty() ? out : out + "; '" + first->m->text + "' and '" + other->m->text + "' share: " + words;
}

std::string rare_why(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                     const std::vector<size_t>& members) {
  std::vector<std::string> nouns;
  const NumItem* first = &items[members.front()];
  const NumItem* other = nullptr;
  for (size_t k : members) {
    const std::string& c = items[k].m->counts;
    if (!c.empty() && std::find(nouns.begin(), nouns.end(), c) == nouns.end()) nouns.push_back(c);
    if (!other && items[k].source != first->source && items[k].m->counts != first->m->counts) other = &items[k];
  }
  std::string out = "; counted as ";
  for (size_t i = 0; i < nouns.size(); ++i) out += (i ? (i + 1 == nouns.size() ? " and " : ", ") : "") + nouns[i];
  out += ", one value stated nowhere else in the story (rare value)";
  if (!other) return out;
  const std::string words = shared_words(all, *first, *other);
  return words.empty() ? out : out + "; '" + first->m->text + "' and '" + other->m->text + "' share: " + words;
}

// Why vague and precise values agree: "'more than 200 residents' fits '214 residents'".
std::string vague_why(const std::vector<NumItem>& items, const std::vector<size_t>& members) {
  const NumberMention* v = nullptr;
  const NumberMention* p = nullptr;
  for (size_t k : members) (items[k].m->vague ? v : p) = items[k].m;
  if (v && p) return "'" + v->text + "' fits '" + p->text + "'";
  return "vague values with overlapping ranges";
}

std::string conflict_why(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                         const std::vector<size_t>& members) {
  const auto [ai, bi] = conflict_pair(items, members);
  const NumItem& a = items[ai];
  for (size_t k : {bi}) {
    const NumItem& b = items[k];
    if (b.source == a.source) continue;
    const std::string words = shared_words(all, a, b);
    std::string why = "'" + a.m->text + "' vs '" + b.m->text + "' for the same thing";
    if (!words.empty()) why += "; both sentences share: " + words;
    // For tolls and sums the first figure of each report is the evidence that decided; say so.
    if (a.lead && b.lead && (a.toll || a.noun.empty() || (!a.generic && !b.generic)))
      why += "; each is its report's first figure of this kind";
    return why + dissent_why(items, members);
  }
  return "sources give incompatible values for the same counted thing in matching context";
}

}  // namespace fc::num_align
