// Tense around a relative date: decides whether "Friday" is the last Friday or the next one.
#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

constexpr size_t kLookBack = 12;
constexpr size_t kLookBackWill = 16;  // "will" governs a long clause ("will then fly out with the squad to ... on Monday")
constexpr size_t kLookAhead = 8;

bool is_determiner(std::string_view w) {
  static const std::string_view kDet[] = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "whose"};
  for (std::string_view d : kDet) {
    if (is(w, d)) return true;
  }
  return false;
}

struct Cue {
  int orient = 0;
  bool strong = false;
  std::string id;
};

// The cue starting at token `k`, if any. Past participles right after "be" ("to be shown") read as future.
Cue cue_at(const std::vector<Tok>& toks, size_t k, size_t limit) {
  const Tables& t = tables();
  Cue best;
  const std::vector<size_t>* cues = toks[k].info && !toks[k].info->cues.empty() ? &toks[k].info->cues : nullptr;
  // After a determiner a cue word is a noun ("the offer", "his plan"): it names a thing, not a tense.
  if (cues && k > 0 && is_determiner(toks[k - 1].norm)) cues = nullptr;
  // A capitalized "May" is the month ("rose in May from 5.9% in April"), not the modal.
  if (cues && toks[k].cap && is(toks[k].norm, "may")) cues = nullptr;
  if (cues) {
    size_t best_len = 0;
    for (size_t ci : *cues) {
      const TenseCue& c = t.cues[ci];
      if (k + c.words.size() > limit || c.words.size() <= best_len) continue;
      bool ok = true;
      for (size_t w = 0; w < c.words.size() && ok; ++w) ok = toks[k + w].norm == c.words[w];
      if (!ok) continue;
      best_len = c.words.size();
      best = Cue{c.orient, c.strong, c.id};
    }
  }
  if (best.orient < 0 && best.id == "tc_was" && k + 2 < limit) {
    // "has been scheduled", "was expected": the participle tells the time, not the auxiliary.
    const size_t after = k + (is(toks[k + 1].norm, "been") ? 2 : 1);
    if (after < limit) {
      Cue next = cue_at(toks, after, limit);
      if (next.orient > 0) return next;
    }
  }
  const std::string_view w = toks[k].norm;
  if (best.orient == 0 && toks[k].kind == TokKind::kWord && !toks[k].cap && w.size() >= 5 &&
      w.compare(w.size() - 2, 2, "ed") == 0) {
    best = Cue{-1, false, "tc_ed"};
  }
  if (best.orient < 0 && k > 0 && (is(toks[k - 1].norm, "be") || is(toks[k - 1].norm, "being"))) {
    best = Cue{1, true, "tc_will"};
  }
  return best;
}

// Plan verbs whose past form is an act with its own day ("offered on Monday to host"), unlike "scheduled on".
bool plan_act(std::string_view w) { return is(w, "offered") || is(w, "proposed") || is(w, "invited"); }

bool clause_stop(const Tok& t) { return is(t.norm, ";") || is(t.norm, "\""); }

// Looking ahead, a conjunction starts another clause whose verb says nothing about this date ("announcing on
// Wednesday that 4,200 jobs will go": the jobs go later, the announcing was on Wednesday).
bool forward_stop(const Tok& t) {
  static const std::string_view kJoins[] = {"and", "but", "while", "when", "after", "before", "because",
                                       "although", "though", "as", "which", "who", "whereas", "that"};
  for (std::string_view j : kJoins) {
    if (is(t.norm, j)) return true;
  }
  return clause_stop(t);
}

// "declared Friday a day of national mourning", "named Monday as a public holiday": the date is what a day is
// declared to be, not when the declaring happened; such a day is the coming one.
bool designated_day(const std::vector<Tok>& toks, size_t te, size_t se) {
  if (te >= se || !(is(toks[te].norm, "a") || is(toks[te].norm, "an") || is(toks[te].norm, "as"))) return false;
  for (size_t k = te + 1; k < se && k <= te + 5; ++k) {
    if (is(toks[k].norm, "day") || is(toks[k].norm, "holiday")) return true;
    if (toks[k].kind != TokKind::kWord) return false;
  }
  return false;
}

