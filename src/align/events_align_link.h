// Event alignment internals: which mentions of one action tell the same event (agents and shared participants).
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extract/events.h"

namespace fc {

/// One event mention with the index of its source.
struct EventItem {
  size_t source = 0;
  const EventMention* e = nullptr;
};

/// Participant words two mentions share (entity keys, nouns, numbers).
std::vector<std::string> shared_words(const EventMention& x, const EventMention& y);

/// Mentions of one action clustered into events: two link when their agents fit (the same name, a short name
/// inside the longer, or one unnamed) and they share participants; a mention whose agent could be either of
/// two different names links only to its exact agent. Clusters in order of their first item.
std::vector<std::vector<EventItem>> cluster_events(const std::vector<EventItem>& items);

}  // namespace fc
