// Test helper: loads a story fixture and its gold facts, runs the extractors, and scores aligned facts.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "align/align.h"
#include "align/findings.h"
#include "core/report.h"
#include "core/source.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/numbers.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace fctest {

/// One expected fact of a story: kind, words its label contains, verdict, number of sources.
struct Gold {
  std::string kind, label, verdict;
  size_t sources = 0;
};

/// A loaded story: sources (kept alive) and their findings from our extractors.
struct Story {
  std::vector<fc::Source> sources;
  std::vector<fc::SourceFindings> findings;
  std::vector<Gold> gold;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::unique_ptr<Story> load_story(const std::string& name) {
  auto story = std::make_unique<Story>();
  std::string dir = std::string(FC_SOURCE_DIR) + "/tests/fixtures/stories/";
  fc::IngestResult in = fc::parse_sources_json(slurp(dir + name + ".json"));
  story->sources = std::move(in.sources);
  for (const fc::Source& s : story->sources) {
    fc::SourceFindings f;
    f.source = &s;
    f.index = fc::index_text(s.text);
    f.numbers = fc::extract_numbers(s.text);
    f.entities = fc::extract_entities(s.text);
    f.events = fc::extract_events(s.text);
    story->findings.push_back(std::move(f));
  }
  std::istringstream gold(slurp(dir + name + ".gold.tsv"));
  for (std::string line; std::getline(gold, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ls(line);
    for (std::string cell; std::getline(ls, cell, '\t');) f.push_back(cell);
    if (f.size() == 4) story->gold.push_back({f[0], f[1], f[2], std::stoul(f[3])});
  }
  return story;
}

inline size_t distinct_sources(const fc::Fact& f) {
  std::vector<std::string> seen;
  for (const auto& m : f.mentions) {
    bool dup = false;
    for (const auto& s : seen) dup = dup || s == m.source;
    if (!dup) seen.push_back(m.source);
  }
  return seen.size();
}

/// The predicted fact a gold row describes (same kind, label containing its words), or nullptr.
inline const fc::Fact* match(const std::vector<fc::Fact>& facts, const Gold& g) {
  for (const fc::Fact& f : facts) {
    if (f.kind == g.kind && f.label.find(g.label) != std::string::npos && f.verdict != "single") return &f;
  }
  return nullptr;
}

/// Counts for one verdict: gold facts found with the right verdict and sources, predicted, and correct predictions.
struct Score {
  size_t gold = 0, found = 0, predicted = 0, correct = 0;
};

/// Sources s1, s2, ... made from bare texts, with their text index and numbers extracted (for number alignment).
struct NumberSources {
  std::vector<fc::Source> src;
  std::vector<fc::SourceFindings> findings;
  explicit NumberSources(const std::vector<std::string>& texts) {
    for (size_t i = 0; i < texts.size(); ++i) src.push_back({"s" + std::to_string(i + 1), "", "", "", "", "", texts[i]});
    for (const fc::Source& s : src) {
      fc::SourceFindings f;
      f.source = &s;
      f.index = fc::index_text(s.text);
      f.numbers = fc::extract_numbers(s.text);
      findings.push_back(std::move(f));
    }
  }
};

}  // namespace fctest

namespace fctest {

/// Runs `align` over every fixture story and checks its facts of `kind` against the gold lists:
/// each gold fact found with its verdict and source count, and no unexpected non-single fact.
template <typename Align>
void check_gold(const std::string& kind, Align align) {
  const char* verdicts[] = {"agree", "variant", "conflict"};
  Score scores[3];
  for (const char* name : {"diplomatic_row", "coastal_storm", "summit_protest", "grain_exports"}) {
    auto story = load_story(name);
    REQUIRE(story->sources.size() >= 3);
    std::vector<fc::Fact> facts = align(story->findings);
    for (const Gold& g : story->gold) {
      if (g.kind != kind) continue;
      const fc::Fact* f = match(facts, g);
      INFO(name << ": expected " << g.kind << " '" << g.label << "' " << g.verdict);
      CHECK(f != nullptr);
      for (size_t v = 0; v < 3; ++v) {
        if (g.verdict != verdicts[v]) continue;
        ++scores[v].gold;
        if (f && f->verdict == g.verdict && distinct_sources(*f) == g.sources) ++scores[v].found;
      }
      if (f) {
        CHECK(f->verdict == g.verdict);
        CHECK(distinct_sources(*f) == g.sources);
      }
    }
    for (const fc::Fact& f : facts) {
      if (f.kind != kind || f.verdict == "single") continue;
      bool expected = false;
      for (const Gold& g : story->gold) {
        expected = expected || (g.kind == f.kind && g.verdict == f.verdict && f.label.find(g.label) != std::string::npos);
      }
      for (size_t v = 0; v < 3; ++v) {
        if (f.verdict != verdicts[v]) continue;
        ++scores[v].predicted;
        scores[v].correct += expected ? 1 : 0;
      }
      INFO(name << ": unexpected " << f.kind << " fact '" << f.label << "' " << f.verdict << " (" << f.why << ")");
      CHECK(expected);
    }
  }
  if (std::getenv("FC_SCORES")) {
    for (size_t v = 0; v < 3; ++v) {
      std::printf("%s %-8s gold %zu found %zu | predicted %zu correct %zu\n", kind.c_str(), verdicts[v],
                  scores[v].gold, scores[v].found, scores[v].predicted, scores[v].correct);
    }
  }
}

/// A source with only an id and a text, as the tests of one aligner write them.
inline fc::Source text_source(const char* id, const char* text) { return {id, "", "", "", "", "", text}; }

/// The fact holding a mention whose text is exactly `text`; nullptr if none.
inline const fc::Fact* fact_naming(const std::vector<fc::Fact>& facts, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) if (m.text == text) return &f;
  }
  return nullptr;
}

