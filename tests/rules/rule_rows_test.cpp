// The rule-table parser: rows parsed once and shared, every field of every data line kept in order.
#include <catch2/catch.hpp>

#include <string>

#include "rules/rules.h"

TEST_CASE("a rule table is parsed once and every caller shares its rows", "[rules]") {
  const std::vector<fc::RuleRow>& a = fc::rule_rows("en/stopwords.tsv");
  const std::vector<fc::RuleRow>& b = fc::rule_rows("en/stopwords.tsv");
  REQUIRE(!a.empty());
  CHECK(&a == &b);
  CHECK(a.front().fields.begin() == b.front().fields.begin());
  CHECK(fc::rule_rows("en/no_such_table.tsv").empty());
}

TEST_CASE("rule rows hold every tab-separated field of every data line, in order", "[rules]") {
  for (const char* path : {"en/event_verbs.tsv", "en/dates_patterns.tsv", "en/num_units.tsv"}) {
    const std::string_view content = fc::rule_file(path);
    const std::vector<fc::RuleRow>& rows = fc::rule_rows(path);
    size_t line_no = 0, row = 0, pos = 0;
    while (pos < content.size()) {
      size_t nl = content.find('\n', pos);
      if (nl == std::string_view::npos) nl = content.size();
      std::string_view line = content.substr(pos, nl - pos);
      pos = nl + 1, ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line.empty() || line[0] == '#') continue;
      REQUIRE(row < rows.size());
      CHECK(rows[row].line == line_no);
      std::string joined;
      for (std::string_view f : rows[row].fields) joined += std::string(f) + "\t";
      joined.pop_back();
      CHECK(joined == line);
      CHECK(rows[row].fields.back().data() + rows[row].fields.back().size() == line.data() + line.size());
      ++row;
    }
    CHECK(row == rows.size());
  }
}
