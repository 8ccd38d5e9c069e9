#include "extract/events.h"

#include <algorithm>
#include <map>

#include "extract/entities.h"
#include "extract/entity_tables.h"
#include "extract/event_tables.h"
#include "extract/lexicon.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {
namespace {

// What the extractor knows about the text: tokens and, per token, the entity that covers it.
struct Ctx {
  std::string_view text;
  const std::vector<ScanTok>& t;
  const std::vector<EntityMention>& ents;
  std::vector<int> ent_at;  // token -> index into ents or -1
};

std::string title_case(std::string s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if ((i == 0 || s[i - 1] == ' ') && s[i] >= 'a' && s[i] <= 'z') s[i] = (char)(s[i] - 32);
  }
  return s;
}

// Key an event uses for an entity: the country a place or "the Kremlin" stands for, else the name key.
std::string agent_key(const Ctx& c, int e, size_t a, size_t b, std::string* name) {
  std::string country = stands_for(c.t, a, b);
  *name = country.empty() ? c.ents[e].canonical : title_case(country);
  return country.empty() ? c.ents[e].key : name_key(country);
}

// The token span [a, b) of entity e.
std::pair<size_t, size_t> ent_span(const Ctx& c, int e, size_t around) {
  size_t a = around, b = around + 1;
  while (a > 0 && c.ent_at[a - 1] == e) --a;
  while (b < c.t.size() && c.ent_at[b] == e) ++b;
  return {a, b};
}

bool own_possessive(std::string_view w) {
  return w == "its" || w == "their" || w == "his" || w == "her" || w == "our";
}

bool determiner(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || own_possessive(w);
}

// The object after token k: its head word (canonical) or entity key, whether it is the agent's own, its end.
struct Object {
  std::string head, name;
  bool own = false, entity = false;
  size_t end = 0;
};

Object read_object(const Ctx& c, size_t k) {
  Object o;
  const auto& t = c.t;
  size_t sentence = k < t.size() ? t[k].sentence : 0;
  while (k < t.size() && verb_filler(t[k])) ++k;
  if (k < t.size() && determiner(t[k].norm)) o.own = own_possessive(t[k].norm), ++k;
  for (size_t n = 0; n < 8 && k < t.size() && t[k].sentence == sentence; ++n, ++k) {
    if (quote_mark(t[k])) continue;  // the "foreign agents" law
    if (k + 1 < t.size() && t[k + 1].is("'s")) {
      ++k, o.head.clear(), o.entity = false;  // "the country's new law": the possessor is not the object
      continue;
    }
    if (c.ent_at[k] >= 0) {
      auto [a, b] = ent_span(c, c.ent_at[k], k);
      if (b < t.size() && t[b].kind == ScanKind::kWord && !t[b].cap && !function_word(t[b])) {
        k = b - 1;  // a name used as a modifier: "its Washington ambassador"
        continue;
      }
      o.head = agent_key(c, c.ent_at[k], a, b, &o.name), o.end = b, o.entity = true;
      return o;
    }
    if (t[k].kind == ScanKind::kNumber) continue;
    if (t[k].kind != ScanKind::kWord || function_word(t[k])) break;
    const std::string* syn = patient_of(t[k]);
    o.head = syn ? *syn : noun_lemma(t[k].norm);
    o.end = k + 1;
    o.name = o.head;  // the same readable object in every source: "ambassador" for "its Washington envoy"
    if (syn) break;  // a known object noun ends the phrase ("its envoy home")
  }
  return o;
}

bool pronoun(const ScanTok& w) {
  static const WordSet kPron = {"i", "you", "he", "she", "it", "we", "they", "who", "which", "that"};
  return kPron.has(w);
}

