// Lower-case institution names: a field word and a body word after "the" ("the health ministry").
#include "extract/entities_generic.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "extract/entity_tables.h"
#include "extract/lexicon.h"

namespace fc {
namespace {

// The field an institution works in ("health", "interior", "crisis"), as news writes it in lower case.
const WordSet& fields() {
  static const WordSet kFields = {
      "health", "interior", "finance", "foreign", "defence", "defense", "justice", "economy", "labour", "labor",
      "education", "transport", "agriculture", "environment", "energy", "trade", "water", "fire", "crisis",
      "election", "electoral", "port", "rail", "railway", "aviation", "food", "drug", "medicines", "competition",
      "tax", "customs", "border", "coast", "emergency", "rescue", "migration", "immigration", "housing", "culture",
      "weather", "statistics", "securities", "banking", "telecoms", "nuclear", "safety"};
  return kFields;
}

// The body: what kind of institution it is. "staff" only as a crisis staff (else it is people).
bool body_word(const ScanTok& field, const ScanTok& w) {
  // Not "company" or "operator": "the drug company" may be a different firm in each source.
  static const WordSet kBodies = {"ministry", "authority", "agency", "commission", "committee", "service",
                                  "brigade", "department", "office", "regulator", "watchdog", "inspectorate", "board"};
  if (w.kind != ScanKind::kWord || w.cap) return false;
  // Most bodies are organisation suffixes, looked up by word id: a cheap test before the others.
  if (!org_suffix_rule(w) && !w.is("staff") && !w.is("watchdog") && !w.is("board")) return false;
  return kBodies.has(w) || (w.is("staff") && field.is("crisis"));
}

// True if token i can open the name: after "the" (maybe with one lower-case adjective: "the regional crisis
// staff"), or capitalised at a sentence start ("Water authority engineers checked ...").
bool opens_name(const std::vector<ScanTok>& t, size_t i) {
  if (t[i].cap) return t[i].sentence_start && !t[i].upper;
  if (i > 0 && t[i - 1].is("the")) return true;
  return i > 1 && t[i - 2].is("the") && t[i - 1].kind == ScanKind::kWord && !t[i - 1].cap &&
         !function_word(t[i - 1]) && !fields().has(t[i - 1]);
}

// True if a mention of `ms` (sorted by start, not nested) overlaps [start, end).
bool covered(const std::vector<EntityMention>& ms, size_t start, size_t end) {
  auto it = std::lower_bound(ms.begin(), ms.end(), end, [](const EntityMention& m, size_t e) { return m.start < e; });
  return it != ms.begin() && std::prev(it)->end > start;
}

}  // namespace

void add_generic_orgs(std::string_view text, const std::vector<ScanTok>& t, std::vector<EntityMention>& ms) {
  std::vector<EntityMention> added;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].kind != ScanKind::kWord || !body_word(t[i], t[i + 1]) || !fields().has(t[i]) || !opens_name(t, i))
      continue;
    if (t[i + 1].sentence != t[i].sentence || covered(ms, t[i].start, t[i + 1].end)) continue;
    EntityMention m;
    m.start = t[i].start, m.end = t[i + 1].end;
    m.text = std::string(text.substr(m.start, m.end - m.start));
    m.canonical = t[i].norm + " " + t[i + 1].norm;  // "Water authority" and "water authority" are one spelling
    m.key = !added.empty() && added.back().canonical == m.canonical ? added.back().key : name_key(m.canonical);
    m.type = "ORG", m.rule = "ent.org.generic";
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  const size_t n = ms.size();
  for (EntityMention& m : added) ms.push_back(std::move(m));
  std::inplace_merge(ms.begin(), ms.begin() + static_cast<long>(n), ms.end(),
                     [](const EntityMention& a, const EntityMention& b) { return a.start < b.start; });
}

}  // namespace fc
