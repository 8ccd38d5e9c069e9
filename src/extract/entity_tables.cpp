#include "extract/entity_tables.h"

#include <tuple>

#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "rules/rules.h"

namespace fc {
namespace {

EntPhrase phrase(const RuleRow& r, size_t words_col, std::string type, std::string stands) {
  EntPhrase p;
  p.id = std::string(r.fields[0]);
  p.name = std::string(r.fields[words_col]);
  p.words = split_words(p.name);
  p.type = std::move(type);
  p.stands_for = stands == "-" ? "" : std::move(stands);
  return p;
}

EntTables load() {
  EntTables tb;
  tb.titles.reserve(rule_rows("en/ent_titles.tsv").size());  // one allocation each, not a vector growing by steps
  tb.orgs.reserve(rule_rows("en/ent_orgs.tsv").size());
  tb.places.reserve(rule_rows("en/ent_places.tsv").size());
  for (const RuleRow& r : rule_rows("en/ent_titles.tsv")) {
    if (r.fields.size() < 4) continue;
    EntPhrase p = phrase(r, 1, "title", "-");
    p.role = r.fields[2] == "-" ? "" : std::string(r.fields[2]);
    tb.titles.push_back(std::move(p));
  }
  for (const RuleRow& r : rule_rows("en/ent_orgs.tsv")) {
    if (r.fields.size() < 5) continue;
    if (r.fields[1] == "suffix") tb.org_suffix[std::string(r.fields[2])] = std::string(r.fields[0]);
    else tb.orgs.push_back(phrase(r, 2, "org", std::string(r.fields[3])));
  }
  for (const RuleRow& r : rule_rows("en/ent_first_names.tsv")) {
    if (r.fields.size() >= 3) tb.given[std::string(r.fields[1])] = std::string(r.fields[0]);
  }
  for (const RuleRow& r : rule_rows("en/ent_places.tsv")) {
    if (r.fields.size() < 5) continue;
    EntPhrase p = phrase(r, 1, std::string(r.fields[2]), std::string(r.fields[3]));
    if (p.type == "country") p.name = p.stands_for;  // aliases ("u.s.", "america") name their country
    tb.places.push_back(std::move(p));
  }
  return tb;
}

// What the entity tables say about each word id: phrase indexes and per-word rule ids.
struct EntIndex {
  PhraseIndex titles, orgs, places;
  std::vector<const std::string*> org_suffix, given;
  std::vector<char> one_word_title, month;
};

const EntIndex& ent_index() {
  static const EntIndex kIndex = [] {
    const EntTables& tb = ent_tables();
    EntIndex ix;
    const size_t n = word_id_count();
    ix.org_suffix.assign(n, nullptr), ix.given.assign(n, nullptr), ix.one_word_title.assign(n, 0), ix.month.assign(n, 0);
    for (const EntPhrase& p : tb.titles) {
      ix.titles.add(p.words);
      if (p.words.size() == 1) ix.one_word_title[word_id(p.words[0])] = 1;
    }
    for (const EntPhrase& p : tb.orgs) ix.orgs.add(p.words);
    for (const EntPhrase& p : tb.places) ix.places.add(p.words);
    for (const auto& kv : tb.org_suffix) ix.org_suffix[word_id(kv.first)] = &kv.second;
    for (const auto& kv : tb.given) ix.given[word_id(kv.first)] = &kv.second;
    for (const std::string& m : num_tables().months) ix.month[word_id(m)] = 1;
    ix.org_suffix[kNoWord] = ix.given[kNoWord] = nullptr, ix.one_word_title[kNoWord] = ix.month[kNoWord] = 0;
    return ix;
  }();
  return kIndex;
}

// ASCII fold of common accented Latin letters (two-byte UTF-8); other non-ASCII bytes are dropped.
char fold_latin(unsigned char a, unsigned char b) {
  static const char* const kC3 = "AAAAAAACEEEEIIIIDNOOOOO?OUUUUYTsaaaaaaaceeeeiiiidnooooo?ouuuuyty";
  if (b < 0x80 || b > 0xBF) return 0;
  if (a == 0xC3) return kC3[b - 0x80] == '?' ? 0 : kC3[b - 0x80];
  if (a == 0xC4 || a == 0xC5) {  // Latin Extended-A: pairs of upper/lower; approximate by base letter
    static const char* const kExt =
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
    size_t idx = (a == 0xC4 ? 0 : 64) + (b - 0x80);
    return kExt[idx];
  }
  return 0;
}

std::string ascii_lower(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c < 0x80) { out += (char)((c >= 'A' && c <= 'Z') ? c + 32 : c); continue; }
    if (i + 1 < s.size() && c == 0xC8 && (unsigned char)s[i + 1] >= 0x98 && (unsigned char)s[i + 1] <= 0x9B) {
      out += ((unsigned char)s[i + 1] <= 0x99) ? 's' : 't';  // Romanian s and t with a comma below
      ++i;
      continue;
    }
    if (i + 1 < s.size() && c >= 0xC3 && c <= 0xC5) {
      char f = fold_latin(c, (unsigned char)s[i + 1]);
      if (f) out += (char)((f >= 'A' && f <= 'Z') ? f + 32 : f);
      ++i;
    }
  }
  return out;
}

