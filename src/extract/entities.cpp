#include "extract/entities.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "extract/entities_acronyms.h"
#include "extract/entities_cues.h"
#include "extract/entities_generic.h"
#include "extract/entity_tables.h"
#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {
namespace {

// A candidate mention before resolution: token span, type guess and evidence.
struct Cand {
  size_t a = 0, b = 0;  // token span
  std::string_view type;  // PERSON | ORG | PLACE | DEMONYM | NAME (unconfirmed person-like name); a literal
  std::string_view title, rule;  // views into the rule tables or literals
  std::string canonical;
  bool sentence_start = false;
};

bool name_token(const ScanTok& t) {
  if (t.kind != ScanKind::kWord || !t.cap) return false;
  for (char c : t.norm) if (c >= '0' && c <= '9') return false;  // "COVID-19", "A330-200"
  static const WordSet kSkip = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                "sunday", "i", "i'm", "i'd", "i'll", "i've"};
  return !kSkip.has(t) && !month_word(t);
}

// A sentence-initial word that is likely a verb or adverb, not part of a name ("Suggesting", "Asked", "Clearly").
bool sentence_opener(const std::string& w) {
  auto ends = [&](const char* suf) {
    size_t n = std::char_traits<char>::length(suf);
    return w.size() > n + 2 && w.compare(w.size() - n, n, suf) == 0;
  };
  return ends("ing") || ends("ed") || ends("ly") || ends("ally");
}

// "of" (or "of the") continues a name after an organisation word or title: "Office of the Director".
size_t connector_len(const std::vector<ScanTok>& t, size_t k) {
  if (k + 1 >= t.size() || !t[k].is("of") || k == 0) return 0;
  const bool cue = org_suffix_rule(t[k - 1]) || one_word_title(t[k - 1]);
  if (!cue) return 0;
  size_t len = t[k + 1].is("the") ? 2 : 1;
  return k + len < t.size() && name_token(t[k + len]) ? len : 0;
}

// A plural possessive apostrophe inside a name: "Dockers' Union", "Teachers' Federation".
bool plural_possessive(const std::vector<ScanTok>& t, size_t j) {
  return t[j].is("'") && !t[j].space_before && j + 1 < t.size() && name_token(t[j + 1]) && !t[j - 1].norm.empty() &&
         t[j - 1].norm.back() == 's';
}

// Lower-case particles inside a name, before its next capitalised word ("von der", "da", "bin"); 0 if none.
size_t particles(const std::vector<ScanTok>& t, size_t j) {
  static const WordSet kParticle = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "bin", "ibn"};
  size_t k = j;
  while (k < t.size() && k < j + 2 && !t[k].cap && t[k].kind == ScanKind::kWord && kParticle.has(t[k])) ++k;
  const bool next = k > j && k < t.size() && !t[k].line_before && t[k].sentence == t[j].sentence && name_token(t[k]);
  return next ? k - j : 0;
}

constexpr size_t kMaxRun = 10;

// Maximal runs of capitalized words inside one sentence and line (at most kMaxRun tokens).
std::vector<std::pair<size_t, size_t>> cap_runs(const std::vector<ScanTok>& t) {
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < t.size();) {
    if (!name_token(t[i])) { ++i; continue; }
    size_t j = i + 1;
    // Names are short; a cap keeps shouted or tag-cloud text linear ("MOSCOW PUTIN SAYS ..." for pages).
    while (j < t.size() && j - i < kMaxRun && !t[j].line_before && t[j].sentence == t[i].sentence) {
      if (name_token(t[j])) { ++j; continue; }
      if (t[j].is(".") && !t[j].space_before && is_abbreviation(t[j - 1].norm) && j + 1 < t.size() &&
          name_token(t[j + 1])) {  // "Mr. Hale", "St. Petersburg"
        ++j;
        continue;
      }
      if (plural_possessive(t, j)) { ++j; continue; }  // "the Dockers' Union"
      if (size_t p = particles(t, j)) { j += p; continue; }  // "Ursula von der Leyen", "Lula da Silva"
      size_t c = connector_len(t, j);
      if (!c) break;
      j += c;
    }
    runs.push_back({i, j});
    i = j;
  }
  return runs;
}

