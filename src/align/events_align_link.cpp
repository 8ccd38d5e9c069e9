// Event alignment: linking mentions of one action whose agents fit and whose participants overlap.
#include "align/events_align_link.h"

#include <algorithm>
#include <map>

#include "align/union_find.h"

namespace fc {
namespace {

enum class AgentFit { kNone, kWeak, kUnknown, kSame };

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

// Same name (or one inside the other: "National Bank" in "National Bank of Valoria"); unknown when one source
// names no agent; weak when a common noun ("the regulators") meets another agent; none for two different names.
AgentFit agent_fit(const std::string& x, const std::string& y) {
  if (x.empty() || y.empty()) return AgentFit::kUnknown;
  if (x == y) return AgentFit::kSame;
  auto kx = key_words(x), ky = key_words(y);
  if (words_within(kx, ky) || words_within(ky, kx)) return AgentFit::kSame;
  return x[0] == '~' || y[0] == '~' ? AgentFit::kWeak : AgentFit::kNone;
}

// Objects that stand for a named place the other source gives: "visited the flooded town" / "toured Brezno".
bool generic_object(const std::string& p) {
  static const char* kGeneric[] = {"", "town", "city", "village", "area", "region", "country", "site", "place",
                                   "capital", "scene", "district", "province"};
  return std::find(std::begin(kGeneric), std::end(kGeneric), p) != std::end(kGeneric);
}

// Acts a story tells once, so that the same object is enough without a named agent: "opened an investigation".
bool told_once(const std::string& action) {
  return action == "investigate" || action == "evacuate" || action == "emergency";
}

bool linked(const EventMention& x, const EventMention& y) {
  const AgentFit fit = agent_fit(x.agent, y.agent);
  if (fit == AgentFit::kNone) return false;
  if ((x.negated || y.negated) && (fit != AgentFit::kSame || x.agent[0] == '~' || y.agent[0] == '~')) return false;
  const std::vector<std::string> common = shared_words(x, y);
  const size_t n = common.size();
  // The object itself shared, not a word beside it: "approved the law" / "the law ... in force".
  const bool object_shared = std::count(common.begin(), common.end(), x.patient) > 0 ||
                             std::count(common.begin(), common.end(), y.patient) > 0;
  const bool same_object = !x.patient.empty() && x.patient == y.patient;
  if (told_once(x.action) && same_object) return true;
  if (fit == AgentFit::kSame) {
    bool named = x.agent[0] != '~' && y.agent[0] != '~';
    return n >= 1 || same_object || (named && (generic_object(x.patient) || generic_object(y.patient)));
  }
  return object_shared && (fit == AgentFit::kUnknown || n >= 2);
}

// True if the named agents of the candidates i links to include two different names: i could be either.
bool ambiguous(const std::vector<EventItem>& items, size_t i, const std::vector<size_t>& partners) {
  for (size_t a : partners) {
    for (size_t b : partners) {
      if (agent_fit(items[a].e->agent, items[b].e->agent) == AgentFit::kNone) return true;
    }
  }
  (void)i;
  return false;
}

}  // namespace

std::vector<std::string> shared_words(const EventMention& x, const EventMention& y) {
  std::vector<std::string> out;
  for (const std::string& w : x.words) {
    if (std::find(y.words.begin(), y.words.end(), w) != y.words.end()) out.push_back(w);
  }
  return out;
}

std::vector<std::vector<EventItem>> cluster_events(const std::vector<EventItem>& items) {
  const size_t n = items.size();
  std::vector<std::vector<size_t>> partners(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) {
      if (i != j && linked(*items[i].e, *items[j].e)) partners[i].push_back(j);
    }
  }
  UnionFind uf(n);
  for (size_t i = 0; i < n; ++i) {
    bool unsure = ambiguous(items, i, partners[i]);
    for (size_t j : partners[i]) {
      if (unsure && items[j].e->agent != items[i].e->agent) continue;
      if (ambiguous(items, j, partners[j]) && items[j].e->agent != items[i].e->agent) continue;
      uf.unite(i, j);
    }
  }
  std::vector<std::vector<EventItem>> out;
  std::map<size_t, size_t> slot;  // root -> index in out
  for (size_t i = 0; i < n; ++i) {
    auto [at, fresh] = slot.try_emplace(uf.find(i), out.size());
    if (fresh) out.emplace_back();
    out[at->second].push_back(items[i]);
  }
  return out;
}

}  // namespace fc
