// Scores quote alignment on a gold story (tests/corpus/quotes-align/dam): every pair of gold quotes is either one
// statement or two, and the facts must agree. Prints pairwise precision and recall of the merges.
#include <catch2/catch.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "align/align.h"
#include "extract/quotes.h"

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct GoldQuote {
  std::string source, prefix, statement;
  int fact = -1;  // index of the report fact holding it
};

struct PairScore {
  size_t tp = 0, fp = 0, fn = 0;
};

// Aligns the four sources of one gold story and counts merged pairs against the gold statements.
PairScore score_story(const std::string& name, std::vector<fc::Fact>* out_facts, std::vector<GoldQuote>* out_gold) {
  const std::string dir = std::string(FC_SOURCE_DIR) + "/tests/corpus/quotes-align/" + name + "/";
  std::vector<fc::Source> sources;
  for (const char* id : {"s1", "s2", "s3", "s4"}) {
    fc::Source src;
    src.id = id;
    src.text = slurp(dir + id + ".txt");
    REQUIRE_FALSE(src.text.empty());
    sources.push_back(std::move(src));
  }
  std::vector<fc::SourceFindings> all(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    all[i].source = &sources[i];
    all[i].index = fc::index_text(sources[i].text);
    all[i].quotes = fc::extract_quotes(sources[i].text);
  }
  const std::vector<fc::Fact> facts = fc::align_quotes(all);

  std::vector<GoldQuote> gold;
  std::istringstream in(slurp(dir + "gold.tsv"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::stringstream ls(line);
    GoldQuote g;
    std::getline(ls, g.source, '\t');
    std::getline(ls, g.prefix, '\t');
    std::getline(ls, g.statement, '\t');
    for (size_t f = 0; f < facts.size() && g.fact < 0; ++f) {
      for (const auto& m : facts[f].mentions) {
        if (m.source == g.source && m.value.compare(0, g.prefix.size(), g.prefix) == 0) g.fact = static_cast<int>(f);
      }
    }
    INFO("gold quote not found in any fact: " << g.source << " " << g.prefix);
    CHECK(g.fact >= 0);
    gold.push_back(g);
  }
  size_t tp = 0, fp = 0, fn = 0;
  for (size_t a = 0; a < gold.size(); ++a) {
    for (size_t b = a + 1; b < gold.size(); ++b) {
      const bool same_gold = gold[a].statement == gold[b].statement;
      const bool same_fact = gold[a].fact >= 0 && gold[a].fact == gold[b].fact;
      tp += same_gold && same_fact;
      fp += !same_gold && same_fact;
      fn += same_gold && !same_fact;
      if (same_gold != same_fact) {
        UNSCOPED_INFO((same_fact ? "false merge: " : "missed merge: ") << gold[a].prefix << " / " << gold[b].prefix);
      }
    }
  }
  if (out_facts) *out_facts = facts;
  if (out_gold) *out_gold = gold;
  const double precision = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 1.0;
  const double recall = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 1.0;
  std::cout << "quote alignment (" << name << " story): pairs_same=" << tp + fn << " precision=" << precision
            << " recall=" << recall << " false_merges=" << fp << "\n";
  return PairScore{tp, fp, fn};
}

}  // namespace

TEST_CASE("quote alignment merges renderings of one statement and nothing else", "[quotes][align][corpus]") {
  std::vector<fc::Fact> facts;
  std::vector<GoldQuote> gold;
  const PairScore dam = score_story("dam", &facts, &gold);
  CHECK(dam.fp == 0);
  CHECK(dam.tp * 10 >= (dam.tp + dam.fn) * 8);
  // the two volumes differ by a number: one statement, flagged as meaning-changing
  for (const GoldQuote& g : gold) {
    if (g.statement != "volume" || g.fact < 0) continue;
    const fc::Fact& f = facts[static_cast<size_t>(g.fact)];
    CHECK(f.verdict == "variant");
    bool number = false;
    for (const auto& fl : f.flags) number = number || fl.rfind("number:", 0) == 0;
    CHECK(number);
  }
}

TEST_CASE("quote alignment on a held-out story with translated and excerpted renderings", "[quotes][align][corpus]") {
  const PairScore fire = score_story("fire", nullptr, nullptr);
  CHECK(fire.fp == 0);
  CHECK(fire.tp * 10 >= (fire.tp + fire.fn) * 6);
}
