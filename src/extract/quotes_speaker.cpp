// Speaker noun phrases: names with titles stripped, appositions, organisations, pronouns, and fullest names.
#include <algorithm>
#include <map>
#include <set>

#include "extract/quotes_internal.h"
#include "rules/rules.h"

namespace fc {
namespace qx {
namespace {

using Forms = std::map<std::string, std::string>;  // form -> rule id

std::string strip_dot(std::string_view s) {
  std::string out(s);
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

// Loads "id<TAB>form|form..." rows into form -> id (forms lower-case, trailing dots dropped).
Forms load_forms(const char* path) {
  Forms out;
  for (const RuleRow& row : rule_rows(path)) {
    if (row.fields.size() < 2) continue;
    std::string_view forms = row.fields[1];
    size_t p = 0;
    while (p <= forms.size()) {
      size_t bar = forms.find('|', p);
      if (bar == std::string_view::npos) bar = forms.size();
      out.emplace(strip_dot(forms.substr(p, bar - p)), std::string(row.fields[0]));
      p = bar + 1;
    }
  }
  return out;
}

const Forms& titles() { static const Forms f = load_forms("en/person_titles.tsv"); return f; }
const Forms& orgs() { static const Forms f = load_forms("en/org_cues.tsv"); return f; }
const Forms& pronouns() { static const Forms f = load_forms("en/pronouns.tsv"); return f; }

bool lookup(const Forms& f, const std::string& norm, std::string* id) {
  auto it = f.find(strip_dot(norm));
  if (it == f.end()) return false;
  if (id) *id = it->second;
  return true;
}

// Capitalised words that start sentences or link clauses, never part of a name.
bool function_word(const std::string& n) {
  static const char* const kWords[] = {"the", "a", "an", "but", "and", "or", "so", "then", "when", "while", "after",
                                       "before", "as", "if", "in", "on", "at", "of", "for", "with", "by", "to",
                                       "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
                                       "my", "your", "we", "they", "i", "you", "he", "she", "also", "still", "yet",
                                       "meanwhile", "however", "earlier", "later", "now", "asked", "from"};
  return std::find(std::begin(kWords), std::end(kWords), n) != std::end(kWords);
}

bool demonym(const Tok& t) {
  const std::string& n = t.norm;
  auto ends = [&](const char* suf) {
    std::string s(suf);
    return n.size() > s.size() + 2 && n.compare(n.size() - s.size(), s.size(), s) == 0;
  };
  return t.cap && (ends("ian") || ends("ean") || ends("ese") || ends("ish") || ends("an") ||
                   n.find('.') != std::string::npos || (n.size() <= 3 && t.end - t.start == n.size() &&
                                                        n == "us") || n == "uk" || n == "eu" || n == "un");
}

// Calendar words are capitalised but never part of a name ("on Thursday Putin said").
bool calendar_word(const std::string& n) {
  static const char* const kWords[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                       "january", "february", "march", "april", "june", "july", "august",
                                       "september", "october", "november", "december", "since", "although"};
  return std::find(std::begin(kWords), std::end(kWords), n) != std::end(kWords);
}

bool name_word(const Tok& t) {
  return t.kind == TokKind::kWord && t.cap && !function_word(t.norm) && !calendar_word(t.norm);
}

std::string surname_of(std::string_view name) {
  size_t sp = name.rfind(' ');
  std::string last(sp == std::string_view::npos ? name : name.substr(sp + 1));
  for (auto& c : last) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return last;
}

// Names the title rules of tokens [a, b), preferring two-word titles ("prime minister").
std::string title_rules(const std::vector<Tok>& toks, size_t a, size_t b) {
  std::string rule;
  std::string id;
  for (size_t k = a; k < b; ++k) {
    bool two = k + 1 < b && lookup(titles(), toks[k].norm + " " + toks[k + 1].norm, &id);
    if (two || lookup(titles(), toks[k].norm, &id)) {
      rule += (rule.empty() ? "" : ";") + ("title:" + id);
      if (two) ++k;
    }
  }
  return rule;
}

// Builds the speaker from tokens [a, b] holding a name run; strips titles and a possessive.
Speaker name_from(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b, std::string rule) {
  Speaker sp;
  std::string id;
  // everything up to the last title is a role ("Finance Minister Petra Vollan", "Health Secretary Colin Ward")
  for (size_t k = b; k-- > a;) {
    if (is_title(toks[k].norm) && name_word(toks[k + 1])) {
      rule += title_rules(toks, a, k + 1);
      a = k + 1;
      break;
    }
  }
  while (a < b && (is_title(toks[a].norm, &id) || (demonym(toks[a]) && is_title(toks[a + 1].norm)))) {
    if (rule.find("title:") == std::string::npos) rule += title_rules(toks, a, b);
    ++a;
    if (a < b && toks[a].norm == "of") a += 2;  // "Secretary of State"
  }
  if (a > b || is_title(toks[b].norm)) return sp;
  sp.start = toks[a].start;
  sp.end = toks[b].end;
  std::string name(text.substr(sp.start, sp.end - sp.start));
  for (const char* pos : {"'s", "\xE2\x80\x99s"}) {
    std::string p(pos);
    if (name.size() > p.size() && name.compare(name.size() - p.size(), p.size(), p) == 0) {
      name.resize(name.size() - p.size());
      sp.end -= p.size();
    }
  }
  sp.name = name;
  sp.rule = rule;
  return sp;
}

// An organisation: "the Kremlin", "the White House", "the ministry", "police".
Speaker org_from(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b) {
  Speaker sp;
  std::string id;
  bool head = is_org_head(toks[b].norm, &id);
  // lower-case modifiers belong to the organisation: "the finance ministry", "the town council"
  while (head && a > 0 && b - a < 3) {
    size_t m = toks[a - 1].kind == TokKind::kMark && toks[a - 1].norm == "'" && a > 1 ? a - 2 : a - 1;  // "workers' union"
    if (toks[m].kind != TokKind::kWord || toks[m].cap || function_word(toks[m].norm) || is_title(toks[m].norm)) break;
    if (m > 0 && (toks[m - 1].norm == "a" || toks[m - 1].norm == "an")) break;  // "a move [opposition parties]"
    a = m;
  }
  if (!head && !(a > 0 && toks[a - 1].norm == "the")) return sp;
  sp.start = toks[a].start;
  sp.end = toks[b].end;
  sp.name = std::string(text.substr(sp.start, sp.end - sp.start));
  sp.rule = head ? "org:" + id : "org:the-name";
  return sp;
}

}  // namespace

bool is_title(const std::string& norm, std::string* id) { return lookup(titles(), norm, id); }
bool is_org_head(const std::string& norm, std::string* id) { return lookup(orgs(), norm, id); }
std::string pronoun_id(const std::string& norm) {
  std::string id;
  return lookup(pronouns(), norm, &id) ? id : std::string();
}

Speaker speaker_ending_at(std::string_view text, const std::vector<Tok>& toks, size_t last, size_t floor) {
  Speaker none;
  if (last >= toks.size() || last < floor) return none;
  if (toks[last].norm == "," && last > floor) --last;  // "Dmitry Peskov, said"
  const Tok& t = toks[last];
  if (t.kind != TokKind::kWord) return none;
  if (!pronoun_id(t.norm).empty()) {
    Speaker sp{"", t.start, t.end, true, "pronoun:" + pronoun_id(t.norm)};
    return sp;
  }
  std::string id;
  if (!t.cap && is_title(t.norm, &id) && last > floor && toks[last - 1].norm == "the") {
    // "the judge said": a description that refers back to a titled person named earlier
    return Speaker{"", toks[last - 1].start, t.end, true, "description:title:" + id};
  }
  if (!t.cap && !is_org_head(t.norm)) {
    // "the defence ministry of the neighbouring state": the organisation heads the phrase
    for (size_t k = last; k > floor && last - k < 6 && toks[k].kind == TokKind::kWord && !toks[k].cap; --k) {
      if (toks[k].norm == "of" && is_org_head(toks[k - 1].norm)) return speaker_ending_at(text, toks, k - 1, floor);
    }
  }
  if (is_org_head(t.norm) && !t.cap) {
    size_t a = last;
    while (a > floor && toks[a - 1].kind == TokKind::kWord && name_word(toks[a - 1])) --a;
    return org_from(text, toks, a, last);
  }
  if (!name_word(t)) return none;
  size_t a = last;
  // walk left over the name, then over titles and lower-case roles ("Kremlin spokesman Dmitry Peskov")
  while (a > floor) {
    if (name_word(toks[a - 1]) && !is_title(toks[a - 1].norm) &&
        !(a >= floor + 3 && toks[a - 2].norm == "of" && is_title(toks[a - 3].norm))) {
      --a;
    } else if (a >= floor + 2 && toks[a - 1].norm == "of" && name_word(toks[a - 2]) && !is_title(toks[a - 2].norm)) {
      a -= 2;  // "Department of Health": a capitalised name joined by "of"
    } else {
      break;
    }
  }
  size_t name_a = a;
  while (a > floor && (is_title(toks[a - 1].norm) || name_word(toks[a - 1]) || toks[a - 1].norm == "of" ||
                       (toks[a - 1].norm == "." && a - 1 > floor && is_title(toks[a - 2].norm)))) --a;
  if (name_a == a && a == last && a > floor && toks[a - 1].norm == "the" && demonym(t)) {
    return Speaker{"", toks[a - 1].start, t.end, true, "description:demonym"};  // "the Italian replied"
  }
  if (name_a == a && a > floor && toks[a - 1].norm == "the") return org_from(text, toks, a, last);
  std::string rule = title_rules(toks, a, name_a);
  Speaker sp = name_from(text, toks, name_a, last, rule);
  sp.person = name_a > a || sp.name.find(' ') != std::string::npos;
  return sp;
}

Speaker speaker_starting_at(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t ceil) {
  Speaker none;
  size_t i = first;
  if (i >= ceil || toks[i].kind != TokKind::kWord) return none;
  if (!pronoun_id(toks[i].norm).empty()) {
    return Speaker{"", toks[i].start, toks[i].end, true, "pronoun:" + pronoun_id(toks[i].norm)};
  }
  std::string rule;
  std::string id;
  bool det = toks[i].norm == "the" || toks[i].norm == "his" || toks[i].norm == "her" || toks[i].norm == "its" ||
             toks[i].norm == "a" || toks[i].norm == "their";
  if (det) ++i;
  size_t np_a = i;
  auto title_soon = [&](size_t k) {
    for (size_t n = k + 1; n < ceil && n <= k + 2; ++n) if (is_title(toks[n].norm)) return true;
    return false;
  };
  while (i < ceil && ((toks[i].kind == TokKind::kWord &&
                       (name_word(toks[i]) || is_title(toks[i].norm) || is_org_head(toks[i].norm) ||
                        (!function_word(toks[i].norm) && title_soon(i)))) ||
                      (toks[i].norm == "." && i > np_a && is_title(toks[i - 1].norm) && i + 1 < ceil &&
                       name_word(toks[i + 1])))) ++i;
  if (i == np_a) return none;
  size_t np_b = i - 1;
  // apposition: "his spokesman, Dmitry Peskov" / "Putin's spokesman, Dmitry Peskov"
  bool role_only = is_title(toks[np_b].norm) || toks[np_b].norm.find('\'') != std::string::npos;
  if (role_only && i + 1 < ceil && toks[i].norm == "," && name_word(toks[i + 1])) {
    rule = title_rules(toks, np_a, np_b + 1) + ";apposition";
    size_t j = i + 1;
    while (j + 1 < ceil && name_word(toks[j + 1])) ++j;
    Speaker sp = name_from(text, toks, i + 1, j, rule);
    sp.person = true;
    return sp;
  }
  std::string tid;
  if (np_a == np_b && toks[first].norm == "the" && !toks[np_a].cap && is_title(toks[np_a].norm, &tid)) {
    return Speaker{"", toks[first].start, toks[np_a].end, true, "description:title:" + tid};
  }
  if (is_org_head(toks[np_b].norm) && !toks[np_b].cap) return org_from(text, toks, np_a, np_b);
  if (det && toks[first].norm == "the" && !is_title(toks[np_a].norm)) return org_from(text, toks, np_a, np_b);
  // the name is the last run of capitalised words; titles before it are stripped
  size_t a = np_b;
  while (a > np_a && name_word(toks[a - 1]) && !is_title(toks[a - 1].norm)) --a;
  rule = title_rules(toks, np_a, a);
  if (!name_word(toks[np_b]) || is_title(toks[np_b].norm)) return none;
  Speaker sp = name_from(text, toks, a, np_b, rule);
  sp.person = a > np_a || sp.name.find(' ') != std::string::npos;
  return sp;
}

NameBook collect_names(std::string_view text, const std::vector<Tok>& toks) {
  NameBook book;
  std::map<std::string, std::string> best;
  std::set<std::string> lower;  // words also written in lower case: a capital at sentence start is not a name
  for (const Tok& t : toks) if (t.kind == TokKind::kWord && !t.cap) lower.insert(t.norm);
  for (size_t i = 0; i < toks.size();) {
    if (!name_word(toks[i])) { ++i; continue; }
    bool initial = i == 0 || toks[i - 1].kind == TokKind::kBreak || ends_sentence(toks, i - 1);
    bool gerund = toks[i].norm.size() > 5 && toks[i].norm.compare(toks[i].norm.size() - 3, 3, "ing") == 0;
    if (initial && (lower.count(toks[i].norm) || gerund)) { ++i; continue; }
    size_t j = i;
    while (j + 1 < toks.size() && name_word(toks[j + 1]) && toks[j + 1].space_before) ++j;
    bool after_the = i > 0 && toks[i - 1].norm == "the";
    if (i >= 2 && toks[i - 1].norm == "of" && is_title(toks[i - 2].norm) && i < j) ++i;  // "Secretary of State X"

    Speaker sp = name_from(text, toks, i, j, "");
    size_t words = sp.name.empty() ? 0 : static_cast<size_t>(std::count(sp.name.begin(), sp.name.end(), ' ')) + 1;
    bool org = is_org_head(toks[j].norm);
    if (!after_the && !org && words >= 2 && words <= 3) {
      std::string& cur = best[surname_of(sp.name)];
      if (sp.name.size() > cur.size()) cur = sp.name;
    }
    i = j + 1;
  }
  book.by_surname.assign(best.begin(), best.end());
  return book;
}

std::vector<Speaker> person_mentions(std::string_view text, const std::vector<Tok>& toks, const NameBook& book) {
  std::vector<Speaker> out;
  for (size_t i = 0; i < toks.size();) {
    if (!name_word(toks[i]) || toks[i].quote != -1) { ++i; continue; }
    size_t j = i;
    while (j + 1 < toks.size() && name_word(toks[j + 1]) && toks[j + 1].quote == -1) ++j;
    // "the newspaper Der Morgen", "the Kremlin": things, not people
    bool thing = i > 0 && (toks[i - 1].norm == "the" ||
                           (i > 1 && toks[i - 2].norm == "the" && !toks[i - 1].cap && !is_title(toks[i - 1].norm)));
    bool possessive = toks[j].norm.size() > 2 && toks[j].norm.compare(toks[j].norm.size() - 2, 2, "'s") == 0;
    Speaker sp = name_from(text, toks, i, j, "");
    if (!thing && !possessive && !sp.name.empty() && !is_org_head(toks[j].norm)) {
      sp.name = book.fullest(sp.name);
      // a lone surname counts when it is the subject of a speech verb ("Ruiz warned")
      size_t v = j + 1;
      if (v < toks.size() && toks[v].norm.size() > 4 && toks[v].norm.compare(toks[v].norm.size() - 2, 2, "ly") == 0) ++v;
      if (v < toks.size() && (toks[v].norm == "later" || toks[v].norm == "also" || toks[v].norm == "then")) ++v;
      bool speaks = v < toks.size() && !speech_verb_at(toks, v).id.empty();
      // "Her husband, Ivan, ...": a lone first name in apposition to a lower-case noun
      size_t c = i >= 2 && toks[i - 1].kind == TokKind::kWord && !toks[i - 1].cap ? i - 1 : i;  // "twelve-year-old Emil"
      bool apposed = i == j && c >= 2 && j + 1 < toks.size() && toks[c - 1].norm == "," && toks[j + 1].norm == "," &&
                     toks[c - 2].kind == TokKind::kWord && !toks[c - 2].cap;
      sp.person = sp.name.find(' ') != std::string::npos || speaks || apposed;
      if (sp.person) out.push_back(sp);
    }
    i = j + 1;
  }
  return out;
}

std::string NameBook::fullest(const std::string& name) const {
  std::string key = surname_of(name);
  for (const auto& kv : by_surname) {
    if (kv.first == key && kv.second.size() > name.size()) return kv.second;
  }
  return name;
}

}  // namespace qx
}  // namespace fc
