// Event alignment: linking mentions of one action whose agents fit and whose participants overlap.
#include "align/events_align_link.h"
#include "align/events_align_agents.h"

#include <algorithm>
#include <cstdlib>
#include <map>

#include "align/union_find.h"

namespace fc {
namespace {

// Objects that stand for a named place or product the other source gives: "visited the flooded town" / "toured
// Brezno", "recalled the product" / "recalled 9,000 AirChef fryers".
bool generic_object(const std::string& p) {
  static const char* kGeneric[] = {"town", "city", "village", "area", "region", "country", "site", "place",
                                   "capital", "scene", "district", "province", "product", "device", "item",
                                   "appliance", "unit"};
  return std::find(std::begin(kGeneric), std::end(kGeneric), p) != std::end(kGeneric);
}

// Acts a story tells once, so that the same object is enough without a named agent: "opened an investigation".
bool told_once(const std::string& action) {
  return action == "investigate" || action == "evacuate" || action == "emergency";
}

// Acts with two sides alike: "called", "met".
bool symmetric(const std::string& action) { return action == "call" || action == "meet"; }

// "A spoke by phone with B" / "a phone call between B and A": for acts with two sides alike, who is named first
// says nothing; two mentions link when they share two participants (the sides, the place), one of them a name,
// and no weekday differs.
bool linked_symmetric(const EventMention& x, const EventMention& y) {
  if (x.negated != y.negated) return false;
  size_t n = 0, named = 0;
  for (const std::string& w : x.words) {
    if (std::find(y.words.begin(), y.words.end(), w) == y.words.end()) continue;
    ++n;
    named += std::find(y.names.begin(), y.names.end(), w) != y.names.end() ? 1 : 0;
  }
  return n >= 2 && named >= 1;
}

// The first amount among a mention's participants ("#2.1 million"), or null.
const std::string* first_amount(const EventMention& e) {
  for (const std::string& w : e.words) if (w[0] == '#') return &w;
  return nullptr;
}

// Two first amounts that differ (none missing).
bool amounts_differ(const std::string* x, const std::string* y) { return x && y && *x != *y; }

// What linking reads of a mention besides its fields, worked out once per mention: a group's pairs are many.
struct Prepared {
  const std::string* amount = nullptr;  // first_amount
  std::vector<double> amounts;          // event_amounts
  bool symmetric = false, place = false, once = false;  // symmetric, place_told and told_once of its action
};

Prepared prepare(const EventMention& e) {
  return {first_amount(e), event_amounts(e), symmetric(e.action), place_told(e.action), told_once(e.action)};
}

bool linked(const EventMention& x, const EventMention& y, AgentFit fit, const Prepared& px, const Prepared& py) {
  // "met on Monday" / "will meet on Friday": two weekdays tell two events.
  if (!x.when.empty() && !y.when.empty() && x.when != y.when) return false;
  if (px.symmetric) return linked_symmetric(x, y);
  // "families gathered" / "families will gather": an open verb told as done and as to come may be two occasions.
  if (x.action[0] == '+' && x.frame.empty() != y.frame.empty()) return false;
  if (x.action[0] == '+' && amounts_differ(px.amount, py.amount))
    return false;  // "carried 2.1 million tonnes" / "in June carried 1.5 million tonnes": two loads
  if (fit == AgentFit::kNone) return false;
  // "derailed near Moravik" / "came off the tracks outside Moravik": one accident where both name the same place;
  // two that name other places, or none ("a bridge collapsed near the harbour" / "on the main road"), stay apart.
  if (px.place || py.place) {
    const bool same_place = std::any_of(x.names.begin(), x.names.end(), [&](const std::string& w) {
      return std::find(y.names.begin(), y.names.end(), w) != y.names.end();
    });
    return same_place && x.action == y.action && x.negated == y.negated;
  }
  if ((x.negated || y.negated) && (fit != AgentFit::kSame || x.agent[0] == '~' || y.agent[0] == '~')) return false;
  if (fit == AgentFit::kNone) return false;
  bool named = fit == AgentFit::kSame && x.agent[0] != '~' && y.agent[0] != '~';
  if (!named && amounts_apart(px.amounts, py.amounts)) return false;  // a named agent's act may be told with conflicting numbers
  auto in = [](const std::vector<std::string>& ws, const std::string& w) {
    return !w.empty() && std::find(ws.begin(), ws.end(), w) != ws.end();
  };
  size_t n = 0;
  for (const std::string& w : x.words) n += in(y.words, w) ? 1 : 0;
  // No doer named on either side and only the named object shared: another act on it ("had beaten Tarvas twice in
  // the season" / "beat Tarvas in the 2024 final") is as likely as the same.
  if (x.agent.empty() && y.agent.empty() && x.object_named && y.object_named && n < 2) return false;
  // The object itself shared, not a word beside it: "approved the law" / "the law ... in force".
  // Same head, different leading word: "bus services" / "rail services", "the deposit rate" / "the main rate".
  const bool chunks_differ = x.core.size() >= 2 && y.core.size() >= 2 && x.core.back() == y.core.back() &&
                             x.core.front() != y.core.front();
  bool object_shared = !chunks_differ && ((in(x.words, x.patient) && in(y.words, x.patient)) ||
                                          (in(x.words, y.patient) && in(y.words, y.patient)));
  // The leading word of one object chunk in the other: "rail services" / "railway line".
  if (!x.core.empty() && !y.core.empty()) object_shared = object_shared || in(y.core, x.core[0]) || in(x.core, y.core[0]);
  object_shared = object_shared || same_people(x, y);  // "arrested two men" / "two suspects were detained"
  const bool same_object = !x.patient.empty() && x.patient == y.patient;
  if (px.once && same_object) return true;
  if (fit == AgentFit::kSame) {
    // "Costa resigned" twice, unless each names others ("spoke by phone with Lee" / "with Reyes").
    const bool both_bare = x.patient.empty() && y.patient.empty() && (n >= 1 || x.words.empty() || y.words.empty());
    return n >= 1 || same_object || (named && (both_bare || generic_object(x.patient) || generic_object(y.patient)));
  }
  // "The Lesna peaked at 4.2 metres above normal" / "the river crested at 4.2 metres above its normal level": one
  // source names no agent, three participants with an amount are shared.
  bool amount = std::any_of(x.words.begin(), x.words.end(), [&](const std::string& w) { return w[0] == '#' && in(y.words, w); });
  if (fit == AgentFit::kUnknown && n >= 3 && amount) return true;
  // The same large amount where a doer is unnamed or named loosely ("the watchdog"): one act, however its object
  // is described ("Orvana Telecom" / "the telecoms giant").
  if ((fit == AgentFit::kUnknown || fit == AgentFit::kWeak) && same_big_amount(px.amounts, py.amounts)) return true;
  return object_shared && (fit == AgentFit::kUnknown || n >= 2);
}

// True if the named agents of the candidates i links to include two different names: i could be either.
bool ambiguous(const std::vector<EventItem>& items, size_t i, const std::vector<size_t>& partners) {
  if (symmetric(items[i].e->action)) return false;  // either side may be named first
  std::vector<const EventMention*> agents;  // one partner per distinct agent
  for (size_t a : partners) {
    const EventMention* x = items[a].e;
    if (std::none_of(agents.begin(), agents.end(), [&](const EventMention* y) { return y->agent == x->agent; }))
      agents.push_back(x);
  }
  for (size_t a = 0; a < agents.size(); ++a) {
    for (size_t b = a + 1; b < agents.size(); ++b) {
      if (mention_fit(*agents[a], *agents[b]) == AgentFit::kNone) return true;
    }
  }
  (void)i;
  return false;
}

}  // namespace

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

std::vector<std::string> shared_words(const EventMention& x, const EventMention& y) {
  std::vector<std::string> out;
  for (const std::string& w : x.words) {
    if (std::find(y.words.begin(), y.words.end(), w) != y.words.end()) out.push_back(w);
  }
  return out;
}

namespace {

// The participant and agent words of a mention: two mentions can link only through one of them.
std::vector<std::string> link_keys(const EventMention& e) {
  if (symmetric(e.action)) return {e.names.begin(), e.names.end()};  // a two-sided act links through a name
  std::vector<std::string> keys(e.words.begin(), e.words.end());
  for (std::string_view w : key_words(e.agent)) keys.emplace_back(w);
  // "BlackLantern claimed responsibility" / "Black Lantern claimed the attack": the name run together and an object
  // naming the act are keys too.
  if (!e.agent.empty() && e.agent[0] != '~') keys.push_back(joined_key(key_words(e.agent)));
  if (!e.patient.empty() && e.patient[0] == '=') keys.push_back(e.patient);
  return keys;
}

// Mentions one word may link: past this the word is as common as "the" and the pairs would grow quadratically.
constexpr size_t kCommonWord = 256;

}  // namespace

bool earlier_than(const EventMention& a, const EventMention& b) {
  return a.earlier && !b.earlier && !b.when.empty() && !b.year;
}

namespace {

// "was released in 2016" / "was released on Friday" (a 2026 story): mentions in different years, one of them named
// in its sentence, tell two events. Two mentions naming no year are left to the publication days.
bool years_apart(const EventItem& x, const EventItem& y) {
  if (x.year && y.year && x.year != y.year && (x.e->year || y.e->year)) return true;
  // "was detained last year" / "had previously been detained" is not "was seized on Tuesday": an act told as earlier
  // stays apart from one told on a weekday with no year (one told with no time at all may be that earlier act)
  if (x.e->nth && y.e->nth && x.e->nth != y.e->nth) return true;  // "first arrested" / "for the second time"
  return earlier_than(*x.e, *y.e) || earlier_than(*y.e, *x.e);
}

// For each item, the items it links to; pairs are tried only through a shared word.
std::vector<std::vector<size_t>> find_partners(const std::vector<EventItem>& items) {
  const size_t n = items.size();
  std::vector<std::vector<size_t>> partners(n);
  AgentFits fits(items);
  std::map<std::string_view, std::vector<size_t>> by_word;
  std::vector<std::vector<std::string>> keys(n);  // owns the strings by_word views
  for (size_t i = 0; i < n; ++i) keys[i] = link_keys(*items[i].e);
  for (size_t i = 0; i < n; ++i) for (std::string_view w : keys[i]) by_word[w].push_back(i);
  std::vector<Prepared> prep(n);
  for (size_t i = 0; i < n; ++i) prep[i] = prepare(*items[i].e);
  std::vector<size_t> seen(n, n);  // seen[j] == i: pair (i, j) tried
  for (size_t i = 0; i < n; ++i) {
    const EventMention& x = *items[i].e;
    // A mention with neither agent nor object is found from the other side (its words hold their object).
    if (x.agent.empty() && x.patient.empty() && !symmetric(x.action)) continue;
    for (std::string_view w : keys[i]) {
      const std::vector<size_t>& with = by_word[w];
      if (with.size() > kCommonWord) continue;  // a word in hundreds of mentions tells none apart
      for (size_t j : with) {
        if (j == i || seen[j] == i) continue;
        seen[j] = i;
        const EventMention& y = *items[j].e;
        if (j < i && (!(y.agent.empty() && y.patient.empty()) || prep[j].symmetric)) continue;  // tried as (j, i)
        if (x.patient.empty() && y.patient.empty() && (x.agent.empty() || y.agent.empty()) && !prep[i].symmetric)
          continue;
        if (years_apart(items[i], items[j])) continue;
        if (linked(x, y, fits.get(i, j), prep[i], prep[j])) partners[i].push_back(j), partners[j].push_back(i);
      }
    }
  }
  return partners;
}

}  // namespace

std::vector<std::vector<EventItem>> cluster_events(const std::vector<EventItem>& items) {
  const size_t n = items.size();
  // Linking reads names spelled a letter apart as one ("Ihor" / "Igor Danyliuk"); facts keep each source's own.
  const std::map<std::string, std::string> alias = spelled_alike(items);
  std::vector<EventMention> copies;
  std::vector<EventItem> view = items;
  if (!alias.empty()) {
    copies.reserve(n);
    for (size_t i = 0; i < n; ++i) copies.push_back(spelled_one_way(*items[i].e, alias)), view[i].e = &copies[i];
  }
  const std::vector<std::vector<size_t>> partners = find_partners(view);
  std::vector<char> unsure(n);
  for (size_t i = 0; i < n; ++i) unsure[i] = ambiguous(view, i, partners[i]);
  UnionFind uf(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j : partners[i]) {
      if ((unsure[i] || unsure[j]) && view[j].e->agent != view[i].e->agent) continue;
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
