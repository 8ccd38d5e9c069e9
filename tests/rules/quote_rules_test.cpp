// Every row of the quote rule tables carries an example; each example must fire its own row.
#include <catch2/catch.hpp>

#include <string>

#include "align/quotes_internal.h"
#include "extract/quotes.h"
#include "rules/rules.h"

namespace {

// True if some quote extracted from `example` names `needle` in its rule.
bool fires(const std::string& example, const std::string& needle) {
  for (const fc::Quote& q : fc::extract_quotes(example)) {
    if (q.rule.find(needle) != std::string::npos) return true;
  }
  return false;
}

void check_table(const char* path, const std::string& prefix) {
  const auto rows = fc::rule_rows(path);
  REQUIRE(rows.size() >= 2);
  for (const fc::RuleRow& row : rows) {
    REQUIRE(row.fields.size() >= 3);
    const std::string id(row.fields[0]);
    const std::string example(row.fields[2]);
    INFO(path << " line " << row.line << ": " << example);
    CHECK(fires(example, prefix + id));
  }
}

std::pair<std::string, std::string> split_arrow(std::string_view example) {
  size_t arrow = example.find(" -> ");
  REQUIRE(arrow != std::string_view::npos);
  return {std::string(example.substr(0, arrow)), std::string(example.substr(arrow + 4))};
}

}  // namespace

TEST_CASE("speech verb examples fire their verb", "[quotes][rules]") { check_table("en/speech_verbs.tsv", "verb:"); }

TEST_CASE("person title examples fire their title", "[quotes][rules]") { check_table("en/person_titles.tsv", "title:"); }

TEST_CASE("organisation examples fire their cue", "[quotes][rules]") { check_table("en/org_cues.tsv", "org:"); }

TEST_CASE("pronoun examples fire their pronoun", "[quotes][rules]") { check_table("en/pronouns.tsv", "pronoun:"); }

TEST_CASE("saying cue examples fire their cue", "[quotes][rules]") { check_table("en/saying_cues.tsv", "cue:"); }

TEST_CASE("synonym examples are wording, antonym examples change the meaning", "[quotes][rules]") {
  for (const fc::RuleRow& row : fc::rule_rows("en/quote_synonyms.tsv")) {
    REQUIRE(row.fields.size() >= 3);
    auto ab = split_arrow(row.fields[2]);
    INFO("synonyms line " << row.line);
    CHECK(fc::qa::word_diff("a", ab.first, "b", ab.second).flags.empty());
  }
  for (const fc::RuleRow& row : fc::rule_rows("en/quote_antonyms.tsv")) {
    REQUIRE(row.fields.size() >= 3);
    auto ab = split_arrow(row.fields[2]);
    INFO("antonyms line " << row.line);
    const auto flags = fc::qa::word_diff("a", ab.first, "b", ab.second).flags;
    REQUIRE(flags.size() == 1);
    CHECK(flags[0].rfind("antonym:", 0) == 0);
  }
}

TEST_CASE("spelling examples fold both sides alike through their own row", "[quotes][rules]") {
  const auto rows = fc::rule_rows("en/spelling_variants.tsv");
  REQUIRE(rows.size() >= 2);
  for (const fc::RuleRow& row : rows) {
    REQUIRE(row.fields.size() >= 5);
    auto ab = split_arrow(row.fields[4]);
    INFO("spelling line " << row.line << ": " << row.fields[4]);
    CHECK(ab.first != ab.second);
    CHECK(fc::qa::fold_words(ab.first) == fc::qa::fold_words(ab.second));
    bool fired = false;
    std::string word, rule;
    for (char c : ab.first + " ") {
      if (c != ' ') { word += c; continue; }
      fc::qa::spelling_fold(word, &rule);
      fired = fired || rule == std::string(row.fields[0]);
      word.clear();
      rule.clear();
    }
    CHECK(fired);
  }
}

TEST_CASE("split_field keeps every piece, empty ones too", "[rules]") {
  const auto parts = fc::split_field("a|b||c");
  REQUIRE(parts.size() == 4);
  CHECK(parts[0] == "a");
  CHECK(parts[2].empty());
  CHECK(parts[3] == "c");
  CHECK(fc::split_field("").size() == 1);
  CHECK(fc::split_field("x y", ' ').size() == 2);
}
