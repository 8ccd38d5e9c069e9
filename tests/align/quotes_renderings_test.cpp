// Renderings of one statement: shorter ones that are (or are not) the same words, and free translations joined.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "extract/quotes.h"
#include "quote_story.h"

namespace {

using Story = fctest::QuoteStory;

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

TEST_CASE("a free translation of one speaker sharing most content words joins", "[quotes][align]") {
  Story story({"The inspector spoke after the raid. \"This was, without any doubt, a skilled crew that knew exactly where "
               "the vault was,\" Inspector Mara Solvik told reporters.",
               "\"Exactly where the vault was, the men knew: it is about a crew of skilled people\", has declared the "
               "inspector Mara Solvik."});
  const auto facts = fc::align_quotes(story.findings);
  const fc::Fact* f = joined(facts);
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "variant");
}

TEST_CASE("a short quote whose content words are all in the same speaker's other rendering joins", "[quotes][align]") {
  Story story({"The harbour master warned of delays. \"It could be hours, it could be weeks,\" Ivo Brenn said.",
               "Harbour master Ivo Brenn said the delays \"could last hours, or weeks\"."});
  const auto facts = fc::align_quotes(story.findings);
  const fc::Fact* f = joined(facts);
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "variant");
}

TEST_CASE("two different sayings of one speaker stay apart", "[quotes][align]") {
  Story story({"\"The bridge will reopen in weeks,\" Mayor Ivo Brenn said. \"Repairs cost too much.\"",
               "Mayor Ivo Brenn said: \"Traffic will return to the bridge before winter.\""});
  const auto facts = fc::align_quotes(story.findings);
  CHECK(joined(facts) == nullptr);
}

TEST_CASE("short sayings of one speaker with the same content stems in other word forms join", "[quotes][align]") {
  Story story({"The national rowing federation has expressed \"deep regret\" over the doping case.",
               "The National Rowing Federation said it felt \"deeply regretful\" over the doping case."});
  const auto facts = fc::align_quotes(story.findings);
  const fc::Fact* f = joined(facts);
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "variant");
}
