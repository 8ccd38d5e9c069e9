// One speaker's statement rendered freely in another source (quotes_rare.cpp): joined by the rare content words
// both renderings share, while the same speaker's other statement stays apart.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quote_story.h"

namespace {

// The multi-source quote fact holding `text` in one of its mentions, or nullptr.
const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) {
      if (m.text == text && f.mentions.size() >= 2) return &f;
    }
  }
  return nullptr;
}

}  // namespace

TEST_CASE("a freely translated quote of the same speaker joins by its rare shared words", "[quotes][align]") {
  fctest::QuoteStory story({
      "Heavy rain hit Selmar overnight. \"The barrier held, the town is dry,\" said Mayor Oskar Lindmark. \"We will "
      "check the pumps on Friday.\"",
      "Selmar escaped the rain without damage. \"The barrier has resisted and the centre remained dry\", has "
      "declared the mayor, Oskar Lindmark.",
  });
  const std::vector<fc::Fact> facts = story.facts();
  const fc::Fact* f = fact_with(facts, "The barrier held, the town is dry");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "variant");
  REQUIRE(f->mentions.size() == 2);
  CHECK(f->diffs.size() == 1);  // the differing words are marked
  // the same speaker's other statement shares no words with the second source's quote: it stays single
  CHECK(fact_with(facts, "We will check the pumps on Friday.") == nullptr);
}

TEST_CASE("two statements of one speaker sharing only common story words stay apart", "[quotes][align]") {
  fctest::QuoteStory story({
      "The carmaker Veltro will close its plant in Dunmore. \"The plant in Dunmore will close in June,\" chief "
      "executive Mara Quist said.",
      "Veltro's plant in Dunmore is to close. \"Every worker in Dunmore will be offered a job at the plant in "
      "Ravik,\" chief executive Mara Quist said.",
  });
  const std::vector<fc::Fact> facts = story.facts();
  CHECK(fact_with(facts, "The plant in Dunmore will close in June") == nullptr);
}

TEST_CASE("a source's second quote of a speaker never joins a statement that source already gives", "[quotes][align]") {
  fctest::QuoteStory story({
      "\"Our volunteers searched the forest all night and found the missing hikers,\" said rescue chief Ilse Borg.",
      "\"The volunteers searched the whole forest overnight,\" said rescue chief Ilse Borg. \"They found the hikers "
      "cold but alive.\"",
  });
  const std::vector<fc::Fact> facts = story.facts();
  const fc::Fact* f = fact_with(facts, "Our volunteers searched the forest all night and found the missing hikers");
  REQUIRE(f != nullptr);
  CHECK(f->mentions.size() == 2);  // one rendering of the second source, not both
}

TEST_CASE("a partial quote leaving out only function words is a minor excerpt, one leaving out a negation is not",
          "[quotes][align]") {
  fctest::QuoteStory story({
      "\"We cannot risk any delays on the new tram line,\" transport chief Nils Arve said on Monday.",
      "Transport chief Nils Arve said the city could not \"risk delays\" on the tram line.",
  });
  const std::vector<fc::Fact> facts = story.facts();
  const fc::Fact* f = fact_with(facts, "risk delays");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "agree");
  fctest::QuoteStory other({
      "\"The depot will not close before May,\" transport chief Nils Arve said on Monday.",
      "Transport chief Nils Arve said the depot \"will close\" in spring.",
  });
  const std::vector<fc::Fact> more = other.facts();
  const fc::Fact* g = fact_with(more, "will close");
  if (g != nullptr) CHECK(g->verdict != "agree");
}
