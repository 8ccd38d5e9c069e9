// The number rule tables (en/num_words.tsv, en/num_vague.tsv, en/num_units.tsv) loaded once into lookups.
#pragma once
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fc {

/// A number word: its value and kind (cardinal, ordinal, scale).
struct NumWord {
  std::string id, kind;
  double value = 0;
};

/// A multi-word phrase row: vague amount, modifier or percent word.
struct NumPhrase {
  std::string id;
  std::vector<std::string> words;
  double low = 0, high = 0;
};

/// A unit row: currency code, or conversion ("year*10" -> base "year", factor 10).
struct NumUnit {
  std::string id, value, base;
  double factor = 1;
};

/// Every number table, parsed.
struct NumTables {
  std::map<std::string, NumWord> words;
  std::vector<NumPhrase> amounts, mods, percents;
  std::map<std::string, NumUnit> symbols, currency_words, convert;
  std::set<std::string> months, skip_after;
  std::set<std::string> compounds;  // two-word counted nouns of en/num_nouns.tsv ("dock worker")
};

/// The parsed tables (built on first use).
const NumTables& num_tables();

/// Splits a lower-case phrase on spaces.
std::vector<std::string> split_words(const std::string& phrase);

}  // namespace fc
