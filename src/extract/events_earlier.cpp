// Earlier acts: "was detained last year", "had previously been arrested", "two years ago" mark a mention as an act
// before the one a story tells now, and "for the second time" / "was first arrested" which time an act is, so that
// the aligner keeps such acts apart from this week's act of the same verb.
#include "extract/events_internal.h"
#include "extract/words.h"

namespace fc {
namespace events_detail {
namespace {

// Words that end the verb's clause when reading away from it: what stands past them dates another act.
bool clause_bound(const ScanTok& w) {
  static const WordSet kBound = {"and",   "but",    "which", "who", "when", "after", "before", "while",
                                 "since", "because", "that",  ";",   "until", "whereas"};
  return kBound.has(w);
}

// The count a word gives before "years ago": 1 for "a", "an", "one"; 2..9 in words or digits; 0 if none.
int small_count(const ScanTok& w) {
  static const char* kWords[] = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
  if (w.is("a") || w.is("an")) return 1;
  for (int i = 0; i < 9; ++i) if (w.is(kWords[i])) return i + 1;
  if (w.kind == ScanKind::kNumber && w.norm.size() == 1 && w.norm[0] >= '1' && w.norm[0] <= '9') return w.norm[0] - '0';
  return 0;
}

// At token k: "last year" (not "the last year", a span up to now, nor "last year's", a thing) -> 1; "two years ago"
// -> 2; "several years ago" / "months ago" -> -1 (earlier, count unknown); 0 when nothing there dates an earlier act.
int earlier_at(const Ctx& c, size_t k) {
  const auto& t = c.t;
  const size_t n = t.size();
  if (t[k].is("last") && k + 1 < n && t[k + 1].is("year") && (k == 0 || !t[k - 1].is("the")) &&
      (k + 2 >= n || !t[k + 2].is("'s")))
    return 1;
  if (!(k + 2 < n && t[k + 2].is("ago"))) return 0;
  if (t[k + 1].is("year") || t[k + 1].is("years")) {
    const int count = small_count(t[k]);
    return count ? count : (t[k].is("several") || t[k].is("few") || t[k].is("many")) ? -1 : 0;
  }
  return t[k + 1].is("months") && (small_count(t[k]) > 1 || t[k].is("several")) ? -1 : 0;
}

// "previously" or "in the past" within the verb group before token v ("had previously been arrested").
bool previously_before(const Ctx& c, size_t v) {
  static const WordSet kGroup = {"had", "has", "have", "was", "were", "been", "be", "is", "are", "also", "already"};
  for (size_t k = v, n = 0; k > 0 && n < 4 && c.t[k - 1].sentence == c.t[v].sentence; --k, ++n) {
    const ScanTok& w = c.t[k - 1];
    if (w.is("previously") || w.is("formerly")) return true;
    if (w.is("past") && k >= 3 && c.t[k - 2].is("the") && c.t[k - 3].is("in")) return true;
    if (!kGroup.has(w)) return false;
  }
  return false;
}

// Which time the act of verb v is: "for the second time" after it (within its clause) -> 2, "first" right before
// it ("was first arrested") or "for the first time" -> 1; 0 if its clause does not say.
int nth_near(const Ctx& c, size_t v) {
  static const char* kNth[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"};
  auto ordinal = [&](const ScanTok& w) {
    for (int i = 0; i < 9; ++i) if (w.is(kNth[i])) return i + 1;
    return 0;
  };
  if (v > 0 && c.t[v - 1].is("first") && c.t[v - 1].sentence == c.t[v].sentence) return 1;
  for (size_t k = v + 1; k + 3 < c.t.size() && k < v + 10 && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (clause_bound(c.t[k])) break;
    if (c.t[k].is("for") && c.t[k + 1].is("the") && c.t[k + 3].is("time")) return ordinal(c.t[k + 2]);
  }
  return 0;
}

// True if token k stands in a relative clause before its comma: "the guard, who they tried to sign two years ago,
// scored" (the time is the clause's, not the verb's after it).
bool in_relative_clause(const Ctx& c, size_t k) {
  static const WordSet kRel = {"who", "whom", "whose", "which", "where"};
  for (size_t j = k, n = 0; j > 0 && n < 12 && c.t[j - 1].sentence == c.t[k].sentence; --j, ++n) {
    if (c.t[j - 1].is(",")) return false;
    if (kRel.has(c.t[j - 1])) return true;
  }
  return false;
}

}  // namespace

void earlier_near(const Ctx& c, size_t v, EventMention* ev) {
  ev->nth = nth_near(c, v);
  int found = previously_before(c, v) ? -1 : 0;
  // after the verb: "was detained last year", "arrested two years ago"; the next clause's time is its own
  for (size_t k = v + 1; !found && k < c.t.size() && k < v + 10 && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (clause_bound(c.t[k])) break;
    found = earlier_at(c, k);
  }
  // before it: "Last year, police arrested", "two years ago the court fined"
  for (size_t k = v, n = 0; !found && k > 0 && n < 8 && c.t[k - 1].sentence == c.t[v].sentence; --k, ++n) {
    if (clause_bound(c.t[k - 1])) break;
    found = earlier_at(c, k - 1);
    if (found && in_relative_clause(c, k - 1)) found = 0;
  }
  if (!found) return;
  ev->earlier = true;
  if (found > 0) ev->years_ago = found;
}

}  // namespace events_detail
}  // namespace fc
