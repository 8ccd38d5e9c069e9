#include <unordered_map>

#include "core/date.h"
#include "ingest/ingest.h"
#include "text/utf8.h"

namespace fc {
namespace {

bool digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return false;
  for (size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

int two(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

// Checks "HH:MM[:SS][Z|+HH:MM|-HH:MM]".
bool valid_time(std::string_view t) {
  if (!digits(t, 0, 2) || t.size() < 5 || t[2] != ':' || !digits(t, 3, 2)) return false;
  if (two(t, 0) > 23 || two(t, 3) > 59) return false;
  size_t at = 5;
  if (at < t.size() && t[at] == ':') {
    if (!digits(t, at + 1, 2) || two(t, at + 1) > 60) return false;
    at += 3;
  }
  if (at == t.size()) return true;
  if (t[at] == 'Z') return at + 1 == t.size();
  if (t[at] != '+' && t[at] != '-') return false;
  std::string_view z = t.substr(at + 1);
  return z.size() == 5 && digits(z, 0, 2) && z[2] == ':' && digits(z, 3, 2) && two(z, 0) <= 14 && two(z, 3) <= 59;
}

}  // namespace

bool is_valid_published(std::string_view s) {
  if (!parse_iso_date(s.substr(0, 10))) return false;
  if (s.size() == 10) return true;
  return s[10] == 'T' && valid_time(s.substr(11));
}

std::string line_column(std::string_view text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; col = 1; } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) { ++col; }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

Error validate_sources(const std::vector<Source>& sources) {
  if (sources.empty()) return {ErrorCode::kNoSources, "no sources: the story needs at least one source"};
  std::unordered_map<std::string, size_t> seen;
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    const std::string where = "source \"" + s.id + "\" (sources[" + std::to_string(i) + "])";
    if (s.id.empty()) return {ErrorCode::kNotAString, "sources[" + std::to_string(i) + "].id: empty id"};
    auto [it, fresh] = seen.emplace(s.id, i);
    if (!fresh) {
      return {ErrorCode::kDuplicateId, "sources[" + std::to_string(i) + "].id: duplicate id \"" + s.id +
                                           "\" (first used by sources[" + std::to_string(it->second) + "])"};
    }
    size_t bad = 0;
    for (const std::string* f : {&s.id, &s.outlet, &s.url, &s.published, &s.language, &s.title, &s.text}) {
      if (!is_valid_utf8(*f, &bad)) {
        return {ErrorCode::kInvalidUtf8, where + ": invalid UTF-8 at byte " + std::to_string(bad) + " of a field"};
      }
    }
    if (!s.published.empty() && !is_valid_published(s.published)) {
      return {ErrorCode::kBadPublished, where + ".published: \"" + s.published +
                                            "\" is not a date of the form YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM]]"};
    }
  }
  return {};
}

}  // namespace fc
