// Grouping keys of entity mentions across sources.
#include "align/entities_align_keys.h"

#include <algorithm>
#include <map>
#include <set>

#include "extract/entity_tables.h"

namespace fc {
namespace {

std::string_view last_word(std::string_view key) {
  size_t sp = key.rfind(' ');
  return sp == std::string_view::npos ? key : key.substr(sp + 1);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

// "River Lesna", "Lesna river" -> "lesna"; other names in lower case as they are.
std::string without_river(std::string_view name) {
  std::string s = lower(name);
  if (s.size() > 6 && s.compare(0, 6, "river ") == 0) s.erase(0, 6);
  if (s.size() > 6 && s.compare(s.size() - 6, 6, " river") == 0) s.resize(s.size() - 6);
  return s;
}

bool word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c & 0x80); }

bool bare_acronym(const EntityMention& m) { return m.rule == "ent.org.acronym" && m.canonical == m.text; }

// True if the words of `inner` appear, in order and together, among the words of `outer` (whole words).
bool contains_words(std::string_view outer, std::string_view inner) {
  if (inner.size() >= outer.size()) return false;
  for (size_t at = outer.find(inner); at != std::string_view::npos; at = outer.find(inner, at + 1)) {
    const size_t end = at + inner.size();
    if ((at == 0 || outer[at - 1] == ' ') && (end == outer.size() || outer[end] == ' ')) return true;
  }
  return false;
}

// The capitals that start the words of an organisation name, in order ("Medicines and Health Products Agency" ->
// "MHPA"); "" if the name has fewer than two.
std::string initials(std::string_view name) {
  std::string out;
  for (size_t i = 0; i < name.size(); ++i) {
    if ((i == 0 || name[i - 1] == ' ') && name[i] >= 'A' && name[i] <= 'Z') out += name[i];
  }
  return out.size() >= 2 ? out : "";
}

// Short organisation names ("Dockers Union") map to the one longest name that contains them ("Dockers Union of
// Valmora"), when no other longest name does; two words at least, so a bare "Ministry" never joins.
void link_short_forms(NameIndex& ix) {
  for (std::string_view k : ix.orgs) {
    if (k.find(' ') == std::string_view::npos) continue;
    std::vector<std::string_view> longer;
    for (std::string_view o : ix.orgs) if (contains_words(o, k)) longer.push_back(o);
    std::vector<std::string_view> top;
    for (std::string_view o : longer) {
      bool inside = std::any_of(longer.begin(), longer.end(), [&](std::string_view p) { return contains_words(p, o); });
      if (!inside) top.push_back(o);
    }
    if (top.size() == 1) ix.alias.emplace(std::string(k), std::string(top[0]));
  }
}

}  // namespace

NameIndex index_names(const std::vector<SourceFindings>& all) {
  NameIndex ix;
  std::unordered_map<std::string, std::string_view> by_initials;  // "MHPA" -> the org key with those initials
  for (const SourceFindings& f : all) {
    for (const EntityMention& m : f.entities) {
      const std::string_view type = m.type, key = m.key;
      if (type == "PERSON" && key.find(' ') != std::string_view::npos) {
        ix.full[last_word(key)].insert(key);
        ix.given.insert(key.substr(0, key.find(' ')));
        if (!m.title.empty()) ix.titled.insert(key);
      }
      if (type == "PLACE") ix.places.insert(key);
      if (type == "PLACE" && m.rule != "ent.place.cue") ix.firm_places.insert(key);
      if (type == "PLACE" && key.find(' ') == std::string_view::npos) ix.place_words.insert(without_river(m.canonical));
      if (type == "OTHER" && m.rule == "ent.name") ix.names.insert(key);
      if (m.rule == "ent.name.word") ix.words.insert(key);
      if (type == "ORG" && !bare_acronym(m) && key.find(' ') != std::string_view::npos) {
        auto [at, fresh] = ix.first_word.emplace(key.substr(0, key.find(' ')), key);
        if (!fresh && at->second != key) at->second = {};  // opens two names: neither
      }
      if (m.rule == "ent.term.spelled") ix.terms.emplace(m.canonical, lower(m.text));
      if (type != "ORG" || bare_acronym(m)) continue;
      ix.orgs.insert(key);
      if (m.rule == "ent.org.acronym") ix.alias[m.text] = "#" + m.text;  // "MHPA" defined by "... Agency (MHPA)"
      const std::string caps = initials(m.canonical);
      auto [at, fresh] = by_initials.emplace(caps, key);
      if (!fresh && at->second != key) at->second = {};  // two names with the same initials: neither
    }
  }
  // A full name joins the acronym it was defined with in any source ("the Agency of Medicines ... (MHPA)").
  for (const SourceFindings& f : all) {
    for (const EntityMention& m : f.entities) {
      if (m.rule == "ent.org.acronym" && !bare_acronym(m)) ix.alias[m.key] = "#" + m.text;
    }
  }
  link_short_forms(ix);
  link_reordered(ix);
  link_given_variants(ix);
  link_transliterated(ix, all);
  // An acronym no source defines still joins the one name whose initials it is ("OSCE", "NBV").
  for (const auto& [caps, key] : by_initials) {
    if (!caps.empty() && !key.empty() && !ix.alias.count(caps)) {
      auto it = ix.alias.find(std::string(key));
      ix.alias[caps] = it != ix.alias.end() ? it->second : std::string(key);
    }
  }
  return ix;
}

