// Times the temporal tagger natively on a JSONL corpus (one {"text","dct"} object per line, e.g. MEANTIME);
// prints one JSON line: documents, expressions and the median docs/s over the repeats.
// usage: bench_dates REPEATS FILE.jsonl
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "extract/dates.h"
#include "simdjson.h"

namespace {

struct Doc {
  std::string text;
  std::optional<fc::CivilDate> dct;
};

// Reads the corpus with simdjson; lines that are not objects with a "text" string are skipped.
std::vector<Doc> read_docs(const char* path) {
  std::vector<Doc> docs;
  std::ifstream in(path, std::ios::binary);
  std::string line;
  simdjson::ondemand::parser parser;
  while (std::getline(in, line)) {
    if (line.find('{') == std::string::npos) continue;
    simdjson::padded_string padded(line);
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc)) continue;
    Doc d;
    std::string_view text, dct;
    if (doc["text"].get_string().get(text)) continue;
    d.text = std::string(text);
    if (!doc["dct"].get_string().get(dct)) d.dct = fc::parse_iso_date(dct);
    docs.push_back(std::move(d));
  }
  return docs;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: bench_dates REPEATS FILE.jsonl\n");
    return 2;
  }
  const int repeats = std::max(1, std::atoi(argv[1]));
  const std::vector<Doc> docs = read_docs(argv[2]);
  if (docs.empty()) {
    std::fprintf(stderr, "%s: no documents\n", argv[2]);
    return 1;
  }
  std::vector<double> seconds;
  size_t found = 0;
  for (int r = 0; r < repeats; ++r) {
    found = 0;
    const auto t0 = std::chrono::steady_clock::now();
    for (const Doc& d : docs) found += fc::tag_dates(d.text, d.dct).size();
    const auto t1 = std::chrono::steady_clock::now();
    seconds.push_back(std::chrono::duration<double>(t1 - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  const double median = seconds[seconds.size() / 2];
  std::printf("{\"docs\": %zu, \"timexes\": %zu, \"median_s\": %.6f, \"docs_per_s\": %.1f}\n", docs.size(), found,
              median, static_cast<double>(docs.size()) / median);
  return 0;
}
