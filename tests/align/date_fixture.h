// Test helper: sources with hand-made date mentions, so date alignment is tested apart from the date tagger.
#pragma once
#include <catch2/catch.hpp>

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "align/findings.h"
#include "core/date.h"
#include "core/report.h"
#include "core/source.h"
#include "text/text.h"

namespace fctest {

/// Findings with one hand-made timex per (phrase, value); a value "A|B" holds alternatives.
struct DateStory {
  std::deque<fc::Source> sources;  // a deque keeps each source where its findings point
  std::vector<fc::SourceFindings> findings;

  void add(const std::string& id, const std::string& text, const std::vector<std::pair<std::string, std::string>>& dates,
           fc::CivilDate anchor = {2021, 3, 18}, const std::string& rule = "test.rule") {
    sources.push_back(fc::Source{id, "", "", fc::to_iso(anchor), "en", "", text});
    fc::SourceFindings f;
    f.source = &sources.back();
    f.anchor = anchor;
    f.index = fc::index_text(sources.back().text);
    for (const auto& [phrase, value] : dates) {
      const size_t at = sources.back().text.find(phrase);
      REQUIRE(at != std::string::npos);
      fc::Timex t{at, at + phrase.size(), phrase, "DATE", value, {}, rule};
      for (size_t pos = 0; pos <= value.size();) {
        const size_t bar = std::min(value.find('|', pos), value.size());
        t.values.push_back(value.substr(pos, bar - pos));
        pos = bar + 1;
      }
      f.dates.push_back(t);
    }
    findings.push_back(std::move(f));
  }
};

/// The fact holding source `src`'s mention whose text is `text`, or nullptr.
inline const fc::Fact* fact_of(const std::vector<fc::Fact>& facts, const std::string& src, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) {
      if (m.source == src && m.text == text) return &f;
    }
  }
  return nullptr;
}

}  // namespace fctest
