// Sentence alignment: a source telling an event with a verb no table lists joins it through its clause; a sentence
// about the same company on the same day that tells something else does not.
#include <catch2/catch.hpp>

#include "align/sentence_align.h"
#include "story_fixture.h"

namespace {

// The mentions of `f` made by sentence alignment.
size_t aligned_mentions(const fc::Fact& f) {
  size_t n = 0;
  for (const fc::Mention& m : f.mentions) n += m.rule == "sentence-align" ? 1 : 0;
  return n;
}

}  // namespace

TEST_CASE("an event told with an unlisted verb joins through its clause", "[align][events][sentences]") {
  const fctest::EventStory story(
      {"Lumora Foods recalled 4,000 jars of baby formula on Monday after traces of mould were found.",
       "Jars of Lumora Foods baby formula were pulled from supermarket shelves on Monday after inspectors found "
       "traces of mould."});
  REQUIRE(story.facts.size() == 1);
  const fc::Fact& f = story.facts[0];
  CHECK(f.verdict == "variant");
  REQUIRE(f.mentions.size() == 2);
  CHECK(aligned_mentions(f) == 1);
  CHECK(f.mentions[1].text.find("were pulled from supermarket shelves") != std::string::npos);
  CHECK(f.why.find("b joined by its sentence (") != std::string::npos);
}

TEST_CASE("a sentence about the same company and day that tells another thing stays apart",
          "[align][events][sentences]") {
  const fctest::EventStory story(
      {"Lumora Foods recalled 4,000 jars of baby formula on Monday after traces of mould were found.",
       "Lumora Foods shares fell 3% on Monday as investors weighed the cost of new packaging lines."});
  for (const fc::Fact& f : story.facts) CHECK(aligned_mentions(f) == 0);
}

TEST_CASE("a shared title is no shared event", "[align][events][sentences]") {
  const fctest::EventStory story({"Health minister Dr Anna Pehr visited Korvala on Tuesday.",
                                  "Health minister Anna Pehr called the outbreak a warning to every farm."});
  for (const fc::Fact& f : story.facts) CHECK(aligned_mentions(f) == 0);
}

TEST_CASE("sentence space finds each sentence's best match and its clause", "[align][sentences]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "", "", "", "The port of Velmar was closed to tankers on Friday. Fishing boats stayed in."},
      {"b", "", "", "", "", "", "Crews went home. Tankers were barred from the port of Velmar, officials said."}};
  std::vector<fc::SourceFindings> fs(2);
  for (size_t i = 0; i < 2; ++i) fs[i].source = &src[i], fs[i].index = fc::index_text(src[i].text);
  const fc::SentenceSpace space(fs);
  const size_t a0 = space.sentence_of(0, 0);
  const fc::SentenceSpace::Match m = space.best_in(a0, 1);
  REQUIRE(m.sentence != SIZE_MAX);
  CHECK(space.source_of(m.sentence) == 1);
  CHECK(space.span(m.sentence).first == src[1].text.find("Tankers"));
  const fc::SentenceSpace::ClauseMatch c = space.match_clause(a0, 0, 10, m.sentence, 0.4);
  CHECK(src[1].text.substr(c.start, c.end - c.start) == "Tankers were barred from the port of Velmar");
}

TEST_CASE("function words shared by two sentences do not make them one statement", "[align][events][sentences]") {
  const fctest::EventStory story({"Lumora Foods recalled the jars on Monday, though many more could follow.",
                                  "There were many more jars than there could be in any other shop."});
  for (const fc::Fact& f : story.facts) CHECK(aligned_mentions(f) == 0);
}

TEST_CASE("one shared rare word fits a clause holding its own event, a promise is no act", "[align][events][sentences]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Police seized the rifles at dawn."},
                                 {"b", "", "", "", "", "", "The rifles were confiscated."},
                                 {"c", "", "", "", "", "", "The rifles may be confiscated."}};
  std::vector<fc::SourceFindings> fs(3);
  for (size_t i = 0; i < 3; ++i) fs[i].source = &src[i], fs[i].index = fc::index_text(src[i].text);
  const fc::SentenceSpace space(fs);
  const size_t a = space.sentence_of(0, 0);
  const fc::SentenceSpace::ClauseMatch b = space.match_clause(a, 0, 12, space.sentence_of(1, 0), 0.4);
  CHECK_FALSE(b.ok);  // a clause mention of its own needs two rare words
  CHECK(b.ok_with_event);
  const fc::SentenceSpace::ClauseMatch c = space.match_clause(a, 0, 12, space.sentence_of(2, 0), 0.4);
  CHECK_FALSE(c.ok_with_event);  // "may be confiscated" tells what may happen

  const fctest::EventStory story(
      {"Velmar prosecutors opened an investigation into the dam collapse on Friday.",
       "Mayor Ilse Brandt, who visited Velmar on Friday, promised a thorough investigation of the dam collapse."});
  for (const fc::Fact& f : story.facts) CHECK(aligned_mentions(f) == 0);
}
