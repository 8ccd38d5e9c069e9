#include "extract/entities.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "extract/entities_acronyms.h"
#include "extract/entities_cues.h"
#include "extract/entities_generic.h"
#include "extract/entities_runs.h"
#include "extract/entity_tables.h"
#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {
namespace {

using ent_detail::Cand;
using ent_detail::cap_runs;
using ent_detail::person_like;
using ent_detail::split_run;
using ent_detail::title_case;

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
    if (c.b - c.a < 2 || (c.type != "NAME" && c.type != "PERSON") || c.rule.rfind("ent.part.", 0) == 0) continue;
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
    if (c.rule.rfind("ent.part.", 0) == 0) {  // a guess only other sources confirm (align/entities_align_keys.cpp)
      c.canonical = span_text(text, t, c.a, c.b);
      continue;
    }
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
    if ((c.type != "NAME" && c.type != "PERSON") || c.rule.rfind("ent.part.", 0) == 0) continue;
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
