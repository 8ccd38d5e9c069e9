// Words of a number mention that narrow what it counts or say whose the counted things are.
#include "align/number_owner.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

#include "align/number_items.h"
#include "extract/number_tables.h"
#include "extract/words.h"

namespace fc::num_align {
namespace {

// True if `w` (lower-case) ends as adjectives of nations and peoples do: "Norvenian", "Sudanese", "Danish",
// "French", "Iraqi", "Baltic". Brand and model names ("AirChef", "AC-500") do not say whose things are.
bool people_adjective(const std::string& w) {
  static const char* kEnds[] = {"an", "ese", "ish", "ch", "i", "ic"};
  for (const char* e : kEnds) {
    const size_t n = std::char_traits<char>::length(e);
    if (w.size() > n + 2 && w.compare(w.size() - n, n, e) == 0) return true;
  }
  return false;
}

// Lower-case copy of `w` (ASCII letters).
std::string lower(std::string w) {
  for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  return w;
}

// A capitalised adjective of a people in "of the <Adjective> ..." right after byte `end`: "nine staff of the
// Dravonian embassy" are the Dravonian embassy's; "" if the mention is followed by anything else.
std::string owner_after(const std::string& text, size_t end) {
  static const std::string kOfThe = " of the ";
  if (end > text.size() || text.compare(end, kOfThe.size(), kOfThe) != 0) return "";
  const size_t b = end + kOfThe.size();
  size_t e = b;
  while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
  if (e == b || text[b] < 'A' || text[b] > 'Z' || e >= text.size() || text[e] != ' ') return "";
  const std::string w = lower(text.substr(b, e - b));
  return people_adjective(w) ? w : "";
}

}  // namespace

std::string narrowing_word(const NumberMention& m) {
  if (!m.unit.empty()) return "";
  std::string_view t = m.text;
  const size_t last = t.rfind(' ');
  if (last == std::string_view::npos || last == 0) return "";
  const size_t prev = t.rfind(' ', last - 1);
  if (prev == std::string_view::npos) return "";
  std::string w;
  for (char c : t.substr(prev + 1, last - prev - 1)) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c < 'a' || c > 'z') return "";  // digits, "4,200", hyphenated numbers: no qualifier
    w += c;
  }
  const NumTables& tb = num_tables();
  std::string noun(t.substr(last + 1));
  for (char& c : noun) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
  if (tb.words.count(w) || tb.compounds.count(w + " " + noun) || is_function_word(w)) return "";
  return w;
}

std::string owner_of(const std::string& text, const NumberMention& m) {
  for (size_t at = m.text.find(' '); at != std::string::npos; at = m.text.find(' ', at + 1)) {
    size_t e = at + 1;
    while (e < m.text.size() && std::isalpha(static_cast<unsigned char>(m.text[e]))) ++e;
    if (e < m.text.size() && m.text[e] != ' ') continue;  // "AC-500", "Smith-made": no adjective of a people
    const std::string w = lower(m.text.substr(at + 1, e - at - 1));
    if (m.text[at + 1] >= 'A' && m.text[at + 1] <= 'Z' && people_adjective(w)) return w;
  }
  const std::string after = owner_after(text, m.end);
  if (!after.empty()) return after;
  size_t end = std::min(m.start, text.size());
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t cut = 0;
  if (end >= 2 && text.compare(end - 2, 2, "'s") == 0) cut = 2;
  else if (end >= 4 && text.compare(end - 4, 4, "\xE2\x80\x99s") == 0) cut = 4;
  if (cut == 0) return "";
  size_t begin = end - cut;
  while (begin > 0 && std::isalpha(static_cast<unsigned char>(text[begin - 1]))) --begin;
  if (begin == end - cut || text[begin] < 'A' || text[begin] > 'Z') return "";
  return lower(text.substr(begin, end - cut - begin));
}

bool owners_differ(const NumItem& a, const NumItem& b) {
  if (a.owner.empty() || b.owner.empty()) return false;
  const size_t n = std::min<size_t>(4, std::min(a.owner.size(), b.owner.size()));
  return a.owner.compare(0, n, b.owner, 0, n) != 0;
}

}  // namespace fc::num_align
