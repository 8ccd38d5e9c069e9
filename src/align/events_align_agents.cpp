// Event alignment: whether two mentions' agents can be one doer (same name, a name inside another, an acronym).
#include "align/events_align_agents.h"

#include <algorithm>
#include <map>

#include "extract/entity_tables.h"

namespace fc {
namespace {

bool words_within(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  for (std::string_view w : x) if (std::find(y.begin(), y.end(), w) == y.end()) return false;
  return true;
}

// "The cabinet approved" / "the Government approved": one body under two names.
bool one_body(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y) {
  static const std::string kCabinet = name_key("cabinet"), kGovernment = name_key("government");
  return x.size() == 1 && y.size() == 1 && x[0] == kCabinet && y[0] == kGovernment;
}

// Same name (or one inside the other: "National Bank" in "National Bank of Valoria"); unknown when one source
// names no agent; weak when a common noun ("the regulators") meets another agent; none for two different names.
AgentFit agent_fit(const std::string& x, const std::string& y) {
  if (x.empty() || y.empty()) return AgentFit::kUnknown;
  if (x == y) return AgentFit::kSame;
  auto kx = key_words(x), ky = key_words(y);
  if (x[0] != '~' && y[0] != '~' && joined_key(kx) == joined_key(ky)) return AgentFit::kSame;  // "BlackLantern"
  if (one_body(kx, ky) || one_body(ky, kx)) return AgentFit::kSame;
  if (words_within(kx, ky) || words_within(ky, kx)) return AgentFit::kSame;
  // "the police" / "the army": two bodies named by common nouns are two doers, not one named loosely.
  if (x[0] == '~' && y[0] == '~') return AgentFit::kNone;
  return x[0] == '~' || y[0] == '~' ? AgentFit::kWeak : AgentFit::kNone;
}

// "CVTU" / "Confederation of Velarian Trade Unions": one name is 2-6 capitals, the initials of the other's capitalised
// words (three words or more) spell it, or its end when the longer name lost its first words ("Velarian Trade Unions").
bool acronym_of(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (shorter.size() < 2 || shorter.size() > 6) return false;
  for (char ch : shorter) if (ch < 'A' || ch > 'Z') return false;
  std::string initials;
  size_t words = 0;
  for (size_t i = 0; i < longer.size(); ++i) {
    if (i > 0 && longer[i - 1] != ' ') continue;
    ++words;
    if (longer[i] >= 'A' && longer[i] <= 'Z') initials += longer[i];
  }
  if (words < 3 || initials.size() < 3 || initials.size() > shorter.size()) return false;
  return shorter.compare(shorter.size() - initials.size(), initials.size(), initials) == 0;
}

}  // namespace

std::string joined_key(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) out += w;
  return out;
}

AgentFit mention_fit(const EventMention& x, const EventMention& y) {
  AgentFit fit = agent_fit(x.agent, y.agent);
  if (fit == AgentFit::kNone && acronym_of(x.agent_name, y.agent_name)) return AgentFit::kSame;
  return fit;
}

AgentFits::AgentFits(const std::vector<EventItem>& items) : items_(items), agent_of_(items.size()) {
  std::map<std::string_view, size_t> ids;
  for (size_t i = 0; i < items.size(); ++i) agent_of_[i] = ids.emplace(items[i].e->agent, ids.size()).first->second;
  agents_ = ids.size();
}

// Keyed by the agent alone: the first pair of two agents decides for all their mentions.
AgentFit AgentFits::get(size_t i, size_t j) {
  auto [at, fresh] = memo_.try_emplace(agent_of_[i] * agents_ + agent_of_[j], AgentFit::kNone);
  if (fresh) at->second = mention_fit(*items_[i].e, *items_[j].e);
  return at->second;
}

}  // namespace fc
