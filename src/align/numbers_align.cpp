// Number facts: mentions blocked by what they count, clustered by compatible values and shared context.
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <numeric>

#include "align/align.h"
#include "align/mention_util.h"
#include "extract/number_tables.h"
#include "extract/words.h"

namespace fc {
namespace {

// Mentions of one counted thing taken from one source; keeps tables and pathological input near-linear.
constexpr size_t kMaxPerSourceBlock = 40;

// One number mention ready for clustering: its range in base units and its sentence context.
struct NumItem {
  size_t source = 0;
  const NumberMention* m = nullptr;
  double low = 0, high = 0;
  std::set<std::string> ctx;
  std::set<std::string> other_numbers;  // digits elsewhere in the sentence ("7,114.3" in "... to end at 7,114.3")
  bool crowded = false;                 // another mention of the same counted thing in the same sentence
};

struct Cluster {
  std::vector<size_t> items;
  double low = 0, high = 0;  // intersection of the members' ranges
  std::set<size_t> sources;
  bool vague = false;
};

// Block key: the counted noun in base units ("decade" -> "year") and the unit; "" when nothing is counted.
std::string block_key(const NumberMention& m, double* factor) {
  *factor = 1;
  std::string counts = m.counts;
  auto conv = num_tables().convert.find(counts);
  if (conv != num_tables().convert.end()) counts = conv->second.base, *factor = conv->second.factor;
  if (counts.empty() && m.unit.empty()) return "";
  if (m.rule.find("num.ord") != std::string::npos) return "";  // ordinals name a rank, not an amount
  return m.unit + "|" + counts;
}

bool overlaps(double lo1, double hi1, double lo2, double hi2) {
  double tol = 1e-9 * std::max(std::fabs(lo1), std::fabs(lo2));  // floating point only: 19.9% is not 20%
  return lo1 <= hi2 + tol && lo2 <= hi1 + tol;
}

// Both sentences name a day and no day is common: "fell 89 points on Monday" vs "251 points on Thursday".
bool day_mismatch(const NumItem& a, const NumItem& b) {
  static const char* const kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "yesterday", "today"};
  bool a_day = false, b_day = false, common = false;
  for (const char* d : kDays) {
    bool in_a = a.ctx.count(d) > 0, in_b = b.ctx.count(d) > 0;
    a_day = a_day || in_a, b_day = b_day || in_b, common = common || (in_a && in_b);
  }
  return a_day && b_day && !common;
}

// Shared context words between two mentions of different sources (0 when their days differ).
size_t evidence(const NumItem& a, const NumItem& b, const std::string& counts) {
  return a.source == b.source ? 0 : shared_words(a.ctx, b.ctx, counts);
}

// A wide vague value ("dozens", "more than 200") needs more context to agree than "about 210".
bool wide(const NumberMention& m) {
  return m.rule.find("num.vague.") != std::string::npos || (!m.value.empty() && (m.value[0] == '>' || m.value[0] == '<')) ||
         m.value.find(" >") != std::string::npos || m.value.find(" <") != std::string::npos;
}

// True if some member (of the first 16, enough evidence and near-linear) shares `need` words with `it`.
bool supported(const std::vector<NumItem>& items, const Cluster& c, const NumItem& it, const std::string& counts,
               size_t need) {
  size_t seen = 0;
  for (size_t k : c.items) {
    if (++seen > 16) break;
    if (evidence(items[k], it, counts) >= need) return true;
  }
  return false;
}

// Second pass so the result does not hang on source order: merge compatible clusters any pair supports.
void merge_supported(const std::vector<NumItem>& items, std::vector<Cluster>& clusters, const std::string& counts) {
  for (size_t a = 0; a < clusters.size(); ++a) {
    for (size_t b = a + 1; b < clusters.size();) {
      Cluster& x = clusters[a];
      const Cluster& y = clusters[b];
      size_t need = 2 + (counts.empty() ? 1 : 0) + ((x.vague || y.vague) ? 1 : 0);
      bool ok = false;
      if (overlaps(x.low, x.high, y.low, y.high)) {
        for (size_t n = 0; n < y.items.size() && n < 16 && !ok; ++n) ok = supported(items, x, items[y.items[n]], counts, need);
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
  for (size_t k : block) {
    const NumItem& it = items[k];
    Cluster* home = nullptr;
    for (Cluster& c : clusters) {
      if (!overlaps(c.low, c.high, it.low, it.high)) continue;
      // Agreement needs shared words: 2, one more without a counted noun, one more if a value is vague.
      size_t need = 2 + (counts.empty() ? 1 : 0) + ((c.vague || wide(*it.m)) ? 1 : 0);
      bool same_source_only = c.sources.size() == 1 && c.sources.count(it.source);
      if (same_source_only ? it.low == c.low && it.high == c.high : supported(items, c, it, counts, need)) {
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
    home->vague = home->vague || wide(*it.m);
  }
  merge_supported(items, clusters, counts);
  return clusters;
}

// One sentence says a figure went up and the other that it went down: two movements, not one fact.
bool opposite_direction(const NumItem& a, const NumItem& b) {
  static const char* const kUp[] = {"rose", "rise", "rises", "gained", "gain", "climbed", "increase", "increased", "jumped", "up"};
  static const char* const kDown[] = {"fell", "fall", "falls", "dropped", "drop", "lost", "declined", "decrease", "slid", "down"};
  auto any = [](const std::set<std::string>& ctx, const char* const* words, size_t n) {
    for (size_t i = 0; i < n; ++i) if (ctx.count(words[i])) return true;
    return false;
  };
  bool a_up = any(a.ctx, kUp, 10), a_down = any(a.ctx, kDown, 10);
  bool b_up = any(b.ctx, kUp, 10), b_down = any(b.ctx, kDown, 10);
  return (a_up && !a_down && b_down && !b_up) || (a_down && !a_up && b_up && !b_down);
}

// Strong evidence two mentions state the same fact: many shared words, no differing day, same news day.
bool same_fact(const std::vector<SourceFindings>& all, const NumItem& a, const NumItem& b, const std::string& counts) {
  if (a.crowded || b.crowded) return false;  // "Nasdaq lost 54 points, the S&P 30 points": which is which?
  if (!a.other_numbers.empty() && !b.other_numbers.empty()) {
    // The sentences report different figures around it (levels, times, shares): a different day or report.
    auto subset = [](const std::set<std::string>& x, const std::set<std::string>& y) {
      for (const std::string& n : x) if (!y.count(n)) return false;
      return true;
    };
    if (!subset(a.other_numbers, b.other_numbers) && !subset(b.other_numbers, a.other_numbers)) return false;
  }
  if (opposite_direction(a, b)) return false;  // "rose by 392 points" and "dropped 323 points" are two moves
  size_t shared = day_mismatch(a, b) ? 0 : evidence(a, b, counts);
  size_t smaller = std::min(a.ctx.size(), b.ctx.size());
  if (shared < 3 || shared * 5 < smaller * 2) return false;
  const auto& da = all[a.source].anchor;
  const auto& db = all[b.source].anchor;
  // A later report may update a count (a death toll rises): only same-day reports can conflict.
  return !(da && db && std::labs(days_from_civil(*da) - days_from_civil(*db)) > 1);
}

// Two clusters state incompatible values for the same thing: precise values, no shared source, strong context.
bool conflicting(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items, const Cluster& a,
                 const Cluster& b, const std::set<size_t>& group_sources, const std::string& counts) {
  if (counts.empty() || overlaps(a.low, a.high, b.low, b.high)) return false;
  for (size_t s : b.sources) if (group_sources.count(s)) return false;
  for (const Cluster* c : {&a, &b}) {
    for (size_t k : c->items) if (items[k].m->vague) return false;
  }
  for (size_t i : a.items) {
    for (size_t j : b.items) {
      if (same_fact(all, items[i], items[j], counts)) return true;
    }
  }
  return false;
}

// The words right after a number, up to the next punctuation, so a reader sees what it is about:
// "more than four decades in politics" -> "in politics". Empty if they are only function words.
std::string context_hint(const SourceFindings& f, const NumberMention& m) {
  const TextIndex& idx = f.index;
  if (idx.sentences.empty() || !f.source) return "";
  const Sentence& s = idx.sentences[idx.sentence_at(m.start)];
  size_t first = 0, last = 0, n = 0;
  bool skip_counts = m.unit == "percent" && !m.counts.empty();  // "40% of homes in the province"
  for (size_t i = s.first_token; i < s.end_token && i < idx.tokens.size() && n < 4; ++i) {
    const Token& t = idx.tokens[i];
    if (t.start < m.end) continue;
    if (t.kind != TokenKind::kWord) break;
    if (skip_counts) {
      skip_counts = noun_lemma(t.norm) != m.counts;
      continue;
    }
    if (n++ == 0) first = t.start;
    if (!is_function_word(t.norm)) last = t.end;  // end on a content word: "were evacuated", not "... from the"
  }
  if (last == 0) return "";
  return f.source->text.substr(first, last - first);
}

std::string label_for(const NumberMention& m) {
  if (m.unit == "percent") return m.counts.empty() ? "Percentage" : "Percentage of " + noun_plural(m.counts);
  if (!m.unit.empty()) return "Amount in " + m.unit + (m.counts.empty() ? "" : " (" + m.counts + ")");
  return "Number of " + noun_plural(m.counts);
}

Fact make_fact(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
               const std::vector<size_t>& members, bool conflict) {
  Fact f;
  f.kind = "number";
  const NumItem& first = items[members.front()];
  f.label = label_for(*first.m);
  std::string hint = context_hint(all[first.source], *first.m);
  if (!hint.empty()) f.label += " (" + hint + ")";
  std::set<size_t> sources;
  bool vague = false;
  for (size_t k : members) {
    const NumberMention& m = *items[k].m;
    Mention men = make_mention(all[items[k].source], m.start, m.end, m.value, m.rule);
    men.extra = {{"counts", m.counts}, {"unit", m.unit}, {"vague", m.vague ? "true" : "false"}};
    f.mentions.push_back(std::move(men));
    if (std::find(f.values.begin(), f.values.end(), m.value) == f.values.end()) f.values.push_back(m.value);
    sources.insert(items[k].source);
    vague = vague || m.vague;
  }
  if (conflict) {
    f.verdict = "conflict";
    f.why = "sources give incompatible values for the same counted thing in matching context";
  } else if (sources.size() < 2) {
    f.verdict = "single";
    f.why = "only one source states this number";
  } else {
    f.verdict = "agree";
    f.why = f.values.size() == 1 ? "same value in every source"
                                 : vague ? "vague and precise values are compatible" : "same value, written differently";
  }
  return f;
}

// Fills the other numbers of each mention's sentence and marks sentences with two mentions of one counted thing.
void mark_sentence_facts(const std::vector<SourceFindings>& all, std::vector<NumItem>& items,
                         const std::map<std::string, std::vector<size_t>>& blocks) {
  for (const auto& kv : blocks) {
    std::map<std::pair<size_t, size_t>, std::vector<size_t>> by_sentence;
    for (size_t k : kv.second) {
      const TextIndex& idx = all[items[k].source].index;
      if (!idx.sentences.empty()) by_sentence[{items[k].source, idx.sentence_at(items[k].m->start)}].push_back(k);
    }
    for (const auto& [where, ks] : by_sentence) {
      std::set<double> values;
      for (size_t k : ks) values.insert(items[k].low);
      for (size_t k : ks) items[k].crowded = values.size() > 1;
    }
  }
  for (NumItem& it : items) {
    const TextIndex& idx = all[it.source].index;
    if (idx.sentences.empty()) continue;
    const Sentence& s = idx.sentences[idx.sentence_at(it.m->start)];
    for (size_t i = s.first_token; i < s.end_token && i < idx.tokens.size(); ++i) {
      const Token& t = idx.tokens[i];
      if (t.kind == TokenKind::kNumber && (t.end <= it.m->start || t.start >= it.m->end)) it.other_numbers.insert(t.norm);
    }
  }
}

}  // namespace

std::vector<Fact> align_numbers(const std::vector<SourceFindings>& all) {
  std::vector<NumItem> items;
  std::map<std::string, std::vector<size_t>> blocks;
  std::map<std::pair<size_t, size_t>, std::set<std::string>> ctx_cache;  // (source, sentence) -> words
  for (size_t s = 0; s < all.size(); ++s) {
    std::map<std::string, size_t> per_block;  // a source with dozens of counts of one noun holds a table, not prose
    for (const NumberMention& m : all[s].numbers) {
      double factor = 1;
      std::string key = block_key(m, &factor);
      if (key.empty() || ++per_block[key] > kMaxPerSourceBlock) continue;
      blocks[key].push_back(items.size());
      items.push_back({s, &m, m.low * factor, m.high * factor, {}, {}, false});
      size_t sent = all[s].index.sentences.empty() ? 0 : all[s].index.sentence_at(m.start);
      auto cached = ctx_cache.find({s, sent});
      if (cached == ctx_cache.end()) cached = ctx_cache.emplace(std::make_pair(s, sent), sentence_words(all[s], m.start)).first;
      items.back().ctx = cached->second;
    }
  }
  mark_sentence_facts(all, items, blocks);
  std::vector<Fact> facts;
  for (const auto& [key, block] : blocks) {
    std::string counts = key.substr(key.find('|') + 1);
    std::vector<Cluster> clusters = cluster_block(items, block, counts);
    std::vector<size_t> parent(clusters.size());
    std::iota(parent.begin(), parent.end(), 0);
    for (size_t a = 0; a < clusters.size(); ++a) {
      if (parent[a] != a) continue;
      std::set<size_t> group_sources = clusters[a].sources;
      for (size_t b = a + 1; b < clusters.size(); ++b) {
        if (parent[b] != b || !conflicting(all, items, clusters[a], clusters[b], group_sources, counts)) continue;
        parent[b] = a;
        group_sources.insert(clusters[b].sources.begin(), clusters[b].sources.end());
      }
    }
    for (size_t a = 0; a < clusters.size(); ++a) {
      if (parent[a] != a) continue;
      std::vector<size_t> members = clusters[a].items;
      bool conflict = false;
      for (size_t b = a + 1; b < clusters.size(); ++b) {
        if (parent[b] != a) continue;
        members.insert(members.end(), clusters[b].items.begin(), clusters[b].items.end());
        conflict = true;
      }
      facts.push_back(make_fact(all, items, members, conflict));
    }
  }
  return facts;
}

}  // namespace fc
