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

TEST_CASE("a two-word fragment joins only when both words it shares are rare in the story", "[quotes][align]") {
  // "offer" fills every sentence of this story: "weak offer" rests on one telling word, too little to join
  fctest::QuoteStory thin({
      "Dockworkers at Halden walked out on Monday over the pay offer. The port operator made a new offer on "
      "Wednesday, and the union said the offer was still too low. Minister Tove Randall urged both sides to meet "
      "again, calling it a \"weak offer\".",
      "The strike at the Halden docks went on for a third day. The union turned down the operator's offer, and a "
      "second offer followed on Wednesday. \"This offer is weak, and it insults the people who keep our port "
      "running,\" Minister Tove Randall said on Tuesday.",
  });
  const std::vector<fc::Fact> thin_facts = thin.facts();
  CHECK(fact_with(thin_facts, "weak offer") == nullptr);
  // two words the story uses nowhere else still join the fragment to the full quote
  fctest::QuoteStory rare({
      "Dockworkers at Halden walked out on Monday over the pay offer. Minister Tove Randall urged the strikers to "
      "clear the ferry berth, calling the blockade \"reckless sabotage\".",
      "The strike at the Halden docks went on for a third day. \"Blocking the ferry berth is sabotage, reckless and "
      "dangerous,\" Minister Tove Randall said on Tuesday.",
  });
  const std::vector<fc::Fact> rare_facts = rare.facts();
  CHECK(fact_with(rare_facts, "reckless sabotage") != nullptr);
}

TEST_CASE("a number spelled out in one rendering and a compound split in it still match the other", "[quotes][align]") {
  fctest::QuoteStory story({
      "The packaging firm Omdal will cut 300 jobs at its Brenna site. \"Three hundred workers found out by e-mail,\" "
      "union leader Ines Korla said on Monday.",
      "Omdal is cutting 300 jobs in Brenna. \"300 workers learned about it by email, and that is shameful,\" said "
      "union leader Ines Korla.",
  });
  const std::vector<fc::Fact> facts = story.facts();
  const fc::Fact* f = fact_with(facts, "Three hundred workers found out by e-mail");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "variant");
}
