#include "extract/events.h"

#include <algorithm>
#include <map>

#include "extract/entities.h"
#include "extract/entity_tables.h"
#include "extract/event_tables.h"
#include "extract/lexicon.h"
#include "extract/scan.h"
#include "extract/events_internal.h"
#include "extract/events_open.h"
#include "extract/words.h"

namespace fc {
namespace {

using events_detail::Ctx;
using events_detail::agent_key;
using events_detail::ent_span;
using events_detail::Object;
using events_detail::negated_before;
using events_detail::pick_row;
using events_detail::pronoun;
using events_detail::subject_before;
using events_detail::open_event;
using events_detail::read_object;
using events_detail::determiner;

// A form that may be a noun ("offer", "calls", "meeting") counts as a verb only after a subject, "to" or a modal.
bool verb_position(const Ctx& c, size_t v) {
  const std::string& w = c.t[v].norm;
  static const WordSet kPast = {"met",  "spoke", "spoken", "withdrew", "withdrawn", "gave", "given", "made", "struck",
                                 "threw", "thrown", "won", "lost", "held", "kept", "began", "begun", "bought", "sought",
                                 "took", "taken", "came", "went", "gone", "flew", "flown", "stole", "stolen",
                                 "beaten", "overcame", "laid"};
  if ((w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || kPast.has(c.t[v]) || open_irregular_past(c.t[v]))
    return true;
  if (v == 0) return false;
  const std::string& p = c.t[v - 1].norm;
  static const WordSet kBefore = {"to", "will", "would", "could", "should", "can", "may", "might",
                                  "must", "did", "does", "do", "not", "also", "then", "now", "and", "by",
                                  "after", "before", "while", "was", "were", "is", "are", "been",
                                  "has", "have", "had"};
  return kBefore.has(c.t[v - 1]) || pronoun(c.t[v - 1]) || c.ent_at[v - 1] >= 0 ||
         (p.size() > 3 && p.compare(p.size() - 3, 3, "n't") == 0);
}

// "Dimov is set to become president after winning the runoff": the subject of the sentence, if a name opens it.
int participle_subject(const Ctx& c, size_t v, size_t* a, size_t* b) {
  static const WordSet kLink = {"after", "before", "while", "since", "upon"};
  const std::string& w = c.t[v].norm;
  if (v == 0 || !kLink.has(c.t[v - 1]) || w.size() < 5 || w.compare(w.size() - 3, 3, "ing") != 0) return -2;
  size_t k = v;
  while (k > 0 && c.t[k - 1].sentence == c.t[v].sentence) --k;
  if (c.ent_at[k] < 0) return -1;
  std::tie(*a, *b) = ent_span(c, c.ent_at[k], k);
  return c.ent_at[k];
}

// "Lestria's top court has ruled": the common noun after a named possessor, before verb token v ("court"), or "".
std::string possessed_head(const Ctx& c, size_t from, size_t v, std::string* phrase) {
  std::string head;
  size_t first = from;
  for (size_t k = from; k < v; ++k) {
    const ScanTok& w = c.t[k];
    if (w.kind != ScanKind::kWord || w.cap) return "";
    if (function_word(w) || verb_filler(w)) break;
    head = w.norm;
    *phrase = std::string(c.text.substr(c.t[first].start, w.end - c.t[first].start));
  }
  return head;
}

// "Police arrested two men", "the court has ruled": an institution named by a common noun just before verb v
// (auxiliaries and adverbs between), or v if none.
size_t institution_before(const Ctx& c, size_t v) {
  for (size_t k = v, n = 0; k > 0 && n < 4; --k, ++n) {
    const ScanTok& w = c.t[k - 1];
    if (w.sentence != c.t[v].sentence || w.kind != ScanKind::kWord || c.ent_at[k - 1] >= 0) break;
    if (institution_word(w)) return k >= 2 && c.t[k - 2].is("'s") ? v : k - 1;  // "Lestria's court": handled before
    if (!function_word(w) && !verb_filler(w)) break;
  }
  return v;
}

// The agent of verb token v whose clause starts at token `first` (the frame): a name before it, else an
// institution named by a common noun ("police"). Sets ev->agent/agent_name; returns the agent's first token.
size_t find_agent(const Ctx& c, size_t first, size_t v, bool noun, const Object& obj, EventMention* ev, int hops = 3) {
  const auto& t = c.t;
  size_t p = noun || hops == 0 ? t.size() : events_detail::coordinated_verb(c, first), pf = p;
  std::string frame;  // "Valdoria summoned X's envoy and recalled its own": the first verb's subject (3 hops at most)
  if (p < t.size() && events_detail::read_frame(c, p, &frame, &pf)) {
    const size_t at = find_agent(c, pf, p, false, obj, ev, hops - 1);
    return ev->agent.empty() || ev->agent[0] == '~' ? first : at;  // the span opens at the named agent
  }
  size_t a = first, b = first;
  int subj = noun ? -2 : participle_subject(c, v, &a, &b);
  if (noun && events_detail::noun_after_preposition(c, v)) subj = -1;  // "concern over the detention of": no agent
  if (subj == -2) subj = subject_before(c, noun ? v - 1 : first, &a, &b);
  size_t told = t.size();  // "He will step down": the one person named just before, the span opening at "He"
  if (subj < 0 && !noun && first > 0) told = events_detail::person_pronoun(c, first - 1);
  if (told < t.size()) subj = c.ent_at[told], std::tie(a, b) = ent_span(c, subj, told), told = first - 1;
  ev->agent = subj >= 0 ? agent_key(c, subj, a, b, &ev->agent_name) : "";
  if (subj >= 0 && b == a + 1 && institution_word(t[a])) {  // "Police arrested": the common noun capitalised
    ev->agent = "~" + name_key(t[a].norm), ev->agent_name = "the " + t[a].norm;
  }
  std::string phrase, common = subj >= 0 && !noun && b < first && t[b].is("'s") ? possessed_head(c, b + 1, first, &phrase) : "";
  if (!common.empty() && !obj.head.empty()) {  // loosely matched; the possessor joins the participants
    ev->words.push_back(ev->agent);
    ev->agent = "~" + name_key(common), ev->agent_name = phrase;
  }
  // Only with an object: "the council spoke" with whom, about what, is not said, so two such are not one event.
  size_t inst = subj < 0 && !noun && !obj.head.empty() ? institution_before(c, first) : first;
  if (inst < first) ev->agent = "~" + name_key(t[inst].norm), ev->agent_name = "the " + t[inst].norm, a = inst;
  if (told < t.size()) return told;
  return subj >= 0 || inst < first ? a : first;
}

// "Corvanta has won approval from the Agency": the rows with a receive: condition, tried first.
bool receive_row(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  for (const VerbRow& r : rows) {
    if (!r.receive || !events_detail::receive_event(c, v, r, ev)) continue;
    ev->action = r.action, ev->rule = r.id;
    ev->negated = negated_before(c, v);
    size_t first = v;
    while (first > 0 && v - first < 4 && c.ent_at[first - 1] < 0 && function_word(c.t[first - 1])) --first;
    if (first > 0 && c.ent_at[first - 1] >= 0) first = ent_span(c, c.ent_at[first - 1], first - 1).first;
    ev->start = c.t[first].start;
    ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
    if (!ev->words.empty()) ev->patient = ev->patient_name = ev->words.front();
    return true;
  }
  return false;
}

// A row cued only by a preposition ("flew to", "voted for"): with no doer ("aid arrived in") it tells too little.
bool motion_row(const VerbRow& r) {
  for (const std::string& w : r.near) if (w != "to" && w != "into" && w != "in" && w != "for" && w != "against") return false;
  return !r.near.empty();
}

bool has_noun_row(const std::vector<VerbRow>& rows) {
  for (const VerbRow& r : rows) if (r.noun) return true;
  return false;
}

// Builds the event for verb token v, or returns false.
bool make_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  const auto& t = c.t;
  if (receive_row(c, v, rows, ev) || events_detail::after_event(c, v, rows, ev)) return true;
  if (passive_event(c, v, rows, ev) || events_detail::possessive_event(c, v, rows, ev)) return true;
  size_t of = events_detail::of_after(c, v);  // "the detention on 6 June of the vessel"
  bool noun = (v > 0 && t[v - 1].is("'s")) || (has_noun_row(rows) && of < t.size());
  if (!noun && v > 0 && determiner(t[v - 1].norm)) return false;  // "the offer", "a meeting"
  if (t[v].cap && !t[v].sentence_start) return false;              // part of a name
  bool placed = verb_position(c, v) || (rows.front().action == "meet" && events_detail::plural_subject(c, v));
  if (!noun && (!placed || events_detail::adjective_participle(c, v))) return false;
  size_t obj_at = v + 1, first = v;
  if (noun && (of >= t.size() || events_detail::demanded(c, v))) return false;
  if (noun) obj_at = of + 1;
  if (!noun && !events_detail::read_frame(c, v, &ev->frame, &first)) return false;  // "must approve": no claim
  Object obj = read_object(c, obj_at);
  const VerbRow* row = pick_row(c, v, rows, obj, noun && has_noun_row(rows));
  if (!row) return false;
  ev->action = row->action;
  ev->rule = row->id;
  size_t start = find_agent(c, first, v, noun, obj, ev);
  // "were cancelled 38 flights": a passive read with its object after it; the name before "be" is no doer.
  if (!noun && events_detail::passive_form(c, v)) ev->agent.clear(), ev->agent_name.clear(), start = first;
  if (ev->agent.empty() && motion_row(*row) && !events_detail::symmetric(ev->action)) return false;
  ev->patient = obj.head;
  ev->object_named = obj.entity;
  ev->patient_name = obj.own && !obj.name.empty() ? obj.own_word + " " + obj.name : obj.name;
  // "claimed responsibility" / "claimed the attack": an object that names the act itself is one object, marked "=".
  if (row->act && std::count(row->near.begin(), row->near.end(), obj.head)) ev->patient = "=" + row->near.front();
  ev->negated = !noun && negated_before(c, first);
  events_detail::add_words(c, obj_at, obj_at + 14, &ev->words);
  // "handed him a ban": a name the object stands for is a participant though its words are not there
  if (obj.entity && std::find(ev->words.begin(), ev->words.end(), obj.head) == ev->words.end()) ev->words.push_back(obj.head);
  events_detail::chunk_words(c, obj_at, &ev->core);
  events_detail::drop_cue_words(*row, obj.head, ev);
  if (events_detail::symmetric(ev->action)) events_detail::add_subject(c, start, ev);  // "A and B met": both take part
  if (obj.head.empty() && ev->agent.empty() && row->condition == "-") {  // "the river crested": about the subject
    size_t had = ev->words.size();
    size_t subject = events_detail::subject_words(c, first, &ev->words);
    if (ev->words.size() > had) ev->patient = ev->patient_name = ev->words[had], ev->patient_first = true;
    if (row->id == "ev.open" && ev->patient_first) {  // "the old dam burst": its head, the span from "the"
      ev->patient = ev->patient_name = ev->words.back();
      start = std::min(start, subject);
    }
    ev->core.clear();
    events_detail::chunk_words(c, subject, &ev->core);
  }
  size_t last = std::max(obj.end, v + 1);
  ev->start = t[start].start;
  ev->end = t[last - 1].end;
  ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
  return true;
}

}  // namespace

bool place_told(const std::string& action) {
  return action == "derail" || action == "crash" || action == "collapse" || action == "explode" || action == "sink";
}

std::vector<EventMention> extract_events(std::string_view text) { return extract_events(text, extract_entities(text)); }

std::vector<EventMention> extract_events(std::string_view text, const std::vector<EntityMention>& entities) {
  return extract_events(text, scan_words(text), entities);
}

std::vector<EventMention> extract_events(std::string_view text, const std::vector<ScanTok>& words,
                                         const std::vector<EntityMention>& entities) {
  Ctx c{text, words, entities, {}};
  c.ent_at.assign(c.t.size(), -1);
  size_t k = 0;
  for (size_t e = 0; e < c.ents.size(); ++e) {
    if (c.ents[e].rule.rfind("ent.part.", 0) == 0) continue;  // a guess inside a longer name, for the entity aligner
    while (k < c.t.size() && c.t[k].start < c.ents[e].start) ++k;
    for (size_t j = k; j < c.t.size() && c.t[j].end <= c.ents[e].end; ++j) c.ent_at[j] = (int)e;
  }
  std::vector<EventMention> out;
  std::vector<VerbRow> open(1);  // the row of an open verb, made per token
  for (size_t v = 0; v < c.t.size(); ++v) {
    if (c.t[v].kind != ScanKind::kWord || c.ent_at[v] >= 0) continue;
    const std::vector<VerbRow>* rows = verb_rows(c.t[v]);
    if (!rows && open_verb_row(c.t, v, &open[0])) rows = &open;
    if (!rows) continue;
    EventMention ev;
    if (!make_event(c, v, *rows, &ev)) continue;
    if (rows == &open && !open_event(c, v, &ev)) continue;
    ev.when = events_detail::weekday_near(c, v);
    ev.year = events_detail::year_near(c, v);
    events_detail::earlier_near(c, v, &ev);
    if (events_detail::symmetric(ev.action) || place_told(ev.action)) events_detail::name_words(c, v, &ev);
    out.push_back(std::move(ev));
  }
  return out;
}

}  // namespace fc
