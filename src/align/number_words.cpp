#include "align/number_words.h"

#include <algorithm>
#include <set>
#include <string>

#include "extract/words.h"
#include "rules/rules.h"

namespace fc::num_align {

const NounRows& noun_rows() {
  static const NounRows kRows = [] {
    NounRows out;
    for (const RuleRow& r : rule_rows("en/num_nouns.tsv")) {
      if (r.fields.size() < 5) continue;
      const std::string_view kind = r.fields[1];
      if (kind == "generic" || kind == "toll" || kind == "anyone" || kind == "measure") {
        auto& to = kind == "toll" ? out.toll : kind == "anyone" ? out.anyone : kind == "measure" ? out.measure : out.generic;
        to.insert(std::string(r.fields[2]));
        continue;
      }
      auto& to = r.fields[1] == "same" ? out.same : r.fields[1] == "kind_of" ? out.kind_of : out.word;
      to[std::string(r.fields[2])] = std::string(r.fields[3]);
    }
    return out;
  }();
  return kRows;
}

std::string same_noun(const std::string& counts) {
  auto it = noun_rows().same.find(counts);
  return it == noun_rows().same.end() ? counts : it->second;
}

std::set<std::string> read_words(std::set<std::string> words) {
  std::set<std::string> out;
  for (const std::string& w : words) {
    auto it = noun_rows().word.find(w);
    out.insert(it == noun_rows().word.end() ? w : it->second);
  }
  return out;
}

CtxWord Vocab::of_token(const Token& t) {
  auto [it, fresh] = by_norm_.try_emplace(t.norm, kNone);
  if (!fresh) return it->second;
  if (t.norm.size() >= 3 && !is_function_word(t.norm)) {  // the words sentence_words() keeps
    std::string norm = t.norm;  // "Tuesday's quake" names Tuesday, "the company's profit" the company
    for (const char* pos : {"'s", "\xE2\x80\x99s"}) {
      const size_t n = std::char_traits<char>::length(pos);
      if (norm.size() > n + 2 && norm.compare(norm.size() - n, n, pos) == 0) norm.resize(norm.size() - n);
    }
    std::string lemma = noun_lemma(norm);
    auto read = noun_rows().word.find(lemma);
    it->second = id(read == noun_rows().word.end() ? lemma : read->second);
  }
  return it->second;
}

std::vector<CtxWord> id_set(std::vector<CtxWord> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  if (!v.empty() && v.back() == Vocab::kNone) v.pop_back();
  return v;
}

// True if the number at byte `start` follows "<noun> of" naming a set it counts ("a workforce of 1,800", "a crew of
// 11"), not a price or a level ("a price of 214", "a height of 40"); a bare number is kept only then.
bool collective_of(const TextIndex& idx, size_t start) {
  static const std::set<std::string> kMeasures = {"price", "value", "cost", "worth", "score", "rate", "level", "height",
                                                   "depth", "altitude", "speed", "temperature", "age", "share", "index"};
  const auto it = std::partition_point(idx.tokens.begin(), idx.tokens.end(), [&](const Token& t) { return t.end <= start; });
  const size_t i = static_cast<size_t>(it - idx.tokens.begin());
  if (i < 2 || idx.tokens[i - 1].norm != "of") return false;
  const Token& w = idx.tokens[i - 2];
  return w.kind == TokenKind::kWord && !is_function_word(w.norm) && !kMeasures.count(w.norm);
}

}  // namespace fc::num_align
