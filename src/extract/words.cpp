#include "extract/words.h"
#include "core/format.h"

#include <cmath>
#include <map>
#include <iterator>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rules/rules.h"

namespace fc {
namespace {

// A hash set of views into the literals below: called per token by several extractors and aligners.
const std::unordered_set<std::string_view>& function_words() {
  static const char* const kList[] = {
      "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "so", "yet", "if", "then",
      "of", "in", "on", "at", "to", "for", "from", "by", "with", "without", "about", "into", "onto", "over",
      "under", "after", "before", "since", "until", "during", "between", "among", "against", "through", "per",
      "as", "than", "like", "near", "off", "out", "up", "down", "across", "around", "within", "via", "upon",
      "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
      "its", "our", "their", "who", "whom", "whose", "which", "what", "where", "when", "why", "how",
      "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having", "do", "does",
      "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "n't",
      "also", "only", "just", "even", "still", "already", "all", "both", "each", "every", "any", "some",
      "more", "most", "less", "least", "other", "another", "such", "own", "same", "there", "here", "'s",
      "said", "says", "say", "told", "while", "although", "though", "because", "whether", "very", "too",
      "again", "ago", "later", "earlier", "now", "once", "ever", "never", "last", "next", "few", "many",
      "much", "several", "those", "according", "including", "including", "whereas", "amid", "despite"};
  static const std::unordered_set<std::string_view> kWords(std::begin(kList), std::end(kList));
  return kWords;
}

const std::map<std::string, std::string, std::less<>>& irregular_plurals() {
  static const auto kMap = [] {
    std::map<std::string, std::string, std::less<>> m;
    for (const RuleRow& r : rule_rows("en/num_units.tsv")) {
      if (r.fields.size() >= 4 && r.fields[1] == "plural") m[std::string(r.fields[2])] = std::string(r.fields[3]);
    }
    return m;
  }();
  return kMap;
}

// Hash lookup into irregular_plurals() (whose sorted order noun_plural() relies on); views into its nodes.
const std::unordered_map<std::string_view, std::string_view>& irregular_lookup() {
  static const auto kIndex = [] {
    std::unordered_map<std::string_view, std::string_view> m;
    for (const auto& kv : irregular_plurals()) m.emplace(kv.first, kv.second);
    return m;
  }();
  return kIndex;
}

bool ends_with(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

// Compound plurals by their last part (plural_suffix rows: "fishermen" -> "fisherman"), minus suffix_exception rows.
struct SuffixPlurals {
  std::vector<std::pair<std::string, std::string>> suffixes;
  std::set<std::string, std::less<>> exceptions;
};

const SuffixPlurals& suffix_plurals() {
  static const SuffixPlurals kRules = [] {
    SuffixPlurals out;
    for (const RuleRow& r : rule_rows("en/num_units.tsv")) {
      if (r.fields.size() < 4) continue;
      if (r.fields[1] == "plural_suffix") out.suffixes.emplace_back(r.fields[2], r.fields[3]);
      if (r.fields[1] == "suffix_exception") out.exceptions.emplace(r.fields[2]);
    }
    return out;
  }();
  return kRules;
}

// The lemma of a compound plural ("fishermen" -> "fisherman"), or "" if no suffix rule applies.
std::string suffix_lemma(std::string_view w) {
  const SuffixPlurals& sp = suffix_plurals();
  for (const auto& [plural, single] : sp.suffixes) {
    // At least three letters before the suffix: "gunmen" is a compound, "omen" and "semen" are not.
    if (w.size() >= plural.size() + 3 && ends_with(w, plural))
      return sp.exceptions.count(w) ? "" : std::string(w.substr(0, w.size() - plural.size())) + single;
  }
  return "";
}

}  // namespace

bool is_function_word(std::string_view norm) { return function_words().count(norm) > 0; }

std::vector<std::string_view> function_word_list() {
  return std::vector<std::string_view>(function_words().begin(), function_words().end());
}

namespace {

// looks_plural() for a word that is neither an irregular nor a compound plural.
bool regular_plural(std::string_view w) {
  if (w.size() < 4 || !ends_with(w, "s")) return false;
  if (ends_with(w, "ss") || ends_with(w, "us") || ends_with(w, "is") || ends_with(w, "'s")) return false;
  return !is_function_word(w);
}

}  // namespace

bool looks_plural(std::string_view w) {
  if (irregular_lookup().count(w) || !suffix_lemma(w).empty()) return true;
  return regular_plural(w);
}

std::string noun_lemma(std::string_view w) {
  auto it = irregular_lookup().find(w);
  if (it != irregular_lookup().end()) return std::string(it->second);
  if (std::string lemma = suffix_lemma(w); !lemma.empty()) return lemma;
  if (!regular_plural(w)) return std::string(w);  // looks_plural(w), its first two tests done above
  if (ends_with(w, "ies") && w.size() > 4) return std::string(w.substr(0, w.size() - 3)) + "y";
  for (std::string_view suf : {"ches", "shes", "sses", "xes", "zes"}) {
    if (ends_with(w, suf)) return std::string(w.substr(0, w.size() - 2));
  }
  return std::string(w.substr(0, w.size() - 1));
}

std::string noun_plural(std::string_view lemma) {
  for (const auto& kv : irregular_plurals()) {
    if (kv.second == lemma && kv.first != lemma) return kv.first;
  }
  if (lemma == "people") return "people";
  if (!suffix_plurals().exceptions.count(lemma)) {
    for (const auto& [plural, single] : suffix_plurals().suffixes) {  // "fisherman" -> "fishermen"
      if (lemma.size() >= single.size() + 3 && ends_with(lemma, single))
        return std::string(lemma.substr(0, lemma.size() - single.size())) + plural;
    }
  }
  if (ends_with(lemma, "y") && lemma.size() > 2 && std::string_view("aeiou").find(lemma[lemma.size() - 2]) ==
                                                        std::string_view::npos)
    return std::string(lemma.substr(0, lemma.size() - 1)) + "ies";
  for (std::string_view suf : {"ch", "sh", "s", "x", "z"}) {
    if (ends_with(lemma, suf)) return std::string(lemma) + "es";
  }
  return std::string(lemma) + "s";
}

namespace {

// printf("%.10g") of v; whole numbers below 1e10 (most figures) without printf, which prints them the same.
std::string g10(double v) {
  if (v > -1e10 && v < 1e10 && v == std::floor(v) && !(v == 0 && std::signbit(v))) {
    long long n = static_cast<long long>(v);
    char digits[24];
    size_t k = sizeof digits;
    const bool minus = n < 0;
    unsigned long long u = minus ? 0ull - static_cast<unsigned long long>(n) : static_cast<unsigned long long>(n);
    do digits[--k] = static_cast<char>('0' + u % 10); while ((u /= 10) != 0);
    if (minus) digits[--k] = '-';
    return std::string(digits + k, sizeof digits - k);
  }
  return format_g(v, 10);
}

}  // namespace

std::string format_number(double v) {
  if (std::isinf(v)) return "inf";
  static const std::pair<double, const char*> kScales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  for (const auto& sc : kScales) {
    if (std::fabs(v) >= sc.first) return g10(v / sc.first) + " " + sc.second;
  }
  return g10(v);
}

}  // namespace fc
