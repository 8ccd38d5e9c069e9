#include "rules/rules.h"

#include <algorithm>

namespace fc {

std::string_view rule_file(std::string_view path) {
  for (const RuleFile* f = rule_files(); f->path; ++f) {
    if (path == f->path) return f->content;
  }
  return {};
}

std::vector<std::string_view> split_field(std::string_view field, char sep) {
  std::vector<std::string_view> out;
  out.reserve(static_cast<size_t>(std::count(field.begin(), field.end(), sep)) + 1);
  size_t p = 0;
  while (true) {
    const size_t at = field.find(sep, p);
    out.push_back(field.substr(p, at == std::string_view::npos ? std::string_view::npos : at - p));
    if (at == std::string_view::npos) return out;
    p = at + 1;
  }
}

std::vector<RuleRow> rule_rows(std::string_view path) {
  std::vector<RuleRow> rows;
  std::string_view content = rule_file(path);
  // Rows and fields are counted before they are stored: one allocation each instead of a vector growing by steps
  // (tables are parsed at first use, so this is part of the first analysis' time).
  rows.reserve(static_cast<size_t>(std::count(content.begin(), content.end(), '\n')) + 1);
  size_t line_no = 0;
  while (!content.empty()) {
    size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view{} : content.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    RuleRow& row = rows.emplace_back();
    row.line = line_no;
    row.fields.reserve(static_cast<size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
    size_t pos = 0;
    while (true) {
      size_t tab = line.find('\t', pos);
      row.fields.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
  }
  return rows;
}

}  // namespace fc
