// Matching quotes across sources: candidate blocking by speaker and rare words, pair scoring, and
// sayings aligned inside matched longer quotes. Clusters never join two different known speakers.
#include <algorithm>
#include <unordered_map>

#include "align/mention_util.h"
#include "align/quotes_internal.h"
#include "core/sort.h"
#include "align/union_find.h"

namespace fc {
namespace qa {
namespace {

constexpr size_t kMaxPosting = 300;   // keys shared by more items than this do not propose candidates
constexpr size_t kMaxCandidates = 40;  // best candidates scored per item

double overlap(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(shared_ids(a, b)) / static_cast<double>(std::min(a.size(), b.size()));
}

double dice(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.empty() || b.empty()) return 0;
  return 2.0 * static_cast<double>(shared_ids(a, b)) / static_cast<double>(a.size() + b.size());
}

bool speakers_fit(const Item& a, const Item& b) { return a.speaker == 0 || b.speaker == 0 || a.speaker == b.speaker; }

// Whether a source's reported speech tells the words another source quotes: the same named speaker, and most of the
// quoted words found in order in the telling, two content words at least ("Berg said the plan would fail" and
// "The plan will fail," Berg said; not "Berg said she was tired").
bool tells_quote(const Item& reported, const Item& quote) {
  if (quote.kind == 'r' || reported.src == quote.src || reported.speaker == 0 || reported.speaker != quote.speaker)
    return false;
  // "Aylin Hosta said ..." tells nothing "Rauf Hosta" was quoted saying
  if (!reported.given.empty() && !quote.given.empty() && !same_given(reported.given, quote.given)) return false;
  const size_t n = quote.words.size();
  if (n < 2 || n > 2 * reported.words.size() + 2) return false;
  const double lcs = static_cast<double>(n <= reported.words.size() ? lcs_with(quote.lcs, reported.keys)
                                                                    : lcs_with(reported.lcs, quote.keys));
  return lcs / static_cast<double>(n) >= 0.6 && shared_ids(quote.content, reported.content) >= 2;
}

// Renderings of one speaker too free for the word-order rules: a translation sharing four content words or more, most
// of both ("a team of professionals who knew exactly what they were searching"), or a short quote whose every
// content word, two at least, is in the other and whose surroundings match ("it could be days, it could be months").
bool loose_rendering(const Item& a, const Item& b, double lcs, double cd, double ctx) {
  const size_t shared = shared_ids(a.content, b.content);
  const size_t lmin = std::min(a.words.size(), b.words.size()), lmax = std::max(a.words.size(), b.words.size());
  if (lmin >= 6 && cd >= 0.7 && shared >= 4 && lcs / static_cast<double>(lmin) >= 0.3) return true;
  const size_t fewer = std::min(a.content.size(), b.content.size());
  // a quote standing alone (\"…,\" she said) has no surrounding words to compare: nothing speaks against it
  const bool around = ctx >= 0.3 || a.context.empty() || b.context.empty();
  return lmax <= 10 && shared >= 2 && shared == fewer && lcs / static_cast<double>(lmin) >= 0.5 && around;
}

// Whether two quotes render one statement, from their words, their speakers and the words around them.
bool same_statement(const Item& a, const Item& b) {
  if (a.kind == 'r' || b.kind == 'r') return a.kind == 'r' ? tells_quote(a, b) : tells_quote(b, a);
  if (!speakers_fit(a, b)) return false;
  const size_t la = a.words.size(), lb = b.words.size();
  const size_t lmin = std::min(la, lb), lmax = std::max(la, lb);
  const bool same_speaker = a.speaker != 0 && a.speaker == b.speaker;
  const double ctx = overlap(a.context, b.context);
  if (a.words == b.words) return lmin >= 3 || same_speaker || ctx >= 0.3;
  if (a.src == b.src) return false;  // one source does not render its own quote twice differently
  const double lcs = static_cast<double>(la < lb ? lcs_with(a.lcs, b.keys) : lcs_with(b.lcs, a.keys));
  const double cd = dice(a.content, b.content);
  // an excerpt of a longer quote that holds sayings: the saying inside it is matched instead
  const Item& longer = la >= lb ? a : b;
  const bool excerpt = lmax >= 2 * lmin && lcs / static_cast<double>(lmin) >= 0.9;
  if (excerpt && !longer.children.empty()) return false;
  // most words in order and most content words shared (a shared frame with new content is a new statement)
  if (lmin >= 3 && lcs / static_cast<double>(lmax) >= 0.6 && cd >= 0.6) return true;
  if (lmin >= 4 && excerpt && cd >= 0.5) return true;  // one quotes part of the other
  // a partial quote of a few words (or a fragment of four or more, however marked) found word for word inside
  // the same speaker's quote
  const std::vector<uint32_t>& shorter = la >= lb ? b.words : a.words;
  const Item& brief = la >= lb ? b : a;
  const bool inside = std::search(longer.words.begin(), longer.words.end(), shorter.begin(), shorter.end()) != longer.words.end();
  if (same_speaker && lmin >= 2 && !brief.content.empty() && (brief.kind == 'p' || lmin >= 4) && inside) return true;
  // a fragment of three words or more, two of them content words, with no speaker given ("as he put it, 'never
  // stopped believing'"), found word for word inside another source's quote of a known speaker
  if (brief.speaker == 0 && longer.speaker != 0 && brief.kind == 'p' && lmin >= 3 && brief.content.size() >= 2 && inside)
    return true;
  // a freer translation by the same speaker: at least three content words shared
  const double shared = cd * static_cast<double>(a.content.size() + b.content.size()) / 2.0;
  if (same_speaker && lmin >= 4 && cd >= 0.45 && shared >= 2.5 && lcs / static_cast<double>(lmin) >= 0.4) return true;
  if (same_speaker && loose_rendering(a, b, lcs, cd, ctx)) return true;
  // a short saying rendered differently: same speaker, same shape, same surroundings
  const bool short_ones = a.kind != 'd' && b.kind != 'd' && lmax <= 12 && lmin * 2 >= lmax;
  // ("deep disappointment" and "deeply disappointed": other word forms, the same content stems)
  const bool same_stems = cd >= 0.999;
  return same_speaker && short_ones && (lcs / static_cast<double>(lmax) >= 0.4 || same_stems) && ctx >= 0.3;
}

// Index keys of an item: speaker, its whole wording (twice: it proposes a candidate on its own), content and context;
// each key is a kind tag in the high bits over a word id (the wording's id among all wordings).
void keys_of(const Item& it, uint32_t wording, std::vector<std::pair<uint64_t, uint32_t>>& out, uint32_t self) {
  auto add = [&](uint64_t tag, uint32_t id) { out.emplace_back(tag << 32 | id, self); };
  if (it.speaker != 0) add(1, it.speaker);
  add(2, wording);
  add(2, wording);
  for (uint32_t w : it.content) add(3, w);
  for (uint32_t w : it.context) add(4, w);
}

// Keeps the best candidates of one item: most shared keys first, then item order.
void best_first(std::vector<std::pair<size_t, size_t>>& ranked) {
  auto better = [](const auto& x, const auto& y) { return x.second != y.second ? x.second > y.second : x.first < y.first; };
  const size_t keep = std::min(ranked.size(), kMaxCandidates);
  if (keep < ranked.size()) std::nth_element(ranked.begin(), ranked.begin() + static_cast<long>(keep), ranked.end(), better);
  ranked.resize(keep);
  fc::sort_by(ranked.begin(), ranked.end(), better);
}

// Posting lists of index keys: `post` holds them one after another, `run[e]` is entry e's list in `post`.
struct Postings {
  std::vector<uint32_t> post;
  std::vector<std::pair<uint32_t, uint32_t>> run;
};

Postings postings(const std::vector<std::pair<uint64_t, uint32_t>>& entries) {
  std::vector<uint32_t> order(entries.size());
  for (size_t e = 0; e < order.size(); ++e) order[e] = static_cast<uint32_t>(e);
  fc::sort_by(order.begin(), order.end(), [&](uint32_t x, uint32_t y) { return entries[x].first < entries[y].first; });
  Postings p{std::vector<uint32_t>(order.size()), std::vector<std::pair<uint32_t, uint32_t>>(order.size())};
  for (size_t k = 0; k < order.size();) {
    size_t e = k;
    while (e < order.size() && entries[order[e]].first == entries[order[k]].first) ++e;
    for (size_t q = k; q < e; ++q) {
      p.post[q] = entries[order[q]].second;
      p.run[order[q]] = {static_cast<uint32_t>(k), static_cast<uint32_t>(e)};
    }
    k = e;
  }
  return p;
}

// Candidate pairs through an inverted index of speaker, wording, content and context keys: the (key, item) entries
// sorted by key give the posting lists, each a run of items in item order.
std::vector<std::pair<size_t, size_t>> candidates(const std::vector<Item>& items) {
  std::unordered_map<std::string, uint32_t> wordings;
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  for (size_t i = 0; i < items.size(); ++i) {
    const std::vector<uint32_t>& w = items[i].words;
    const std::string bytes(reinterpret_cast<const char*>(w.data()), w.size() * sizeof(uint32_t));
    const uint32_t wording = wordings.emplace(bytes, static_cast<uint32_t>(wordings.size())).first->second;
    keys_of(items[i], wording, entries, static_cast<uint32_t>(i));
  }
  const Postings lists = postings(entries);
  const std::vector<uint32_t>& post = lists.post;
  const std::vector<std::pair<uint32_t, uint32_t>>& run = lists.run;
  std::vector<std::pair<size_t, size_t>> out;
  std::vector<uint32_t> count(items.size(), 0), touched;
  std::vector<std::pair<size_t, size_t>> ranked;
  for (size_t k = 0; k < entries.size();) {
    const uint32_t i = entries[k].second;
    touched.clear();
    for (; k < entries.size() && entries[k].second == i; ++k) {
      if (run[k].second - run[k].first > kMaxPosting) continue;
      // a posting list holds its items in order: only those after i can pair with it
      const uint32_t* end = post.data() + run[k].second;
      for (const uint32_t* p = std::upper_bound(static_cast<const uint32_t*>(post.data()) + run[k].first, end, i); p != end; ++p) {
        if (count[*p]++ == 0) touched.push_back(*p);
      }
    }
    ranked.clear();  // only items sharing two keys qualify, so the others need no ranking
    for (uint32_t j : touched) {
      if (count[j] >= 2) ranked.emplace_back(j, count[j]);
      count[j] = 0;
    }
    best_first(ranked);
    for (const auto& r : ranked) out.emplace_back(i, r.first);
  }
  return out;
}

// Where the words [from, to) of quote `a` fall in quote `b`, through their common subsequence.
std::pair<size_t, size_t> project(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, size_t from,
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

bool same_given(const std::string& a, const std::string& b) {
  auto vowel = [](char c) { return std::string_view("aeiouy").find(c) != std::string_view::npos; };
  return a == b || (a.size() == b.size() && a.size() >= 3 && vowel(a[0]) && vowel(b[0]) && a.compare(1, a.npos, b, 1) == 0);
}

std::vector<size_t> cluster_items(const std::vector<Item>& items) {
  UnionFind uf(items.size());
  std::vector<uint32_t> speaker(items.size());  // known speaker of each cluster root
  for (size_t i = 0; i < items.size(); ++i) speaker[i] = items[i].speaker;
  auto join = [&](size_t a, size_t b) {
    size_t ra = uf.find(a), rb = uf.find(b);
    if (ra == rb) return;
    if (speaker[ra] != 0 && speaker[rb] != 0 && speaker[ra] != speaker[rb]) return;
    const uint32_t s = speaker[ra] == 0 ? speaker[rb] : speaker[ra];
    uf.unite(ra, rb);
    speaker[uf.find(ra)] = s;
  };
  std::vector<std::pair<size_t, size_t>> parents;
  for (const auto& c : candidates(items)) {
    const bool with_children = !items[c.first].children.empty() && !items[c.second].children.empty();
    if (!with_children && uf.find(c.first) == uf.find(c.second)) continue;  // already one statement
    if (!same_statement(items[c.first], items[c.second])) continue;
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
