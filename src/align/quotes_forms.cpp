// Word forms that differ between renderings of one statement without changing it: a number spelled out in one
// source and in digits in another ("six hundred and fifty" / "650"), and a compound written as one word in one
// source and split in another ("e-mail" / "email", "good will" / "goodwill"). Used by the rarity join only.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "align/quotes_internal.h"

namespace fc {
namespace qa {
namespace {

bool number_word(const std::string& w) {
  // string_view constants: the sizes are known, so most words are turned away without comparing a byte
  static constexpr std::string_view kWords[] = {
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
      "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion"};
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ','; })) {
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  }
  if (w.size() < 3 || w.size() > 9) return false;  // "one" .. "seventeen"
  for (std::string_view k : kWords) {
    if (k.size() == w.size() && k[0] == w[0] && k == w) return true;
  }
  return false;
}

// number_word() of word ids, each id's answer worked out once per call of rendering_forms().
class NumberWords {
 public:
  explicit NumberWords(Vocab& vocab) : vocab_(vocab) {}
  bool operator()(uint32_t id) {
    if (id >= memo_.size()) memo_.resize(id + 1, -1);
    if (memo_[id] < 0) memo_[id] = number_word(vocab_.word(id)) ? 1 : 0;
    return memo_[id] == 1;
  }

 private:
  Vocab& vocab_;
  std::vector<int8_t> memo_;  // by word id: -1 not asked yet
};

// The whole numbers written inside the quote, as digits ("650"); empty when it holds none.
std::vector<std::string> values_in(const Item& it, const std::vector<SourceFindings>& all) {
  std::vector<std::string> out;
  if (it.quote == nullptr || it.src >= all.size()) return out;
  for (const NumberMention& n : all[it.src].numbers) {
    if (n.start < it.quote->start || n.end > it.quote->end || n.vague) continue;
    if (n.nominal < 1 || n.nominal >= 1e12 || std::floor(n.nominal) != n.nominal) continue;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f", n.nominal);
    out.emplace_back(buf);
  }
  return out;
}

// Content with the number's words replaced by its value.
void fold_numbers(const Item& it, const std::vector<SourceFindings>& all, Vocab& vocab, NumberWords& numeric,
                  std::vector<uint32_t>& c) {
  const std::vector<std::string> values = values_in(it, all);
  if (values.empty()) return;
  std::vector<uint32_t> spelled;  // stems of the number's words and digits
  for (uint32_t w : it.words) {
    if (numeric(w)) spelled.push_back(vocab.stem_of(vocab.key(w)));
  }
  c.erase(std::remove_if(c.begin(), c.end(), [&](uint32_t s) { return std::count(spelled.begin(), spelled.end(), s) > 0; }), c.end());
  for (const std::string& v : values) c.push_back(vocab.stem_of(vocab.intern(v)));
}

bool has(const std::vector<uint32_t>& sorted, uint32_t x) { return std::binary_search(sorted.begin(), sorted.end(), x); }

// Two neighbouring words of the item written as one word by some other rendering take that word's place.
void join_compounds(const Item& it, const std::unordered_map<uint32_t, size_t>& holders, Vocab& vocab,
                    NumberWords& numeric, std::vector<uint32_t>& c) {
  std::string both;
  for (size_t k = 0; k + 1 < it.words.size(); ++k) {
    const std::string& a = vocab.word(it.words[k]);
    const std::string& b = vocab.word(it.words[k + 1]);
    if (a.empty() || b.empty() || numeric(it.words[k]) || numeric(it.words[k + 1])) continue;
    both.assign(a).append(b);  // one buffer for every pair: a + b would allocate the longer ones each time
    const uint32_t joined = vocab.stem_of(vocab.intern(both));
    if (has(c, joined) || holders.find(joined) == holders.end()) continue;
    const uint32_t sa = vocab.stem_of(vocab.key(it.words[k])), sb = vocab.stem_of(vocab.key(it.words[k + 1]));
    c.erase(std::remove_if(c.begin(), c.end(), [&](uint32_t s) { return s == sa || s == sb; }), c.end());
    c.insert(std::lower_bound(c.begin(), c.end(), joined), joined);
  }
}

}  // namespace

std::vector<std::vector<uint32_t>> rendering_forms(const std::vector<Item>& items, const std::vector<bool>& need,
                                                   const std::vector<SourceFindings>& all, Vocab& vocab) {
  std::vector<std::vector<uint32_t>> out(items.size());
  std::unordered_map<uint32_t, size_t> holders;  // content stem -> items in question holding it
  NumberWords numeric(vocab);
  for (size_t i = 0; i < items.size(); ++i) {
    if (!need[i]) continue;
    out[i] = items[i].content;
    fold_numbers(items[i], all, vocab, numeric, out[i]);
    std::sort(out[i].begin(), out[i].end());
    out[i].erase(std::unique(out[i].begin(), out[i].end()), out[i].end());
    for (uint32_t s : out[i]) ++holders[s];
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (need[i]) join_compounds(items[i], holders, vocab, numeric, out[i]);
  }
  return out;
}

}  // namespace qa
}  // namespace fc
