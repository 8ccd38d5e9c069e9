#include "analyze.h"
#include "core/sort.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "align/align.h"
#include "align/claims_unclear.h"
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

// Runs the per-source extractors. `prepared` is the date tagging resolve_anchors already did for this source, if it had to infer its date.
void extract_all(SourceFindings& f, const PreparedDates& prepared) {
  const std::string_view text = f.source->text;
  f.index = index_text(text);
  f.dates = prepared ? tag_dates(prepared, f.anchor) : tag_dates(text, f.anchor);  // undated ones are tagged once
  f.quotes = extract_quotes(text);
  const std::vector<ScanTok> words = scan_words(text);  // one word scan for numbers, entities and events
  f.numbers = extract_numbers(text, words);
  f.entities = extract_entities(text, words);
  f.events = extract_events(text, words, f.entities);
}

// Rewrites byte offsets into `text` as UTF-16 code units (a byte inside a sequence maps to its start, an offset
// at or past the end to the length), as Utf16Offsets does, in one sweep; returns the text's UTF-16 length.
size_t sweep_utf16(std::string_view text, std::vector<size_t*>& offsets) {
  const auto ascii = [&](size_t i) { return static_cast<unsigned char>(text[i]) < 0x80; };
  fc::sort_by(offsets.begin(), offsets.end(), [](const size_t* a, const size_t* b) { return *a < *b; });
  size_t pos = 0, units = 0, k = 0;
  while (pos < text.size()) {
    size_t run = pos;  // an ASCII run: one unit per byte
    while (run < text.size() && ascii(run)) ++run;
    for (; k < offsets.size() && *offsets[k] < run; ++k) *offsets[k] = units + (*offsets[k] - pos);
    units += run - pos;
    pos = run;
    if (pos == text.size()) break;
    const size_t before = units;
    units += next_code_point(text, pos) > 0xFFFF ? 2 : 1;
    for (; k < offsets.size() && *offsets[k] < pos; ++k) *offsets[k] = before;  // offsets inside this code point
  }
  for (; k < offsets.size(); ++k) *offsets[k] = units;
  return units;
}

// Converts every mention's byte offsets to UTF-16 code units of its source text; returns each text's UTF-16 length.
std::vector<size_t> to_utf16(std::vector<Fact>& facts, const std::vector<Source>& sources) {
  std::unordered_map<std::string_view, size_t> by_id;  // lookup only; the first source with an id wins, as before
  by_id.reserve(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) by_id.emplace(sources[i].id, i);
  std::vector<std::vector<size_t*>> offsets(sources.size());
  for (Fact& f : facts) {
    for (Mention& m : f.mentions) {
      auto it = by_id.find(m.source);
      if (it == by_id.end()) continue;
      offsets[it->second].push_back(&m.start);
      offsets[it->second].push_back(&m.end);
    }
  }
  std::vector<size_t> lengths(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) lengths[i] = sweep_utf16(sources[i].text, offsets[i]);
  return lengths;
}

void append(std::vector<Fact>& out, std::vector<Fact>&& more) {
  out.reserve(out.size() + more.size());
  for (Fact& f : more) out.push_back(std::move(f));
}

}  // namespace

const char* version() { return FC_VERSION; }

Report analyze(const std::vector<Source>& sources, const Options& options) {
  Report report;
  std::vector<SourceFindings> findings(sources.size());
  std::vector<PreparedDates> prepared;
  std::vector<Anchor> anchors = resolve_anchors(sources, report.warnings, prepared);
  for (size_t i = 0; i < sources.size(); ++i) {
    findings[i].source = &sources[i];
    findings[i].anchor = anchors[i].date;
    extract_all(findings[i], prepared[i]);
  }
  append(report.facts, align_dates(findings));
  append(report.facts, align_quotes(findings));
  append(report.facts, align_numbers(findings));
  append(report.facts, align_entities(findings));
  append(report.facts, align_events(findings));
  append(report.facts, align_phrases(findings, report.facts, report.warnings));
  append(report.facts, align_claims(findings, report.facts));
  mark_unclear_events(findings, report.facts);
  if (!options.include_single) {
    report.facts.erase(std::remove_if(report.facts.begin(), report.facts.end(),
                                      [](const Fact& f) { return f.verdict == "single"; }),
                       report.facts.end());
  }
  order_facts(report.facts);
  const std::vector<size_t> lengths = to_utf16(report.facts, sources);
  report.sources.reserve(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    ReportSource rs{s.id, s.outlet, s.url, s.published, s.language, s.title, false, lengths[i]};
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
