// One speaker's statement rendered too freely for the word-order rules (shortened, reworded, translated): two quotes
// of the same known speaker in different sources join when the content words they share carry most of the weight of
// the shorter one, each word weighted by how rare it is in the story; the best-scoring pairs join first, and a
// statement never takes a second quote from a source it already holds, so two statements of one speaker stay apart.
#include <algorithm>
#include <cmath>
#include <vector>

#include "align/quotes_internal.h"
#include "align/union_find.h"
#include "core/sort.h"

namespace fc {
namespace qa {
namespace {

constexpr double kMinShare = 0.34;  // weighted share of the shorter quote's content that must be shared
constexpr double kMinToldShare = 0.5;  // the same when one side is reported speech, which words its own sentence
constexpr size_t kFragment = 2;  // content words of a quote this short make it a fragment
constexpr size_t kWholeStory = 24;  // inputs of more sources count rarity over the quoting sources only
constexpr size_t kMaxPairs = 4000;  // same-speaker pairs scored at most (a long text quoting one person often)

// Story-wide rarity of each content stem (over the sources `use` marks), by word id: ln(sentences / sentences holding it), so a word every source
// repeats (the company's name, "euro" in a bank story) weighs little and a word only the quote uses weighs much;
// -1 for a stem no sentence holds. Counted in vectors by id: a hash map per token would cost more than the rest.
std::vector<double> rarity(const std::vector<SourceFindings>& all, const std::vector<bool>& use, Vocab& vocab) {
  std::vector<uint32_t> seen, last;  // by stem id: sentences holding it, and the last sentence counted (1-based)
  uint32_t sentences = 0;
  for (size_t src = 0; src < all.size(); ++src) {
    if (!use[src]) continue;
    const SourceFindings& f = all[src];
    for (const Sentence& s : f.index.sentences) {
      ++sentences;
      for (size_t t = s.first_token; t < s.end_token && t < f.index.tokens.size(); ++t) {
        const Token& tok = f.index.tokens[t];
        if (tok.kind != TokenKind::kWord) continue;
        const uint32_t stem = vocab.context_stem(tok.norm);
        if (stem == Vocab::kNone) continue;
        if (stem >= seen.size()) seen.resize(stem + 1024, 0), last.resize(stem + 1024, 0);
        if (last[stem] != sentences) ++seen[stem], last[stem] = sentences;
      }
    }
  }
  std::vector<double> out(seen.size(), -1.0);
  for (size_t id = 0; id < seen.size(); ++id) {
    if (seen[id] > 0) out[id] = std::log((static_cast<double>(sentences) + 1.0) / static_cast<double>(seen[id]));
  }
  return out;
}

double weight_of(const std::vector<double>& w, uint32_t stem, double rare) {
  return stem < w.size() && w[stem] >= 0 ? w[stem] : rare;
}

struct Scored {
  size_t a = 0, b = 0;
  double share = 0;
};

// Weighted share of the shorter quote's content found in the other, 0 when fewer than two content words are shared.
double share_of(const std::vector<uint32_t>& ac, const std::vector<uint32_t>& bc, const std::vector<double>& w,
                double rare) {
  double wa = 0, wb = 0, both = 0;
  size_t shared = 0;
  for (uint32_t s : ac) wa += weight_of(w, s, rare);
  for (uint32_t s : bc) wb += weight_of(w, s, rare);
  for (size_t i = 0, j = 0; i < ac.size() && j < bc.size();) {
    if (ac[i] < bc[j]) ++i;
    else if (bc[j] < ac[i]) ++j;
    else both += weight_of(w, ac[i], rare), ++shared, ++i, ++j;
  }
  if (shared < 2 || wa <= 0 || wb <= 0) return 0;
  return both / std::min(wa, wb);
}

// True when the shorter quote is a fragment of a few content words and one of the words it shares is common in the
// story ("comments", "euro"): two words, one of them common, say too little to tell one statement from another.
// A word is common below weight `common`: held by more sentences than the story has sources, plus one.
bool thin_fragment(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, const std::vector<double>& w,
                   double rare, double common) {
  const std::vector<uint32_t>& s = a.size() <= b.size() ? a : b;
  const std::vector<uint32_t>& l = &s == &a ? b : a;
  if (s.size() > kFragment) return false;
  for (uint32_t c : s) {
    if (std::binary_search(l.begin(), l.end(), c) && weight_of(w, c, rare) < common) return true;
  }
  return false;
}

// Same-speaker pairs of quotes in different sources and different statements so far (one of them may be reported
// speech, never both: reported speech joins only what some source quotes).
std::vector<std::pair<size_t, size_t>> open_pairs(const std::vector<Item>& items, UnionFind& uf) {
  std::vector<size_t> order;
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].speaker != 0) order.push_back(i);
  }
  fc::sort_by(order.begin(), order.end(), [&](size_t x, size_t y) {
    return items[x].speaker != items[y].speaker ? items[x].speaker < items[y].speaker : x < y;
  });
  std::vector<std::pair<size_t, size_t>> out;
  for (size_t k = 0; k < order.size(); ++k) {
    for (size_t l = k + 1; l < order.size() && items[order[l]].speaker == items[order[k]].speaker; ++l) {
      const Item& a = items[order[k]];
      const Item& b = items[order[l]];
      if (a.src == b.src || uf.find(order[k]) == uf.find(order[l]) || (a.kind == 'r' && b.kind == 'r')) continue;
      if (!a.given.empty() && !b.given.empty() && !same_given(a.given, b.given)) continue;  // namesakes
      out.emplace_back(order[k], order[l]);
      if (out.size() >= kMaxPairs) return out;
    }
  }
  return out;
}

}  // namespace

