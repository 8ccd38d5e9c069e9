// Event facts: the same action by the same agent on the same object, however each source words it.
#include <algorithm>
#include <map>
#include <set>

#include "align/align.h"
#include "align/mention_util.h"
#include "align/union_find.h"

namespace fc {
namespace {

std::string past(const std::string& action) {
  static const std::map<std::string, std::string> kPast = {
      {"meet", "met"}, {"speech", "gave a speech"}, {"call", "called"}, {"deny", "denied"},
      {"apologize", "apologized"}, {"propose", "proposed"}, {"invite", "invited"}, {"expel", "expelled"},
      {"annul", "annulled"}, {"raise_rate", "raised"}, {"cut_rate", "cut"}, {"hold_rate", "held"}, {"win", "won"},
      {"lose", "lost"}, {"investigate", "opened"}, {"acquit", "acquitted"}, {"veto", "vetoed"}, {"resign", "resigned"},
      {"arrest", "arrested"}};
  auto it = kPast.find(action);
  if (it != kPast.end()) return it->second;
  if (!action.empty() && action.back() == 'e') return action + "d";
  return action + "ed";
}

struct Item {
  size_t source = 0;
  const EventMention* e = nullptr;
};

// Splits a group where publication days jump by more than a week: a recall this year is not last year's.
// Undated sources join the largest stretch.
std::vector<std::vector<Item>> split_by_time(const std::vector<SourceFindings>& all, const std::vector<Item>& items) {
  std::vector<std::pair<long, Item>> dated;
  std::vector<Item> undated;
  for (const Item& it : items) {
    if (all[it.source].anchor) dated.push_back({days_from_civil(*all[it.source].anchor), it});
    else undated.push_back(it);
  }
  std::stable_sort(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::vector<Item>> out;
  for (size_t i = 0; i < dated.size(); ++i) {
    if (i == 0 || dated[i].first - dated[i - 1].first > 7) out.emplace_back();
    out.back().push_back(dated[i].second);
  }
  if (out.empty()) out.emplace_back();
  auto largest = std::max_element(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
  largest->insert(largest->end(), undated.begin(), undated.end());
  for (auto& chunk : out) {  // keep source order inside a fact
    std::stable_sort(chunk.begin(), chunk.end(), [](const Item& a, const Item& b) { return a.source < b.source; });
  }
  return out;
}

Fact make_fact(const std::vector<SourceFindings>& all, const std::vector<Item>& items) {
  Fact f;
  f.kind = "event";
  const EventMention* named = items.front().e;  // the label names the agent by a proper name when a source does
  for (const Item& it : items) {
    if (!it.e->agent.empty() && it.e->agent[0] != '~') { named = it.e; break; }
  }
  const EventMention& first = *named;
  f.label = (first.agent_name.empty() ? "" : first.agent_name + " ") + past(first.action) +
            (first.patient_name.empty() ? "" : " " + first.patient_name);
  std::map<std::string, std::vector<std::string>> wording;  // rule -> sources
  std::map<std::string, std::string> wording_text;          // rule -> first text
  std::set<size_t> sources, negated, affirmed;
  for (const Item& it : items) {
    const EventMention& e = *it.e;
    std::string value = (e.negated ? "not " : "") + e.action + " | " + e.agent_name +
                        (e.patient_name.empty() ? "" : " | " + e.patient_name);
    Mention m = make_mention(all[it.source], e.start, e.end, value, e.rule);
    m.extra = {{"action", e.action}, {"agent", e.agent_name}, {"patient", e.patient_name},
               {"negated", e.negated ? "true" : "false"}};
    auto& srcs = wording[e.rule];
    if (std::find(srcs.begin(), srcs.end(), m.source) == srcs.end()) srcs.push_back(m.source);
    wording_text.emplace(e.rule, e.text);
    f.mentions.push_back(std::move(m));
    sources.insert(it.source);
    (e.negated ? negated : affirmed).insert(it.source);
    std::string shown = e.negated ? "not " + past(e.action) : past(e.action);
    if (std::find(f.values.begin(), f.values.end(), shown) == f.values.end()) f.values.push_back(shown);
  }
  if (sources.size() < 2) {
    f.verdict = "single", f.why = "reported by one source only";
  } else if (!negated.empty() && !affirmed.empty()) {
    f.verdict = "conflict", f.why = "some sources say it happened, others say it did not";
  } else if (wording.size() > 1) {
    f.verdict = "variant", f.why = "same action, worded differently";
    for (const auto& [rule, srcs] : wording) f.variants.push_back({wording_text[rule], srcs});
  } else {
    f.verdict = "agree", f.why = "same action, agent and object in " + std::to_string(sources.size()) + " sources";
  }
  return f;
}

// Acts a story tells once, so that two mentions with no named agent are one event: "opened an investigation".
bool agentless_ok(const std::string& action, const std::string& patient) {
  return !patient.empty() && (action == "investigate" || action == "evacuate");
}

std::vector<std::string_view> key_words(std::string_view key) {
  if (!key.empty() && key[0] == '~') key.remove_prefix(1);
  std::vector<std::string_view> out;
  for (size_t i = 0; i <= key.size();) {
    size_t sp = std::min(key.find(' ', i), key.size());
    if (sp > i) out.push_back(key.substr(i, sp - i));
    i = sp + 1;
  }
  return out;
}

bool words_within(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  for (std::string_view w : x) if (std::find(y.begin(), y.end(), w) == y.end()) return false;
  return true;
}

// Agents of one action on one object, clustered: the same key, or a shorter name inside exactly one longer chain
// ("National Bank" and "the central bank" in "National Bank of Valoria"). A mention with no agent joins the only
// cluster there is. Clusters in order of their first item.
std::vector<std::vector<Item>> by_agent(const std::vector<Item>& items) {
  std::vector<std::string> keys;
  for (const Item& it : items) {
    if (!it.e->agent.empty() && std::find(keys.begin(), keys.end(), it.e->agent) == keys.end()) keys.push_back(it.e->agent);
  }
  UnionFind uf(keys.size() + 1);  // the last set holds agentless mentions
  for (size_t x = 0; x < keys.size(); ++x) {
    const auto wx = key_words(keys[x]);
    size_t largest = keys.size();
    std::vector<size_t> within;
    for (size_t y = 0; y < keys.size(); ++y) {
      if (y == x || !words_within(wx, key_words(keys[y]))) continue;
      within.push_back(y);
      if (largest == keys.size() || key_words(keys[y]).size() > key_words(keys[largest]).size()) largest = y;
    }
    bool chain = !within.empty();
    for (size_t y : within) chain = chain && words_within(key_words(keys[y]), key_words(keys[largest]));
    if (chain) uf.unite(x, largest);
  }
  std::vector<size_t> roots;
  for (size_t k = 0; k < keys.size(); ++k) if (std::find(roots.begin(), roots.end(), uf.find(k)) == roots.end()) roots.push_back(uf.find(k));
  if (roots.size() == 1) uf.unite(keys.size(), roots.front());
  std::vector<std::vector<Item>> out;
  std::map<size_t, size_t> slot;  // root -> index in out
  for (const Item& it : items) {
    size_t k = it.e->agent.empty() ? keys.size() : size_t(std::find(keys.begin(), keys.end(), it.e->agent) - keys.begin());
    auto [at, fresh] = slot.try_emplace(uf.find(k), out.size());
    if (fresh) out.emplace_back();
    out[at->second].push_back(it);
  }
  return out;
}

}  // namespace

std::vector<Fact> align_events(const std::vector<SourceFindings>& all) {
  std::map<std::string, std::vector<Item>> groups;  // blocked by action and object, then clustered by agent
  for (size_t s = 0; s < all.size(); ++s) {
    for (const EventMention& e : all[s].events) {
      // Without a known agent two mentions may be different events, save for acts news rarely tells twice.
      if (e.agent.empty() && !agentless_ok(e.action, e.patient)) continue;
      groups[e.action + "|" + e.patient].push_back({s, &e});
    }
  }
  std::vector<Fact> facts;
  for (const auto& [key, items] : groups) {
    for (const std::vector<Item>& same : by_agent(items)) {
      for (const std::vector<Item>& chunk : split_by_time(all, same)) facts.push_back(make_fact(all, chunk));
    }
  }
  return facts;
}

}  // namespace fc