// Replaces every "ab" by `to`, left to right without overlaps (what find-and-replace from the start does).
void replace_pair(std::string& s, char a, char b, char to) {
  size_t o = 0;
  for (size_t i = 0; i < s.size(); ++i, ++o) {
    if (s[i] == a && i + 1 < s.size() && s[i + 1] == b) s[o] = to, ++i;
    else s[o] = s[i];
  }
  s.resize(o);
}

// Key of one lower-case ASCII word: transliteration pairs merged, doubled letters collapsed, inner vowels dropped.
std::string word_key(std::string w) {
  // "Christina" = "Kristina", "Chloe" = "Kloe": a Greek "ch" before "r" or "l" is a "k" in other alphabets.
  if (w.size() > 3 && w[0] == 'c' && w[1] == 'h' && (w[2] == 'r' || w[2] == 'l')) w.replace(0, 2, "k");
  // "Yevgeny" = "Evgeni", "Yelena" = "Elena": an initial Russian "ye" is written "e" as often as not.
  if (w.size() > 3 && w[0] == 'y' && w[1] == 'e' && std::string_view("aeiouy").find(w[2]) == std::string_view::npos)
    w.erase(0, 1);
  else if (w.size() > 3 && w[0] == 'y' && (w[1] == 'a' || w[1] == 'o' || w[1] == 'u'))
    w[0] = 'j';  // "Yulia" = "Julia", "Yaroslav" = "Jaroslav": the same sound written the English or the Slavic way
  // British and American spellings: "Organisation" = "Organization", "Defence" = "Defense".
  for (size_t at = w.find("isation"); at != std::string::npos; at = w.find("isation", at + 1)) w[at + 1] = 'z';
  if (w.size() > 5 && w.compare(w.size() - 4, 4, "ense") == 0) w[w.size() - 2] = 'c';
  if (w.size() > 4 && w.compare(w.size() - 3, 3, "off") == 0) w.replace(w.size() - 2, 2, "v");  // "Smirnoff" = "Smirnov"
  // "Tomasz" = "Tomas" (Polish "sz"), "Lindqvist" = "Lindquist", "Tchaikovsky" = "Chaikovsky".
  for (auto [a, b, to] : {std::tuple{'s', 'z', 's'}, {'q', 'u', 'q'}, {'q', 'v', 'q'}, {'t', 'c', 'c'}, {'y', 'o', 'e'},
                          {'k', 's', 'x'}, {'p', 'h', 'f'}, {'c', 'k', 'k'}, {'k', 'h', 'h'}}) {
    replace_pair(w, a, b, to);  // in this order: each pass reads the one before
  }
  replace_pair(w, 'd', 'j', 'j');  // "Djamal" = "Jamal", "Tandjigora" = "Tanjigora": the French way of writing "j"
  replace_pair(w, 't', 's', 'c');  // "ts", "tz", "z" and Slavic "c" are one sound: "Lenz" = "Lenc", "Tsar" = "Car"
  replace_pair(w, 't', 'z', 'c');
  for (char& c : w) c = c == 'w' ? 'v' : c == 'z' ? 'c' : c;
  for (std::string_view end : {"iy", "ii", "yi", "yy", "ij"}) {
    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
      w.replace(w.size() - end.size(), end.size(), "y");
      break;
    }
  }
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    // A silent "h" after a vowel: "Sohlberg" = "Solberg", "Rahman" = "Raman".
    if (c == 'h' && i > 0 && i + 1 < w.size() && std::string_view("aeiouy").find(w[i - 1]) != std::string_view::npos &&
        std::string_view("aeiouy").find(w[i + 1]) == std::string_view::npos)
      continue;
    if (!out.empty() && out.back() == c) continue;
    bool vowel = std::string_view("aeiouy").find(c) != std::string_view::npos;
    // A "j" gliding off a vowel is one: "Andrijs" = "Andrius", "Sergej" = "Sergei" (Baltic and Slavic spellings).
    auto is_vowel = [](char v) { return std::string_view("aeiouy").find(v) != std::string_view::npos; };
    vowel = vowel || (c == 'j' && i > 0 && is_vowel(w[i - 1]) && (i + 1 == w.size() || !is_vowel(w[i + 1])));
    if (i > 0 && vowel) continue;
    out += c;
  }
  return out;
}

}  // namespace

