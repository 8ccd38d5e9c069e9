// Scores the quote extractor on the gold fixtures in tests/corpus/quotes (several house styles) and prints
// precision, recall, speaker and kind accuracy. FC_QUOTES_VERBOSE=1 prints every miss.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/quotes.h"

namespace {

struct Gold {
  std::string text, speaker, kind;
};

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Lower case, typographic quotes folded, spaces collapsed, end punctuation dropped.
std::string norm(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      unsigned char d = static_cast<unsigned char>(s[i + 2]);
      if (d == 0x98 || d == 0x99) { out += '\''; i += 2; continue; }
    }
    if (c == ' ' || c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      continue;
    }
    out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  while (!out.empty() && std::string(" .,;:!?").find(out.back()) != std::string::npos) out.pop_back();
  return out;
}

std::vector<Gold> read_gold(const std::string& path) {
  std::vector<Gold> out;
  std::istringstream in(slurp(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ls(line);
    std::string field;
    while (std::getline(ls, field, '\t')) f.push_back(field);
    if (f.size() < 3) continue;
    out.push_back(Gold{f[0], f[1] == "-" ? "" : f[1], f[2]});
  }
  return out;
}

std::vector<std::string> fixtures(const std::string& sub) {
  std::vector<std::string> out;
  const std::string dir = std::string(FC_SOURCE_DIR) + "/tests/corpus/quotes" + sub;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string n = e->d_name;
      if (n.size() > 4 && n.compare(n.size() - 4, 4, ".txt") == 0) out.push_back(dir + "/" + n.substr(0, n.size() - 4));
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

bool lower_equal(const std::string& a, const std::string& b) { return norm(a) == norm(b); }


struct Scores {
  size_t files = 0, gold = 0, predicted = 0, hits = 0, speaker_ok = 0, kind_ok = 0;
  double precision() const { return predicted ? static_cast<double>(hits) / static_cast<double>(predicted) : 0; }
  double recall() const { return gold ? static_cast<double>(hits) / static_cast<double>(gold) : 0; }
  double speaker() const { return hits ? static_cast<double>(speaker_ok) / static_cast<double>(hits) : 0; }
  double kind() const { return hits ? static_cast<double>(kind_ok) / static_cast<double>(hits) : 0; }
};

// Scores one fixture: a gold quote is found when an extracted quote has the same words.
void score_file(const std::string& base, Scores& s, bool verbose) {
  const std::string text = slurp(base + ".txt");
  const std::vector<Gold> gold = read_gold(base + ".gold.tsv");
  const std::vector<fc::Quote> quotes = fc::extract_quotes(text);
  REQUIRE_FALSE(gold.empty());
  std::vector<bool> used(quotes.size(), false);
  for (const Gold& g : gold) {
    size_t k = 0;
    while (k < quotes.size() && (used[k] || norm(quotes[k].text) != norm(g.text))) ++k;
    if (k == quotes.size()) {
      if (verbose) std::cout << "MISS  " << base << ": " << g.text << "\n";
      continue;
    }
    used[k] = true;
    ++s.hits;
    const bool sp = lower_equal(quotes[k].speaker, g.speaker);
    s.speaker_ok += sp;
    s.kind_ok += quotes[k].kind == g.kind;
    if (verbose && (!sp || quotes[k].kind != g.kind)) {
      std::cout << "WRONG " << base << ": " << g.text << " -> speaker '" << quotes[k].speaker << "' (gold '" << g.speaker
                << "') kind " << quotes[k].kind << " (gold " << g.kind << ") rule " << quotes[k].rule << "\n";
    }
  }
  for (size_t k = 0; k < quotes.size(); ++k) {
    if (!used[k] && verbose) std::cout << "EXTRA " << base << ": " << quotes[k].text << " [" << quotes[k].kind << "]\n";
  }
  ++s.files;
  s.predicted += quotes.size();
  s.gold += gold.size();
}

Scores score_set(const std::string& sub, const char* name) {
  Scores s;
  const bool verbose = std::getenv("FC_QUOTES_VERBOSE") != nullptr;
  for (const std::string& base : fixtures(sub)) score_file(base, s, verbose);
  std::cout << "quotes " << name << ": files=" << s.files << " gold=" << s.gold << " predicted=" << s.predicted
            << " precision=" << s.precision() << " recall=" << s.recall() << " speaker_accuracy=" << s.speaker()
            << " kind_accuracy=" << s.kind() << "\n";
  return s;
}

}  // namespace

TEST_CASE("quote extraction scores on the house-style fixtures", "[quotes][corpus]") {
  const Scores s = score_set("", "dev");
  REQUIRE(s.files >= 5);
  CHECK(s.precision() >= 0.95);
  CHECK(s.recall() >= 0.9);
  CHECK(s.speaker() >= 0.9);
  CHECK(s.kind() >= 0.9);
}

TEST_CASE("quote extraction scores on held-out fixtures written after the rules", "[quotes][corpus]") {
  Scores s = score_set("/heldout", "held-out-1");
  for (const char* set : {"2", "3", "4", "5", "6", "7"}) {
    const Scores more = score_set(std::string("/heldout") + set, (std::string("held-out-") + set).c_str());
    for (auto f : {&Scores::files, &Scores::gold, &Scores::predicted, &Scores::hits, &Scores::speaker_ok, &Scores::kind_ok}) {
      s.*f += more.*f;
    }
  }
  std::cout << "quotes held-out (all): files=" << s.files << " gold=" << s.gold << " precision=" << s.precision()
            << " recall=" << s.recall() << " speaker_accuracy=" << s.speaker() << "\n";
  REQUIRE(s.files >= 27);
  CHECK(s.precision() >= 0.9);
  CHECK(s.recall() >= 0.9);
  CHECK(s.speaker() >= 0.75);
}
