// Event alignment internals: whether the agents of two event mentions can be one doer.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/events_align_link.h"

namespace fc {

/// How well two mentions' agents fit: none (two different names), weak (a common noun meets another agent),
/// unknown (one names no agent) or the same doer.
enum class AgentFit { kNone, kWeak, kUnknown, kSame };

/// The words of a key run together: "Black Lantern" and "BlackLantern" are one name.
std::string joined_key(const std::vector<std::string_view>& words);

/// The agent fit of two mentions, reading an acronym and the words it spells as one name ("CVTU" / "Confederation of
/// Velarian Trade Unions").
AgentFit mention_fit(const EventMention& x, const EventMention& y);

/// mention_fit memoized over the distinct agents of the items: stories name few agents in many mentions.
class AgentFits {
 public:
  /// Numbers the distinct agents of `items` (which must outlive this).
  explicit AgentFits(const std::vector<EventItem>& items);
  /// The fit of the agents of items i and j.
  AgentFit get(size_t i, size_t j);

 private:
  const std::vector<EventItem>& items_;
  std::vector<size_t> agent_of_;
  size_t agents_ = 0;
  std::unordered_map<size_t, AgentFit> memo_;  // agent of i * agents_ + agent of j -> fit
};

}  // namespace fc
