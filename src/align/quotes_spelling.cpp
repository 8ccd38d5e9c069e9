// Comparison forms of words: British spellings folded to American ones, synonyms to one word per group.
#include <cstdlib>
#include <unordered_map>

#include "align/quotes_internal.h"
#include "rules/rules.h"

namespace fc {
namespace qa {
namespace {

struct SpellRow {
  std::string id, from, to;  // endings without their "-"
  bool ending = false;
  size_t min_len = 0;
};

const std::vector<SpellRow>& spell_rows() {
  static const std::vector<SpellRow> rows = [] {
    std::vector<SpellRow> out;
    for (const RuleRow& row : rule_rows("en/spelling_variants.tsv")) {
      if (row.fields.size() < 4 || row.fields[1].empty()) continue;
      SpellRow r;
      r.id = std::string(row.fields[0]);
      r.ending = row.fields[1][0] == '-';
      r.from = std::string(row.fields[1].substr(r.ending ? 1 : 0));
      r.to = std::string(row.fields[2].substr(r.ending && !row.fields[2].empty() ? 1 : 0));
      r.min_len = static_cast<size_t>(std::atoi(std::string(row.fields[3]).c_str()));
      out.push_back(std::move(r));
    }
    return out;
  }();
  return rows;
}

bool ends_with(const std::string& w, const std::string& s) {
  // the last letters first: most words fail there, without a call to compare
  return w.size() >= s.size() && (s.empty() || w.back() == s.back()) && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

}  // namespace

std::string spelling_fold(const std::string& word, std::string* rule) {
  // the longest matching ending wins, so "-ours" is not read as "-our" + "s"
  const SpellRow* best = nullptr;
  for (const SpellRow& r : spell_rows()) {
    if (word.size() < r.min_len) continue;
    bool hit = r.ending ? ends_with(word, r.from) && word.size() > r.from.size() : word == r.from;
    if (hit && (!best || r.from.size() > best->from.size())) best = &r;
  }
  if (!best) return word;
  if (rule) *rule = best->id;
  return word.substr(0, word.size() - best->from.size()) + best->to;
}

std::string synonym_key(const std::string& word) {
  // the first row naming a word decides its group, so a word listed twice ("state") keeps one key
  static const std::unordered_map<std::string, std::string> keys = [] {
    std::unordered_map<std::string, std::string> out;
    for (const RuleRow& row : rule_rows("en/quote_synonyms.tsv")) {
      if (row.fields.size() < 2) continue;
      const std::string key = "~" + std::string(row.fields[0]);
      for (std::string_view form : split_field(row.fields[1])) {
        if (!form.empty()) out.emplace(spelling_fold(std::string(form), nullptr), key);
      }
    }
    return out;
  }();
  auto it = keys.find(word);
  if (it == keys.end()) it = keys.find(stem(word));  // "talking" through "talk"
  return it == keys.end() ? word : it->second;
}

}  // namespace qa
}  // namespace fc