std::string group_key(const EntityMention& m, const NameIndex& ix) {
  const std::string_view type = m.type;
  auto org_key = [&](std::string_view key) {
    auto moved = ix.reordered.find(key);  // "Inspectorate for Data Protection": the name in another word order
    if (moved != ix.reordered.end()) key = moved->second;
    auto it = ix.alias.find(std::string(key));
    if (it == ix.alias.end()) return "O|" + std::string(key);
    auto again = ix.alias.find(it->second);  // a short form of a name that goes by its acronym
    return "O|" + (again != ix.alias.end() ? again->second : it->second);
  };
  if (m.rule == "ent.name.coined") return "N|" + m.key;  // "Respira-C" in two sources
  // "a downcast Ferrante admitted", "Ferrante's contract" (a place by a weak cue): a lone surname of the one person
  // the sources name in full with it, with a title somewhere ("coach Marco Ferrante"); with two such people ("Ana
  // Kovac", "Josip Kovac") it says not which.
  const bool lone_word = m.rule == "ent.name.word" || m.rule == "ent.name.lone" || m.rule == "ent.place.cue";
  if (lone_word && m.key.find(' ') == std::string::npos && !ix.orgs.count(m.key) && !ix.given.count(m.key)) {
    auto it = ix.full.find(m.key);
    if (it != ix.full.end() && it->second.size() == 1 && ix.titled.count(*it->second.begin()))
      return "P|" + std::string(*it->second.begin());
  }
  if (m.rule == "ent.part.head") {  // "Dinamo Lisvada" of the same run: only a name other sources give alone
    if (ix.orgs.count(m.key)) return org_key(m.key);
    return ix.names.count(m.key) ? "N|" + m.key : "";
  }
  if (m.rule == "ent.part.tail") {  // "Dinamo Lisvada Irakli Tsomaya": only a person some source names as one
    const std::string_view known = variant_of_known(person_key(m.key, ix), ix);
    return known.empty() ? "" : "P|" + std::string(known);
  }
  const bool word = m.rule == "ent.name.word" || m.rule == "ent.name.start.known";  // a lone name word, not a run
  if (m.rule == "ent.name.lone" || word || m.rule == "ent.name.lone.in_org") {
    // A lone word joins the firm another source calls it ("the group Teleron") when no source names a place so but
    // by a weak cue ("in Teleron", "Teleron's") ...
    if (ix.orgs.count(m.key) && !ix.firm_places.count(m.key)) return org_key(m.key);
    // ... or a place another source names, spelled the same ...
    if (ix.places.count(m.key) && ix.place_words.count(lower(m.text))) return "L|" + m.key;
    // ... or, written mid-sentence, the firm another source names or a name of its own ("the operator Nordbane"):
    // a surname alone stays out (it may be any of the story's people).
    // (A word keyed like a place but spelled otherwise is its adjective, "Korastani"; a person's given name alone,
    // "Irakli is ...", says not which of the story's people.)
    if (!word || ix.full.count(m.key) || ix.given.count(m.key) || ix.places.count(m.key)) return "";
    auto opens = ix.first_word.find(m.key);  // "Brightmarket" of "Brightmarket Group"
    if (opens != ix.first_word.end() && !opens->second.empty()) return org_key(opens->second);
    return ix.orgs.count(m.key) ? org_key(m.key) : "N|" + m.key;
  }
  if (m.rule.rfind("ent.term.", 0) == 0) return "N|#" + m.canonical;  // "RSV", "respiratory syncytial virus"
  if (type == "ORG" && bare_acronym(m) && ix.terms.count(m.text)) return "N|#" + m.text;
  // "the company Genrik Aas" made a firm by the word before; other sources name a person so ("Henrik Aas").
  if (type == "ORG" && m.rule == "ent.org.noun_before" && m.key.find(' ') != std::string::npos) {
    const std::string_view known = variant_of_known(person_key(m.key, ix), ix);
    if (!known.empty()) return "P|" + std::string(known);
  }
  if (type == "ORG") return org_key(bare_acronym(m) ? std::string_view(m.text) : std::string_view(m.key));
  // "Cuisora's recall" made it a place by a weak cue; another source calls it a firm ("the maker Cuisora").
  if (type == "PLACE" && m.rule == "ent.place.cue" && ix.orgs.count(m.key)) return org_key(m.key);
  if (type == "PLACE") return "L|" + m.key;
  std::string_view key = person_key(m.key, ix);
  if (key.find(' ') == std::string_view::npos) {
    auto it = ix.full.find(key);
    if (it != ix.full.end() && it->second.size() == 1) key = person_key(*it->second.begin(), ix);
  }
  if (type == "OTHER") {  // a name with no person cue in this source is a person only if another source knows him
    const std::string_view known = key.find(' ') == std::string_view::npos ? std::string_view{} : variant_of_known(key, ix);
    bool person = !known.empty();
    if (person) key = known;
    if (!person && ix.orgs.count(key)) return org_key(key);  // "Corvanta Biologics has ...": a firm elsewhere
    // "the operator Nordbane said": a lone name that speaks joins the name other sources write mid-sentence.
    if (!person && m.rule == "ent.name.said" && ix.words.count(key) && !ix.full.count(key)) return "N|" + std::string(key);
    if (!person && ix.places.count(key)) return "L|" + std::string(key);
    // Else a name of several words: person, firm or other; one opening a sentence only if another source has it
    // mid-sentence ("Halvorsen Coatings").
    const bool mid = m.rule == "ent.name" || (m.rule == "ent.name.start" && ix.names.count(key));
    if (!person) return mid && key.find(' ') != std::string_view::npos ? "N|" + std::string(key) : "";
  }
  return key.empty() ? "" : "P|" + std::string(key);
}