std::string title_case(const std::string& lower) {
  std::string out = lower;
  for (size_t i = 0; i < out.size(); ++i) {
    if ((i == 0 || out[i - 1] == ' ') && out[i] >= 'a' && out[i] <= 'z') out[i] = (char)(out[i] - 32);
  }
  return out;
}

// How a table name is shown: as the text writes it when that is the same name in mixed case ("ABC News", not the
// table's "Abc News"); title case for all-capital text ("MOSCOW" in a dateline) or another spelling.
std::string table_name(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t b, const std::string& name) {
  const std::string_view surface = text.substr(t[a].start, t[b - 1].end - t[a].start);
  bool lower = false, same = surface.size() == name.size();
  for (size_t i = 0; same && i < surface.size(); ++i) {
    const char c = surface[i];
    lower = lower || (c >= 'a' && c <= 'z');
    same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == name[i];
  }
  return same && lower ? std::string(surface) : title_case(name);
}

// Token index where the next gazetteer or title phrase starts inside [k, b), or b.
size_t next_known(const std::vector<ScanTok>& t, size_t k, size_t b) {
  for (; k < b; ++k) {
    if (match_ent(EntList::kTitles, t, k, b) || match_ent(EntList::kPlaces, t, k, b) || match_ent(EntList::kOrgs, t, k, b))
      return k;
  }
  return b;
}

// Tokens a personal name is made of: capitalized words, no acronyms ("OS X"), no hyphenated compounds.
bool person_like(const std::vector<ScanTok>& t, size_t k, size_t e) {
  for (size_t i = k; i < e; ++i) {
    if ((t[i].upper && t[i].norm.size() > 1 && t[i].norm.back() != '.') || t[i].norm.find('-') != std::string::npos)
      return false;
  }
  return true;
}

// A name chunk [k, e) inside a run: an organisation by its last word, an acronym, or a person-like name.
void name_chunk(const std::vector<ScanTok>& t, size_t k, size_t e, std::vector<Cand>& out, std::string_view& title,
                std::string_view& title_rule, size_t title_at) {
  Cand c{k, e, "NAME", title, title_rule, "", t[k].sentence_start};
  bool cue = !title_rule.empty();  // a title or honorific stands before the name
  const std::string* inner = nullptr;  // "Association of Independent Journalists": an organisation word before "of"
  for (size_t s = k; s + 1 < e && !inner; ++s) inner = t[s + 1].is("of") ? org_suffix_rule(t[s]) : nullptr;
  if (e - k == 1 && dateline(t, k)) {
    c.type = "PLACE", c.rule = "ent.place.dateline";  // "BRENNA, March 5 -": the dateline names a place
    c.canonical = title_case(t[k].norm);
  } else if (const std::string* suffix = inner ? inner : firm_word(t, k, e)) {  // "General Motors Corporation": the suffix outranks a title word
    c.type = "ORG", c.rule = *suffix, c.title = {};
    if (cue && title_at < k && t[title_at].cap) c.a = title_at, k = title_at;  // "General Motors"
    // Absorb a place or demonym right before: "Russian Foreign Ministry", "Jerusalem Post".
    while (!out.empty() && out.back().b == k && (out.back().type == "PLACE" || out.back().type == "DEMONYM"))
      c.a = out.back().a, k = c.a, out.pop_back();
  } else if (e - k == 1 && t[k].upper && t[k].norm.size() >= 2 && t[k].norm.size() <= 6 && !cue) {
    c.type = "ORG", c.rule = "ent.org.acronym";
  } else if (cue && person_like(t, k, e)) {
    c.type = "PERSON";
  }
  bool shouting = e - k > 1 && t[k].upper && t[e - 1].upper;
  size_t words = 0;  // capitalised words: particles ("van der") do not make a name longer
  for (size_t i = k; i < e; ++i) words += t[i].cap ? 1 : 0;
  if ((words <= 3 || c.type == "ORG") && !shouting) out.push_back(std::move(c));
  title = {}, title_rule = {};
}

