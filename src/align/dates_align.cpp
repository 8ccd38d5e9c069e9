// Date facts: the same event on the same day across sources, worded however ("Wednesday" / "March 17").
#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "align/align.h"
#include "core/sort.h"
#include "align/dates_align_items.h"
#include "compare/verdict.h"
#include "pipeline/anchor.h"

namespace fc {
namespace dates_align {
namespace {

// Buffers reused across the facts of one story.
struct FactScratch {
  std::vector<uint32_t> keys;
  std::vector<std::string_view> sources;
};

// The fact's label from the mention whose clause says most about the event: the first mention's clause can be a
// bare fragment ("When: some") where another source names the event in full. At most 8 mentions are read.
std::string best_label(const DateStory& story, const size_t* members, size_t count,
                       const std::vector<SourceFindings>& all) {
  std::string best;
  size_t best_words = 0;
  for (size_t k = 0; k < count && k < 8; ++k) {
    const DateItem& it = story.items[members[k]];
    std::string label = date_label(it.timex->start, it.timex->end, all[it.src]);
    const size_t words = static_cast<size_t>(std::count(label.begin(), label.end(), ' '));
    if (best.empty() || (words > best_words && best_words < 3)) {  // "When: " plus at most two words
      best = std::move(label);
      best_words = words;
    }
  }
  return best;
}

Fact make_fact(const size_t* members, size_t count, const DateStory& story, const std::vector<SourceFindings>& all,
               FactScratch& scratch) {
  Fact f;
  f.kind = "date";
  f.mentions.reserve(count);
  std::vector<uint32_t>& keys = scratch.keys;
  std::vector<std::string_view>& sources = scratch.sources;
  keys.clear();
  sources.clear();
  for (const size_t* i = members; i < members + count; ++i) {
    const DateItem& it = story.items[*i];
    const Timex& t = *it.timex;
    Mention& m = f.mentions.emplace_back();
    m.source = all[it.src].source->id;
    m.text = t.text;
    m.value = it.value();
    m.start = t.start;
    m.end = t.end;
    m.rule = t.rule;
    m.extra.reserve(it.year_from_story ? 2 : 1);
    m.extra.emplace_back("type", t.type);
    if (it.year_from_story) m.extra.emplace_back("year", "not in the source; taken from the story's latest publication date");
    keys.push_back(it.key);
    sources.push_back(all[it.src].source->id);
  }
  fc::sort_by(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  fc::sort_by(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  for (uint32_t k : keys) {
    const std::string_view key = story.keys[k];
    size_t pos = 0;
    while (pos <= key.size()) {
      const size_t bar = std::min(key.find('|', pos), key.size());
      const std::string_view v = key.substr(pos, bar - pos);
      if (std::find(f.values.begin(), f.values.end(), v) == f.values.end()) f.values.emplace_back(v);
      pos = bar + 1;
    }
  }
  f.label = best_label(story, members, count, all);
  decide_date_verdict(f, keys.size(), sources.size());
  agree_within_vague(f);
  explain_adjacent(f);
  return f;
}

}  // namespace
}  // namespace dates_align

std::vector<Fact> align_dates(const std::vector<SourceFindings>& all) {
  using namespace dates_align;
  const DateStory story = collect_dates(all);
  UnionFind uf(story.items.size());
  link_same_values(story, uf);
  link_nested_values(story, uf);
  detach_unmatched(story, uf);
  split_claims(story, uf);
  const DateFacts groups = join_lone_dissent(story, date_clusters(story, uf));
  std::vector<Fact> facts;
  facts.reserve(groups.start.size() - 1);
  FactScratch scratch;
  for (size_t k = 0; k + 1 < groups.start.size(); ++k) {
    const size_t first = groups.start[k];
    facts.push_back(make_fact(groups.items.data() + first, groups.start[k + 1] - first, story, all, scratch));
  }
  return facts;
}

}  // namespace fc
