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

/// The fields of one rule row: a read-only view of consecutive string_views (into the embedded file).
struct RuleFields {
  const std::string_view* first = nullptr;
  size_t n = 0;
  size_t size() const { return n; }
  bool empty() const { return n == 0; }
  const std::string_view& operator[](size_t i) const { return first[i]; }
  const std::string_view& front() const { return first[0]; }
  const std::string_view& back() const { return first[n - 1]; }
  const std::string_view* begin() const { return first; }
  const std::string_view* end() const { return first + n; }
};

/// One data row of a TSV rule table: its fields. Lines that are empty or start with '#' are skipped.
struct RuleRow {
  RuleFields fields;
  size_t line = 0;  // 1-based line number in the file, for error messages and tests
};

/// Splits one field on `sep` ("a|b||c" -> "a", "b", "", "c"); empty pieces are kept for the caller to judge.
std::vector<std::string_view> split_field(std::string_view field, char sep = '|');

/// The rows of a TSV rule table (fields split on tabs, trailing '\r' dropped); empty if there is no such table.
/// Each table is parsed once, at its first use, and kept: every consumer of a table shares the same rows.
const std::vector<RuleRow>& rule_rows(std::string_view path);

}  // namespace fc
