// Shorter renderings of a quote: when quoting less is still the same words (agree), and when it is not (variant).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "extract/quotes.h"

namespace {

struct Story {
  std::vector<fc::Source> sources;
  std::vector<fc::SourceFindings> findings;
  explicit Story(const std::vector<std::string>& texts) {
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
};

// The quote fact joining both sources, or nullptr.
const fc::Fact* joined(const std::vector<fc::Fact>& facts) {
  for (const fc::Fact& f : facts) {
    bool one = false, two = false;
    for (const auto& m : f.mentions) (m.source == "s1" ? one : two) = true;
    if (one && two) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a direct quote cut mid-clause is a variant, not the same words", "[quotes][align]") {
  Story story({"The skipper hugged his crew on the quay. \"I never gave up hope that we would make it home,\" "
               "Tomas Reyhan said.",
               "Back on the quay, the skipper was in tears. \"I never gave up hope,\" Reyhan said, hugging his crew."});
  const auto facts = fc::align_quotes(story.findings);
  const fc::Fact* f = joined(facts);
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a direct quote of whole clauses of a longer one agrees", "[quotes][align]") {
  Story story({"The coach was blunt after the defeat. \"We lost our shape, we lost our nerve, and we lost the game,\" "
               "Marta Kowal said.",
               "Kowal did not hide her anger after the defeat. \"We lost our shape,\" she said."});
  const auto facts = fc::align_quotes(story.findings);
  const fc::Fact* f = joined(facts);
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
}

TEST_CASE("a fragment worked into the reporter's sentence agrees with the full quote", "[quotes][align]") {
  Story story({"\"This is a fair result for every farmer in the valley,\" said Ilse Brandt of the growers' union.",
               "Ilse Brandt of the growers' union said it was \"a fair result for every farmer in the valley\"."});
  const auto facts = fc::align_quotes(story.findings);
  const fc::Fact* f = joined(facts);
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
}
