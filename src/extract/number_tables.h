// The number rule tables (en/num_words.tsv, en/num_vague.tsv, en/num_units.tsv) loaded once into lookups.
#pragma once
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/lexicon.h"

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
  std::map<std::string, NumWord, std::less<>> words;  // std::less<>: looked up by string_view, no copies
  std::vector<NumPhrase> amounts, mods, percents;
  std::map<std::string, NumUnit> symbols, currency_words, convert;
  std::vector<std::pair<std::vector<std::string>, NumUnit>> speeds;  // "km / h" -> "kilometre per hour"
  std::map<std::string, NumUnit, std::less<>> scaled_words;
  std::map<std::string, NumUnit> severities;  // "seriously" before "injured": a narrower count of its own
  std::map<std::string, NumUnit> role_cues;  // a verb before a count of people naming their role: "employs"  // currency words only after a scale: "million pounds"
  std::map<std::string, NumUnit> codes;  // ISO currency codes written before the number: "EUR 40 million"
  std::map<std::string, NumUnit> count_words;
  std::map<std::string, NumUnit> people_verbs;  // "two hundred were rescued": what happens to people counts people
  std::map<std::string, NumUnit> subject_verbs;  // "240 attended protests": the number did it, it counts no protests
  std::map<std::string, NumUnit> time_offsets;  // "two years ago": a point in time, no span of two years
  std::map<std::string, NumUnit> price_per;  // "2,700 crowns a share": a noun priced per share is money
  std::map<std::string, NumUnit, std::less<>> hyphen_units;
  std::map<std::string, NumUnit> prefix_units;  // a word before the number naming what it measures: "magnitude"
  std::map<std::string, NumUnit> fractions;  // "fifth" -> factor 0.2, "thirds" -> 1/3  // a unit joined by a hyphen: "58-year-old" counts an age  // words that count without looking plural: "19 injured", "30 km"
  std::set<std::string> months, skip_after;
  std::set<std::string> compounds;  // two-word counted nouns of en/num_nouns.tsv ("dock worker")
  std::set<std::string> persons;    // nouns of en/num_nouns.tsv that count people ("passenger", "climber", "man")
};

/// The parsed tables (built on first use).
const NumTables& num_tables();

/// What the number tables say about each word id (see lexicon.h), so each token costs array lookups only.
struct NumIndex {
  std::vector<const NumWord*> word;
  std::vector<const NumUnit*> symbol, currency, code;
  std::vector<char> month, skip;
  std::vector<char> may_start;  // a mod, amount, currency sign or number word: a quantity may start here
  PhraseIndex amounts, mods, percents;
};

/// The index (built on first use, after the lexicon).
const NumIndex& num_index();

/// Splits a lower-case phrase on spaces.
std::vector<std::string> split_words(const std::string& phrase);

}  // namespace fc
