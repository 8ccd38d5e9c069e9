#include "compare/verdict.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace fc {

std::string date_label(size_t date_start, size_t date_end, const SourceFindings& where) {
  const TextIndex& idx = where.index;
  if (idx.sentences.empty()) return "Date";
  const Sentence& s = idx.sentences[idx.sentence_at(date_start)];
  // Up to eight tokens of the clause before the date; stop at clause punctuation.
  std::vector<const Token*> words;
  for (size_t i = s.first_token; i < s.end_token && idx.tokens[i].end <= date_start; ++i) {
    const Token& t = idx.tokens[i];
    if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote || t.kind == TokenKind::kDash) {
      if (t.norm == "," || t.norm == ";" || t.norm == ":" || t.kind != TokenKind::kPunct) words.clear();
      continue;
    }
    words.push_back(&t);
  }
  while (!words.empty() && (words.back()->norm == "on" || words.back()->norm == "in" || words.back()->norm == "at" ||
                            words.back()->norm == "by" || words.back()->norm == "either" || words.back()->norm == "since")) {
    words.pop_back();
  }
  if (words.size() > 8) words.erase(words.begin(), words.end() - 8);
  if (words.size() < 2) {
    // Nothing before the date in its clause ("Tomorrow, the talks ..."): use the words after it.
    words.clear();
    for (size_t i = s.first_token; i < s.end_token && words.size() < 8; ++i) {
      const Token& t = idx.tokens[i];
      if (t.start < date_end) continue;
      if (t.kind == TokenKind::kWord) words.push_back(&t);
      else if (!words.empty()) break;
    }
  }
  if (words.empty()) return "Date";
  std::string phrase(idx.text.substr(words.front()->start, words.back()->end - words.front()->start));
  return "When: " + phrase;
}

size_t source_count(const Fact& fact) {
  std::vector<std::string_view> ids;
  ids.reserve(fact.mentions.size());
  for (const Mention& m : fact.mentions) ids.push_back(m.source);
  std::sort(ids.begin(), ids.end());
  return static_cast<size_t>(std::unique(ids.begin(), ids.end()) - ids.begin());
}

void decide_date_verdict(Fact& fact, size_t distinct_values, size_t distinct_sources) {
  std::string vals;
  for (const std::string& v : fact.values) vals += (vals.empty() ? "" : " or ") + v;
  if (distinct_sources < 2) {
    fact.verdict = "single";
    fact.why = "only " + fact.mentions.front().source + " gives this date (" + vals + ")";
    return;
  }
  if (distinct_values == 1) {
    std::set<std::string> wordings;
    for (const Mention& m : fact.mentions) wordings.insert(m.text);
    fact.verdict = "agree";
    fact.why = std::to_string(distinct_sources) + " sources resolve to " + vals +
               (wordings.size() > 1 ? " however worded" : "");
    return;
  }
  // Different exact days for one event are a conflict; a coarser value containing a finer one is a variant.
  bool nested = true;
  for (const std::string& a : fact.values) {
    for (const std::string& b : fact.values) {
      if (a != b && a.compare(0, std::min(a.size(), b.size()), b, 0, std::min(a.size(), b.size())) != 0) nested = false;
    }
  }
  if (nested) {
    fact.verdict = "variant";
    fact.why = "sources give compatible dates at different precision: " + vals;
  } else {
    fact.verdict = "conflict";
    std::string who;
    for (const std::string& v : fact.values) {
      std::string ids;
      for (const Mention& m : fact.mentions) {
        if (m.value.compare(0, v.size(), v) == 0 && ids.find(m.source) == std::string::npos) ids += (ids.empty() ? "" : ", ") + m.source;
      }
      who += (who.empty() ? "" : "; ") + ids + " say " + v;
    }
    fact.why = "different days for the same event: " + who;
  }
}

void order_facts(std::vector<Fact>& facts) {
  auto rank = [](const Fact& f) {
    if (f.verdict == "conflict") return 0;
    if (f.verdict == "variant" && f.kind == "quote") return 1;
    if (f.verdict == "variant") return 2;
    if (f.verdict == "agree") return 3;
    return 4;
  };
  // Keys computed once per fact; the stable sort of indices keeps the same order.
  std::vector<std::pair<int, size_t>> key(facts.size());
  for (size_t i = 0; i < facts.size(); ++i) key[i] = {rank(facts[i]), source_count(facts[i])};
  std::vector<size_t> order(facts.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (key[a].first != key[b].first) return key[a].first < key[b].first;
    return key[a].second > key[b].second;
  });
  std::vector<Fact> sorted;
  sorted.reserve(facts.size());
  for (size_t i : order) sorted.push_back(std::move(facts[i]));
  facts = std::move(sorted);
  for (size_t i = 0; i < facts.size(); ++i) {
    facts[i].id = "f";
    facts[i].id += std::to_string(i + 1);
  }
}

}  // namespace fc
