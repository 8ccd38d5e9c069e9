// Disagreeing values inside two sentences told as one claim (see claims_unclear.h).
#include "align/claims_unclear.h"

#include <algorithm>
#include <string_view>

#include "compare/verdict.h"

namespace fc {
namespace {

// The values of the date or number facts found inside a sentence: "2026-04-14", "EUR 3 million", "~2300 people".
std::vector<std::string_view> values_inside(const std::vector<SourceFindings>& all, const std::vector<Fact>& found,
                                            SentenceSpan c, const char* kind) {
  std::vector<std::string_view> out;
  for (const Fact& f : found) {
    if (f.kind != kind) continue;
    for (const Mention& m : f.mentions) {
      if (m.source == all[c.source].source->id && c.start <= m.start && m.end <= c.end) out.push_back(m.value);
    }
  }
  return out;
}

// Two date values that may be one day or period: equal, one within the other, or sharing an alternative
// ("2021-03-19|2021-03-22").
bool dates_fit(std::string_view a, std::string_view b) {
  auto each = [](std::string_view v, auto&& fn) {
    for (size_t from = 0; from <= v.size();) {
      const size_t bar = std::min(v.find('|', from), v.size());
      if (fn(v.substr(from, bar - from))) return true;
      from = bar + 1;
    }
    return false;
  };
  return each(a, [&](std::string_view x) {
    return each(b, [&](std::string_view y) { return x == y || date_within(x, y) || date_within(y, x); });
  });
}

// An exact figure's unit ("people", "EUR million") when the value is exact ("2300 people", "EUR 3 million"), else "".
std::string exact_unit(std::string_view v, std::string& number) {
  if (v.empty() || v[0] == '~' || v[0] == '<' || v[0] == '>') return "";
  const size_t sp = v.find(' ');
  if (sp == std::string_view::npos) return "";
  const bool code = sp == 3 && v[0] >= 'A' && v[0] <= 'Z';  // "EUR 3 million"
  const size_t num_end = code ? std::min(v.find(' ', sp + 1), v.size()) : sp;
  number = std::string(v.substr(code ? sp + 1 : 0, num_end - (code ? sp + 1 : 0)));
  if (number.empty() || number[0] == '~' || number[0] == '<' || number[0] == '>') return "";  // "EUR ~30000"
  if (number.find('-') != std::string::npos) return "";  // a range
  return code ? std::string(v.substr(0, 3)) + std::string(v.substr(num_end)) : std::string(v.substr(sp + 1));
}

}  // namespace

Disagreement values_disagree(const std::vector<SourceFindings>& all, const std::vector<Fact>& found, SentenceSpan x,
                             SentenceSpan y) {
  const std::vector<std::string_view> dx = values_inside(all, found, x, "date"), dy = values_inside(all, found, y, "date");
  bool any_fit = false;
  for (std::string_view a : dx) for (std::string_view b : dy) any_fit = any_fit || dates_fit(a, b);
  if (!dx.empty() && !dy.empty() && !any_fit) return {"different dates", std::string(dx.front()), std::string(dy.front())};
  const std::vector<std::string_view> nx = values_inside(all, found, x, "number"), ny = values_inside(all, found, y, "number");
  for (std::string_view a : nx) {
    std::string va, vb;
    const std::string unit = exact_unit(a, va);
    if (unit.empty()) continue;
    bool same_unit = false, same_value = false;
    std::string_view other;
    for (std::string_view b : ny) {
      if (exact_unit(b, vb) != unit) continue;
      same_unit = true, other = b;
      same_value = same_value || vb == va;
    }
    if (same_unit && !same_value) return {"different figures", std::string(a), std::string(other)};
  }
  return {};
}

}  // namespace fc
