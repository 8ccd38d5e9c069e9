#include "extract/event_tables.h"

#include <algorithm>
#include <string_view>

#include "extract/lexicon.h"
#include "extract/scan.h"
#include "rules/rules.h"

namespace fc {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(std::count(s.begin(), s.end(), sep)) + 1);
  size_t i = 0;
  while (i <= s.size()) {
    size_t p = s.find(sep, i);
    if (p == std::string_view::npos) p = s.size();
    if (p > i) out.emplace_back(s.substr(i, p - i));
    i = p + 1;
  }
  return out;
}

EventTables load() {
  EventTables tb;
  for (const RuleRow& r : rule_rows("en/event_verbs.tsv")) {
    if (r.fields.size() < 5) continue;
    std::vector<std::string> forms = split(r.fields[2], ',');
    if (r.fields[1] == "patient") {
      for (const std::string& f : forms) tb.patient[f] = forms.front();
      continue;
    }
    VerbRow v;
    v.id = std::string(r.fields[0]), v.action = std::string(r.fields[1]), v.condition = std::string(r.fields[3]);
    if (v.condition.rfind("noun+", 0) == 0) v.noun = true, v.condition = v.condition.substr(5);  // noun+near:...
    if (v.condition.rfind("near:", 0) == 0) v.near = split(v.condition.substr(5), '|');
    if (v.condition.rfind("act:", 0) == 0) v.near = split(v.condition.substr(4), '|'), v.act = true;
    if (v.condition.rfind("after:", 0) == 0) v.after = split(v.condition.substr(6), '|');
    if (v.condition.rfind("receive:", 0) == 0) v.near = split(v.condition.substr(8), '|'), v.receive = true;
    v.count = v.condition == "count", v.noun = v.noun || v.condition == "noun";
    const bool plain = v.condition == "-";
    for (size_t i = 0; i < forms.size(); ++i) {  // the row is copied to every form but the last, which takes it
      auto& rows = tb.by_form[forms[i]];
      rows.insert(plain ? rows.end() : rows.begin(), i + 1 < forms.size() ? VerbRow(v) : std::move(v));
    }
  }
  return tb;
}

// Verb rows and patient objects by word id, so the per-token test is an array lookup.
struct EventIndex {
  std::vector<const std::vector<VerbRow>*> verbs;
  std::vector<const std::string*> patient;
};

const EventIndex& event_index() {
  static const EventIndex kIndex = [] {
    EventIndex ix;
    ix.verbs.assign(word_id_count(), nullptr), ix.patient.assign(word_id_count(), nullptr);
    for (const auto& kv : event_tables().by_form) ix.verbs[word_id(kv.first)] = &kv.second;
    for (const auto& kv : event_tables().patient) ix.patient[word_id(kv.first)] = &kv.second;
    ix.verbs[kNoWord] = nullptr, ix.patient[kNoWord] = nullptr;
    return ix;
  }();
  return kIndex;
}

}  // namespace

const EventTables& event_tables() {
  static const EventTables kTables = load();
  return kTables;
}

const std::vector<VerbRow>* verb_rows(const ScanTok& t) { return event_index().verbs[t.word]; }

const std::string* patient_of(const ScanTok& t) { return event_index().patient[t.word]; }

bool verb_filler(const ScanTok& w) {
  static const WordSet kSkip = {"back", "down", "out", "off", "up", "yesterday", "today", "again"};
  return kSkip.has(w) || (w.norm.size() > 4 && w.norm.compare(w.norm.size() - 2, 2, "ly") == 0);
}

bool quote_mark(const ScanTok& w) {
  return w.kind == ScanKind::kPunct && (w.is("\"") || w.is("\u201c") || w.is("\u201d") || w.is("'"));
}

bool institution_word(const ScanTok& w) {
  static const WordSet kInstitution = {"police", "army", "military", "prosecutors", "prosecutor", "court",
                                       "government", "parliament", "ministry", "bank", "council", "commission",
                                       "regulator", "regulators", "authorities", "cabinet", "senate", "congress", "navy",
                                       "coastguard"};
  return kInstitution.has(w);
}

}  // namespace fc
