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

namespace {

// One parsed table: its rows, whose fields view `pool`.
struct ParsedTable {
  bool done = false;
  std::vector<std::string_view> pool;
  std::vector<RuleRow> rows;
};

// Splits `content` into rows; each row's fields go to the pool, which is only viewed once it is complete.
void parse_table(std::string_view content, ParsedTable& t) {
  std::vector<size_t> starts;  // per row, the index of its first field in the pool
  size_t line_no = 0;
  while (!content.empty()) {
    const size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view{} : content.substr(nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    starts.push_back(t.pool.size());
    t.rows.push_back(RuleRow{{}, line_no});
    for (size_t pos = 0;;) {
      const size_t tab = line.find('\t', pos);
      t.pool.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
      if (tab == std::string_view::npos) break;
      pos = tab + 1;
    }
  }
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const size_t end = i + 1 < t.rows.size() ? starts[i + 1] : t.pool.size();
    t.rows[i].fields = RuleFields{t.pool.data() + starts[i], end - starts[i]};
  }
}

}  // namespace

const std::vector<RuleRow>& rule_rows(std::string_view path) {
  // Tables are parsed at first use (part of the first analysis' time) and only once, however many consumers read
  // them. The module is single-threaded (see wasm/CMakeLists.txt); the CLI and tests are too.
  static std::vector<ParsedTable> parsed;
  static const std::vector<RuleRow> kNone;
  size_t i = 0;
  const RuleFile* f = rule_files();
  for (; f->path && path != f->path; ++f) ++i;
  if (!f->path) return kNone;
  if (parsed.empty()) {
    size_t n = 0;
    for (const RuleFile* g = rule_files(); g->path; ++g) ++n;
    parsed.resize(n);
  }
  ParsedTable& t = parsed[i];
  if (!t.done) parse_table(f->content, t), t.done = true;
  return t.rows;
}

}  // namespace fc
