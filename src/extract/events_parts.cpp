// Event extractor parts: participant words of a phrase, the frame of a verb, adjectives, "won approval from".
#include <algorithm>
#include <iterator>

#include "extract/entity_tables.h"
#include "extract/events_internal.h"
#include "extract/lexicon.h"
#include "extract/words.h"

namespace fc {
namespace events_detail {
namespace {

// Words that name no participant: time words, amounts, reporting verbs.
bool empty_word(const ScanTok& w) {
  static const WordSet kEmpty = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                 "yesterday", "today", "tonight", "morning", "evening", "afternoon", "night",
                                 "week", "weeks", "month", "months", "year", "years", "day", "days", "total",
                                 "million", "billion", "thousand", "hundred", "percent", "dozens", "some",
                                 "around", "about", "nearly", "almost", "more", "than", "over", "least", "new", "one",
                                 "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen"};
  return kEmpty.has(w);
}

bool stop_word(const ScanTok& w) {
  static const WordSet kStop = {"said", "says", "told", "while", "but", "because", "after", "before", "since",
                                "when", "which", "who", "where", "as", "until"};
  return kStop.has(w) || (w.kind == ScanKind::kPunct && (w.is(";") || w.is(":")));
}

// "between Brezno and the capital": a name or noun before "and" joins two nouns, not two clauses.
bool noun_before_and(const Ctx& c, size_t a) {
  if (a == 0 || a + 1 >= c.t.size()) return false;
  const ScanTok& w = c.t[a - 1];
  if (c.ent_at[a - 1] >= 0) return true;
  if (w.kind != ScanKind::kWord || function_word(w) || w.norm.size() < 3) return false;
  const std::string& n = w.norm;
  bool verb = n.compare(n.size() - 2, 2, "ed") == 0 || n.compare(n.size() - 3, 3, "ing") == 0;
  // "procedures and around 3,000 appointments were postponed": an amount after "and" is a second noun too.
  static const WordSet kAmount = {"around", "about", "some", "nearly", "almost", "over", "more", "another"};
  const ScanTok& next = c.t[a + 1];
  return !verb && (next.is("the") || c.ent_at[a + 1] >= 0 || next.kind == ScanKind::kNumber || kAmount.has(next));
}

// "five villages" counts as "5 villages": the amount a source gives in words ("#5"), or "" for other words. Only
// before a noun, so "one of them" or "two" standing alone give none.
std::string count_word(const Ctx& c, size_t k) {
  static const char* kCount[] = {"two", "three", "four",  "five",  "six",   "seven",
                                 "eight", "nine", "ten", "eleven", "twelve"};
  const ScanTok& w = c.t[k];
  if (k + 1 >= c.t.size() || c.t[k + 1].kind != ScanKind::kWord || function_word(c.t[k + 1])) return "";
  const ScanTok& next = c.t[k + 1];
  if (next.is("hundred") || next.is("thousand") || next.is("dozen")) return "";  // "three hundred": no small count
  const bool big = next.is("million") || next.is("billion") || next.is("milliard");
  for (size_t i = 0; i < std::size(kCount); ++i) {
    if (w.norm == kCount[i]) return "#" + std::to_string(i + 2) + (big ? " " + next.norm : "");
  }
  return "";
}

void add_unique(std::vector<std::string>* out, std::string w) {
  if (!w.empty() && std::find(out->begin(), out->end(), w) == out->end()) out->push_back(std::move(w));
}

}  // namespace

std::string agent_key(const Ctx& c, int e, size_t a, size_t b, std::string* name) {
  std::string country = stands_for(c.t, a, b);
  if (country.empty()) {
    *name = c.ents[e].canonical;
    return c.ents[e].key;
  }
  *name = country;
  for (size_t i = 0; i < name->size(); ++i) {
    char& ch = (*name)[i];
    if ((i == 0 || (*name)[i - 1] == ' ') && ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
  }
  return name_key(country);
}

std::pair<size_t, size_t> ent_span(const Ctx& c, int e, size_t around) {
  size_t a = around, b = around + 1;
  while (a > 0 && c.ent_at[a - 1] == e) --a;
  while (b < c.t.size() && c.ent_at[b] == e) ++b;
  return {a, b};
}

// "€38m", "4.6bn" (an amount written short): "#38 million", "#4.6 billion"; "" if no such. An "m" needs a currency
// sign before it: "the 400m" is a distance.
std::string short_amount(const Ctx& c, size_t k) {
  const std::string& n = c.t[k].norm;
  static const WordSet kCurrency = {"€", "$", "£", "¥", "eur", "usd", "gbp"};
  const bool money = k > 0 && kCurrency.has(c.t[k - 1]);
  size_t digits = 0;
  while (digits < n.size() && ((n[digits] >= '0' && n[digits] <= '9') || (n[digits] == '.' && digits > 0))) ++digits;
  if (digits == 0 || n[digits - 1] == '.') return "";
  const std::string unit = n.substr(digits);
  if (unit == "m" && money) return "#" + n.substr(0, digits) + " million";
  if (unit == "bn") return "#" + n.substr(0, digits) + " billion";
  return "";
}

void add_words(const Ctx& c, size_t from, size_t to, std::vector<std::string>* out) {
  const auto& t = c.t;
  if (from >= t.size()) return;
  const size_t sentence = t[from].sentence, had = out->size();
  for (size_t k = from; k < to && k < t.size() && t[k].sentence == sentence; ++k) {
    const ScanTok& w = t[k];
    if (stop_word(w) && (out->size() > had || k > from)) break;  // a leading "since Sunday" is skipped
    if (c.ent_at[k] >= 0) {
      auto [a, b] = ent_span(c, c.ent_at[k], k);
      std::string name;
      add_unique(out, agent_key(c, c.ent_at[k], a, b, &name));
      k = b - 1;
    } else if (w.kind == ScanKind::kNumber) {
      bool big = k + 1 < t.size() && (t[k + 1].is("million") || t[k + 1].is("billion") || t[k + 1].is("milliard"));
      add_unique(out, "#" + w.norm + (big ? " " + t[k + 1].norm : ""));
    } else if (w.kind == ScanKind::kWord && !short_amount(c, k).empty()) {
      add_unique(out, short_amount(c, k));
    } else if (w.kind == ScanKind::kWord && !count_word(c, k).empty()) {
      add_unique(out, count_word(c, k));
    } else if (w.kind == ScanKind::kWord && !function_word(w) && !empty_word(w) && !verb_filler(w)) {
      const std::string* syn = patient_of(w);
      add_unique(out, syn ? *syn : noun_lemma(w.norm));
    }
  }
}

void chunk_words(const Ctx& c, size_t from, std::vector<std::string>* out) {
  const auto& t = c.t;
  size_t k = from;
  while (k < t.size() && k < from + 4 && (function_word(t[k]) || empty_word(t[k]) || t[k].kind == ScanKind::kNumber ||
                                          verb_filler(t[k])))
    ++k;  // "more than 2,000", "the"
  size_t end = k;
  while (end < t.size() && end < k + 4 && t[end].sentence == t[k].sentence &&
         (t[end].kind == ScanKind::kWord || c.ent_at[end] >= 0) && !function_word(t[end]) && !stop_word(t[end]))
    ++end;
  add_words(c, k, end, out);
}

void drop_cue_words(const VerbRow& row, const std::string& head, EventMention* ev) {
  auto modifier = [&](const std::string& w) {  // "passed the medical examination": the cue names the object
    auto at = std::find(ev->core.begin(), ev->core.end(), w);
    return at != ev->core.end() && at + 1 != ev->core.end() && at[1] == head;
  };
  auto cue = [&](const std::string& w) {
    return w != head && std::find(row.near.begin(), row.near.end(), w) != row.near.end() && !modifier(w);
  };
  for (auto* ws : {&ev->words, &ev->core}) ws->erase(std::remove_if(ws->begin(), ws->end(), cue), ws->end());
}

size_t subject_words(const Ctx& c, size_t end, std::vector<std::string>* out) {
  size_t k = end;
  for (size_t n = 0; k > 0 && n < 10; --k, ++n) {
    const ScanTok& w = c.t[k - 1];
    if (w.sentence != c.t[end].sentence || is_clause_break(w) || stop_word(w) || w.is("that")) break;
    if (w.is("and") && !noun_before_and(c, k - 1)) break;  // "Rail services between Brezno and Tornava" goes on
  }
  add_words(c, k, end, out);
  return k;
}

bool read_frame(const Ctx& c, size_t v, std::string* frame, size_t* first) {
  static const WordSet kModal = {"must", "should", "could", "may", "might", "can", "cannot", "ought"};
  static const WordSet kWill = {"will", "would", "shall"};
  static const WordSet kLead = {"agreed", "agree", "agrees", "plans", "planned", "plan", "decided", "decides",
                                "intends", "intended", "wants", "wanted", "expected", "voted", "promised",
                                "pledged", "moved", "set", "aims", "hopes", "threatened", "refused", "failed"};
  *first = v, frame->clear();
  const auto& t = c.t;
  for (size_t k = v, n = 0; k > 0 && n < 3; --k, ++n) {  // "must still approve", "will not"
    if (kModal.has(t[k - 1])) return false;
    if (kWill.has(t[k - 1])) { *frame = "will", *first = k - 1; return true; }
    if (!verb_filler(t[k - 1]) && !t[k - 1].is("not") && !t[k - 1].is("still") && !t[k - 1].is("also") &&
        !t[k - 1].is("be"))  // "must be freed"
      break;
  }
  if (v < 2 || !t[v - 1].is("to")) return true;
  size_t k = v - 2;
  if (k > 0 && verb_filler(t[k])) --k;  // "agreed yesterday to release"
  if (!kLead.has(t[k])) return true;
  *frame = t[k].norm == "set" ? "set" : std::string(t[k].norm);
  *first = k;
  return true;
}

bool adjective_participle(const Ctx& c, size_t v) {
  static const WordSet kBefore = {"of", "in", "for", "from", "with", "on", "at", "into", "to", "the", "a", "an", "its",
                                  "their", "newly", "recently", "all", "other", "those", "these"};
  static const WordSet kStative = {"keep", "keeps", "kept", "keeping", "remain", "remains", "remained", "stay",
                                   "stays", "stayed", "leave", "leaves", "left"};
  const std::string& w = c.t[v].norm;
  if (v == 0 || w.size() < 4 || w.compare(w.size() - 2, 2, "ed") != 0) return false;
  for (size_t k = v; k > 0 && v - k < 3; --k) {
    if (kStative.has(c.t[k - 1])) return true;  // "keep their windows closed", "remained closed"
  }
  if (!kBefore.has(c.t[v - 1])) return false;
  return v + 1 < c.t.size() && c.t[v + 1].kind == ScanKind::kWord && !function_word(c.t[v + 1]);
}

bool receive_event(const Ctx& c, size_t v, const VerbRow& row, EventMention* ev) {
  const auto& t = c.t;
  size_t k = v + 1;
  while (k < t.size() && k < v + 3 && !std::count(row.near.begin(), row.near.end(), t[k].norm)) ++k;
  if (k >= t.size() || !std::count(row.near.begin(), row.near.end(), t[k].norm)) return false;
  size_t from = k + 1;
  while (from < t.size() && from < k + 4 && !t[from].is("from") && !t[from].is("by")) ++from;
  if (from + 1 >= t.size() || !(t[from].is("from") || t[from].is("by"))) return false;
  size_t e = from + 1;
  while (e < t.size() && e < from + 5 && c.ent_at[e] < 0 && (t[e].cap || t[e].is("the") || t[e].is("and") || t[e].is("of")))
    ++e;  // "the Medicines and Health Products Agency": the name may start after the first words
  if (e >= t.size() || c.ent_at[e] < 0) return false;
  auto [a, b] = ent_span(c, c.ent_at[e], e);
  ev->agent = agent_key(c, c.ent_at[e], a, b, &ev->agent_name);
  size_t end = b;
  if (b < t.size() && t[b].is("(")) while (end < t.size() && end < b + 4 && !t[end].is(")")) ++end;
  if (end < t.size() && t[end].is(")")) ++end;
  if (end < t.size() && t[end].is("for")) add_words(c, end + 1, end + 9, &ev->words), chunk_words(c, end + 1, &ev->core);
  subject_words(c, v, &ev->words);  // the receiver: "Corvanta has won approval"
  ev->end = t[std::min(end, t.size()) - 1].end;
  return true;
}

// "Brenner's resignation" (his act), "Korvath's arrest" (done to her): a person's name + 's right before an act noun
// with no "of" after it. Only resignations, arrests and suspensions: whose the act is, the noun says.
bool named_possessive(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  const auto& t = c.t;
  if (v < 2 || !t[v - 1].is("'s") || c.ent_at[v - 2] < 0 || of_after(c, v) < t.size()) return false;
  const int e = c.ent_at[v - 2];
  const std::string& type = c.ents[static_cast<size_t>(e)].type;
  if (type != "PERSON" && type != "OTHER") return false;
  for (const VerbRow& r : rows) {
    if (!r.noun || !r.near.empty() || !r.after.empty()) continue;
    const bool own = r.action == "resign", done_to = r.action == "arrest" || r.action == "suspend";
    if (!own && !done_to) continue;
    auto [a, b] = ent_span(c, e, v - 2);
    std::string name;
    const std::string key = agent_key(c, e, a, b, &name);
    if (own) ev->agent = key, ev->agent_name = name;
    else ev->patient = key, ev->patient_name = name, ev->object_named = true, ev->words.push_back(key);
    ev->action = r.action, ev->rule = r.id;
    ev->start = t[a].start, ev->end = t[v].end;
    ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
    return true;
  }
  return false;
}

bool possessive_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  const auto& t = c.t;
  if (v == 0) return false;
  if (named_possessive(c, v, rows, ev)) return true;
  const bool person = t[v - 1].is("his") || t[v - 1].is("her");
  if (!person && !t[v - 1].is("its") && !t[v - 1].is("their")) return false;
  const VerbRow* row = nullptr;
  for (const VerbRow& r : rows) {
    // Only acts with no object: "his resignation" is his act, "his arrest" is done to him.
    if (r.noun && r.near.empty() && r.after.empty() && r.action == "resign") { row = &r; break; }
  }
  if (!row) return false;
  for (size_t k = v - 1, n = 0; k > 0 && n < 24 && t[k - 1].sentence == t[v].sentence; --k, ++n) {
    const int e = c.ent_at[k - 1];
    if (e < 0) continue;
    auto [a, b] = ent_span(c, e, k - 1);
    const std::string& type = c.ents[static_cast<size_t>(e)].type;
    if (person ? (type == "PERSON" || type == "OTHER") : type != "PERSON") {
      ev->agent = agent_key(c, e, a, b, &ev->agent_name);
      ev->action = row->action, ev->rule = row->id;
      ev->start = t[a].start, ev->end = t[v].end;
      ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
      return true;
    }
    k = a + 1;  // past the whole name
  }
  return false;
}

}  // namespace events_detail
}  // namespace fc
