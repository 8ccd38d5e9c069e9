// Event extraction, choosing a verb's table row: a negation before the verb, cue words near it, the row its
// object fits.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/event_tables.h"
#include "extract/events_internal.h"
#include "extract/lexicon.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {

bool events_detail::negated_before(const Ctx& c, size_t v) {
  for (size_t k = v, n = 0; k > 0 && n < 3; --k, ++n) {
    const std::string_view w = c.t[k - 1].norm;
    if (w == "not" || w == "never" || w == "no" || (w.size() > 3 && w.substr(w.size() - 3) == "n't"))
      return true;
    if (is_clause_break(c.t[k - 1])) break;
  }
  return false;
}

namespace {

using events_detail::Ctx;

// A cue word within eight tokens after v, or for a passive ("the trawler was stopped", "the crew will be freed")
// within five before "be".
bool near_word(const Ctx& c, size_t v, const std::vector<std::string>& words) {
  static const WordSet kBe = {"was", "were", "been", "being", "is", "are", "be"};
  size_t from = v + 1;
  if (v > 0 && kBe.has(c.t[v - 1])) {
    from = v;
    while (from > 0 && v - from < 6 && c.t[from - 1].sentence == c.t[v].sentence) --from;
  }
  for (size_t k = from; k < c.t.size() && k <= v + 8 && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (std::find(words.begin(), words.end(), c.t[k].norm) != words.end()) return true;
  }
  return false;
}

}  // namespace

bool events_detail::demanded(const Ctx& c, size_t v) {
  static const WordSet kDemand = {"for", "demand", "demands", "demanded", "demanding", "urge", "urges", "urged",
                                  "urging", "seek", "seeks", "sought", "seeking", "want", "wants", "wanted"};
  for (size_t k = v, n = 0; k > 0 && n < 4 && c.t[k - 1].sentence == c.t[v].sentence; --k, ++n) {
    if (kDemand.has(c.t[k - 1])) return true;  // "called for the immediate release of"
    if (c.t[k - 1].kind != ScanKind::kWord || (!function_word(c.t[k - 1]) && !verb_filler(c.t[k - 1]) &&
                                               c.t[k - 1].norm != "immediate" && c.t[k - 1].norm != "swift"))
      break;
  }
  return false;
}

const VerbRow* events_detail::pick_row(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, const Object& obj,
                                       bool noun) {
  for (const VerbRow& r : rows) {
    if (r.receive || !r.after.empty() || r.noun != noun || (r.count && !obj.count)) continue;
    if (r.condition == "own" && !obj.own) continue;
    if (r.condition == "entity" && !obj.entity) continue;  // "met the demand" is no meeting
    bool in_object = std::find(r.near.begin(), r.near.end(), obj.head) != r.near.end();  // "emergency was declared"
    if (!r.near.empty() && !in_object && !near_word(c, v, r.near)) continue;
    return &r;
  }
  return nullptr;
}

}  // namespace fc