const EntTables& ent_tables() {
  static const EntTables kTables = load();
  return kTables;
}

const EntPhrase* match_ent(EntList list, const std::vector<ScanTok>& t, size_t i, size_t end) {
  const EntTables& tb = ent_tables();
  const EntIndex& ix = ent_index();
  const auto& [index, rows] = list == EntList::kTitles ? std::tie(ix.titles, tb.titles)
                              : list == EntList::kOrgs ? std::tie(ix.orgs, tb.orgs)
                                                       : std::tie(ix.places, tb.places);
  const int r = index.match(t, i, end);
  return r < 0 ? nullptr : &rows[static_cast<size_t>(r)];
}

const EntPhrase* title_ending(const std::vector<ScanTok>& t, size_t end) {
  const int r = ent_index().titles.match_ending(t, end);
  return r < 0 ? nullptr : &ent_tables().titles[static_cast<size_t>(r)];
}

const std::string* org_suffix_rule(const ScanTok& t) { return ent_index().org_suffix[t.word]; }

const std::string* given_rule(const ScanTok& t) { return ent_index().given[t.word]; }

bool one_word_title(const ScanTok& t) { return ent_index().one_word_title[t.word] != 0; }

bool month_word(const ScanTok& t) { return ent_index().month[t.word] != 0; }

std::string name_key(std::string_view name) {
  std::string lower = ascii_lower(name), word;
  std::vector<std::string> words;
  for (char c : lower) {
    if (c >= 'a' && c <= 'z') word += c;
    else if ((c == ' ' || c == '\t' || c == '\n') && !word.empty()) words.push_back(std::move(word)), word.clear();
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::string key;
  for (size_t i = 0; i < words.size(); ++i) {
    // A middle initial says nothing more: "John F. Kennedy" = "John Kennedy".
    if (words[i].size() == 1 && words.size() >= 3 && i > 0 && i + 1 < words.size()) continue;
    if (!key.empty()) key += ' ';
    key += word_key(std::move(words[i]));
  }
  return key;
}

std::string stands_for(const std::vector<ScanTok>& t, size_t i, size_t end) {
  if (i < end && t[i].is("the")) ++i;
  for (EntList list : {EntList::kPlaces, EntList::kOrgs}) {
    const EntPhrase* p = match_ent(list, t, i, end);
    if (p && i + p->words.size() == end) return p->stands_for.empty() ? p->name : p->stands_for;
  }
  return "";
}

}  // namespace fc
