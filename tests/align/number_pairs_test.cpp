// Number alignment by the value itself: the same value of the same thing once per source, bounds on one number,
// percentages and their subjects, basis points, and vague counts of generic nouns.
#include <catch2/catch.hpp>

#include <set>

#include "align/align.h"
#include "story_fixture.h"

namespace {

struct Sources : fctest::NumberSources {
  using NumberSources::NumberSources;
  std::vector<fc::Fact> facts() const { return fc::align_numbers(findings); }
};

// Verdict of the fact holding mentions from `n` sources, or "" if none.
std::string verdict_of_joined(const std::vector<fc::Fact>& facts, size_t n = 2) {
  for (const fc::Fact& f : facts) {
    std::set<std::string> srcs;
    for (const fc::Mention& m : f.mentions) srcs.insert(m.source);
    if (srcs.size() >= n) return f.verdict;
  }
  return "";
}

}  // namespace

TEST_CASE("the same value of a specific noun, once in each source, agrees without shared words", "[align][numbers]") {
  Sources s({"The measure won 64 votes.", "In the end 64 votes carried it."});
  CHECK(verdict_of_joined(s.facts()) == "agree");
  Sources written({"The jury split by eleven votes to one.", "It was 11 votes against 1 in the final count."});
  CHECK(verdict_of_joined(written.facts()) == "agree");
}

TEST_CASE("a value stated twice in one source is no evidence by itself", "[align][numbers]") {
  Sources s({"The party won 12 seats in the north. It also lost 12 seats in the south.",
             "Analysts expect 12 seats to change hands."});
  CHECK(verdict_of_joined(s.facts()) == "");
}

TEST_CASE("small counts of generic nouns still need shared context", "[align][numbers]") {
  Sources s({"Two people were arrested near the stadium.", "Doctors treated two people for burns."});
  CHECK(verdict_of_joined(s.facts()) == "");
}

TEST_CASE("bounds on one number agree: 'around 40' and 'more than 40'", "[align][numbers]") {
  Sources s({"Around 40 volunteers cleared the beach.", "More than 40 volunteers turned out on the coast."});
  CHECK(verdict_of_joined(s.facts()) == "agree");
}

TEST_CASE("a precise percentage agrees on one shared word, a round one needs more", "[align][numbers]") {
  Sources precise({"Unemployment stood at 7.3% in June.", "The agency put the jobless rate for June at 7.3 percent."});
  CHECK(verdict_of_joined(precise.facts()) == "agree");
  Sources round({"Unemployment stood at 7% in June.", "The agency said 7 percent of loans in June were late."});
  CHECK(verdict_of_joined(round.facts()) == "");
}

TEST_CASE("two precise percentages of one subject conflict, of different subjects they do not", "[align][numbers]") {
  Sources same({"Turnout was 58.2%, the commission said.", "Turnout was 52.8%, according to officials."});
  CHECK(verdict_of_joined(same.facts()) == "conflict");
  Sources other({"Turnout was 58.2%, the commission said.", "Support stood at 52.8%, according to officials."});
  CHECK(verdict_of_joined(other.facts()) == "");
  Sources clause({"The bank now expects inflation to ease to 3.4% by the end of next year, it said in its report.",
                  "In its report the bank projects an inflation of 3.9 percent at the end of next year."});
  CHECK(verdict_of_joined(clause.facts()) == "conflict");
}

TEST_CASE("basis points and percentage points are one unit", "[align][numbers]") {
  Sources s({"Since March the bank has raised its main rate by 75 basis points.",
             "The main rate has gone up 0.75 percentage points since March."});
  CHECK(verdict_of_joined(s.facts()) == "agree");
  Sources other({"The bank raised its main rate by 50 basis points in March.",
                 "The bank raised its main rate by 0.75 percentage points in March."});
  CHECK(verdict_of_joined(other.facts()) != "conflict");
}

TEST_CASE("a vague amount of a generic noun does not agree with a count on thin context", "[align][numbers]") {
  Sources s({"The mill in Varna employs about 450 people, the owners said.",
             "Hundreds of people in Varna lit candles outside the church, the owners said."});
  CHECK(verdict_of_joined(s.facts()) == "");
}

TEST_CASE("counts of the injured and the dead are labelled by their word", "[align][numbers]") {
  Sources s({"The storm left 12 injured across the valley.", "Officials counted twelve wounded in the valley."});
  auto facts = s.facts();
  CHECK(verdict_of_joined(facts) == "agree");
  for (const fc::Fact& f : facts) CHECK(f.label.rfind("Number of injured", 0) == 0);
}

TEST_CASE("a quarter point agrees with 25 basis points", "[align][numbers]") {
  Sources s({"The central bank raised its key rate by 25 basis points on Thursday.",
             "On Thursday the central bank lifted its key rate by a quarter point."});
  CHECK(verdict_of_joined(s.facts()) == "agree");
}

TEST_CASE("casualty counts agree however they are phrased", "[align][numbers]") {
  Sources s({"At least nine people were killed when the bridge gave way.", "Nine dead as the bridge collapses."});
  auto facts = s.facts();
  CHECK(verdict_of_joined(facts) == "agree");
  for (const fc::Fact& f : facts) CHECK(f.label.rfind("Number of dead", 0) == 0);
  Sources toll({"The death toll climbed to 14 on Friday.", "Rescuers said 14 people had died by Friday."});
  CHECK(verdict_of_joined(toll.facts()) == "agree");
}
