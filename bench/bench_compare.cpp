// Times ingest + analyze() natively on story JSON files; prints one JSON line per file, with the process's resident
// memory before the first run and its peak (run one file per process to read the peak as that story's).
// usage: bench_compare REPEATS FILE...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "analyze.h"
#include "ingest/ingest.h"
#include "report/report_json.h"

namespace {

// A field of /proc/self/status in KiB ("VmHWM" peak resident memory, "VmRSS" current), or -1 off Linux. Not
// getrusage: its ru_maxrss survives exec, so a child of a big process (node) would report its parent's peak.
long status_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  const std::string prefix = std::string(field) + ":";
  for (std::string line; std::getline(in, line);) {
    if (line.compare(0, prefix.size(), prefix) == 0) return std::atol(line.c_str() + prefix.size());
  }
  return -1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_compare REPEATS FILE...\n");
    return 2;
  }
  const int repeats = std::max(1, std::atoi(argv[1]));
  for (int a = 2; a < argc; ++a) {
    std::ifstream in(argv[a], std::ios::binary);
    const std::string json((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const long rss_before = status_kb("VmRSS");
    std::vector<double> ms;
    size_t facts = 0, sources = 0;
    for (int r = 0; r < repeats; ++r) {
      const auto t0 = std::chrono::steady_clock::now();
      fc::IngestResult input = fc::parse_sources_json(json);
      if (input.error) {
        std::fprintf(stderr, "%s: %s\n", argv[a], input.error.message.c_str());
        return 1;
      }
      const fc::Report report = fc::analyze(input.sources, fc::Options{});
      const std::string out = fc::report_to_json(report);
      const auto t1 = std::chrono::steady_clock::now();
      ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      facts = report.facts.size();
      sources = input.sources.size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("{\"file\": \"%s\", \"sources\": %zu, \"bytes\": %zu, \"facts\": %zu, \"median_ms\": %.3f, \"min_ms\": %.3f, "
                "\"rss_before_kb\": %ld, \"rss_peak_kb\": %ld}\n",
                argv[a], sources, json.size(), facts, ms[ms.size() / 2], ms.front(), rss_before, status_kb("VmHWM"));
  }
  return 0;
}
