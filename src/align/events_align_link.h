// Event alignment internals: which mentions of one action tell the same event (agents and shared participants).
#pragma once
#include <cstddef>
#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "align/findings.h"
#include "extract/events.h"

namespace fc {

/// One event mention with the index of its source.
struct EventItem {
  size_t source = 0;
  const EventMention* e = nullptr;
  int year = 0;  // the year the mention names, else its source's publication year; 0 if neither
};

/// True if `a` is told as an earlier act ("last year", "previously") and `b`, told on a weekday with no year, is not:
/// "was detained last year" / "was seized on Tuesday" tell two acts.
bool earlier_than(const EventMention& a, const EventMention& b);

/// The words of a name key ("ihr dnlk"), without the "~" that marks a common-noun agent.
std::vector<std::string_view> key_words(std::string_view key);

/// Participant words two mentions share (entity keys, nouns, numbers).
std::vector<std::string> shared_words(const EventMention& x, const EventMention& y);

/// Name keys of the items spelled a letter or two apart ("ihr dnlk" / "igr dnlk" for "Ihor" / "Igor Danyliuk"): each
/// later key -> the first-seen key it is spelled like. Empty when no two keys are alike.
std::map<std::string, std::string> spelled_alike(const std::vector<EventItem>& items);

/// A copy of `e` with every name key of `alias` written as its first-seen spelling.
EventMention spelled_one_way(const EventMention& e, const std::map<std::string, std::string>& alias);

/// "arrested two men" / "two suspects were detained": both objects are people named by a common noun ("man",
/// "suspect", "people") and the mentions share a count.
bool same_people(const EventMention& x, const EventMention& y);

/// Two mentions that both give amounts (years left out), none within a fifth of another, tell different acts ("the
/// deposit rate was lifted to 3.75%" is not "raised its main rate to 4.75%"); rounded counts (2,000 / 2,340) stay close.
bool amounts_apart(const EventMention& x, const EventMention& y);

/// "fined Orvana 38 million euros" / "fined the operator €38m": one amount of a thousand or more in both.
bool same_big_amount(const EventMention& x, const EventMention& y);

/// The amounts among a mention's participants as numbers ("#40 million" -> 4e7), years left out.
std::vector<double> event_amounts(const EventMention& e);

/// amounts_apart on amounts already read by event_amounts.
bool amounts_apart(const std::vector<double>& a, const std::vector<double>& b);

/// same_big_amount on amounts already read by event_amounts.
bool same_big_amount(const std::vector<double>& a, const std::vector<double>& b);

/// Mentions of one action clustered into events: two link when their agents fit (the same name, a short name
/// inside the longer, or one unnamed) and they share participants; a mention whose agent could be either of
/// two different names links only to its exact agent. Clusters in order of their first item.
std::vector<std::vector<EventItem>> cluster_events(const std::vector<EventItem>& items);

/// True if a clause made into a mention of `action` tells an act itself: a verb or noun of that act's rows, an open
/// verb or an irregular past of an act; never a question, a comment or a description of a participant.
bool clause_tells_act(std::string_view clause, const std::string& action);

/// True if `clause` names the common-noun object a mention of `cluster` acts on (a clause that shares little else
/// with the event still joins then).
bool names_object(std::string_view clause, const std::vector<EventItem>& cluster);

/// True if the words a clause shares with an event (`shared`) are two or more besides words of time.
bool shares_beyond_time(const std::vector<std::string>& shared);

/// Adds to each cluster, for each source it lacks, the mention of the sentence that tells the same thing: the one
/// that a majority of the cluster's sentences and it choose as each other's best match, sharing rare words. That
/// source's own event mention there joins when no fact of two sources holds it; else a clause mention is made into
/// `made` (rule "sentence-align"). Clusters told by more sources choose first.
void extend_by_sentences(const std::vector<SourceFindings>& all, std::vector<std::vector<EventItem>>& clusters,
                         std::deque<EventMention>& made);

}  // namespace fc
