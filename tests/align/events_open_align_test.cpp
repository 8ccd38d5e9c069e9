// Open verbs join across sources only by one verb and a shared object; a lone one makes no fact.
#include <catch2/catch.hpp>

#include <string>

#include "story_fixture.h"

namespace {

// The first fact joining two sources whose why names the open verb `verb`, or nullptr.
const fc::Fact* open_fact(const std::vector<fc::Fact>& facts, const std::string& verb) {
  for (const auto& f : facts) {
    if (f.mentions.size() >= 2 && f.mentions.front().source != f.mentions.back().source &&
        f.why.find("same verb (" + verb + ")") != std::string::npos)
      return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("one open verb on one object joins two sources, labelled in the source's words", "[align][events][open]") {
  const auto facts = fctest::align_two_events("Overnight the old levee burst near the mill, officials said.",
                                              "The levee burst shortly after midnight.");
  const fc::Fact* f = open_fact(facts, "burst");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->label.find("levee burst") != std::string::npos);
  CHECK(f->why.find("levee") != std::string::npos);
}

TEST_CASE("open verbs on different objects, or told as done and as to come, stay apart", "[align][events][open]") {
  CHECK_FALSE(open_fact(fctest::align_two_events("The levee burst near the mill.", "A water main burst in the square."),
                        "burst"));
  CHECK_FALSE(open_fact(fctest::align_two_events("Relatives gathered at the quay on Friday.",
                                                 "Relatives will gather at the quay."),
                        "gathered"));
}

TEST_CASE("a lone open verb makes no fact", "[align][events][open]") {
  const auto facts = fctest::align_two_events("The levee burst near the mill.", "Rain eased on Tuesday evening.");
  for (const auto& f : facts) {
    for (const auto& m : f.mentions) CHECK(m.rule != "ev.open");
  }
}

TEST_CASE("two different open verbs on one thing never agree", "[align][events][open]") {
  const auto facts = fctest::align_two_events("Stewards halted the concert after an hour.",
                                              "Stewards cancelled the concert after an hour.");
  for (const auto& f : facts) {
    if (f.mentions.size() < 2 || f.mentions.front().source == f.mentions.back().source) continue;
    CHECK(f.verdict != "agree");
  }
}

TEST_CASE("a meeting's label does not repeat the act as its object", "[align][events]") {
  const auto facts = fctest::align_two_events("Estmark held a meeting with Valdoria in Riga on Monday.",
                                              "Estmark held a meeting with Valdoria in Riga on Monday.");
  bool seen = false;
  for (const auto& f : facts) {
    if (f.why.find("(meet)") == std::string::npos) continue;
    seen = true;
    CHECK(f.label.find("meeting") == std::string::npos);
  }
  CHECK(seen);
}
