#include "extract/number_tables.h"
#include "core/parse_number.h"

#include <cstdlib>

#include "rules/rules.h"

namespace fc {
namespace {

double num(std::string_view s) { return fc::parse_double(std::string(s).c_str()); }

void load_units(NumTables& tb) {
  for (const RuleRow& r : rule_rows("en/num_units.tsv")) {
    if (r.fields.size() < 5) continue;
    std::string id(r.fields[0]), kind(r.fields[1]), surface(r.fields[2]), value(r.fields[3]);
    NumUnit u{id, value, "", 1};
    if (kind == "symbol") tb.symbols[surface] = u;
    if (kind == "word") tb.currency_words[surface] = u;
    if (kind == "scaled_word") tb.scaled_words[surface] = u;
    if (kind == "role_cue") tb.role_cues[surface] = u;
    if (kind == "severity") tb.severities[surface] = u;
    if (kind == "speed") tb.speeds.emplace_back(split_words(surface), u);
    if (kind == "code") tb.codes[surface] = tb.currency_words[surface] = u;  // "EUR 40 million", "40 million EUR"
    if (kind == "percent") tb.percents.push_back({id, split_words(surface), 0, 0});
    if (kind == "count_word") tb.count_words[surface] = u;
    if (kind == "people_verb") tb.people_verbs[surface] = u;
    if (kind == "subject_verb") tb.subject_verbs[surface] = u;
    if (kind == "price_per") tb.price_per[surface] = u;
    if (kind == "time_offset") tb.time_offsets[surface] = u;
    if (kind == "hyphen_unit") tb.hyphen_units[surface] = u;
    if (kind == "prefix_unit") tb.prefix_units[surface] = u;
    if (kind == "fraction") tb.fractions[surface] = NumUnit{id, value, "", num(value)};
    if (kind == "skip") tb.skip_after.insert(surface);
    if (kind == "month") tb.months.insert(surface);
    if (kind == "convert") {
      size_t star = value.find('*');
      u.base = value.substr(0, star);
      u.factor = star == std::string::npos ? 1 : num(value.substr(star + 1));
      tb.convert[surface] = u;
    }
  }
}

// Nouns of en/num_nouns.tsv whose synonym and broader-noun chain ends at "people", and the generic person nouns:
// what happens to them ("three passengers have died") is a casualty count.
std::set<std::string> person_nouns() {
  std::map<std::string, std::string> up;
  std::set<std::string> out{"people", "person", "man", "woman", "child"};
  for (const RuleRow& r : rule_rows("en/num_nouns.tsv")) {
    if (r.fields.size() >= 5 && (r.fields[1] == "same" || r.fields[1] == "kind_of"))
      up[std::string(r.fields[2])] = std::string(r.fields[3]);
  }
  for (const auto& kv : up) {
    std::string w = kv.first;
    bool post = false;  // "jobs" and "positions" are counted as workers, but a lost job is no missing person
    for (int step = 0; step < 6 && !out.count(w); ++step) {
      post = post || w == "job";
      auto it = up.find(w);
      if (it == up.end()) break;
      w = it->second;
    }
    if (out.count(w) && !post) out.insert(kv.first);
  }
  return out;
}

NumTables load() {
  NumTables tb;
  for (const RuleRow& r : rule_rows("en/num_words.tsv")) {
    if (r.fields.size() < 5) continue;
    tb.words[std::string(r.fields[1])] = {std::string(r.fields[0]), std::string(r.fields[3]), num(r.fields[2])};
  }
  for (const RuleRow& r : rule_rows("en/num_vague.tsv")) {
    if (r.fields.size() < 6) continue;
    NumPhrase p{std::string(r.fields[0]), split_words(std::string(r.fields[1])), num(r.fields[3]), num(r.fields[4])};
    (r.fields[2] == "mod" ? tb.mods : tb.amounts).push_back(std::move(p));
  }
  load_units(tb);
  for (const RuleRow& r : rule_rows("en/num_nouns.tsv")) {
    if (r.fields.size() < 5 || r.fields[1] == "word") continue;
    for (std::string_view w : {r.fields[2], r.fields[3]}) {
      if (w.find(' ') != std::string_view::npos) tb.compounds.insert(std::string(w));
    }
  }
  tb.persons = person_nouns();
  return tb;
}

}  // namespace

std::vector<std::string> split_words(const std::string& phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t sp = phrase.find(' ', i);
    if (sp == std::string::npos) sp = phrase.size();
    if (sp > i) out.push_back(phrase.substr(i, sp - i));
    i = sp + 1;
  }
  return out;
}

const NumTables& num_tables() {
  static const NumTables kTables = load();
  return kTables;
}

const NumIndex& num_index() {
  static const NumIndex kIndex = [] {
    const NumTables& tb = num_tables();
    NumIndex ix;
    const size_t n = word_id_count();
    ix.word.assign(n, nullptr), ix.symbol.assign(n, nullptr), ix.currency.assign(n, nullptr);
    ix.code.assign(n, nullptr);
    ix.month.assign(n, 0), ix.skip.assign(n, 0), ix.may_start.assign(n, 0);
    for (const auto& kv : tb.words) ix.word[word_id(kv.first)] = &kv.second;
    for (const auto& kv : tb.symbols) ix.symbol[word_id(kv.first)] = &kv.second;
    for (const auto& kv : tb.currency_words) ix.currency[word_id(kv.first)] = &kv.second;
    for (const auto& kv : tb.codes) ix.code[word_id(kv.first)] = &kv.second;
    for (const std::string& w : tb.months) ix.month[word_id(w)] = 1;
    for (const std::string& w : tb.skip_after) ix.skip[word_id(w)] = 1;
    ix.word[kNoWord] = nullptr, ix.symbol[kNoWord] = ix.currency[kNoWord] = ix.code[kNoWord] = nullptr, ix.month[kNoWord] = ix.skip[kNoWord] = 0;
    for (const NumPhrase& p : tb.amounts) ix.amounts.add(p.words);
    for (const NumPhrase& p : tb.mods) ix.mods.add(p.words);
    for (const NumPhrase& p : tb.percents) ix.percents.add(p.words);
    for (WordId w = 1; w < n; ++w)
      ix.may_start[w] = ix.mods.starts(w) || ix.amounts.starts(w) || ix.symbol[w] || ix.word[w] || ix.code[w];
    return ix;
  }();
  return kIndex;
}

}  // namespace fc