std::vector<size_t> join_rare_renderings(const std::vector<Item>& items, const std::vector<size_t>& cluster,
                                         const std::vector<SourceFindings>& all, Vocab& vocab) {
  UnionFind uf(items.size());
  for (size_t i = 0; i < items.size(); ++i) uf.unite(i, cluster[i]);
  const std::vector<std::pair<size_t, size_t>> pairs = open_pairs(items, uf);
  if (pairs.empty()) return cluster;
  // the story is all sources, or in a very large input the sources quoting the speakers in question
  std::vector<bool> use(all.size(), all.size() <= kWholeStory);
  for (const auto& p : pairs) use[items[p.first].src] = use[items[p.second].src] = true;
  const std::vector<double> w = rarity(all, use, vocab);
  double rare = 0;  // a stem no sentence holds (a synonym key): as rare as the rarest word
  for (double x : w) rare = std::max(rare, x);
  // rare is ln(sentences + 1) (some word is in one sentence only): a word in more than sources + 1 sentences is common
  const double common = rare - std::log(static_cast<double>(std::count(use.begin(), use.end(), true)) + 1.0);
  std::vector<bool> need(items.size(), false);  // items of some open pair
  for (const auto& p : pairs) need[p.first] = need[p.second] = true;
  const std::vector<std::vector<uint32_t>> forms = rendering_forms(items, need, all, vocab);
  std::vector<Scored> scored;
  for (const auto& p : pairs) {
    const std::vector<uint32_t>& a = forms[p.first];
    const std::vector<uint32_t>& b = forms[p.second];
    const double s = share_of(a, b, w, rare);
    const bool told = items[p.first].kind == 'r' || items[p.second].kind == 'r';  // reported speech: a higher bar
    if (s < (told ? kMinToldShare : kMinShare) || thin_fragment(a, b, w, rare, common)) continue;
    scored.push_back({p.first, p.second, s});
  }
  fc::sort_by(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
    return x.share != y.share ? x.share > y.share : (x.a != y.a ? x.a < y.a : x.b < y.b);
  });
  // sources of each statement: a statement holds one rendering per source
  std::vector<std::vector<size_t>> sources(items.size());
  for (size_t i = 0; i < items.size(); ++i) sources[uf.find(i)].push_back(items[i].src);
  for (auto& s : sources) std::sort(s.begin(), s.end()), s.erase(std::unique(s.begin(), s.end()), s.end());
  bool joined = false;
  for (const Scored& s : scored) {
    const size_t ra = uf.find(s.a), rb = uf.find(s.b);
    if (ra == rb) continue;
    std::vector<size_t> merged;
    std::set_union(sources[ra].begin(), sources[ra].end(), sources[rb].begin(), sources[rb].end(), std::back_inserter(merged));
    if (merged.size() != sources[ra].size() + sources[rb].size()) continue;  // a source would say it twice
    uf.unite(ra, rb);
    joined = true;
    sources[uf.find(ra)] = std::move(merged);
  }
  if (!joined) return cluster;  // the statements as they were, ids and all
  std::vector<size_t> out(items.size());
  for (size_t i = 0; i < items.size(); ++i) out[i] = uf.find(i);
  return out;
}

}  // namespace qa
}  // namespace fc
