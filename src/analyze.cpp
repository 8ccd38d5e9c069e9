#include "analyze.h"

#include <algorithm>
#include <unordered_map>

#include "align/align.h"
#include "compare/verdict.h"
#include "extract/scan.h"
#include "pipeline/anchor.h"
#include "pipeline/metadata.h"
#include "text/utf8.h"

namespace fc {
namespace {

#ifndef FC_VERSION
#define FC_VERSION "0.0.0"
#endif

// Runs the per-source extractors.
void extract_all(SourceFindings& f) {
  const std::string_view text = f.source->text;
  f.index = index_text(text);
  f.dates = tag_dates(text, f.anchor);
  f.quotes = extract_quotes(text);
  const std::vector<ScanTok> words = scan_words(text);  // one word scan for numbers, entities and events
  f.numbers = extract_numbers(text, words);
  f.entities = extract_entities(text, words);
  f.events = extract_events(text, words, f.entities);
}

// Converts every mention's byte offsets to UTF-16 code units of its source text.
void to_utf16(std::vector<Fact>& facts, const std::vector<Source>& sources) {
  std::vector<Utf16Offsets> maps;
  maps.reserve(sources.size());
  for (const Source& s : sources) maps.emplace_back(s.text);
  std::unordered_map<std::string, size_t> by_id;  // lookup only; the first source with an id wins, as before
  for (size_t i = 0; i < sources.size(); ++i) by_id.emplace(sources[i].id, i);
  for (Fact& f : facts) {
    for (Mention& m : f.mentions) {
      auto it = by_id.find(m.source);
      if (it == by_id.end()) continue;
      m.start = maps[it->second](m.start);
      m.end = maps[it->second](m.end);
    }
  }
}

void append(std::vector<Fact>& out, std::vector<Fact>&& more) {
  for (Fact& f : more) out.push_back(std::move(f));
}

}  // namespace

const char* version() { return FC_VERSION; }

Report analyze(const std::vector<Source>& sources, const Options& options) {
  Report report;
  std::vector<SourceFindings> findings(sources.size());
  std::vector<Anchor> anchors = resolve_anchors(sources, report.warnings);
  for (size_t i = 0; i < sources.size(); ++i) {
    findings[i].source = &sources[i];
    findings[i].anchor = anchors[i].date;
    extract_all(findings[i]);
  }
  append(report.facts, align_dates(findings));
  append(report.facts, align_quotes(findings));
  append(report.facts, align_numbers(findings));
  append(report.facts, align_entities(findings));
  append(report.facts, align_events(findings));
  if (!options.include_single) {
    report.facts.erase(std::remove_if(report.facts.begin(), report.facts.end(),
                                      [](const Fact& f) { return f.verdict == "single"; }),
                       report.facts.end());
  }
  order_facts(report.facts);
  to_utf16(report.facts, sources);
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    ReportSource rs{s.id, s.outlet, s.url, s.published, s.language, s.title, false, Utf16Offsets(s.text).length()};
    if (rs.title.empty()) rs.title = derive_title(s.text);
    if (rs.outlet.empty()) rs.outlet = derive_outlet(s.text);
    if (s.published.empty() && anchors[i].date) {
      rs.published = to_iso(*anchors[i].date);
      rs.published_inferred = true;
    }
    report.sources.push_back(std::move(rs));
  }
  return report;
}

}  // namespace fc
