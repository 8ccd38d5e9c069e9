// Event facts: the same action by the same agent on the same object, however each source words it.
#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <string_view>
#include <set>

#include "align/align.h"
#include "core/sort.h"
#include "align/mention_util.h"
#include "align/events_align_link.h"

namespace fc {
namespace {

std::string past(const std::string& action) {
  static const std::map<std::string, std::string> kPast = {
      {"meet", "met"}, {"speech", "gave a speech"}, {"call", "called"}, {"deny", "denied"},
      {"apologize", "apologized"}, {"propose", "proposed"}, {"invite", "invited"}, {"expel", "expelled"},
      {"annul", "annulled"}, {"raise_rate", "raised"}, {"cut_rate", "cut"}, {"hold_rate", "held"}, {"win", "won"},
      {"lose", "lost"}, {"investigate", "opened"}, {"acquit", "acquitted"}, {"veto", "vetoed"}, {"resign", "resigned"},
      {"arrest", "arrested"}, {"buy", "bought"}, {"emergency", "declared"}, {"rescue", "rescued"},
      {"suspend", "suspended"}, {"vote", "voted"},
      {"medical", "passed"}, {"seize", "seized"}, {"sink", "capsized"}, {"cut_jobs", "cut"}, {"steal", "stole"},
      {"strike", "strike"}, {"confirm_outlook", "confirmed"}, {"defeat", "defeated"},
      {"release", "released"}, {"ban", "banned"}, {"kidnap", "kidnapped"}};
  auto it = kPast.find(action);
  if (it != kPast.end()) return it->second;
  if (!action.empty() && action.back() == 'e') return action + "d";
  return action + "ed";
}

// The plain form of an action for an act yet to come: "Zahrania to buy fighter", "to give a speech".
std::string plain(const std::string& action) {
  static const std::map<std::string, std::string> kPlain = {
      {"speech", "give a speech"}, {"raise_rate", "raise"}, {"cut_rate", "cut"}, {"hold_rate", "hold"},
      {"investigate", "open"}, {"emergency", "declare"}, {"medical", "pass"}, {"sink", "capsize"},
      {"cut_jobs", "cut"}, {"strike", "strike"}, {"confirm_outlook", "confirm"}};
  auto it = kPlain.find(action);
  return it == kPlain.end() ? action : it->second;
}

using Item = EventItem;

// Splits a group where publication days jump by more than a week: a recall this year is not last year's.
// Undated sources join the largest stretch.
std::vector<std::vector<Item>> split_by_time(const std::vector<SourceFindings>& all, const std::vector<Item>& items) {
  std::vector<std::pair<long, Item>> dated;
  std::vector<Item> undated;
  for (const Item& it : items) {
    if (all[it.source].anchor) dated.push_back({days_from_civil(*all[it.source].anchor), it});
    else undated.push_back(it);
  }
  fc::sort_by(dated.begin(), dated.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::vector<Item>> out;
  for (size_t i = 0; i < dated.size(); ++i) {
    if (i == 0 || dated[i].first - dated[i - 1].first > 7) out.emplace_back();
    out.back().push_back(dated[i].second);
  }
  if (out.empty()) out.emplace_back();
  auto largest = std::max_element(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() < b.size(); });
  largest->insert(largest->end(), undated.begin(), undated.end());
  for (auto& chunk : out) {  // keep source order inside a fact
    fc::sort_by(chunk.begin(), chunk.end(), [](const Item& a, const Item& b) { return a.source < b.source; });
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

// The name a participant key stands for as a source of the items writes it ("pc vldr" -> "Piz Valdora"): the agent
// or named object of a mention, else an entity of a source; the key itself when none has it.
std::string written_name(const std::vector<SourceFindings>& all, const std::vector<Item>& items, const std::string& w) {
  for (const Item& it : items) {
    if (it.e->agent == w && !it.e->agent_name.empty()) return it.e->agent_name;
    if (it.e->object_named && it.e->patient == w && !it.e->patient_name.empty()) return it.e->patient_name;
  }
  for (const Item& it : items) {  // the entities of the first source naming it
    if (std::find(it.e->words.begin(), it.e->words.end(), w) == it.e->words.end()) continue;
    for (const EntityMention& en : all[it.source].entities) {
      if (en.key == w && !en.canonical.empty()) return en.canonical;
    }
    break;
  }
  return w;
}

// "; shared: people, #2,340, Piz Valdora": the participants that at least two sources of the fact name, in the order
// a second source names them, names as written (one pass over the mentions: facts of big stories hold hundreds).
std::string common_words(const std::vector<SourceFindings>& all, const std::vector<Item>& items) {
  std::vector<std::string> keys;
  std::map<std::string_view, size_t> first_source;  // word -> the first source naming it
  for (const Item& it : items) {
    for (const std::string& w : it.e->words) {
      auto [at, fresh] = first_source.emplace(w, it.source);
      if (!fresh && at->second != it.source && std::find(keys.begin(), keys.end(), w) == keys.end()) keys.push_back(w);
    }
  }
  std::vector<std::string> out;
  for (const std::string& w : keys) {
    std::string shown = w[0] == '#' ? w : written_name(all, items, w);
    if (std::find(out.begin(), out.end(), shown) == out.end()) out.push_back(std::move(shown));
  }
  return out.empty() ? "" : "; shared: " + joined(out);
}

// "; chronicle joined by its sentence (sold, lender)": sources whose clause joined through sentence alignment.
std::string sentence_joined(const std::vector<SourceFindings>& all, const std::vector<Item>& items) {
  std::string out;
  for (const Item& it : items) {
    if (it.e->rule != "sentence-align") continue;
    out += "; " + all[it.source].source->id + " joined by its sentence (" + joined(it.e->words) + ")";
  }
  return out;
}

// True if the fact stands on one source and names no agent: nothing to show a reader.
bool thin(const std::vector<Item>& items) {
  for (const Item& it : items) {
    if (!it.e->agent.empty() || it.source != items.front().source) return false;
  }
  return true;
}

// The mention of one event with its evidence: action class, agent, object, frame and participants.
Mention event_mention(const SourceFindings& src, const EventMention& e) {
  std::string value = (e.negated ? "not " : "") + e.action + " | " + e.agent_name +
                      (e.patient_name.empty() ? "" : " | " + e.patient_name);
  Mention m = make_mention(src, e.start, e.end, value, e.rule);
  m.extra = {{"action", e.action}, {"agent", e.agent_name}, {"patient", e.patient_name},
             {"negated", e.negated ? "true" : "false"}, {"frame", e.frame}, {"participants", joined(e.words)}};
  return m;
}

// An open verb's fact as the first source words it: "dam burst", "assembly to be dissolved", "Belkaria sent monitors".
std::string open_label(const EventMention& e, const std::string& object, bool to_come) {
  if (e.text.size() <= 60) return e.text;  // the words as the source writes them: "the mark fell", "dam burst"
  const bool past_form = e.verb.size() > 2 && (e.verb.compare(e.verb.size() - 2, 2, "ed") == 0 || e.frame.empty());
  std::string verb = e.verb;
  if (to_come) verb = (past_form && e.patient_first ? "to be " : "to ") + e.verb;
  if (e.patient_first) return object + (e.agent_name.empty() ? "" : " (" + e.agent_name + ")") + " " + verb;
  return (e.agent_name.empty() ? "" : e.agent_name + " ") + verb + (object.empty() ? "" : " " + object);
}

// "Costa resigned", "Norway recalled its ambassador"; "Zahrania to buy fighter" when every source tells the act as yet
// to come ("will", "agreed to"). An object naming the act is shown by its table word, or not at all when the verb
// says it: "fined", not "fined fine".
std::string fact_label(const EventMention& e, bool to_come) {
  std::string object = e.patient_name;
  if (!e.patient.empty() && e.patient[0] == '=') object = e.patient.substr(1) == e.action ? "" : e.patient.substr(1);
  // "its Joe Biden" (from "his counterpart Joe Biden"): a possessive before a name reads as a slip, the name alone
  for (const char* own : {"its ", "his ", "her ", "their "}) {
    const size_t n = std::char_traits<char>::length(own);
    if (object.size() > n && object.compare(0, n, own) == 0 && std::isupper(static_cast<unsigned char>(object[n]))) {
      object.erase(0, n);
    }
  }
  if (e.rule == "ev.open") return open_label(e, object, to_come);
  if (e.action == "meet" && (object == "meeting" || object == "a meeting")) object.clear();  // not "met meeting"
  const std::string verb = to_come ? "to " + plain(e.action) : past(e.action);
  return (e.agent_name.empty() ? "" : e.agent_name + " ") + verb + (object.empty() ? "" : " " + object);
}

// "same action (arrest)"; for an open verb "same verb (burst)": only mentions of one verb are compared.
std::string act_named(const EventMention& e) {
  if (e.action[0] == '+') return "same verb (" + e.verb + ")";
  return "same action (" + e.action + ")";
}

Fact make_fact(const std::vector<SourceFindings>& all, const std::vector<Item>& items) {
  Fact f;
  f.kind = "event";
  const EventMention* named = items.front().e;  // the label names the agent by a proper name when a source does
  for (const Item& it : items) {
    if (!it.e->agent.empty() && it.e->agent[0] != '~') { named = it.e; break; }
  }
  if (named->action[0] == '+') {  // an open verb: told by a mention that has its verb, not a sentence's clause
    for (const Item& it : items) {
      if (it.e->rule == "ev.open") { named = it.e; break; }
    }
  }
  const EventMention& first = *named;
  const bool to_come = std::all_of(items.begin(), items.end(), [](const Item& it) { return !it.e->frame.empty(); });
  f.label = fact_label(first, to_come);
  std::map<std::string, std::vector<std::string>> wording;  // rule -> sources
  std::map<std::string, std::string> wording_text;          // rule -> first text
  std::set<size_t> sources, negated, affirmed;
  for (const Item& it : items) {
    const EventMention& e = *it.e;
    Mention m = event_mention(all[it.source], e);
    // One wording = one verb row, frame and object noun: "passed a medical" / "passed the medical examination".
    // An object naming the act ("=responsibility") keeps its own word: "claimed the attack" is worded differently.
    const bool act = !e.patient.empty() && e.patient[0] == '=';
    std::string worded = e.rule + "|" + e.frame + "|" + e.patient + (act ? "|" + e.patient_name : "");
    // An open verb agrees only in one form with the same amounts: "shares rose 4.8%" / "shares rose" is a variant.
    if (e.action[0] == '+') {
      worded += "|" + e.verb;
      for (const std::string& w : e.words) worded += w[0] == '#' ? "|" + w : "";
    }
    auto& srcs = wording[worded];
    if (std::find(srcs.begin(), srcs.end(), m.source) == srcs.end()) srcs.push_back(m.source);
    wording_text.emplace(worded, e.text);
    f.mentions.push_back(std::move(m));
    sources.insert(it.source);
    (e.negated ? negated : affirmed).insert(it.source);
    const std::string done = e.action[0] == '+' ? (e.verb.empty() ? first.verb : e.verb) : past(e.action);
    std::string shown = e.negated ? "not " + done : done;
    if (std::find(f.values.begin(), f.values.end(), shown) == f.values.end()) f.values.push_back(shown);
  }
  const std::string shared = common_words(all, items) + sentence_joined(all, items);
  if (sources.size() < 2) {
    f.verdict = "single", f.why = "reported by one source only";
  } else if (!negated.empty() && !affirmed.empty()) {
    f.verdict = "conflict", f.why = "some sources say it happened, others say it did not";
  } else if (wording.size() > 1) {
    f.verdict = "variant", f.why = act_named(first) + ", worded differently" + shared;
    for (const auto& [rule, srcs] : wording) f.variants.push_back({wording_text[rule], srcs});
  } else {
    f.verdict = "agree", f.why = act_named(first) + ", agent and object in " +
                                 std::to_string(sources.size()) + " sources" + shared;
  }
  return f;
}

// Actions news tells of one happening in either word: operations "postponed" / "cancelled" / "called off".
// Mentions are blocked by this family; other actions are their own family. (Not "rescued" / "evacuated": a flood's
// evacuation holds many rescues, told apart.)
const std::string& family(const std::string& action) {
  static const std::map<std::string, std::string> kFamily = {{"postpone", "cancel"}};
  auto it = kFamily.find(action);
  return it == kFamily.end() ? action : it->second;
}

// An open verb told by one source only: every clause has a verb, so such a fact would tell the reader nothing.
bool lone_open(const std::vector<Item>& items) {
  for (const Item& it : items) {
    if (it.source != items.front().source) return false;
  }
  return items.front().e->action[0] == '+';
}

}  // namespace

std::vector<Fact> align_events(const std::vector<SourceFindings>& all) {
  std::map<std::string, std::vector<Item>> groups;  // blocked by action, then linked by agent and participants
  for (size_t s = 0; s < all.size(); ++s) {
    for (const EventMention& e : all[s].events) {
      // With neither agent nor participants nothing tells two such mentions apart: no fact.
      if (e.agent.empty() && e.words.empty() && e.patient.empty()) continue;
      const int published = all[s].anchor ? all[s].anchor->year : 0;
      // "last year" in a dated source names the year before its publication
      const int year = e.year ? e.year : published && e.years_ago ? published - e.years_ago : published;
      groups[family(e.action)].push_back({s, &e, year});
    }
  }
  // An open verb only one source uses can join nothing (lone open clusters are not extended): dropped before clustering.
  for (auto it = groups.begin(); it != groups.end();) {
    const bool lone = it->first[0] == '+' && std::all_of(it->second.begin(), it->second.end(), [&](const Item& x) {
      return x.source == it->second.front().source;
    });
    it = lone ? groups.erase(it) : std::next(it);
  }
  std::vector<std::vector<Item>> clusters;
  for (const auto& [key, items] : groups) {
    for (std::vector<Item>& same : cluster_events(items)) clusters.push_back(std::move(same));
  }
  // Open verbs told by one source only are not extended by their sentences: every clause has a verb, and the best
  // match of an arbitrary clause is as often another act as the same one.
  std::vector<std::vector<Item>> lone;
  for (auto& cl : clusters) {
    if (!cl.empty() && lone_open(cl)) lone.push_back(std::move(cl)), cl.clear();
  }
  std::deque<EventMention> made;  // clause mentions of sources joined by their sentence; facts point into it
  extend_by_sentences(all, clusters, made);
  std::vector<Fact> facts;
  for (const std::vector<Item>& same : clusters) {
    if (same.empty()) continue;
    for (const std::vector<Item>& chunk : split_by_time(all, same)) {
      if (!thin(chunk) && !lone_open(chunk)) facts.push_back(make_fact(all, chunk));
    }
  }
  return facts;
}

}  // namespace fc
