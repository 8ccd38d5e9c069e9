// Acronyms defined in the text: the name before "(ACRONYM)" is the acronym's full name.
#include "extract/entities_acronyms.h"

#include <algorithm>
#include <string>

#include "extract/entity_tables.h"

namespace fc {
namespace {

bool connector(const ScanTok& w) { return w.is("and") || w.is("of") || w.is("for") || w.is("the") || w.is("&"); }

// Token index of the token starting at byte `start`, or t.size().
size_t token_at(const std::vector<ScanTok>& t, size_t start) {
  auto it = std::lower_bound(t.begin(), t.end(), start, [](const ScanTok& w, size_t s) { return w.start < s; });
  return it != t.end() && it->start == start ? static_cast<size_t>(it - t.begin()) : t.size();
}

// First token of the capitalised name ending right before token `end` whose initials are the letters of
// `acronym` (sorted), or `end` if none: connectors are skipped, at most 10 tokens back.
size_t expansion_start(const std::vector<ScanTok>& t, size_t end, const std::string& acronym) {
  std::string initials;
  for (size_t k = end, n = 0; k > 0 && n < 10; --k, ++n) {
    const ScanTok& w = t[k - 1];
    if (w.kind != ScanKind::kWord || w.norm.empty()) return end;
    if (connector(w) && !w.cap) continue;
    if (!w.cap) return end;
    initials += w.norm[0];
    if (initials.size() > acronym.size()) return end;
    std::string sorted = initials;
    std::sort(sorted.begin(), sorted.end());
    if (sorted == acronym) return k - 1;
  }
  return end;
}

// First token of the lower-case term ending right before token `end` whose first letters spell `acronym` in order
// ("respiratory syncytial virus (RSV)"), or `end` if none.
size_t term_start(const std::vector<ScanTok>& t, size_t end, const std::string& acronym) {
  if (end < acronym.size()) return end;
  const size_t a = end - acronym.size();
  for (size_t k = a; k < end; ++k) {
    const ScanTok& w = t[k];
    if (w.kind != ScanKind::kWord || w.cap || w.norm.size() < 2 || w.norm[0] != acronym[k - a]) return end;
  }
  return a;
}

// The acronym mention's letters in lower case, sorted; "" unless it is an acronym in parentheses.
std::string defined_acronym(const std::vector<ScanTok>& t, size_t k) {
  if (k == 0 || k + 1 >= t.size() || !t[k - 1].is("(") || !t[k + 1].is(")") || !t[k].upper) return "";
  std::string letters = t[k].norm;
  if (letters.size() < 2 || letters.size() > 8) return "";
  for (char c : letters) if (c < 'a' || c > 'z') return "";
  std::sort(letters.begin(), letters.end());
  return letters;
}

// "respiratory syncytial virus (RSV)": a term, not an organisation. The acronym and its spelled-out words become
// two mentions of one name, keyed by the acronym; ms[i] is the acronym, [a, k - 1) the words.
void add_term(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t k, std::vector<EntityMention>& ms,
              size_t& i) {
  EntityMention words;
  words.start = t[a].start, words.end = t[k - 2].end;
  words.text = std::string(text.substr(words.start, words.end - words.start));
  words.canonical = ms[i].text, words.key = ms[i].key;
  words.type = "OTHER", words.rule = "ent.term.spelled";
  ms[i].type = "OTHER", ms[i].rule = "ent.term.acronym";
  ms.insert(ms.begin() + static_cast<long>(i), std::move(words));
  ++i;
}

}  // namespace

void link_acronyms(std::string_view text, const std::vector<ScanTok>& t, std::vector<EntityMention>& ms) {
  for (size_t i = 0; i < ms.size(); ++i) {
    if (ms[i].rule != "ent.org.acronym") continue;
    const size_t k = token_at(t, ms[i].start);
    const std::string letters = k < t.size() ? defined_acronym(t, k) : "";
    const size_t a = letters.empty() ? k : expansion_start(t, k - 1, letters);
    if (!letters.empty() && a >= k - 1) {
      std::string in_order = t[k].norm;
      const size_t term = term_start(t, k - 1, in_order);
      if (term < k - 1) add_term(text, t, term, k, ms, i);
      continue;
    }
    if (letters.empty()) continue;
    EntityMention full;
    full.start = t[a].start, full.end = t[k - 2].end;
    full.text = full.canonical = std::string(text.substr(full.start, full.end - full.start));
    full.type = "ORG", full.rule = "ent.org.acronym_defined", full.key = name_key(full.canonical);
    ms[i].canonical = full.canonical, ms[i].key = full.key;
    // The full name replaces the pieces found inside it ("Health Products Agency").
    auto inside = [&](const EntityMention& m) { return m.start >= full.start && m.end <= full.end; };
    const size_t before = static_cast<size_t>(std::count_if(ms.begin(), ms.begin() + i, inside));
    ms.erase(std::remove_if(ms.begin(), ms.end(), inside), ms.end());
    i -= before;
    ms.insert(ms.begin() + i, std::move(full));
    ++i;
  }
}

}  // namespace fc
