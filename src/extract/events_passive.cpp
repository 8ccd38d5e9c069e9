// Event extractor: the passive voice, with or without an agent after "by".
#include <algorithm>

#include "extract/events_internal.h"
#include "extract/lexicon.h"
#include "extract/words.h"

namespace fc {
namespace events_detail {
namespace {

bool own_word(std::string_view w) { return w == "its" || w == "their" || w == "his" || w == "her" || w == "our"; }

// "Two men of 34 and 39 years were arrested": the noun before an age phrase ending at token k, else k.
size_t before_age(const Ctx& c, size_t k) {
  if (!c.t[k].is("years") && !c.t[k].is("year")) return k;
  size_t j = k;
  while (j > 0 && (c.t[j - 1].kind == ScanKind::kNumber || c.t[j - 1].is("and") || c.t[j - 1].is(","))) --j;
  return j + 1 < k && j >= 2 && c.t[j - 1].is("of") ? j - 2 : k;
}

// The object before a passive verb: "its ambassador was recalled", "Two diplomats were expelled".
Object object_before(const Ctx& c, size_t be) {
  Object o;
  if (be == 0) return o;
  size_t k = be - 1;
  const size_t person = person_pronoun(c, k);  // "she was arrested": the one person named just before
  if (person < c.t.size()) {
    auto [a, b] = ent_span(c, c.ent_at[person], person);
    o.head = agent_key(c, c.ent_at[person], a, b, &o.name), o.entity = true;
    return o;
  }
  if (c.ent_at[k] >= 0) {
    auto [a, b] = ent_span(c, c.ent_at[k], k);
    const size_t p = a >= 1 && c.t[a - 1].is("the") ? a - 1 : a;  // "the captain of the Aurelia Star"
    const bool place = p >= 2 && (c.t[p - 1].is("in") || c.t[p - 1].is("of") || c.t[p - 1].is("at"));
    if (!place || c.t[p - 2].kind != ScanKind::kWord || function_word(c.t[p - 2]) || c.ent_at[p - 2] >= 0) {
      o.head = agent_key(c, c.ent_at[k], a, b, &o.name), o.entity = true, o.end = b;
      return o;
    }
    k = p - 2;  // "the hospital in Merzin was evacuated": the hospital, not the town
  }
  k = before_age(c, k);
  if (c.t[k].kind != ScanKind::kWord || function_word(c.t[k])) return o;
  const std::string* syn = patient_of(c.t[k]);
  o.head = o.name = syn ? *syn : noun_lemma(c.t[k].norm);
  o.end = k + 1;
  for (size_t n = 0; n < 3 && k > 0; ++n) o.own = o.own || own_word(c.t[--k].norm);
  return o;
}

bool participle(const ScanTok& t) {
  static const WordSet kIrregular = {"met", "withdrawn", "held", "given", "made", "taken", "thrown", "struck",
                                     "won", "lost", "bought", "kept", "begun", "sold", "spoken", "flown"};
  const std::string& w = t.norm;
  return (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || kIrregular.has(t);
}

// The form of "be" before participle v, skipping "not", "yet", "now" and -ly adverbs; sets *neg on "not".
size_t be_before(const Ctx& c, size_t v, bool* neg) {
  static const WordSet kBe = {"was", "were", "been", "being", "is", "are", "be"};
  static const WordSet kBetween = {"not", "never", "yet", "now", "already", "also", "still", "just"};
  size_t k = v;
  while (k > 0 && v - k < 3 && (kBetween.has(c.t[k - 1]) || verb_filler(c.t[k - 1]))) {
    *neg = *neg || c.t[k - 1].is("not") || c.t[k - 1].is("never");
    --k;
  }
  return k > 0 && kBe.has(c.t[k - 1]) ? k - 1 : c.t.size();
}

// "the phase 3 data, released last month, showed": a participle after a noun and a comma, with no object after it.
size_t reduced_relative(const Ctx& c, size_t v) {
  static const WordSet kAfter = {"by", "in", "on", "at", "last", "earlier", "this", "yesterday", "after", ",", "."};
  const auto& t = c.t;
  if (v >= 1 && v + 2 < t.size() && t[v + 1].is("by") && c.ent_at[v + 2] >= 0 && t[v - 1].kind == ScanKind::kWord &&
      !function_word(t[v - 1]) && !participle(t[v - 1]) && !t[v - 1].cap)
    return v;  // "a trawler seized by Estmark": the noun before stands where "be" would
  if (v < 2 || !t[v - 1].is(",") || v + 1 >= t.size() || !kAfter.has(t[v + 1])) return t.size();
  const ScanTok& noun = t[v - 2];
  if (noun.kind != ScanKind::kWord || function_word(noun) || participle(noun) || c.ent_at[v - 2] >= 0) return t.size();
  return v - 1;  // the comma stands where "be" would
}

// A row cued only by a preposition ("flew to", "voted for").
bool motion_cued(const VerbRow& r) {
  for (const std::string& w : r.near) if (w != "to" && w != "into" && w != "in" && w != "for" && w != "against") return false;
  return !r.near.empty();
}

// "Five climbers who had been trapped on the ridge since Sunday were rescued": the "who" (or "which", "that")
// opening a clause of its own between the object and "be" at token `be`; `be` if none. The pronoun must be its
// clause's subject ("who had", "that was"), so "the report that ministers were sacked" keeps "ministers".
size_t relative_before(const Ctx& c, size_t be) {
  static const WordSet kAux = {"had", "has", "have", "was", "were", "is", "are"};
  const auto& t = c.t;
  for (size_t k = be, n = 0; k > 1 && n < 20; --k, ++n) {
    const ScanTok& w = t[k - 1];
    if (w.sentence != t[be].sentence || is_clause_break(w)) break;
    if (!(w.is("who") || w.is("which") || w.is("that"))) continue;
    const bool subject = kAux.has(t[k]) || (participle(t[k]) && !function_word(t[k]));
    const ScanTok& noun = t[k - 2];
    if (subject && noun.kind == ScanKind::kWord && !function_word(noun) && !participle(noun)) return k - 1;
  }
  return be;
}

// A word that may stand inside a "who" clause before its passive verb: "who in March 2024 was detained".
bool clause_filler(const ScanTok& w) {
  return w.kind == ScanKind::kNumber || w.cap || function_word(w) || verb_filler(w) || w.is("also") || w.is("later");
}

// "Artem Holovko, the runner who won silver, was banned", "His coach, Ihor Danyliuk, was suspended", "Lena Korvath,
// who in March was detained": where the subject phrase ends when an apposition (closed by a comma right before the
// "be" at token be) or a "who" clause stands between them; be if neither. A name as the whole apposition wins.
size_t apposition_end(const Ctx& c, size_t be) {
  const auto& t = c.t;
  if (be >= 3 && t[be - 1].is(",")) {
    for (size_t j = be - 2, n = 0; j > 1 && n < 30; --j, ++n) {
      if (t[j].sentence != t[be].sentence || (is_clause_break(t[j]) && !t[j].is(",")) || quote_mark(t[j])) break;
      if (!t[j].is(",")) continue;
      const ScanTok& head = t[j - 1];
      if (head.kind != ScanKind::kWord || (function_word(head) && c.ent_at[j - 1] < 0)) return be;
      const int e = c.ent_at[be - 2];
      if (e >= 0 && ent_span(c, e, be - 2).first == j + 1) return be - 1;  // "His coach, Ihor Danyliuk,"
      return j;
    }
    return be;
  }
  for (size_t k = be, n = 0; k > 2 && n < 10; --k, ++n) {
    const ScanTok& w = t[k - 1];
    if (w.sentence != t[be].sentence) break;
    if ((w.is("who") || w.is("which")) && t[k - 2].is(",")) return k - 2;
    if (!clause_filler(w)) break;
  }
  return be;
}

// "ten sailors will be released", "would not be charged": moves *be from "be" back to a "will" before it (past "not",
// "also", -ly words) and returns "will"; "" when none. False for a modal that makes no claim: "must be freed".
bool future_be(const Ctx& c, size_t* be, std::string* frame, bool* neg) {
  static const WordSet kWill = {"will", "would", "shall"};
  static const WordSet kModal = {"must", "should", "could", "may", "might", "can", "cannot", "ought"};
  frame->clear();
  if (*be == 0 || !c.t[*be].is("be")) return true;
  size_t m = *be - 1;
  for (size_t n = 0; m > 0 && n < 2 && (c.t[m].is("not") || c.t[m].is("also") || verb_filler(c.t[m])); ++n, --m) {
    *neg = *neg || c.t[m].is("not");
  }
  if (kModal.has(c.t[m])) return false;
  if (kWill.has(c.t[m])) *frame = "will", *be = m;
  return true;
}

}  // namespace

bool passive_form(const Ctx& c, size_t v) {
  bool neg = false;
  return v > 0 && participle(c.t[v]) && be_before(c, v, &neg) < c.t.size();
}

bool passive_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  const auto& t = c.t;
  bool neg = false;
  size_t be = v > 0 && participle(t[v]) ? be_before(c, v, &neg) : t.size();
  if (be >= t.size() && v > 0 && participle(t[v])) be = reduced_relative(c, v);
  if (be >= t.size()) return false;
  size_t by = v + 1;
  while (by < t.size() && by < v + 4 && !t[by].is("by")) ++by;
  bool agent = by + 1 < t.size() && t[by].is("by") && c.ent_at[by + 1] >= 0;
  std::string frame;  // "will be released": an act to come
  if (!future_be(c, &be, &frame, &neg)) return false;
  static const WordSet kAux = {"has", "have", "had", "will", "would"};
  if (be > 0 && c.t[be].is("been") && kAux.has(t[be - 1])) --be;  // "2,340 people had been evacuated"
  else if (be > 1 && c.t[be].is("been") && (verb_filler(t[be - 1]) || t[be - 1].is("now") || t[be - 1].is("already") || t[be - 1].is("also")) &&
           kAux.has(t[be - 2]))
    be -= 2;  // "have now been"
  size_t obj_end = apposition_end(c, be);  // "Mr Branko, who was recalled": the name before ", who"
  if (obj_end == be) obj_end = relative_before(c, be);
  Object obj = object_before(c, obj_end);
  const VerbRow* row = pick_row(c, v, rows, obj, false);
  if (row && motion_cued(*row)) return false;  // "the climbers were flown to the hut": carried, not a visit
  std::vector<std::string> words;
  size_t subject = subject_words(c, obj_end, &words);
  if (obj_end < be && subject > 1 && t[subject - 1].is(","))
    subject_words(c, subject - 1, &words);  // "The Ambassador of Valdoria, Mr Branko, who": the apposition too
  if (!row || (obj.head.empty() && words.empty())) return false;
  ev->action = row->action, ev->rule = row->id, ev->frame = frame;
  size_t last = v + 1;
  if (agent) {
    auto [a, b] = ent_span(c, c.ent_at[by + 1], by + 1);
    ev->agent = agent_key(c, c.ent_at[by + 1], a, b, &ev->agent_name);
    last = b;
  }
  ev->patient = obj.head;
  ev->object_named = obj.entity;
  ev->patient_first = true;
  ev->patient_name = obj.own ? "its " + obj.name : obj.name;
  ev->negated = neg || negated_before(c, be);
  if (!obj.head.empty() && std::find(words.begin(), words.end(), obj.head) == words.end()) words.push_back(obj.head);
  add_words(c, last, last + 6, &words);  // "was lifted to 3.75%": amounts and places after the verb
  ev->words = std::move(words);
  chunk_words(c, subject, &ev->core);  // "Rail services between ... were suspended": rail, service
  // The object word (before a "who" clause or apposition, if any), or the start of the named object.
  size_t first = obj_end < be && obj_end >= 1 ? obj_end - 1 : be >= 1 ? be - 1 : be;
  if (!obj.entity && obj.end > 0) first = std::min(first, obj.end - 1);  // "men of 34 and 39 years were arrested"
  while (first > 0 && c.ent_at[first] >= 0 && c.ent_at[first - 1] == c.ent_at[first]) --first;
  ev->start = t[first].start;
  ev->end = t[last - 1].end;
  ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
  return true;
}

}  // namespace events_detail
}  // namespace fc