// Splits one capitalized run into titles, places, organisations and name chunks.
void split_run(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t b, std::vector<Cand>& out) {
  // "The", "In"; not a given name before a capitalised word ("the mayor Per Halvorsen").
  auto given_first = [&](size_t i) { return given_rule(t[i]) && i + 1 < b && t[i + 1].cap && !t[i + 1].upper; };
  while (a < b && ((function_word(t[a]) && !t[a].upper && !given_first(a)) || t[a].is("read"))) ++a;
  while (a < b && !t[a].cap) ++a;  // "Later van der Berg left": the name starts at its first capital
  if (a + 1 < b && t[a].sentence_start && sentence_opener(t[a].norm) && !given_rule(t[a]) &&
      !match_ent(EntList::kPlaces, t, a, b) && !match_ent(EntList::kOrgs, t, a, b))
    ++a;  // "Suggesting Biden was ..."

  std::string_view title, title_rule;
  size_t title_at = a;  // where a title inside the run starts ("General" of "General Motors")
  if (const EntPhrase* tp = a < b ? title_before(t, a) : nullptr) title = tp->role, title_rule = tp->id;
  for (size_t k = a; k < b;) {
    if (const EntPhrase* p = match_ent(EntList::kTitles, t, k, b)) {
      size_t e = k + p->words.size();
      title = p->role, title_rule = p->id, title_at = k;
      k = e;
      continue;
    }
    if (t[k].is("of") || t[k].is("the")) {  // "Prime Minister of Japan": what follows is not the person
      title = {}, title_rule = {};
      ++k;
      continue;
    }
    const EntPhrase* g = match_ent(EntList::kPlaces, t, k, b);
    if (!g) g = match_ent(EntList::kOrgs, t, k, b);
    if (g) {
      std::string_view type = g->type == "demonym" ? "DEMONYM" : g->type == "org" ? "ORG" : "PLACE";
      out.push_back({k, k + g->words.size(), type, "", g->id, table_name(text, t, k, k + g->words.size(), g->name),
                     t[k].sentence_start});
      k += g->words.size();
      continue;
    }
    size_t e = next_known(t, k + 1, b);
    // "George Washington", "Michael Jordan": a given name and one known place word are a person.
    if (e == k + 1 && e + 1 == b && given_rule(t[k]) && match_ent(EntList::kPlaces, t, e, b)) e = b;
    for (size_t s = k; s + 1 < b; ++s) {  // "Office of the Director of ...": the organisation runs to the end
      if (org_suffix_rule(t[s]) && t[s + 1].is("of")) e = b;
    }
    const size_t split = given_split(t, k, e);
    if (split < e) name_chunk(t, k, split, out, title, title_rule, title_at), k = split;
    name_chunk(t, k, e, out, title, title_rule, title_at);
    k = e;
  }
}

std::string span_text(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t b) {
  return std::string(text.substr(t[a].start, t[b - 1].end - t[a].start));
}

