// Events extended by sentence alignment: the joined clause must tell the act itself. A question, a comment on the
// case, a description of a participant or another act on the same people never joins the event.
#include <catch2/catch.hpp>

#include "story_fixture.h"

namespace {

// The mentions of `f` made by sentence alignment.
size_t aligned(const fc::Fact& f) {
  size_t n = 0;
  for (const fc::Mention& m : f.mentions) n += m.rule == "sentence-align" ? 1 : 0;
  return n;
}

// True if some fact of two sources or more holds a mention whose text contains `part`.
bool joined(const std::vector<fc::Fact>& facts, const std::string& part) {
  for (const fc::Fact& f : facts) {
    if (f.mentions.size() < 2) continue;
    for (const fc::Mention& m : f.mentions) if (m.text.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a question about what comes next is no telling of the act", "[align][events][sentences]") {
  const fctest::EventStory story(
      {"Teodor Vasko won the Brenmouth marathon on Sunday in two hours and four minutes, a course record.",
       "Can Teodor Vasko run the Brenmouth marathon course in under two hours and four minutes next Sunday?"});
  for (const fc::Fact& f : story.facts) CHECK(aligned(f) == 0);
}

TEST_CASE("a comment on the case and a description of the suspect are no telling of the arrest",
          "[align][events][sentences]") {
  const fctest::EventStory comment(
      {"Police in Corvale arrested the journalist Mirela Dostan on Thursday over her reporting on the port deal.",
       "Her lawyer calls the case against the journalist Mirela Dostan in Corvale revenge for the port deal reporting."});
  for (const fc::Fact& f : comment.facts) CHECK(aligned(f) == 0);
  const fctest::EventStory description(
      {"Police in Corvale arrested the analyst Piet Randell on Thursday at his home in the suburb of Harlow.",
       "Piet Randell, an analyst from the Corvale suburb of Harlow, is 41 and lives at home with his family."});
  for (const fc::Fact& f : description.facts) CHECK(aligned(f) == 0);
}

TEST_CASE("a clause with an act of its own still joins through its sentence", "[align][events][sentences]") {
  // "were pulled" is an open verb: the clause tells an act, so the recall is told there
  const fctest::EventStory story(
      {"Lumora Foods recalled 4,000 jars of baby formula on Monday after traces of mould were found.",
       "Jars of Lumora Foods baby formula were pulled from supermarket shelves on Monday after inspectors found "
       "traces of mould."});
  REQUIRE(story.facts.size() == 1);
  CHECK(aligned(story.facts[0]) == 1);
}

TEST_CASE("another act on the same people is no variant of the event", "[align][events][sentences]") {
  const fctest::EventStory story(
      {"Prosecutors in Velmar charged eleven suspects on Friday over the bribery scheme at the harbour office.",
       "Eleven suspects were detained in Velmar on Friday over the bribery scheme at the harbour office."});
  CHECK_FALSE(joined(story.facts, "detained"));
}

TEST_CASE("two claims of one party sharing only a phrase of time stay apart", "[align][events][sentences]") {
  const fctest::EventStory story(
      {"The Velmar Greens accused the government of hiding the size of the budget gap ahead of next year's election.",
       "The Velmar Greens have climbed to 18 percent in opinion polls ahead of next year's election, the Ostra "
       "institute found."});
  for (const fc::Fact& f : story.facts) CHECK(aligned(f) == 0);
}