/// Entity facts of sources given as texts: indexed, names extracted and aligned as analyze() does.
inline std::vector<fc::Fact> align_entity_texts(const std::vector<fc::Source>& src) {
  std::vector<fc::SourceFindings> fs(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    fs[i].source = &src[i];
    fs[i].index = fc::index_text(src[i].text);
    fs[i].entities = fc::extract_entities(src[i].text);
  }
  return fc::align_entities(fs);
}

/// Event facts of sources given as texts (findings kept in `fs`): indexed, events extracted and aligned as analyze() does;
/// every source gets `anchor` as its publication date (none when empty).
inline std::vector<fc::Fact> align_event_texts_at(std::vector<fc::Source>& src, std::vector<fc::SourceFindings>& fs,
                                                  std::optional<fc::CivilDate> anchor) {
  fs.resize(src.size());
  for (size_t i = 0; i < src.size(); ++i) {
    fs[i].source = &src[i];
    fs[i].index = fc::index_text(src[i].text);
    fs[i].events = fc::extract_events(src[i].text);
    fs[i].anchor = anchor;
  }
  return fc::align_events(fs);
}

/// The same with no publication dates.
inline std::vector<fc::Fact> align_event_texts(std::vector<fc::Source>& src, std::vector<fc::SourceFindings>& fs) {
  return align_event_texts_at(src, fs, std::nullopt);
}

/// Event facts of two sources "a" and "b" given as texts (kept alive until the next call).
inline std::vector<fc::Fact> align_two_events(const char* a, const char* b,
                                              std::optional<fc::CivilDate> anchor = std::nullopt) {
  static std::vector<fc::Source> src;
  static std::vector<fc::SourceFindings> fs;
  src = {{"a", "", "", "", "", "", a}, {"b", "", "", "", "", "", b}};
  return align_event_texts_at(src, fs, anchor);
}

/// The first fact joining two sources whose why names `action` ("(arrest)"), or nullptr.
inline const fc::Fact* joined_event(const std::vector<fc::Fact>& facts, const std::string& action) {
  for (const auto& f : facts) {
    if (f.mentions.size() >= 2 && f.mentions.front().source != f.mentions.back().source &&
        f.why.find("(" + action + ")") != std::string::npos)
      return &f;
  }
  return nullptr;
}

/// Event facts of sources given only by their texts (ids "a", "b", ... in order), kept with their findings.
struct EventStory {
  std::vector<fc::Source> src;
  std::vector<fc::SourceFindings> fs;
  std::vector<fc::Fact> facts;

  explicit EventStory(const std::vector<std::string>& texts) {
    for (size_t i = 0; i < texts.size(); ++i) {
      src.push_back(fc::Source{std::string(1, static_cast<char>('a' + i)), "", "", "", "", "", texts[i]});
    }
    facts = align_event_texts(src, fs);
  }
};

/// The fact with exactly this label, or nullptr.
inline const fc::Fact* fact_by_label(const std::vector<fc::Fact>& fs, const std::string& label) {
  for (const auto& f : fs) if (f.label == label) return &f;
  return nullptr;
}

}  // namespace fctest
