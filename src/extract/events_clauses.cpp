// Event extractor clauses: the subject of a verb (past possessors, shared by coordinated verbs), event nouns after
// a cue word ("a phone call"), the weekday a clause names.
#include <algorithm>

#include "extract/events_internal.h"
#include "extract/lexicon.h"
#include "extract/words.h"

namespace fc {
namespace events_detail {
namespace {

// "Estmark's ambassador on Sunday and recalled": a preposition, "and" or a break between the possessed noun
// (from token `from`) and the verb at `v` makes the possessor no subject.
bool possessor_apart(const Ctx& c, size_t from, size_t v) {
  static const WordSet kApart = {"on", "in", "at", "and", "to", "for", "from", "with", "of", "by", "over"};
  for (size_t k = from; k < v && k < c.t.size(); ++k) {
    if (kApart.has(c.t[k]) || is_clause_break(c.t[k])) return true;
  }
  return false;
}

// True if tokens [k, v) are all auxiliaries ("is", "has been") or none.
bool aux_only(const Ctx& c, size_t k, size_t v) {
  static const WordSet kAux = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "be", "been"};
  for (; k < v; ++k) if (!kAux.has(c.t[k])) return false;
  return true;
}

bool weekday(const ScanTok& w) {
  static const WordSet kDays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  return kDays.has(w);
}

// "the 22-year-old Kartavia international passed": a place ending at token b that qualifies the common noun after
// it, before verb token v, is not the subject (not "Norway quickly recalled"); people and organisations stay agents
// ("Cabinet ministers agreed", "Water authority engineers checked").
bool modifier(const Ctx& c, size_t b, size_t v) {
  if (b >= v || b >= c.t.size() || b == 0 || c.ent_at[b - 1] < 0) return false;
  const EntityMention& m = c.ents[static_cast<size_t>(c.ent_at[b - 1])];
  const bool one_word = m.text.find(' ') == std::string::npos;  // "National Renewal party" is a party's name
  if (m.type != "PLACE" && !(m.type == "OTHER" && one_word)) return false;  // untyped: "the Kartavia international"
  const ScanTok& w = c.t[b];
  auto ends = [&](const char* suffix, size_t n) { return w.norm.size() > n + 2 && w.norm.compare(w.norm.size() - n, n, suffix) == 0; };
  if (w.kind != ScanKind::kWord || w.cap || function_word(w) || verb_filler(w) || c.ent_at[b] >= 0 || verb_rows(w) ||
      ends("ly", 2) || ends("ed", 2) || ends("ing", 3))
    return false;
  for (size_t i = b + 1; i < v; ++i) {  // the noun stands right before the verb and its auxiliaries
    if (!verb_filler(c.t[i]) && !function_word(c.t[i])) return false;
  }
  return true;
}

// "The Harbour Workers Union (HWU), the largest union, called": an apposition between commas right before verb v
// (auxiliaries between) whose opening comma follows a name, or a name and its acronym in parentheses. The entity
// index, or -1. The apposition must open like one ("the", "a", "which"): "Talks with Lee, however, resumed" has none.
int apposed_subject(const Ctx& c, size_t v, size_t* a, size_t* b) {
  static const WordSet kOpen = {"the", "a", "an", "which", "who", "whose", "its", "their", "his", "her"};
  size_t close = v;
  while (close > 0 && v - close < 3 && !c.t[close - 1].is(",")) --close;
  if (close == 0 || !c.t[close - 1].is(",") || !aux_only(c, close, v)) return -1;
  for (size_t j = close - 1, n = 0; j > 1 && n < 12; --j, ++n) {
    const ScanTok& w = c.t[j - 1];
    if (w.sentence != c.t[v].sentence || (is_clause_break(w) && !w.is(","))) return -1;
    if (!w.is(",")) continue;
    if (!kOpen.has(c.t[j]) || j < 2) return -1;
    size_t end = j - 2;  // the token before the opening comma
    if (c.t[end].is(")")) while (end > 0 && !c.t[end].is("(")) --end;  // "... Unions (CVTU),"
    if (end == 0 || c.ent_at[end - (c.t[end].is("(") ? 1 : 0)] < 0) return -1;
    const size_t at = c.t[end].is("(") ? end - 1 : end;
    std::tie(*a, *b) = ent_span(c, c.ent_at[at], at);
    return c.ent_at[at];
  }
  return -1;
}

// "the raid on the Velby Museum", "sanctions against Norland": a name after "on", "against", "over" or "about"
// (and an article) that follows a common noun is what that noun is about, not a subject.
bool topic_object(const Ctx& c, size_t a) {
  static const WordSet kTopic = {"on", "against", "over", "about"};
  size_t p = a;
  if (p > 0 && c.t[p - 1].is("the")) --p;
  if (p < 2 || !kTopic.has(c.t[p - 1])) return false;
  const ScanTok& noun = c.t[p - 2];
  return noun.kind == ScanKind::kWord && !noun.cap && !function_word(noun) && c.ent_at[p - 2] < 0;
}

// A token of each distinct person (by entity key) named in token range [from, to), nearest first; stops past two.
std::vector<size_t> people_in(const Ctx& c, size_t from, size_t to) {
  std::vector<size_t> out;
  for (size_t k = to; k > from && out.size() < 2; --k) {
    const int e = c.ent_at[k - 1];
    if (e < 0 || c.ents[e].type != "PERSON") continue;
    auto same = [&](size_t o) { return c.ents[c.ent_at[o]].key == c.ents[e].key; };
    if (std::none_of(out.begin(), out.end(), same)) out.push_back(k - 1);
  }
  return out;
}

}  // namespace

size_t person_pronoun(const Ctx& c, size_t k) {
  if (!(c.t[k].is("he") || c.t[k].is("she") || c.t[k].is("him"))) return c.t.size();
  size_t s = k;
  while (s > 0 && c.t[s - 1].sentence == c.t[k].sentence) --s;
  std::vector<size_t> here = people_in(c, s, k);
  if (!here.empty()) return here.size() == 1 ? here[0] : c.t.size();
  size_t p = s;
  while (p > 0 && c.t[p - 1].sentence + 1 == c.t[k].sentence) --p;
  std::vector<size_t> before = people_in(c, p, s);
  return before.size() == 1 ? before[0] : c.t.size();
}

int subject_before(const Ctx& c, size_t v, size_t* a, size_t* b) {
  static const WordSet kClause = {"said", "says", "told", "after", "before", "when", "while", "as", "because",
                                  "since", "if", "until", "where"};
  static const WordSet kPlacePrep = {"in", "at", "near", "from", "across", "into", "outside", "inside", "around"};
  const int apposed = apposed_subject(c, v, a, b);
  if (apposed >= 0) return apposed;
  for (size_t k = v, n = 0; k > 0 && n < 8; --k, ++n) {
    const ScanTok& tok = c.t[k - 1];
    if (tok.is(")")) {  // "The National Bank of Valoria (NBV) lifted": look past the parenthesis
      while (k > 1 && !c.t[k - 1].is("(")) --k;
      continue;
    }
    if (tok.is(",") && k >= 2 && c.ent_at[k - 2] >= 0 && aux_only(c, k, v)) {  // "The maker, Cuisora Ltd, is recalling"
      std::tie(*a, *b) = ent_span(c, c.ent_at[k - 2], k - 2);
      if (*a > 0 && c.t[*a - 1].is(",")) return c.ent_at[k - 2];
    }
    if (tok.sentence != c.t[v].sentence || is_clause_break(tok) || pronoun(tok)) break;
    if (kClause.has(tok)) break;  // "... after border guards detained": the subject is inside the clause
    if (c.ent_at[k - 1] < 0) continue;
    std::tie(*a, *b) = ent_span(c, c.ent_at[k - 1], k - 1);
    bool place = *a > 0 && kPlacePrep.has(c.t[*a - 1]);  // "the level of the river in Brezno culminated"
    place = place || topic_object(c, *a);  // "Detectives looking into the raid on the Velby Museum arrested"
    bool possessor = *b < c.t.size() && c.t[*b].is("'s") && possessor_apart(c, *b + 1, v);
    if (!place && !possessor && !modifier(c, *b, v)) return c.ent_at[k - 1];
    if (*a == 0) break;
    k = *a;
  }
  return -1;
}

size_t coordinated_verb(const Ctx& c, size_t first) {
  size_t k = first;
  while (k > 0 && (verb_filler(c.t[k - 1]) || c.t[k - 1].is("also") || c.t[k - 1].is("then"))) --k;
  if (k < 2 || !c.t[k - 1].is("and") || c.t[k - 1].sentence != c.t[first].sentence) return c.t.size();
  for (size_t j = k - 1, n = 0; j > 0 && n < 14; --j, ++n) {
    const ScanTok& w = c.t[j - 1];
    if (w.sentence != c.t[first].sentence || (is_clause_break(w) && !w.is(","))) break;
    if (c.ent_at[j - 1] >= 0 || w.cap || w.kind != ScanKind::kWord) continue;
    const std::string& s = w.norm;
    bool past = s.size() > 3 && s.compare(s.size() - 2, 2, "ed") == 0;
    if (past || verb_rows(w)) return j - 1;
  }
  return c.t.size();
}

std::string weekday_near(const Ctx& c, size_t v) {
  for (size_t k = v + 1; k < c.t.size() && k < v + 12 && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (weekday(c.t[k])) return c.t[k].norm;  // "recalled its envoy on Monday"
    if (k > v + 1 && c.t[k].is("and")) break;  // "... and met Lee on Friday" is the next clause's
  }
  for (size_t k = v, n = 0; k > 0 && n < 6 && c.t[k - 1].sentence == c.t[v].sentence; --k, ++n) {
    if (weekday(c.t[k - 1])) return c.t[k - 1].norm;  // "on Monday, Norway recalled"
    if (c.t[k - 1].is("and")) break;
  }
  return "";
}

// The year token k is, when a word before it says it is one ("in 2016", "March 2016", "the 2016 release"): 1950-2099
// written as four plain digits; 0 otherwise ("2016 people" after no such word is a count). A span's bound is no
// act's year: "on sale since March 2024", "the first stoppage since 2019".
int year_at(const Ctx& c, size_t k) {
  static const WordSet kBound = {"since", "until", "till", "from", "through"};
  static const WordSet kBefore = {"in", "of", "during", "before", "after", "the", "early",
                                  "late", "mid", "spring", "summer", "autumn", "winter", "january", "february",
                                  "march", "april", "may", "june", "july", "august", "september", "october",
                                  "november", "december", ","};
  const ScanTok& w = c.t[k];
  if (w.kind != ScanKind::kNumber || w.norm.size() != 4 || k == 0 || !kBefore.has(c.t[k - 1])) return 0;
  for (char ch : w.norm) if (ch < '0' || ch > '9') return 0;
  for (size_t j = k, n = 0; j > 0 && n < 3; --j, ++n) if (kBound.has(c.t[j - 1])) return 0;
  const int y = std::stoi(w.norm);
  return y >= 1950 && y <= 2099 ? y : 0;
}

// "since 2019, when each side expelled": a year that a "when" clause after it dates (token k, 1950-2099), even
// after a span's bound; 0 otherwise.
int when_year(const Ctx& c, size_t k) {
  const ScanTok& w = c.t[k];
  if (w.kind != ScanKind::kNumber || w.norm.size() != 4) return 0;
  for (char ch : w.norm) if (ch < '0' || ch > '9') return 0;
  size_t n = k + 1;
  if (n < c.t.size() && c.t[n].is(",")) ++n;
  if (n >= c.t.size() || !c.t[n].is("when") || c.t[n].sentence != w.sentence) return 0;
  const int y = std::stoi(w.norm);
  return y >= 1950 && y <= 2099 ? y : 0;
}

int year_near(const Ctx& c, size_t v) {
  for (size_t k = v + 1; k < c.t.size() && k < v + 14 && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (int y = year_at(c, k)) return y;  // "was released in March 2016"
    if (k > v + 1 && (c.t[k].is("and") || c.t[k].is("which") || c.t[k].is("who"))) break;  // another clause's
  }
  for (size_t k = v, n = 0; k > 0 && n < 16 && c.t[k - 1].sentence == c.t[v].sentence; --k, ++n) {
    if (int y = year_at(c, k - 1)) return y;  // "in 2016, she was released", "the 2016 release"
    if (int y = when_year(c, k - 1)) return y;  // "since 2019, when each side sent home three diplomats"
    if (c.t[k - 1].is("and")) break;
  }
  return 0;
}

bool plural_subject(const Ctx& c, size_t v) {
  if (v == 0 || c.t[v].norm.back() == 's') return false;
  const ScanTok& p = c.t[v - 1];
  return p.kind == ScanKind::kWord && !p.cap && !function_word(p) && p.norm.size() > 3 && p.norm.back() == 's' &&
         c.t[v - 1].sentence == c.t[v].sentence;
}

bool after_event(const Ctx& c, size_t v, const std::vector<VerbRow>& rows, EventMention* ev) {
  const auto& t = c.t;
  if (v == 0 || v + 1 > t.size()) return false;
  for (const VerbRow& r : rows) {
    if (r.after.empty() || std::find(r.after.begin(), r.after.end(), t[v - 1].norm) == r.after.end()) continue;
    ev->action = r.action, ev->rule = r.id;
    size_t np = v - 1;  // "Yesterday's phone call", "a telephone conversation"
    while (np > 0 && np + 3 > v && (function_word(t[np - 1]) || t[np - 1].is("'s"))) --np;
    size_t a = np, b = np;
    int subj = subject_before(c, np, &a, &b);
    if (subj >= 0) ev->agent = agent_key(c, subj, a, b, &ev->agent_name);
    subject_words(c, np, &ev->words);  // "The leaders of Valdoria and Estmark agreed in a phone call"
    add_words(c, v + 1, v + 12, &ev->words);  // "between the prime minister and the president"
    drop_cue_words(r, "", ev);
    ev->start = t[v - 1].start, ev->end = t[v].end;
    ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
    return true;
  }
  return false;
}

bool pronoun(const ScanTok& w) {
  static const WordSet kPron = {"i", "you", "he", "she", "it", "we", "they", "who", "which", "that"};
  return kPron.has(w);
}

size_t of_after(const Ctx& c, size_t v) {
  const auto& t = c.t;
  if (v + 1 < t.size() && t[v + 1].is("of")) return v + 1;
  if (v + 2 >= t.size() || !(t[v + 1].is("on") || t[v + 1].is("in"))) return t.size();
  for (size_t k = v + 2; k < t.size() && k < v + 7; ++k) {  // "on 6 June 2026 of"
    if (t[k].is("of")) return k;
    if (t[k].kind != ScanKind::kNumber && !t[k].cap) break;
  }
  return t.size();
}

bool noun_after_preposition(const Ctx& c, size_t v) {
  static const WordSet kPrep = {"over", "about", "against", "into", "for", "after", "despite", "on", "of", "with",
                                "at", "to", "from"};
  size_t k = v;
  while (k > 0 && v - k < 3 && !kPrep.has(c.t[k - 1]) && function_word(c.t[k - 1]) && !c.t[k - 1].is("'s")) --k;
  return k > 0 && k < v && kPrep.has(c.t[k - 1]);
}

bool symmetric(const std::string& action) { return action == "call" || action == "meet"; }

void add_subject(const Ctx& c, size_t start, EventMention* ev) {
  static const WordSet kStop = {"that", "said", "says", "told", "when", "while", "after", "before", "because",
                                "since", "who", "which", ";", ":", "\"", "(", ")"};
  if (start >= c.t.size()) return;
  size_t k = start;  // "the Minister, Ms Ana Kovac, and her counterpart, Mr Rein Tamm, will meet": past the commas
  while (k > 0 && start - k < 30 && c.t[k - 1].sentence == c.t[start].sentence && !kStop.has(c.t[k - 1])) --k;
  add_words(c, k, start, &ev->words);
  if (!ev->agent.empty() && ev->agent[0] != '~' &&
      std::find(ev->words.begin(), ev->words.end(), ev->agent) == ev->words.end())
    ev->words.push_back(ev->agent);
}

void name_words(const Ctx& c, size_t v, EventMention* ev) {
  size_t k = v;
  while (k > 0 && c.t[k - 1].sentence == c.t[v].sentence) --k;
  for (; k < c.t.size() && c.t[k].sentence == c.t[v].sentence; ++k) {
    if (c.ent_at[k] < 0) continue;
    auto [a, b] = ent_span(c, c.ent_at[k], k);
    std::string name, key = agent_key(c, c.ent_at[k], a, b, &name);
    // An accident is known by its place ("derailed near Moravik", "south of Moravik station"), not by who spoke.
    const std::string& type = c.ents[static_cast<size_t>(c.ent_at[k])].type;
    const bool place = type == "PLACE" || type == "OTHER";
    bool in = std::find(ev->words.begin(), ev->words.end(), key) != ev->words.end() && (place || !place_told(ev->action));
    if (in && std::find(ev->names.begin(), ev->names.end(), key) == ev->names.end()) ev->names.push_back(key);
    k = b - 1;
  }
}

}  // namespace events_detail
}  // namespace fc
