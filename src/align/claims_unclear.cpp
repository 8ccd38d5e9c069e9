// Disagreeing values inside two sentences told as one claim (see claims_unclear.h).
#include "align/claims_unclear.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "core/sort.h"

#include "compare/verdict.h"

namespace fc {
namespace {

// The values of the date or number facts found inside a sentence: "2026-04-14", "EUR 3 million", "~2300 people".
std::vector<std::string_view> values_inside(const std::vector<SourceFindings>& all, const std::vector<Fact>& found,
                                            SentenceSpan c, const char* kind) {
  std::vector<std::string_view> out;
  for (const Fact& f : found) {
    if (f.kind != kind) continue;
    for (const Mention& m : f.mentions) {
      if (m.source == all[c.source].source->id && c.start <= m.start && m.end <= c.end) out.push_back(m.value);
    }
  }
  return out;
}

// Two date values that may be one day or period: equal, one within the other, or sharing an alternative
// ("2021-03-19|2021-03-22").
bool dates_fit(std::string_view a, std::string_view b) {
  auto each = [](std::string_view v, auto&& fn) {
    for (size_t from = 0; from <= v.size();) {
      const size_t bar = std::min(v.find('|', from), v.size());
      if (fn(v.substr(from, bar - from))) return true;
      from = bar + 1;
    }
    return false;
  };
  return each(a, [&](std::string_view x) {
    return each(b, [&](std::string_view y) { return x == y || date_within(x, y) || date_within(y, x); });
  });
}

// An exact figure's unit ("people", "EUR million") when the value is exact ("2300 people", "EUR 3 million"), else "".
std::string exact_unit(std::string_view v, std::string& number) {
  if (v.empty() || v[0] == '~' || v[0] == '<' || v[0] == '>') return "";
  const size_t sp = v.find(' ');
  if (sp == std::string_view::npos) return "";
  const bool code = sp == 3 && v[0] >= 'A' && v[0] <= 'Z';  // "EUR 3 million"
  const size_t num_end = code ? std::min(v.find(' ', sp + 1), v.size()) : sp;
  number = std::string(v.substr(code ? sp + 1 : 0, num_end - (code ? sp + 1 : 0)));
  if (number.empty() || number[0] == '~' || number[0] == '<' || number[0] == '>') return "";  // "EUR ~30000"
  if (number.find('-') != std::string::npos) return "";  // a range
  return code ? std::string(v.substr(0, 3)) + std::string(v.substr(num_end)) : std::string(v.substr(sp + 1));
}

}  // namespace

namespace {

// The first disagreement between the date values (dx, dy) and the number values (nx, ny) of two sentences.
Disagreement compare_values(const std::vector<std::string_view>& dx, const std::vector<std::string_view>& dy,
                            const std::vector<std::string_view>& nx, const std::vector<std::string_view>& ny) {
  bool any_fit = false;
  for (std::string_view a : dx) for (std::string_view b : dy) any_fit = any_fit || dates_fit(a, b);
  if (!dx.empty() && !dy.empty() && !any_fit) {
    return {"different dates", std::string(dx.front()), std::string(dy.front())};
  }
  for (std::string_view a : nx) {
    std::string va, vb;
    const std::string unit = exact_unit(a, va);
    if (unit.empty()) continue;
    bool same_unit = false, same_value = false;
    std::string_view other;
    for (std::string_view b : ny) {
      if (exact_unit(b, vb) != unit) continue;
      same_unit = true, other = b;
      same_value = same_value || vb == va;
    }
    if (same_unit && !same_value) return {"different figures", std::string(a), std::string(other)};
  }
  return {};
}

// Rules of facts that are not told events but sentences alike; similar statements are checked where they are made.
bool sentence_rule(const Fact& f) {
  for (const Mention& m : f.mentions) {
    if (m.rule == "similar-statement" || m.rule == "shared-wording") return true;
  }
  return false;
}

// The sentence holding each source's first mention of `f`, at most `limit` sources, in mention order.
std::vector<SentenceSpan> first_sentences(const std::vector<SourceFindings>& all,
                                          const std::unordered_map<std::string_view, uint32_t>& by_id, const Fact& f,
                                          size_t limit) {
  std::vector<SentenceSpan> out;
  for (const Mention& m : f.mentions) {
    auto at = by_id.find(m.source);
    if (at == by_id.end() || out.size() >= limit) continue;
    if (std::any_of(out.begin(), out.end(), [&](const SentenceSpan& s) { return s.source == at->second; })) continue;
    const TextIndex& idx = all[at->second].index;
    if (idx.sentences.empty()) continue;
    const Sentence& s = idx.sentences[idx.sentence_at(m.start)];
    out.push_back({at->second, s.start, s.end});
  }
  return out;
}

}  // namespace

Disagreement values_disagree(const std::vector<SourceFindings>& all, const std::vector<Fact>& found, SentenceSpan x,
                             SentenceSpan y) {
  return compare_values(values_inside(all, found, x, "date"), values_inside(all, found, y, "date"),
                        values_inside(all, found, x, "number"), values_inside(all, found, y, "number"));
}

ValueIndex::ValueIndex(const std::vector<SourceFindings>& all, const std::vector<Fact>& found)
    : by_source_(all.size()) {
  std::unordered_map<std::string_view, uint32_t> by_id;
  for (uint32_t i = 0; i < all.size(); ++i) by_id.emplace(all[i].source->id, i);
  size_t order = 0;
  for (const Fact& f : found) {
    const bool date = f.kind == "date";
    if (!date && f.kind != "number") continue;
    for (const Mention& m : f.mentions) {
      auto at = by_id.find(m.source);
      if (at != by_id.end()) by_source_[at->second].push_back({m.start, m.end, order, date, m.value});
      ++order;
    }
  }
  for (std::vector<Entry>& v : by_source_) {
    sort_by(v.begin(), v.end(), [](const Entry& a, const Entry& b) { return a.start < b.start; });
  }
}

std::vector<std::string_view> ValueIndex::inside(SentenceSpan c, bool date) const {
  const std::vector<Entry>& v = by_source_[c.source];
  auto it = std::lower_bound(v.begin(), v.end(), c.start, [](const Entry& e, size_t pos) { return e.start < pos; });
  std::vector<const Entry*> hits;
  for (; it != v.end() && it->start < c.end; ++it) {
    if (it->date == date && it->end <= c.end) hits.push_back(&*it);
  }
  sort_by(hits.begin(), hits.end(), [](const Entry* a, const Entry* b) { return a->order < b->order; });
  std::vector<std::string_view> out;
  for (const Entry* e : hits) out.push_back(e->value);
  return out;
}

Disagreement ValueIndex::disagree(SentenceSpan x, SentenceSpan y, bool dates) const {
  const std::vector<std::string_view> none;
  return compare_values(dates ? inside(x, true) : none, dates ? inside(y, true) : none, inside(x, false),
                        inside(y, false));
}

void mark_unclear_events(const std::vector<SourceFindings>& all, std::vector<Fact>& facts) {
  constexpr size_t kSources = 16;  // pairs among the first sources of a fact: a big story's fact holds hundreds
  const ValueIndex index(all, facts);
  std::unordered_map<std::string_view, uint32_t> by_id;
  for (uint32_t i = 0; i < all.size(); ++i) by_id.emplace(all[i].source->id, i);
  for (Fact& f : facts) {
    if (f.kind != "event" || (f.verdict != "agree" && f.verdict != "variant") || sentence_rule(f)) continue;
    const std::vector<SentenceSpan> s = first_sentences(all, by_id, f, kSources);
    std::string what;
    for (size_t x = 0; x < s.size(); ++x) {
      for (size_t y = x + 1; y < s.size(); ++y) {
        const Disagreement d = index.disagree(s[x], s[y], false);
        if (d.what.empty()) continue;
        f.flags.push_back("unclear: " + all[s[x].source].source->id + " and " + all[s[y].source].source->id +
                          " give " + d.what + " (" + d.a + " / " + d.b + ")");
        if (what.empty()) what = d.what;
      }
    }
    if (!what.empty()) f.label += " (unclear: " + what + ")";
  }
}

}  // namespace fc
