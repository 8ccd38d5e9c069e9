// A lone mention of a value other sources state, joined by its sentence (join_aligned_lones), and the two ways one
// value may mean two things that keep it apart.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "story_fixture.h"

namespace {

// Two sources on three stages of a pull-out, the third source's sentence, and a fourth stating 3 as a share (so the
// value is not rare in the story and only the sentence can join it).
std::vector<std::string> story(const std::string& third) {
  return {"The army will withdraw its 400 troops in three stages, a month apart, the defence ministry said on Monday. "
          "The first convoy leaves Farel next week.",
          "The 400 troops will leave Farel in three stages, a month apart, the ministry said on Monday. Local traders "
          "fear for their business.",
          third, "Some 3% of the jobs in Farel depend on the base, the mayor said."};
}

// How many mentions the fact holding `text` has, 0 if none holds it.
size_t joined_with(const std::vector<std::string>& texts, const std::string& text) {
  fctest::NumberSources s(texts);
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    for (const fc::Mention& m : f.mentions) if (m.text == text) return f.mentions.size();
  }
  return 0;
}

}  // namespace

TEST_CASE("a lone mention in a sentence that retells the others joins them", "[align][numbers][lone]") {
  const std::vector<std::string> texts = story(
      "Its 400 soldiers are to pull out of Farel in three phases, a month apart, according to the ministry. The mayor "
      "welcomed the news.");
  fctest::NumberSources s(texts);
  bool seen = false;
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    if (f.mentions.size() != 3 || f.mentions.back().text != "three phases") continue;
    seen = true;
    CHECK(f.verdict == "agree");
    CHECK(f.why.find("joined by its sentence") != std::string::npos);
  }
  CHECK(seen);
}

TEST_CASE("a lone mention of the value meaning something else stays apart", "[align][numbers][lone]") {
  // Its sentence tells of talks, not of the pull-out.
  CHECK(joined_with(story("Its 400 soldiers are to pull out of Farel over the summer, according to the ministry. The "
                          "mayor welcomed three phases of talks."),
                    "three phases") == 1);
  // Its source states the value twice as the same kind of figure: one of the two is another thing, which one is
  // unclear.
  CHECK(joined_with(story("Its 400 soldiers are to pull out of Farel in three phases, a month apart, according to the "
                          "ministry. The mayor welcomed the news after three rounds of talks."),
                    "three phases") == 1);
}

TEST_CASE("a value also stated as another kind of figure leaves a lone count unambiguous", "[align][numbers][lone]") {
  // "three weeks" is a span of time, "three phases" a count: the count is the one its sentence retells.
  CHECK(joined_with(story("Its 400 soldiers are to pull out of Farel in three phases, a month apart, according to the "
                          "ministry. The mayor welcomed the news after three weeks of doubt."),
                    "three phases") == 3);
}