std::vector<std::pair<size_t, EntityMention>> spelled_terms(const std::vector<SourceFindings>& all, const NameIndex& ix) {
  std::vector<std::pair<size_t, EntityMention>> out;
  if (ix.terms.empty()) return out;
  for (size_t s = 0; s < all.size(); ++s) {
    std::string text;  // lower-cased once per source, only when some term is defined
    for (const auto& term : ix.terms) {
      const std::string& acronym = term.first;  // a plain reference: clang's C++17 lambdas cannot capture bindings
      const std::string& words = term.second;
      bool named = std::any_of(all[s].entities.begin(), all[s].entities.end(),
                               [&](const EntityMention& m) { return m.text == acronym || m.canonical == acronym; });
      if (named) continue;
      if (text.empty()) text = lower(all[s].source->text);
      const size_t at = text.find(words);
      const size_t end = at + words.size();
      if (at == std::string::npos || (at > 0 && word_char(text[at - 1])) || (end < text.size() && word_char(text[end])))
        continue;
      EntityMention m;
      m.start = at, m.end = end, m.text = all[s].source->text.substr(at, words.size());
      m.canonical = acronym, m.type = "OTHER", m.rule = "ent.term.spelled";
      out.emplace_back(s, std::move(m));
    }
  }
  return out;
}

std::vector<std::pair<size_t, EntityMention>> places_in_orgs(const std::vector<SourceFindings>& all) {
  std::vector<std::pair<size_t, EntityMention>> out;
  for (size_t s = 0; s < all.size(); ++s) {
    for (const EntityMention& m : all[s].entities) {
      const size_t of = m.type == "ORG" ? m.text.rfind(" of ") : std::string::npos;
      if (of == std::string::npos) continue;
      const std::string tail = m.text.substr(of + 4);
      if (tail.empty() || tail.find(' ') != std::string::npos || tail[0] < 'A' || tail[0] > 'Z') continue;
      EntityMention x;
      x.start = m.start + of + 4, x.end = m.end, x.text = x.canonical = tail;
      x.key = name_key(tail), x.type = "OTHER", x.rule = "ent.name.lone.in_org";
      out.emplace_back(s, std::move(x));
    }
  }
  return out;
}

bool full_org_name(const EntityMention& m, const NameIndex& ix) {
  if (bare_acronym(m)) return false;
  auto it = ix.alias.find(m.key);
  return it == ix.alias.end() || it->second[0] == '#' || it->second == m.key;
}

}  // namespace fc
