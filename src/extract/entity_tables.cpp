#include "extract/entity_tables.h"

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
    if (i + 1 < s.size() && c >= 0xC3 && c <= 0xC5) {
      char f = fold_latin(c, (unsigned char)s[i + 1]);
      if (f) out += (char)((f >= 'A' && f <= 'Z') ? f + 32 : f);
      ++i;
    }
  }
  return out;
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// Key of one lower-case ASCII word: transliteration pairs merged, doubled letters collapsed, inner vowels dropped.
std::string word_key(std::string w) {
  for (auto [from, to] : {std::pair{"yo", "e"}, {"ks", "x"}, {"ph", "f"}, {"ck", "k"}, {"kh", "h"}, {"w", "v"}}) {
    replace_all(w, from, to);
  }
  for (std::string_view end : {"iy", "ii", "yi", "yy", "ij"}) {
    if (w.size() > end.size() + 2 && w.compare(w.size() - end.size(), end.size(), end) == 0) {
      w.replace(w.size() - end.size(), end.size(), "y");
      break;
    }
  }
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (!out.empty() && out.back() == c) continue;
    bool vowel = std::string_view("aeiouy").find(c) != std::string_view::npos;
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

const EntPhrase* match_ent(const std::vector<EntPhrase>& rows, const std::vector<ScanTok>& t, size_t i, size_t end) {
  const EntPhrase* best = nullptr;
  for (const EntPhrase& p : rows) {
    if (i + p.words.size() > end || (best && best->words.size() >= p.words.size())) continue;
    bool ok = true;
    for (size_t k = 0; k < p.words.size() && ok; ++k) ok = t[i + k].norm == p.words[k];
    if (ok) best = &p;
  }
  return best;
}

std::string name_key(std::string_view name) {
  std::string lower = ascii_lower(name), key, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!key.empty()) key += ' ';
    key += word_key(word);
    word.clear();
  };
  for (char c : lower) {
    if (c >= 'a' && c <= 'z') word += c;
    else if (c == ' ' || c == '\t' || c == '\n') flush();
  }
  flush();
  return key;
}

std::string stands_for(const std::vector<ScanTok>& t, size_t i, size_t end) {
  const EntTables& tb = ent_tables();
  if (i < end && t[i].norm == "the") ++i;
  for (const auto* rows : {&tb.places, &tb.orgs}) {
    const EntPhrase* p = match_ent(*rows, t, i, end);
    if (p && i + p->words.size() == end) return p->stands_for.empty() ? p->name : p->stands_for;
  }
  return "";
}

}  // namespace fc