// Confirms person names and resolves surname-only mentions to the fullest name in the text.
void resolve(const std::vector<ScanTok>& t, std::string_view text, std::vector<Cand>& cands) {
  std::map<std::string, std::set<std::string>> by_last;  // last-word norm -> full names
  std::set<std::string> singles, titled, lone;
  for (const Cand& c : cands) {
    // A surname alone confirms a person only where people stand: before "said" or after a title.
    if (c.b - c.a == 1 && c.type != "PLACE" && c.type != "ORG" && (speech_after(t, c.b) || !c.title.empty()))
      singles.insert(t[c.a].norm);
    if (c.type == "PERSON") titled.insert(span_text(text, t, c.a, c.b));
    // "the Lesna" is a river or a firm, not a surname used again.
    if (c.b - c.a == 1 && c.type == "NAME" && !(c.a > 0 && t[c.a - 1].is("the")) && !place_cue(t, c.a))
      lone.insert(t[c.a].norm);  // "in Lisvada" is a place, not a surname: "Dinamo Lisvada" stays no person
  }
  for (Cand& c : cands) {
    if (c.b - c.a < 2 || (c.type != "NAME" && c.type != "PERSON")) continue;
    std::string name = span_text(text, t, c.a, c.b);
    const std::string* given = given_rule(t[c.a]);
    bool like = person_like(t, c.a, c.b);
    if (c.type == "NAME" && like && given) c.type = "PERSON", c.rule = *given;
    if (c.type == "NAME" && like && (titled.count(name) || singles.count(t[c.b - 1].norm))) c.type = "PERSON";
    if (c.type == "NAME" && like && c.a > 0 && speech_before(t[c.a - 1])) c.type = "PERSON", c.rule = "ent.person.said";
    // "Vesna Maric ... Maric has conceded": a two- or three-word name whose last word is used alone again.
    if (c.type == "NAME" && like && lone.count(t[c.b - 1].norm)) c.type = "PERSON", c.rule = "ent.person.surname_again";
    if (c.type == "PERSON") by_last[t[c.b - 1].norm].insert(name);
  }
  for (Cand& c : cands) {
    if (c.type != "NAME" && c.type != "PERSON") continue;
    auto it = by_last.find(t[c.b - 1].norm);
    if (c.b - c.a == 1 && it != by_last.end() && it->second.size() == 1) {
      c.type = "PERSON", c.canonical = *it->second.begin();
      if (c.rule.empty()) c.rule = "ent.person.surname";
    }
    if (c.canonical.empty()) c.canonical = span_text(text, t, c.a, c.b);
    if (c.type == "PERSON" && c.rule.empty()) c.rule = "ent.person.name";
  }
}

// Lone names no table knows become places where the text uses one of them as a place ("in Lestria") or in its
// dateline; every other lone mention of the same word in the text follows ("Lestria's top court").
// First words of the organisations named in full ("norrland" of "Norrland Steel"): alone, they name the firm.
std::set<std::string_view> org_first_words(const std::vector<ScanTok>& t, const std::vector<Cand>& cands) {
  std::set<std::string_view> out;
  for (const Cand& c : cands) if (c.type == "ORG" && c.b - c.a >= 2) out.insert(t[c.a].norm);
  return out;
}

void confirm_places(const std::vector<ScanTok>& t, std::vector<Cand>& cands, const std::set<std::string_view>& firms) {
  std::set<std::string_view> places;  // lower-case words
  for (const Cand& c : cands) {
    // A firm's first word alone names the firm ("Norrland" of "Norrland Steel"), unless it stands where only places
    // do: "near Moravik" with "Moravik Regional Hospital" in the same text.
    const bool firm = firms.count(t[c.a].norm) && !(c.a > 0 && (t[c.a - 1].is("near") || t[c.a - 1].is("outside")));
    bool lone_name = c.b - c.a == 1 && c.type == "NAME" && !t[c.a].upper && !firm;
    if (c.rule == "ent.place.dateline" || (lone_name && place_cue(t, c.a))) places.insert(t[c.a].norm);
  }
  if (places.empty()) return;
  for (Cand& c : cands) {
    if (c.b - c.a != 1 || c.type != "NAME" || t[c.a].upper || !places.count(t[c.a].norm)) continue;
    c.type = "PLACE", c.rule = "ent.place.cue", c.canonical = title_case(t[c.a].norm);
  }
}

