#include "pipeline/metadata.h"

namespace fc {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Skips markdown heading marks so "# Title" reads as "Title".
std::string_view strip_heading(std::string_view s) {
  while (!s.empty() && (s.front() == '#' || s.front() == ' ')) s.remove_prefix(1);
  return s;
}

}  // namespace

std::string derive_title(std::string_view text) {
  size_t pos = 0;
  int lines = 0;
  while (pos < text.size() && lines < 6) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = strip_heading(trim(text.substr(pos, nl - pos)));
    pos = nl + 1;
    if (line.empty()) continue;
    ++lines;
    // A headline is one short line that does not end like a sentence; page furniture above it
    // ("Breaking News", "Accessibility links") is shorter than four words and skipped.
    const char last = line.back();
    if (line.size() > 160 || last == '.' || last == ',' || last == ':') return "";
    size_t words = 1;
    for (char c : line) words += c == ' ';
    if (words >= 4) return std::string(line);
  }
  return "";
}

std::string derive_outlet(std::string_view text) {
  const std::string_view head = text.substr(0, 600);
  size_t open = head.find('(');
  while (open != std::string_view::npos) {
    const size_t close = head.find(')', open);
    if (close == std::string_view::npos) return "";
    const std::string_view name = head.substr(open + 1, close - open - 1);
    const std::string_view after = trim(head.substr(close + 1, 6));
    // A wire credit is a short capitalized name followed by a dash: "(Reuters) -", "(Bloomberg) --".
    const bool dash_after = after.rfind("-", 0) == 0 || after.rfind("\xE2\x80\x93", 0) == 0 || after.rfind("\xE2\x80\x94", 0) == 0;
    const bool capitalized = !name.empty() && name.front() >= 'A' && name.front() <= 'Z';
    if (dash_after && capitalized && name.size() <= 40 && name.find(',') == std::string_view::npos) {
      return std::string(name);
    }
    open = head.find('(', close);
  }
  return "";
}

}  // namespace fc
