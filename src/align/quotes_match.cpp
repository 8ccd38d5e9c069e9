// Matching quotes across sources: candidate blocking by speaker and rare words, pair scoring, and
// sayings aligned inside matched longer quotes. Clusters never join two different known speakers.
#include <algorithm>
#include <unordered_map>

#include "align/quotes_internal.h"
#include "align/union_find.h"

namespace fc {
namespace qa {
namespace {

constexpr size_t kMaxPosting = 300;   // keys shared by more items than this do not propose candidates
constexpr size_t kMaxCandidates = 40;  // best candidates scored per item

double overlap(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return static_cast<double>(shared.size()) / static_cast<double>(std::min(a.size(), b.size()));
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return 2.0 * static_cast<double>(shared.size()) / static_cast<double>(a.size() + b.size());
}

bool speakers_fit(const Item& a, const Item& b) {
  return a.speaker_key.empty() || b.speaker_key.empty() || a.speaker_key == b.speaker_key;
}

// Whether two quotes render one statement, from their words, their speakers and the words around them.
bool same_statement(const Item& a, const Item& b, const std::vector<SourceFindings>& all) {
  if (!speakers_fit(a, b)) return false;
  const size_t la = a.words.size(), lb = b.words.size();
  const size_t lmin = std::min(la, lb), lmax = std::max(la, lb);
  const bool same_speaker = !a.speaker_key.empty() && a.speaker_key == b.speaker_key;
  const double ctx = overlap(a.context, b.context);
  if (a.words == b.words) return lmin >= 3 || same_speaker || ctx >= 0.3;
  if (a.src == b.src) return false;  // one source does not render its own quote twice differently
  const double lcs = static_cast<double>(lcs_length(a.keys, b.keys));
  const double cd = dice(a.content, b.content);
  // an excerpt of a longer quote that holds sayings: the saying inside it is matched instead
  const Item& longer = la >= lb ? a : b;
  const bool excerpt = lmax >= 2 * lmin && lcs / static_cast<double>(lmin) >= 0.9;
  if (excerpt && !longer.children.empty()) return false;
  // most words in order and most content words shared (a shared frame with new content is a new statement)
  if (lmin >= 3 && lcs / static_cast<double>(lmax) >= 0.6 && cd >= 0.6) return true;
  if (lmin >= 4 && excerpt && cd >= 0.5) return true;  // one quotes part of the other
  // a partial quote of a few words found word for word inside the same speaker's quote
  const std::vector<std::string>& shorter = la >= lb ? b.words : a.words;
  const Item& brief = la >= lb ? b : a;
  if (same_speaker && lmin >= 2 && !brief.content.empty() && all[brief.src].quotes[brief.q].kind == "partial" &&
      std::search(longer.words.begin(), longer.words.end(), shorter.begin(), shorter.end()) != longer.words.end()) {
    return true;
  }
  // a freer translation by the same speaker: at least three content words shared
  const double shared = cd * static_cast<double>(a.content.size() + b.content.size()) / 2.0;
  if (same_speaker && lmin >= 4 && cd >= 0.45 && shared >= 2.5 && lcs / static_cast<double>(lmin) >= 0.4) return true;
  // a short saying rendered differently: same speaker, same shape, same surroundings
  const Quote& qa = all[a.src].quotes[a.q];
  const Quote& qb = all[b.src].quotes[b.q];
  const bool short_ones = qa.kind != "direct" && qb.kind != "direct" && lmax <= 12 && lmin * 2 >= lmax;
  return same_speaker && short_ones && lcs / static_cast<double>(lmax) >= 0.4 && ctx >= 0.3;
}

// Index keys of an item: speaker, its whole wording (twice: it proposes a candidate on its own), content and context.
std::vector<std::string> keys_of(const Item& it) {
  std::vector<std::string> keys;
  if (!it.speaker_key.empty()) keys.push_back("s:" + it.speaker_key);
  std::string whole = "t:";
  for (const auto& w : it.words) whole += w + " ";
  keys.push_back(whole);
  keys.push_back(whole);
  for (const auto& w : it.content) keys.push_back("w:" + w);
  for (const auto& w : it.context) keys.push_back("c:" + w);
  return keys;
}

// Candidate pairs through an inverted index of speaker, content and context keys.
std::vector<std::pair<size_t, size_t>> candidates(const std::vector<Item>& items) {
  std::unordered_map<std::string, std::vector<size_t>> index;
  std::vector<std::vector<const std::vector<size_t>*>> posts(items.size());  // each item's posting lists, by key
  for (size_t i = 0; i < items.size(); ++i) {
    for (const auto& k : keys_of(items[i])) {
      std::vector<size_t>& post = index[k];  // map nodes stay put, so the pointer outlives later inserts
      post.push_back(i);
      posts[i].push_back(&post);
    }
  }
  std::vector<std::pair<size_t, size_t>> out;
  std::vector<size_t> count(items.size(), 0), touched;
  for (size_t i = 0; i < items.size(); ++i) {
    touched.clear();
    for (const std::vector<size_t>* post : posts[i]) {
      if (post->size() > kMaxPosting) continue;
      for (size_t j : *post) if (j > i && count[j]++ == 0) touched.push_back(j);
    }
    std::vector<std::pair<size_t, size_t>> ranked;
    for (size_t j : touched) ranked.emplace_back(j, count[j]), count[j] = 0;
    std::sort(ranked.begin(), ranked.end(), [](auto& x, auto& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; });
    if (ranked.size() > kMaxCandidates) ranked.resize(kMaxCandidates);
    for (const auto& r : ranked) if (r.second >= 2) out.emplace_back(i, r.first);
  }
  return out;
}

// Where the words [from, to) of quote `a` fall in quote `b`, through their common subsequence.
std::pair<size_t, size_t> project(const std::vector<std::string>& a, const std::vector<std::string>& b, size_t from,
                                  size_t to) {
  const size_t n = std::min(a.size(), size_t{400}), m = std::min(b.size(), size_t{400});
  std::vector<std::vector<unsigned short>> dp(n + 1, std::vector<unsigned short>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      dp[i][j] = a[i] == b[j] ? static_cast<unsigned short>(dp[i + 1][j + 1] + 1) : std::max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  size_t lo = 0, hi = m;  // b positions after the last anchor before `from` and before the first after `to`
  bool hi_set = false;
  for (size_t i = 0, j = 0; i < n && j < m;) {
    if (a[i] == b[j] && dp[i][j] == dp[i + 1][j + 1] + 1) {
      if (i < from) lo = j + 1;
      if (i >= to && !hi_set) { hi = j; hi_set = true; }
      ++i;
      ++j;
    } else if (dp[i + 1][j] >= dp[i][j + 1]) {
      ++i;
    } else {
      ++j;
    }
  }
  return {lo, std::max(lo, hi)};
}

// Sayings at the same place of two matched longer quotes are one saying, whatever their words.
std::vector<std::pair<size_t, size_t>> align_children(const std::vector<Item>& items, size_t pa, size_t pb) {
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t ca : items[pa].children) {
    auto span = project(items[pa].keys, items[pb].keys, items[ca].child_from, items[ca].child_to);
    for (size_t cb : items[pb].children) {
      size_t lo = std::max(span.first, items[cb].child_from), hi = std::min(span.second, items[cb].child_to);
      size_t width = std::max<size_t>(1, items[cb].child_to - items[cb].child_from);
      if (hi > lo && (hi - lo) * 2 >= width) out.emplace_back(ca, cb);
    }
  }
  return out;
}

}  // namespace

std::vector<size_t> cluster_items(const std::vector<Item>& items, const std::vector<SourceFindings>& all) {
  UnionFind uf(items.size());
  std::vector<std::string> speaker(items.size());  // known speaker of each cluster root
  for (size_t i = 0; i < items.size(); ++i) speaker[i] = items[i].speaker_key;
  auto join = [&](size_t a, size_t b) {
    size_t ra = uf.find(a), rb = uf.find(b);
    if (ra == rb) return;
    if (!speaker[ra].empty() && !speaker[rb].empty() && speaker[ra] != speaker[rb]) return;
    std::string s = speaker[ra].empty() ? speaker[rb] : speaker[ra];
    uf.unite(ra, rb);
    speaker[uf.find(ra)] = s;
  };
  std::vector<std::pair<size_t, size_t>> parents;
  for (const auto& c : candidates(items)) {
    const bool with_children = !items[c.first].children.empty() && !items[c.second].children.empty();
    if (!with_children && uf.find(c.first) == uf.find(c.second)) continue;  // already one statement
    if (!same_statement(items[c.first], items[c.second], all)) continue;
    join(c.first, c.second);
    if (with_children) parents.push_back(c);
  }
  for (const auto& p : parents) {
    for (const auto& pair : align_children(items, p.first, p.second)) join(pair.first, pair.second);
  }
  std::vector<size_t> out(items.size());
  for (size_t i = 0; i < items.size(); ++i) out[i] = uf.find(i);
  return out;
}

}  // namespace qa
}  // namespace fc
