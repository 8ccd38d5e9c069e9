// Access to the rule tables (src/rules/<lang>/*.tsv) compiled into the binary.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace fc {

/// One embedded rule file: its path under src/rules ("en/months.tsv") and its whole content.
struct RuleFile {
  const char* path;
  const char* content;
};

/// All embedded rule files, terminated by {nullptr, nullptr}.
const RuleFile* rule_files();

/// Content of the rule file at `path` ("en/months.tsv"); empty if there is none.
std::string_view rule_file(std::string_view path);

/// One data row of a TSV rule table: its fields. Lines that are empty or start with '#' are skipped.
struct RuleRow {
  std::vector<std::string_view> fields;
  size_t line = 0;  // 1-based line number in the file, for error messages and tests
};

/// Splits one field on `sep` ("a|b||c" -> "a", "b", "", "c"); empty pieces are kept for the caller to judge.
std::vector<std::string_view> split_field(std::string_view field, char sep = '|');

/// Parses a TSV rule table into rows (fields split on tabs, trailing '\r' dropped).
std::vector<RuleRow> rule_rows(std::string_view path);

}  // namespace fc
