// Per-stage times of analyze() natively on story JSON files, so speed work can see where time goes.
// usage: bench_stages REPEATS FILE...   (prints one JSON line per file: per stage the minimum over the repeats of the
// thread's CPU time in ms, which stays meaningful on a machine busy with other work, unlike wall-clock medians)
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "align/align.h"
#include "compare/verdict.h"
#include "extract/scan.h"
#include "ingest/ingest.h"
#include "pipeline/anchor.h"
#include "report/report_json.h"
#include "analyze.h"

namespace {

// CPU time this thread has used, in ms.
double thread_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Adds the CPU time `fn` takes to `slot`.
void timed(double& slot, const std::function<void()>& fn) {
  const double t0 = thread_ms();
  fn();
  slot += thread_ms() - t0;
}

// One pass over the pipeline in analyze()'s order, each stage timed on its own.
std::map<std::string, double> one_pass(const std::string& json) {
  std::map<std::string, double> t;
  fc::IngestResult in;
  timed(t["ingest"], [&] { in = fc::parse_sources_json(json); });
  std::vector<std::string> warnings;
  std::vector<fc::Anchor> anchors;
  std::vector<fc::PreparedDates> prepared;
  timed(t["anchors"], [&] { anchors = fc::resolve_anchors(in.sources, warnings, prepared); });
  std::vector<fc::SourceFindings> f(in.sources.size());
  for (size_t i = 0; i < f.size(); ++i) {
    const std::string_view text = in.sources[i].text;
    f[i].source = &in.sources[i];
    f[i].anchor = anchors[i].date;
    timed(t["x.index"], [&] { f[i].index = fc::index_text(text); });
    timed(t["x.dates"], [&] { f[i].dates = prepared[i] ? fc::tag_dates(prepared[i], f[i].anchor)
                                                             : fc::tag_dates(text, f[i].anchor); });
    timed(t["x.quotes"], [&] { f[i].quotes = fc::extract_quotes(text); });
    std::vector<fc::ScanTok> words;
    timed(t["x.scan"], [&] { words = fc::scan_words(text); });
    timed(t["x.numbers"], [&] { f[i].numbers = fc::extract_numbers(text, words); });
    timed(t["x.entities"], [&] { f[i].entities = fc::extract_entities(text, words); });
    timed(t["x.events"], [&] { f[i].events = fc::extract_events(text, words, f[i].entities); });
  }
  timed(t["a.dates"], [&] { fc::align_dates(f); });
  timed(t["a.quotes"], [&] { fc::align_quotes(f); });
  timed(t["a.numbers"], [&] { fc::align_numbers(f); });
  timed(t["a.entities"], [&] { fc::align_entities(f); });
  std::vector<fc::Fact> found;  // the facts by value, which shared wording and similar statements look past
  timed(t["a.events"], [&] { found = fc::align_events(f); });
  for (auto* aligned : {&fc::align_dates, &fc::align_quotes, &fc::align_numbers, &fc::align_entities}) {
    for (fc::Fact& x : aligned(f)) found.push_back(std::move(x));
  }
  std::vector<std::string> notes;
  timed(t["a.phrases"], [&] {
    std::vector<fc::Fact> more = fc::align_phrases(f, found, notes);
    found.insert(found.end(), more.begin(), more.end());
  });
  timed(t["a.claims"], [&] { fc::align_claims(f, found); });
  fc::Report report;
  timed(t["whole.analyze"], [&] { report = fc::analyze(in.sources, fc::Options{}); });
  timed(t["whole.serialize"], [&] { fc::report_to_json(report); });
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_stages REPEATS FILE...\n");
    return 2;
  }
  const int repeats = std::max(1, std::atoi(argv[1]));
  for (int a = 2; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::map<std::string, std::vector<double>> runs;
    for (int r = 0; r < repeats; ++r)
      for (const auto& [stage, ms] : one_pass(json)) runs[stage].push_back(ms);
    std::printf("{\"file\": \"%s\"", argv[a]);
    for (auto& [stage, ms] : runs) {
      std::sort(ms.begin(), ms.end());
      std::printf(", \"%s\": %.3f", stage.c_str(), ms.front());
    }
    std::printf("}\n");
  }
  return 0;
}