// The mentions the candidates give: untyped lone words only as names another source may know as a place ("In
// Korvitsa, ...", "Lestria's top court" at a sentence start) or as coined names ("Respira-C"); no demonyms, no credits.
std::vector<EntityMention> to_mentions(std::string_view text, const std::vector<ScanTok>& t, const std::vector<Cand>& cands,
                                       const std::set<std::string_view>& firms) {
  std::vector<EntityMention> out;
  out.reserve(cands.size());
  std::unordered_map<std::string, std::string> keys;  // canonical name -> name_key
  for (const Cand& c : cands) {
    bool lone_start = c.b - c.a == 1 && c.sentence_start && c.rule.rfind("ent.person.surname", 0) != 0 &&
                      c.type != "PLACE" && c.type != "ORG";
    const bool lone = c.type == "NAME" && c.b - c.a == 1;
    const bool coined = lone && coined_name(text, t[c.a]);
    const bool speaker = speech_after(t, c.b) || (c.a > 0 && speech_before(t[c.a - 1]));  // "said Marsden": a person
    const bool said = lone && speech_after(t, c.b) && !t[c.a].upper;  // "Haddad said": a surname another source may spell out
    const bool kept = coined || said || (lone && !t[c.a].upper && !firms.count(t[c.a].norm) && !speaker &&
                                         (!c.sentence_start || (c.b < t.size() && t[c.b].is("'s"))));
    if (c.type == "DEMONYM" || (lone_start && !kept) || (lone && !kept) || credit_line(t, c.a, c.b)) continue;
    EntityMention m;
    m.start = t[c.a].start;
    m.end = t[c.b - 1].end;
    m.text = std::string(text.substr(m.start, m.end - m.start));
    m.type = c.type == "NAME" ? "OTHER" : std::string(c.type);
    m.canonical = c.canonical.empty() ? m.text : c.canonical;
    auto known = keys.find(m.canonical);  // a text names the same people again and again
    if (known == keys.end()) known = keys.emplace(m.canonical, name_key(river_name(m.canonical))).first;
    m.key = known->second;
    m.title = std::string(c.title);
    const bool word = lone && !c.sentence_start && name_word(text, t, c.a);  // may name a firm, a line, a product
    m.rule = coined ? "ent.name.coined" : said ? "ent.name.said" : word ? "ent.name.word" : lone ? "ent.name.lone" : !c.rule.empty() ? std::string(c.rule)
             : c.sentence_start ? "ent.name.start" : "ent.name";
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

std::vector<EntityMention> extract_entities(std::string_view text) { return extract_entities(text, scan_words(text)); }

std::vector<EntityMention> extract_entities(std::string_view text, const std::vector<ScanTok>& t) {
  std::vector<Cand> cands;
  cands.reserve(t.size() / 8);
  for (auto [a, b] : cap_runs(t)) split_run(text, t, a, b, cands);
  for (Cand& c : cands) {
    if (c.type != "NAME" && c.type != "PERSON") continue;
    if (const EntPhrase* p = c.rule.empty() ? title_after(t, c.b) : nullptr) {
      c.type = "PERSON", c.title = p->role, c.rule = p->id;
    }
    // No place or firm by the words around a name that speaks ("the city Rauf Hosta declared").
    const bool speaks = speech_after(t, c.b);
    const TypeCue cue = c.type == "NAME" && !given_rule(t[c.a]) && !speaks ? type_cue(t, c.a, c.b) : TypeCue{};
    if (!cue.type.empty()) c.type = cue.type, c.rule = cue.rule;  // "Upper Lesna region", "the company Baltic Mills"
  }
  resolve(t, text, cands);
  const std::set<std::string_view> firms = org_first_words(t, cands);
  confirm_places(t, cands, firms);
  std::vector<EntityMention> out = to_mentions(text, t, cands, firms);
  link_acronyms(text, t, out);
  add_generic_orgs(text, t, out);
  add_coded_names(text, t, out);
  return out;
}

}  // namespace fc