// "a crisis meeting for Thursday", "set for Friday": a day something is arranged for lies ahead, whatever tense
// the arranging took. "for Thursday's attack" names an event instead, and a past verb after it ("his plan for
// Friday was dropped") tells of a day gone by: both keep the clause's tense.
bool arranged_for(const std::vector<Tok>& toks, size_t sb, size_t se, size_t tb, size_t te) {
  if (tb <= sb || !is(toks[tb - 1].norm, "for")) return false;
  if (te < se && !toks[te].norm.empty() && toks[te].norm[0] == '\'') return false;
  for (size_t k = te; k < se && k - te < kLookAhead; ++k) {
    if (forward_stop(toks[k])) break;
    const Cue c = cue_at(toks, k, se);
    if (c.orient < 0 && c.strong) return false;
  }
  return true;
}

// True when [tb, te) is a weekday name and nothing but time-of-day words ("Monday", "Monday morning").
bool weekday_span(const std::vector<Tok>& toks, size_t tb, size_t te) {
  static const std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (std::string_view d : kDays) {
    if (is(toks[tb].norm, d)) return te - tb <= 2;
  }
  return false;
}

// "closed from Monday", "has called the leaders from Monday": a day a span starts from lies ahead, unless an
// auxiliary tells the clause is past ("were closed from Monday") or the span closes ("from Monday to Friday").
// Only a weekday: "from 3 March" and "from January" name a calendar start as often gone by as ahead, and
// "from Tuesday's earthquake" names an event.
bool span_from(const std::vector<Tok>& toks, size_t sb, size_t se, size_t tb, size_t te) {
  if (tb <= sb || te > se || !is(toks[tb - 1].norm, "from") || !weekday_span(toks, tb, te)) return false;
  if (te < se && !toks[te].norm.empty() && toks[te].norm[0] == '\'') return false;
  if (te < se && (is(toks[te].norm, "to") || is(toks[te].norm, "until") || is(toks[te].norm, "through") ||
                  is(toks[te].norm, "till"))) {
    return false;
  }
  for (size_t k = tb - 1; k > sb && tb - k <= kLookBack;) {
    --k;
    if (clause_stop(toks[k])) break;
    const Cue c = cue_at(toks, k, tb);
    if (c.orient < 0 && c.strong && (c.id == "tc_was" || c.id == "tc_since" || c.id == "tc_said")) return false;
  }
  return true;
}

}  // namespace

int orientation(const std::vector<Tok>& toks, size_t sb, size_t se, size_t tb, size_t te, std::string* cue) {
  if (designated_day(toks, te, se)) {
    if (cue) *cue = "tc_designated";
    return 1;
  }
  if (arranged_for(toks, sb, se, tb, te)) {
    if (cue) *cue = "tc_for";
    return 1;
  }
  if (span_from(toks, sb, se, tb, te)) {
    if (cue) *cue = "tc_from";
    return 1;
  }
  Cue weak_before, weak_after, strong_after;
  bool weak_stop = false;
  for (size_t k = tb; k > sb && tb - k < kLookBackWill;) {
    --k;
    if (clause_stop(toks[k])) break;
    // "agreed that the ministers meet on Friday": a past verb before "that" reports; the clause keeps its own time.
    if (is(toks[k].norm, "that") && weak_before.orient == 0) weak_stop = true;
    Cue c = cue_at(toks, k, tb);
    if (tb - k > kLookBack && (c.id != "tc_will" || weak_before.orient != 0)) continue;
    // "offered on Monday to host", "proposed on Thursday": a past plan verb right before "on" dates the act itself.
    if (c.id == "tc_plan" && k + 2 == tb && is(toks[k + 1].norm, "on") && plan_act(toks[k].norm)) c = Cue{-1, true, "tc_plan_act"};
    if (c.orient != 0 && c.strong) {
      if (cue) *cue = c.id;
      return c.orient;
    }
    if (c.orient != 0 && weak_before.orient == 0 && !weak_stop) weak_before = c;
  }
  for (size_t k = te; k < se && k - te < kLookAhead; ++k) {
    if (forward_stop(toks[k])) break;
    Cue c = cue_at(toks, k, se);
    if (c.orient != 0 && c.strong && strong_after.orient == 0) strong_after = c;
    if (c.orient != 0 && !c.strong && weak_after.orient == 0) weak_after = c;
  }
  for (const Cue* c : {&strong_after, &weak_before, &weak_after}) {
    if (c->orient != 0) {
      if (cue) *cue = c->id;
      return c->orient;
    }
  }
  return 0;
}

}  // namespace dates
}  // namespace fc