// A form that may be a noun ("offer", "calls", "meeting") counts as a verb only after a subject, "to" or a modal.
bool verb_position(const Ctx& c, size_t v) {
  const std::string& w = c.t[v].norm;
  static const WordSet kPast = {"met",  "spoke", "spoken", "withdrew", "withdrawn", "gave", "given", "made", "struck",
                                 "threw", "thrown", "won", "lost", "held", "kept", "began", "begun"};
  if ((w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || kPast.has(c.t[v])) return true;
  if (v == 0) return false;
  const std::string& p = c.t[v - 1].norm;
  static const WordSet kBefore = {"to", "will", "would", "could", "should", "can", "may", "might",
                                  "must", "did", "does", "do", "not", "also", "then", "now", "and", "by",
                                  "after", "before", "while", "was", "were", "is", "are", "been",
                                  "has", "have", "had"};
  return kBefore.has(c.t[v - 1]) || pronoun(c.t[v - 1]) || c.ent_at[v - 1] >= 0 ||
         (p.size() > 3 && p.compare(p.size() - 3, 3, "n't") == 0);
}

// Nearest entity before token v inside its clause (at most 8 tokens back); -1 if none.
int subject_before(const Ctx& c, size_t v, size_t* a, size_t* b) {
  for (size_t k = v, n = 0; k > 0 && n < 8; --k, ++n) {
    const ScanTok& tok = c.t[k - 1];
    if (tok.is(")")) {  // "The National Bank of Valoria (NBV) lifted": look past the parenthesis
      while (k > 1 && !c.t[k - 1].is("(")) --k;
      continue;
    }
    if (tok.sentence != c.t[v].sentence || is_clause_break(tok) || pronoun(tok)) break;
    if (tok.is("said") || tok.is("says") || tok.is("told")) break;
    if (c.ent_at[k - 1] >= 0) {
      std::tie(*a, *b) = ent_span(c, c.ent_at[k - 1], k - 1);
      return c.ent_at[k - 1];
    }
  }
  return -1;
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

bool negated_before(const Ctx& c, size_t v) {
  for (size_t k = v, n = 0; k > 0 && n < 3; --k, ++n) {
    const std::string_view w = c.t[k - 1].norm;
    if (w == "not" || w == "never" || w == "no" || (w.size() > 3 && w.substr(w.size() - 3) == "n't"))
      return true;
    if (is_clause_break(c.t[k - 1])) break;
  }
  return false;
}

bool near_word(const Ctx& c, size_t v, const std::vector<std::string>& words) {
  for (size_t k = v + 1; k < c.t.size() && k <= v + 6 && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (std::find(words.begin(), words.end(), c.t[k].norm) != words.end()) return true;
  }
  return false;
}

// The first row whose condition the object and the words after the verb meet; nullptr if none.
const VerbRow* pick_row(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, const Object& obj) {
  for (const VerbRow& r : rows) {
    if (r.condition == "own" && !obj.own) continue;
    if (r.condition == "entity" && !obj.entity) continue;  // "met the demand" is no meeting
    if (!r.near.empty() && !near_word(c, v, r.near)) continue;
    return &r;
  }
  return nullptr;
}

// The object before a passive verb: "its ambassador was recalled", "Two diplomats were expelled".
Object object_before(const Ctx& c, size_t be) {
  Object o;
  if (be == 0) return o;
  size_t k = be - 1;
  if (c.ent_at[k] >= 0) {
    auto [a, b] = ent_span(c, c.ent_at[k], k);
    o.head = agent_key(c, c.ent_at[k], a, b, &o.name), o.entity = true, o.end = b;
    return o;
  }
  if (c.t[k].kind != ScanKind::kWord || function_word(c.t[k])) return o;
  const std::string* syn = patient_of(c.t[k]);
  o.head = o.name = syn ? *syn : noun_lemma(c.t[k].norm);
  for (size_t n = 0; n < 3 && k > 0; ++n) o.own = o.own || own_possessive(c.t[--k].norm);
  return o;
}

// "Two diplomats were expelled by Belarus": the object stands before the verb, the agent after "by".
bool passive_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  static const WordSet kBe = {"was", "were", "been", "being", "is", "are", "be"};
  const auto& t = c.t;
  const std::string& w = t[v].norm;
  bool participle = (w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) || w == "met" || w == "withdrawn";
  if (v == 0 || !participle || !kBe.has(t[v - 1])) return false;
  size_t by = v + 1;
  while (by < t.size() && by < v + 4 && !t[by].is("by")) ++by;
  if (by + 1 >= t.size() || !t[by].is("by") || c.ent_at[by + 1] < 0) return false;
  auto [a, b] = ent_span(c, c.ent_at[by + 1], by + 1);
  Object obj = object_before(c, v - 1);
  const VerbRow* row = pick_row(c, v, rows, obj);
  if (!row || obj.head.empty()) return false;
  ev->action = row->action, ev->rule = row->id;
  ev->agent = agent_key(c, c.ent_at[by + 1], a, b, &ev->agent_name);
  ev->patient = obj.head;
  ev->patient_name = obj.own ? "its " + obj.name : obj.name;
  ev->negated = negated_before(c, v - 1);
  size_t first = v >= 2 ? v - 2 : v - 1;  // the object word, or the start of the named object
  while (first > 0 && c.ent_at[first] >= 0 && c.ent_at[first - 1] == c.ent_at[first]) --first;
  ev->start = t[first].start;
  ev->end = t[b - 1].end;
  ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
  return true;
}

// Builds the event for verb token v with row `row`, or returns false.
bool make_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  const auto& t = c.t;
  if (passive_event(c, v, rows, ev)) return true;
  bool noun = v > 0 && t[v - 1].is("'s");
  if (!noun && v > 0 && determiner(t[v - 1].norm)) return false;  // "the offer", "a meeting"
  if (t[v].cap && !t[v].sentence_start) return false;              // part of a name
  if (!noun && !verb_position(c, v)) return false;
  size_t obj_at = v + 1;
  if (noun && (obj_at >= t.size() || !t[obj_at].is("of"))) return false;
  if (noun) ++obj_at;
  Object obj = read_object(c, obj_at);
  const VerbRow* row = pick_row(c, v, rows, obj);
  if (!row) return false;
  size_t a = v, b = v;
  int subj = noun ? -2 : participle_subject(c, v, &a, &b);
  if (subj == -2) subj = subject_before(c, noun ? v - 1 : v, &a, &b);
  ev->action = row->action;
  ev->rule = row->id;
  ev->agent = subj >= 0 ? agent_key(c, subj, a, b, &ev->agent_name) : "";
  std::string phrase, common = subj >= 0 && !noun && b < v && t[b].is("'s") ? possessed_head(c, b + 1, v, &phrase) : "";
  if (!common.empty() && !obj.head.empty()) ev->agent = "~" + name_key(common), ev->agent_name = phrase;  // loosely matched
  // Only with an object: "the council spoke" with whom, about what, is not said, so two such are not one event.
  size_t inst = subj < 0 && !noun && !obj.head.empty() ? institution_before(c, v) : v;
  if (inst < v) ev->agent = "~" + name_key(t[inst].norm), ev->agent_name = "the " + t[inst].norm, a = inst;
  ev->patient = obj.head;
  ev->patient_name = obj.own && !obj.name.empty() ? "its " + obj.name : obj.name;
  ev->negated = !noun && negated_before(c, v);
  size_t first = subj >= 0 || inst < v ? a : v, last = std::max(obj.end, v + 1);
  ev->start = t[first].start;
  ev->end = t[last - 1].end;
  ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
  return true;
}

}  // namespace

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
    while (k < c.t.size() && c.t[k].start < c.ents[e].start) ++k;
    for (size_t j = k; j < c.t.size() && c.t[j].end <= c.ents[e].end; ++j) c.ent_at[j] = (int)e;
  }
  std::vector<EventMention> out;
  for (size_t v = 0; v < c.t.size(); ++v) {
    if (c.t[v].kind != ScanKind::kWord || c.ent_at[v] >= 0) continue;
    const std::vector<VerbRow>* rows = verb_rows(c.t[v]);
    if (!rows) continue;
    EventMention ev;
    if (make_event(c, v, *rows, &ev)) out.push_back(std::move(ev));
  }
  return out;
}

}  // namespace fc
