// Word diffs between two renderings of a quote (Debian's dtl), with meaning-changing differences named:
// negation, numbers, names, antonyms, and a word swapped for an unrelated one.
#include <dtl/dtl.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "align/quotes_internal.h"
#include "rules/rules.h"

namespace fc {
namespace qa {
namespace {

struct Word {
  std::string surface;
  std::string key;  // folded; contractions expanded ("can not")
  bool word = true;
  bool cap = false;
  bool neg = false;  // a word whose key is a negation (negation()), worked out once
};

bool negation(const std::string& k) {
  return k == "not" || k == "no" || k == "never" || k == "without" || k == "nobody" || k == "nothing" ||
         k == "none" || k == "neither" || k == "nor" || k.rfind("not", 0) == 0 || k.find(" not") != std::string::npos;
}

// Surface tokens of a rendering: words (with inner apostrophes) and single punctuation signs.
std::vector<Word> split(std::string_view s, Vocab& vocab) {
  std::vector<uint32_t> ids;
  std::vector<Word> out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { ++i; continue; }
    size_t j = i;
    auto wordish = [&](size_t k) {
      unsigned char d = static_cast<unsigned char>(s[k]);
      if (d == 0xE2) return s.substr(k, 3) == "\xE2\x80\x99" && k > i && k + 3 < s.size() &&
                            std::isalnum(static_cast<unsigned char>(s[k + 3]));
      if (d == '\'' || d == '-') return k > i && k + 1 < s.size() && std::isalnum(static_cast<unsigned char>(s[k + 1]));
      return std::isalnum(d) || (d >= 0x80 && d != 0xC2);
    };
    while (j < s.size() && wordish(j)) j += static_cast<unsigned char>(s[j]) == 0xE2 ? 3 : 1;
    bool word = j > i;
    if (!word) {
      j = i + 1;
      while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
    }
    Word w;
    w.surface = std::string(s.substr(i, j - i));
    w.word = word;
    w.cap = c >= 'A' && c <= 'Z';
    ids.clear();
    vocab.fold(w.surface, ids);  // as fold_words, each distinct word folded once
    for (uint32_t f : ids) w.key += (w.key.empty() ? "" : " ") + vocab.word(f);
    if (!word) w.key = w.surface == "\xE2\x80\x9C" || w.surface == "\xE2\x80\x9D" ? "\"" : w.surface;
    w.neg = word && negation(w.key);
    out.push_back(std::move(w));
    i = j;
  }
  return out;
}

using Groups = std::map<std::string, std::set<std::string>>;  // word -> row ids

Groups load_groups(const char* path) {
  Groups g;
  for (const RuleRow& row : rule_rows(path)) {
    if (row.fields.size() < 2) continue;
    for (std::string_view word : split_field(row.fields[1])) g[std::string(word)].insert(std::string(row.fields[0]));
  }
  return g;
}

bool same_group(const Groups& g, const std::string& a, const std::string& b) {
  auto ia = g.find(a), ib = g.find(b);
  if (ia == g.end() || ib == g.end()) return false;
  for (const auto& id : ia->second) if (ib->second.count(id)) return true;
  return false;
}


bool has_digit(const std::string& k) { return std::any_of(k.begin(), k.end(), [](char c) { return c >= '0' && c <= '9'; }); }

bool prefix_negation(const std::string& a, const std::string& b) {
  for (const char* p : {"un", "in", "im", "il", "ir", "dis", "non", "non-"}) {
    std::string s(p);
    if (a == s + b || b == s + a) return true;
  }
  return false;
}

std::string join(const std::vector<const Word*>& ws) {
  std::string out;
  for (const Word* w : ws) out += (out.empty() ? "" : " ") + w->surface;
  return out;
}

// Names what a change block [dels -> adds] does to the meaning; `close` says the renderings are near-identical.
// `same_negation`: both renderings hold as many negations, so a block moving or cutting one changes nothing.
void flag_block(const std::vector<const Word*>& dels, const std::vector<const Word*>& adds, bool close,
                bool first_block, bool same_negation, std::vector<std::string>& flags) {
  static const Groups antonyms = load_groups("en/quote_antonyms.tsv");
  static const Groups synonyms = load_groups("en/quote_synonyms.tsv");
  size_t neg_d = 0, neg_a = 0;
  for (const Word* w : dels) neg_d += w->neg;
  for (const Word* w : adds) neg_a += w->neg;
  const std::string change = join(dels) + " -> " + join(adds);
  if (neg_d != neg_a && !same_negation) { flags.push_back("negation: " + change); return; }
  bool num_d = std::any_of(dels.begin(), dels.end(), [](const Word* w) { return has_digit(w->key); });
  bool num_a = std::any_of(adds.begin(), adds.end(), [](const Word* w) { return has_digit(w->key); });
  if (num_d || num_a) { flags.push_back("number: " + change); return; }
  if (dels.size() == 1 && adds.size() == 1) {
    const std::string& a = dels[0]->key;
    const std::string& b = adds[0]->key;
    if (same_group(antonyms, a, b) || prefix_negation(a, b)) { flags.push_back("antonym: " + change); return; }
    bool names = dels[0]->cap && adds[0]->cap && !first_block;
    if (names && stem(a) != stem(b)) { flags.push_back("name: " + change); return; }
    bool content = !is_function_word(a) && !is_function_word(b) && a.size() >= 4 && b.size() >= 4;
    if (close && content && stem(a) != stem(b) && !same_group(synonyms, a, b)) {
      flags.push_back("unrelated word: " + change);
    }
  }
}

}  // namespace

WordDiff word_diff(const std::string& a_id, std::string_view a, const std::string& b_id, std::string_view b) {
  Vocab vocab;
  return word_diff(a_id, a, b_id, b, vocab);
}

WordDiff word_diff(const std::string& a_id, std::string_view a, const std::string& b_id, std::string_view b,
                   Vocab& vocab) {
  WordDiff out;
  out.a = a_id;
  out.b = b_id;
  std::vector<Word> wa = split(a, vocab), wb = split(b, vocab);
  std::vector<uint32_t> ka, kb;  // the keys as ids: the diff compares integers
  for (const Word& w : wa) ka.push_back(vocab.intern(w.key));
  for (const Word& w : wb) kb.push_back(vocab.intern(w.key));
  dtl::Diff<uint32_t> diff(ka, kb);
  diff.compose();
  size_t same = 0, words = 0;
  std::vector<const Word*> dels, adds;
  bool first_block = true;
  size_t neg_a = 0, neg_b = 0;
  for (const Word& w : wa) neg_a += w.neg;
  for (const Word& w : wb) neg_b += w.neg;
  auto flush = [&](bool close, bool last) {
    if (!dels.empty() || !adds.empty()) {
      std::vector<const Word*> dw, aw;  // punctuation alone changes no meaning
      for (const Word* w : dels) if (w->word) dw.push_back(w);
      for (const Word* w : adds) if (w->word) aw.push_back(w);
      if (!dw.empty() || !aw.empty()) {
        const bool cut = (first_block || last) && (dw.empty() || aw.empty());  // a shorter rendering, not a denial
        flag_block(dw, aw, close, first_block, neg_a == neg_b || cut, out.flags);
      }
    }
    dels.clear();
    adds.clear();
  };
  const auto seq = diff.getSes().getSequence();
  for (const auto& e : seq) words += e.second.type != dtl::SES_ADD;
  for (const auto& e : seq) same += e.second.type == dtl::SES_COMMON;
  const bool close = words > 0 && static_cast<double>(same) / static_cast<double>(std::max(words, kb.size())) >= 0.6;
  for (const auto& e : seq) {
    char op = e.second.type == dtl::SES_COMMON ? '=' : e.second.type == dtl::SES_DELETE ? '-' : '+';
    const Word& w = op == '+' ? wb[static_cast<size_t>(e.second.afterIdx - 1)] : wa[static_cast<size_t>(e.second.beforeIdx - 1)];
    if (op == '=') { flush(close, false); first_block = false; }
    else (op == '-' ? dels : adds).push_back(&w);
    if (!out.ops.empty() && out.ops.back().op == op) {
      out.ops.back().text += (w.word ? " " : "") + w.surface;
    } else {
      out.ops.push_back(DiffOp{op, w.surface});
    }
  }
  flush(close, true);
  return out;
}

}  // namespace qa
}  // namespace fc
