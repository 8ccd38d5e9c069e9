// Event facts extended by sentence alignment: whether a clause of another source may tell the event (it carries an
// act, names the event's object or shares more with it than words of time).
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "align/events_align_link.h"
#include "extract/event_tables.h"
#include "extract/events_open.h"
#include "extract/scan.h"

namespace fc {
namespace {

// True for token i as a past no open verb reads: an irregular past of an act ("Squillaci quit", "lost their lives") or
// a participle in -en after "be" ("is forbidden", "was stolen").
bool irregular_act(const std::vector<ScanTok>& t, size_t i) {
  static const std::set<std::string> kPast = {"quit", "lost", "left", "won", "beat", "struck", "hit", "fled", "stole",
                                              "caught", "shut", "cut", "split", "threw", "forbade", "withdrew", "overthrew"};
  if (kPast.count(t[i].norm)) return true;
  const std::string& w = t[i].norm;
  if (i == 0 || w.size() < 5 || w.compare(w.size() - 2, 2, "en") != 0) return false;
  static const std::set<std::string> kBe = {"is", "was", "were", "are", "been", "be"};
  return kBe.count(t[i - 1].norm) > 0;
}

// True for a word ending in "-ed" ("halted").
bool ends_ed(const std::string& w) { return w.size() >= 5 && w.compare(w.size() - 2, 2, "ed") == 0; }

// True if a word of clause `t` is word `w` or shares its first five letters ("jars" / "jar", "formula").
bool has_word(const std::vector<ScanTok>& t, const std::string& w) {
  return std::any_of(t.begin(), t.end(), [&](const ScanTok& x) {
    if (x.norm == w || x.norm == w + "s") return true;
    return w.size() >= 5 && x.norm.size() >= 5 && x.norm.compare(0, 5, w, 0, 5) == 0;
  });
}

}  // namespace

// A verb or noun of the act's rows ("detained", "the arrest"), an open verb ("were pulled from shelves"), an irregular
// past of an act ("quit"), never only a verb the table reads as another act without cue words ("charged"). A question
// ("Can he win again?"), a comment ("the lawyer calls it revenge") or a description of a participant ("an analyst from
// Velmar") tells no act.
bool clause_tells_act(std::string_view clause, const std::string& action) {
  if (clause.find('?') != std::string_view::npos) return false;
  const std::vector<ScanTok> t = scan_words(clause);
  for (size_t i = 0; i < t.size(); ++i) {
    if (const std::vector<VerbRow>* rows = verb_rows(t[i])) {
      if (std::any_of(rows->begin(), rows->end(), [&](const VerbRow& r) { return r.action == action; })) return true;
      // a past the table reads only with cue words ("lost" an election) tells some act when they are missing
      const bool cued = std::none_of(rows->begin(), rows->end(), [](const VerbRow& r) { return r.condition == "-"; });
      if (cued && (irregular_act(t, i) || ends_ed(t[i].norm))) return true;
      continue;
    }
    VerbRow open;
    if (open_verb_row(t, i, &open) || irregular_act(t, i)) return true;
  }
  return false;
}

// "fishing is forbidden on the river" names the object of "banned fishing on the river".
bool names_object(std::string_view clause, const std::vector<EventItem>& cluster) {
  const std::vector<ScanTok> t = scan_words(clause);
  for (const EventItem& it : cluster) {
    const EventMention& x = *it.e;
    if (x.patient.empty() || x.object_named || x.patient[0] == '=') continue;
    if (has_word(t, x.patient)) return true;
    for (const std::string& w : x.core) if (has_word(t, w)) return true;
  }
  return false;
}

// "ahead of next year's election" alone is a phrase two claims of one party share ("accused the government" /
// "climbed in polls"): one word besides words of time is too little.
bool shares_beyond_time(const std::vector<std::string>& shared) {
  static const std::set<std::string> kTime = {
      "year", "years", "month", "months", "week", "weeks", "day", "days", "ahead", "next", "last", "ago", "since",
      "until", "before", "after", "earlier", "later", "today", "yesterday", "tomorrow", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "evening", "night", "weekend"};
  return std::count_if(shared.begin(), shared.end(), [](const std::string& w) { return !kTime.count(w); }) >= 2;
}

}  // namespace fc
