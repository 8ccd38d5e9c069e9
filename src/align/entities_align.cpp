// Entity facts: the same person, organisation or place across sources.
#include <algorithm>
#include <cstdint>
#include <deque>
#include <iterator>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include "align/align.h"
#include "core/sort.h"
#include "align/entities_align_keys.h"
#include "align/mention_util.h"

namespace fc {
namespace {

// The mention that best represents an entity in one source, and how often the source names it.
struct Rep {
  const EntityMention* m = nullptr;
  size_t count = 0;
};

// The name in full beats a surname or short form ("Andrius Kalnietis" over a headline's "Kalnietis"), then a titled
// mention, then the one defining an acronym ("Baltic Space Agency (BSA)"), then the longer text.
bool better(const EntityMention& a, const EntityMention& b) {
  const bool person = a.type == "PERSON" && b.type == "PERSON";
  const bool full_a = !person || a.text == a.canonical, full_b = !person || b.text == b.canonical;
  if (full_a != full_b) return full_a;
  if (a.title.empty() != b.title.empty()) return !a.title.empty();
  // a name in the story's text over the capitals of its dateline ("PORT AMARAL, Sept 21 -")
  const bool line_a = a.rule == "ent.place.dateline", line_b = b.rule == "ent.place.dateline";
  if (line_a != line_b) return !line_a;
  const bool def_a = a.rule == "ent.org.acronym_defined", def_b = b.rule == "ent.org.acronym_defined";
  if (def_a != def_b) return def_a;
  // a mention the text itself types ("Halvan province") over the same name untyped ("after Halvan earthquake")
  const bool typed_a = a.type != "OTHER", typed_b = b.type != "OTHER";
  if (typed_a != typed_b && a.text.size() == b.text.size()) return typed_a;
  return a.text.size() > b.text.size();
}

// A spelling folded to compare: no case or dots, a dash as a space, and no "River" around a river's name ("Black
// Lantern" and "BlackLantern" are two spellings).
std::string fold_spelling(const std::string& name) {
  std::string_view s = name;
  for (std::string_view river : {"River ", "river "}) if (s.size() > 6 && s.substr(0, 6) == river) s.remove_prefix(6);
  for (std::string_view river : {" River", " river"}) if (s.size() > 6 && s.substr(s.size() - 6) == river) s.remove_suffix(6);
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '.') continue;
    out += c == '-' ? ' ' : (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    // a dateline's capitals of Latin-1 letters ("SØLVIK", "ÅRHUS") are their small letters, not another spelling
    const unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (static_cast<unsigned char>(c) == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      out += static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

// True if a capital Latin-1 letter ("Ø", "Å") stands inside a word of `s`, as title-casing a dateline leaves it.
bool odd_capitals(const std::string& s) {
  for (size_t i = 1; i + 1 < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]), next = static_cast<unsigned char>(s[i + 1]);
    const char before = s[i - 1];
    const bool letter_before = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z');
    if (c == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97 && letter_before) return true;
  }
  return false;
}

// True if `s` has no capital letter.
bool lower_case(const std::string& s) {
  return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// A title for comparison: lower-case, honorifics ("Mr.", "Dr.") left out as they say nothing of the role.
std::string lower_title(const std::string& title) {
  std::string t;
  for (char c : title) t += (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
  for (const char* h : {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}) if (t == h) return "";
  return t;
}

using Spellings = std::map<std::string, std::pair<std::string, std::vector<std::string>>>;  // folded -> (shown, sources)

// The most used spelling; on a tie the first source's.
// A name found in lower-case words ("monetary policy committee") names the label only when no source writes it
// as a name.
std::string most_used(const Spellings& spellings, const std::map<size_t, Rep>& reps) {
  std::string best;
  size_t most = 0;
  const bool named = std::any_of(reps.begin(), reps.end(), [](const auto& r) { return r.second.m->rule != "ent.org.spelled"; });
  for (const auto& [s, rep] : reps) {
    if (named && rep.m->rule == "ent.org.spelled") continue;
    auto it = spellings.find(fold_spelling(rep.m->canonical));
    if (it != spellings.end() && it->second.second.size() > most) best = it->second.first, most = it->second.second.size();
  }
  return best.empty() ? reps.begin()->second.m->canonical : best;
}

std::string titles_flag(const std::set<std::string>& titles) {
  std::string flag = "titles differ:";
  for (const std::string& t : titles) flag += " '" + t + "'";
  return flag;
}

// A name key without its spaces ("blk lntrn" -> "blklntrn").
std::string unspaced(const std::string& key) {
  std::string out = key;
  out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
  return out;
}

// True if some other mention of the group is a longer name than `m`, not only `m` written apart ("Black Lantern").
bool reps_have_longer(const std::map<size_t, Rep>& reps, const EntityMention& m) {
  for (const auto& kv : reps) {
    const std::string& c = kv.second.m->canonical;
    if (c.size() > m.canonical.size() && unspaced(kv.second.m->key) != unspaced(m.key)) return true;
  }
  return false;
}

Fact make_fact(const std::vector<SourceFindings>& all, char kind, const std::map<size_t, Rep>& reps, const NameIndex& ix) {
  Fact f;
  f.kind = "entity";
  Spellings spellings;
  std::set<std::string> titles;
  std::string title;
  for (const auto& [s, rep] : reps) {
    const EntityMention& m = *rep.m;
    Mention men = make_mention(all[s], m.start, m.end, m.canonical, m.rule);
    const char* untyped = kind == 'O' ? "ORG" : kind == 'L' ? "PLACE" : kind == 'N' ? "OTHER" : "PERSON";
    men.extra = {{"type", m.type == "OTHER" || kind == 'N' ? untyped : m.type}, {"title", m.title},
                 {"mentions", std::to_string(rep.count)}};
    f.mentions.push_back(std::move(men));
    // Spellings differ only in letters, not in case or spacing ("MacBook" and "Macbook" are one spelling).
    // A surname alone, a bare acronym or a short form of an organisation is no spelling of the full name.
    // A lone word standing for a longer name ("Brightmarket" for "Brightmarket Group") is no spelling of it either.
    const bool word = m.rule == "ent.name.word" && m.canonical.find(' ') == std::string::npos;
    const bool full = kind == 'P' ? m.canonical.find(' ') != std::string::npos
                                  : !(word && reps_have_longer(reps, m)) && (kind != 'O' || full_org_name(m, ix));
    if (full) {
      auto& srcs = spellings[fold_spelling(m.canonical)];
      // a name as written ("Monetary Policy Committee") shows its spelling over the same words in lower case
      // and a name as written in mixed case over a dateline's capitals half folded ("SØlvik")
      if (srcs.first.empty() || (m.rule != "ent.org.spelled" && lower_case(srcs.first)) ||
          (odd_capitals(srcs.first) && !odd_capitals(m.canonical)))
        srcs.first = m.canonical;
      srcs.second.push_back(source_id_of(all[s]));
    }
    std::string t = lower_title(m.title);
    if (!t.empty()) titles.insert(t), title = title.empty() ? m.title : title;
  }
  for (const auto& [folded, shown] : spellings) f.values.push_back(shown.first);
  std::string best = most_used(spellings, reps);
  const char* what = kind == 'P' ? "Person" : kind == 'O' ? "Organisation" : kind == 'N' ? "Name" : "Place";
  f.label = std::string(what) + ": " + best + (title.empty() ? "" : " (" + title + ")");
  if (reps.size() < 2) {
    f.verdict = "single", f.why = "named by one source only";
  } else if (spellings.size() > 1) {
    f.verdict = "variant", f.why = "same name, spelled differently";
    for (const auto& [folded, shown] : spellings) f.variants.push_back({shown.first, shown.second});
  } else {
    f.verdict = "agree", f.why = "named by " + std::to_string(reps.size()) + " sources";
  }
  for (auto it = titles.begin(); it != titles.end();) {  // "chief" says less than "fire chief", not something else
    bool shorter = false;
    for (const std::string& o : titles) {
      shorter = shorter || (o.size() > it->size() && o.compare(o.size() - it->size(), it->size(), *it) == 0 &&
                            o[o.size() - it->size() - 1] == ' ');
    }
    it = shorter ? titles.erase(it) : std::next(it);
  }
  if (titles.size() > 1) f.flags.push_back(titles_flag(titles));
  return f;
}

// An organisation or place worth a fact: named by two sources, and a proper name in at least one of them, not
// only an organisation word alone ("the Court", "Parliament": which court, which parliament, is not said).
bool named_by_two(const std::map<size_t, Rep>& reps) {
  if (reps.size() < 2) return false;
  for (const auto& kv : reps) {
    const EntityMention& m = *kv.second.m;
    bool generic = m.rule.rfind("ent.org.suffix.", 0) == 0 && m.canonical.find(' ') == std::string::npos;
    if (!generic) return true;
  }
  return false;
}

using Groups = std::vector<std::pair<std::string, std::map<size_t, Rep>>>;

// A one-word name written in two or more words by other sources ("BlackLantern", "Black Lantern") joins that name's
// group: a firm or other name both, the same key once its spaces are gone, and one such group only.
void join_spaced_names(Groups& groups) {
  std::unordered_map<std::string, size_t> spaced;  // key without spaces -> group, or SIZE_MAX when two groups have it
  for (size_t g = 0; g < groups.size(); ++g) {
    const std::string& key = groups[g].first;
    if ((key[0] != 'N' && key[0] != 'O') || key.find(' ') == std::string::npos) continue;
    std::string bare;  // the key without its kind: a firm in one source may be a name in another
    for (char c : key.substr(2)) if (c != ' ') bare += c;
    auto [at, fresh] = spaced.emplace(std::move(bare), g);
    if (!fresh) at->second = SIZE_MAX;
  }
  for (auto& [key, reps] : groups) {
    if ((key[0] != 'N' && key[0] != 'O') || key.size() < 8 || key.find(' ') != std::string::npos) continue;
    auto it = spaced.find(key.substr(2));
    if (it == spaced.end() || it->second == SIZE_MAX) continue;
    auto& into = groups[it->second].second;
    for (const auto& [s, rep] : reps) {
      Rep& r = into[s];
      if (!r.m || better(*rep.m, *r.m)) r.m = rep.m;
      r.count += rep.count;
    }
    reps.clear();
  }
  groups.erase(std::remove_if(groups.begin(), groups.end(), [](const auto& g) { return g.second.empty(); }), groups.end());
}

}  // namespace

std::vector<Fact> align_entities(const std::vector<SourceFindings>& all) {
  const NameIndex names = index_names(all);
  std::vector<std::pair<size_t, EntityMention>> extra = spelled_terms(all, names);  // mentions found by the aligner
  for (auto& sm : places_in_orgs(all)) extra.push_back(std::move(sm));
  for (auto& sm : known_sentence_starts(all, names)) extra.push_back(std::move(sm));
  for (auto& sm : spelled_orgs(all)) extra.push_back(std::move(sm));
  std::vector<KeyedMention> keyed;  // every mention with its group key
  for (size_t s = 0; s < all.size(); ++s) {
    for (const EntityMention& m : all[s].entities) keyed.push_back({s, &m, group_key(m, names)});
  }
  for (const auto& [s, m] : extra) keyed.push_back({s, &m, group_key(m, names)});
  std::deque<EntityMention> heads;  // mentions head_word_names finds, which `keyed` points to
  head_word_names(all, heads, keyed);
  split_told_apart(keyed);
  // group key -> source -> representative; hashed while filling, then visited in key order.
  std::unordered_map<std::string, size_t> index;
  Groups groups;
  auto add = [&](size_t s, const EntityMention& m, std::string key) {
    if (key.empty()) return;
    auto [at, fresh] = index.try_emplace(key, groups.size());
    if (fresh) groups.emplace_back(std::move(key), std::map<size_t, Rep>{});
    Rep& rep = groups[at->second].second[s];
    if (!rep.m || better(m, *rep.m)) rep.m = &m;
    ++rep.count;
  };
  for (KeyedMention& k : keyed) add(k.src, *k.m, std::move(k.key));
  join_spaced_names(groups);
  fc::sort_by(groups.begin(), groups.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<Fact> facts;
  for (const auto& [key, reps] : groups) {
    char kind = key[0];
    bool titled = false;
    for (const auto& kv : reps) titled = titled || !kv.second.m->title.empty();
    // People named by two sources, or by one with a title; organisations and places named by two sources.
    // A surname no source spells out in full ("Mr. Smith") may be two different people: no fact.
    bool full_name = key.find(' ') != std::string::npos;
    bool keep = kind == 'P' ? full_name && (reps.size() >= 2 || titled) : named_by_two(reps);
    if (kind == 'N') keep = reps.size() >= 2;
    if (keep) facts.push_back(make_fact(all, kind, reps, names));
  }
  return facts;
}

}  // namespace fc
