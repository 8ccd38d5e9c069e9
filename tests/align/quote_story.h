// Test helper: sources made from plain texts with their text index and quotes, as analyze() builds them for
// quote alignment.
#pragma once
#include <string>
#include <vector>

#include "align/align.h"
#include "align/findings.h"
#include "core/source.h"
#include "extract/quotes.h"
#include "text/text.h"

namespace fctest {

/// Sources s1, s2, ... with the given texts, and their findings (text index and quotes).
struct QuoteStory {
  std::vector<fc::Source> sources;
  std::vector<fc::SourceFindings> findings;
  explicit QuoteStory(const std::vector<std::string>& texts) {
    sources.reserve(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
      fc::Source s;
      s.id = "s" + std::to_string(i + 1);
      s.text = texts[i];
      sources.push_back(std::move(s));
    }
    findings.resize(sources.size());
    for (size_t i = 0; i < sources.size(); ++i) {
      findings[i].source = &sources[i];
      findings[i].index = fc::index_text(sources[i].text);
      findings[i].quotes = fc::extract_quotes(sources[i].text);
    }
  }
  /// The quote facts of the story.
  std::vector<fc::Fact> facts() const { return fc::align_quotes(findings); }
};

}  // namespace fctest
