// Words of number sentences for alignment: the counted-noun rows, and context words interned as integer ids.
#pragma once
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/number_items.h"
#include "text/text.h"

namespace fc::num_align {

/// en/num_nouns.tsv: counted-noun synonyms ("same"), narrower nouns ("kind_of") and context word readings ("word").
struct NounRows {
  std::map<std::string, std::string> same, kind_of, word;
  std::set<std::string> generic;  // nouns that count anything ("people", "year")
  std::set<std::string> anyone;   // nouns that may count members of any group ("member")
  std::set<std::string> toll;     // casualty nouns: the first count of each source tells the story's own toll
  std::set<std::string> measure;  // units of time, length, mass...: their values are measures, not counts of things
};

/// The parsed rows (built on first use).
const NounRows& noun_rows();

/// The counted noun with synonyms read as one ("troop" -> "soldier").
std::string same_noun(const std::string& counts);

/// Sentence words with context readings applied ("daily" -> "day", "dropped" -> "fall").
std::set<std::string> read_words(std::set<std::string> words);

/// FNV-1a over the bytes: context words are short, so this beats the library's string hash.
struct WordHash {
  size_t operator()(std::string_view s) const {
    uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

/// The word ids of one collect_items() run.
class Vocab {
 public:
  static constexpr CtxWord kNone = UINT32_MAX;  // a token that is no content word
  Vocab() {
    ids_.reserve(256);
    by_norm_.reserve(256);
  }
  /// The id of `w`, a new one the first time.
  CtxWord id(const std::string& w) { return ids_.emplace(w, static_cast<CtxWord>(ids_.size())).first->second; }
  /// The context word a token stands for (its lemma read as read_words() does), once per distinct token text.
  CtxWord of_token(const Token& t);

 private:
  std::unordered_map<std::string, CtxWord, WordHash> ids_;
  std::unordered_map<std::string, CtxWord, WordHash> by_norm_;
};

/// Per source: each token's context-word id, looked up once; kNone for tokens that are no content word.
class TokenWords {
 public:
  static constexpr CtxWord kNone = Vocab::kNone;
  /// `idx` and `vocab` must outlive this.
  TokenWords(const TextIndex& idx, Vocab& vocab) : idx_(idx), vocab_(vocab), ids_(idx.tokens.size(), kUnset) {}
  /// The id of token i.
  CtxWord at(size_t i) {
    if (ids_[i] != kUnset) return ids_[i];
    const Token& t = idx_.tokens[i];
    return ids_[i] = t.kind == TokenKind::kWord ? vocab_.of_token(t) : kNone;
  }

 private:
  static constexpr CtxWord kUnset = UINT32_MAX - 1;
  const TextIndex& idx_;
  Vocab& vocab_;
  std::vector<CtxWord> ids_;
};

/// True if the number at byte `start` follows "<noun> of" naming a set it counts ("a workforce of 1,800", "a crew of
/// 11"), not a price or a level ("a price of 214", "a height of 40").
bool collective_of(const TextIndex& idx, size_t start);

/// `v` sorted, without duplicates and without kNone.
std::vector<CtxWord> id_set(std::vector<CtxWord> v);

}  // namespace fc::num_align
