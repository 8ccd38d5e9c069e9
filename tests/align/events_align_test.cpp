// Event alignment: gold stories; recall worded as "summoned its envoy" is a variant; negation is kept apart.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

const auto align_texts = fctest::align_event_texts;

}  // namespace

TEST_CASE("event facts of the fixture stories match their gold lists", "[align][events]") {
  fctest::check_gold("event", fc::align_events);
}

TEST_CASE("the same event by a capital and its country is one fact", "[align][events]") {
  const fctest::EventStory story({"Tokyo recalled its ambassador on Friday.",
                                 "Japan summoned its envoy back for consultations."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].label.find("Japan") == 0);
}

TEST_CASE("an event denied by one source and reported by another is a conflict", "[align][events]") {
  const fctest::EventStory story({"Poland expelled three diplomats on Monday.",
                                 "Poland did not expel the diplomats, officials said."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
}

TEST_CASE("the same action a year apart is two events", "[align][events]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Poland expelled three diplomats on Monday."},
                                 {"b", "", "", "", "", "", "Poland expelled two diplomats in the spring."},
                                 {"c", "", "", "", "", "", "Poland expelled the diplomats after the vote."}};
  std::vector<fc::SourceFindings> fs;
  align_texts(src, fs);
  fs[0].anchor = fc::CivilDate{2020, 4, 1};
  fs[1].anchor = fc::CivilDate{2021, 4, 1};
  fs[2].anchor = fc::CivilDate{2021, 4, 3};
  auto facts = fc::align_events(fs);
  REQUIRE(facts.size() == 2);
  CHECK(facts[0].mentions.size() + facts[1].mentions.size() == 3);
}

TEST_CASE("a short or common-noun agent joins the one longer name holding it", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "", "", "", "Norland's central bank raised its key interest rate on Thursday."},
      {"b", "", "", "", "", "", "The National Bank of Norland has raised yesterday the reference rate."},
      {"c", "", "", "", "", "", "The National Bank raised its main rate by a quarter point."}};
  std::vector<fc::SourceFindings> fs;
  auto facts = align_texts(src, fs);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 3);
  CHECK(facts[0].verdict == "agree");
  CHECK(facts[0].label == "National Bank of Norland raised rate");
  // With a second bank in the story, "the central bank" could be either: it stays apart.
  src.push_back({"d", "", "", "", "", "", "The Farmers Bank raised its deposit rate."});
  auto more = align_texts(src, fs);
  REQUIRE(more.size() == 3);
  for (const auto& f : more) {
    for (const auto& m : f.mentions) {
      if (m.source == "a" || m.source == "d") CHECK(f.mentions.size() == 1);
      else CHECK(f.mentions.size() == 2);
    }
  }
}

TEST_CASE("an investigation opened by unnamed authorities is one event", "[align][events]") {
  const fctest::EventStory story({"A prosecutor has opened a criminal investigation.",
                                 "The state attorney launched a probe into the blaze."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].mentions.size() == 2);
}

TEST_CASE("an institution named by a common noun is an agent that joins its one named form", "[align][events]") {
  const fctest::EventStory story({"Police arrested two smugglers near the border.",
                                 "On Monday police detained two smugglers.",
                                 "The army arrested two smugglers."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 2);
  for (const auto& f : facts) {
    if (f.mentions.size() == 2) CHECK(f.verdict == "variant");  // police: arrested / detained
    else CHECK(f.mentions[0].source == "c");
  }
}

TEST_CASE("an institution with no object is no agent: calls with different people stay apart", "[align][events]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "The city council spoke by phone with Mayor Ann Lee."},
                                 {"b", "", "", "", "", "", "The city council spoke by phone with Governor Tom Reyes."}};
  std::vector<fc::SourceFindings> fs;
  for (const auto& f : align_texts(src, fs)) CHECK(f.verdict == "single");
}

TEST_CASE("an evacuation told actively, passively and as forced from homes is one variant event", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "", "", "", "Rescue teams evacuated more than 900 residents from the valley on Sunday."},
      {"b", "", "", "", "", "", "About 950 people had been evacuated since Saturday, the mayor said."},
      {"c", "", "", "", "", "", "Some 950 people have been forced from their homes."}};
  std::vector<fc::SourceFindings> fs;
  auto facts = align_texts(src, fs);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 3);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].why.find("shared: people") != std::string::npos);
}

TEST_CASE("two arrests or two meetings by one agent with different people stay apart", "[align][events]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Police arrested two farmers in Lindau on Monday."},
                                 {"b", "", "", "", "", "", "Police arrested a teacher in Borrow."},
                                 {"c", "", "", "", "", "", "Ana Ruiz met Tom Berg in Lindau."},
                                 {"d", "", "", "", "", "", "Ana Ruiz met Lena Falk in Borrow."}};
  std::vector<fc::SourceFindings> fs;
  for (const auto& f : align_texts(src, fs)) CHECK(f.verdict == "single");
}

TEST_CASE("a takeover agreed in one source and told as done in another is a variant", "[align][events]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Ferro Group has agreed to buy Nordic Tubes."},
                                 {"b", "", "", "", "", "", "Ferro Group buys Nordic Tubes for 300 million euros."},
                                 {"c", "", "", "", "", "", "Ferro Group is buying Nordic Tubes."}};
  std::vector<fc::SourceFindings> fs;
  auto facts = align_texts(src, fs);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  src.erase(src.begin());
  auto same = align_texts(src, fs);
  REQUIRE(same.size() == 1);
  CHECK(same[0].verdict == "agree");
}

TEST_CASE("a common-noun agent joins a named one on two shared participants, a bare denial is no conflict",
          "[align][events]") {
  const fctest::EventStory story({"The Drug Safety Agency approved a flu vaccine for older adults.",
                                 "Regulators have approved a new flu vaccine for adults over 65.",
                                 "In Norland the flu vaccine is not yet approved for adults."});
  const std::vector<fc::Fact>& facts = story.facts;
  size_t joined = 0;
  for (const auto& f : facts) {
    CHECK(f.verdict != "conflict");
    if (f.mentions.size() != 2) continue;
    ++joined;
    CHECK(f.verdict == "agree");
  }
  CHECK(joined == 1);
}

TEST_CASE("unnamed acts with amounts far apart are different events", "[align][events]") {
  const fctest::EventStory story({"The National Bank of Norland raised its key rate by a quarter point to 4.75%.",
                                 "The deposit rate was raised to 3.75%.",
                                 "The rate was raised to 4.75% on Thursday."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 1);  // b stands alone with no agent: no fact
  CHECK(facts[0].mentions.size() == 2);
  for (const auto& m : facts[0].mentions) CHECK(m.source != "b");
}

TEST_CASE("a named agent's bare act joins only another bare act, not one with an object", "[align][events]") {
  const fctest::EventStory story({"Maria Costa resigned on Monday.",
                                 "Maria Costa resigned after the vote.",
                                 "Norland denied the report.",
                                 "It is something Norland denies."});
  const std::vector<fc::Fact>& facts = story.facts;
  size_t joined = 0;
  for (const auto& f : facts) {
    if (f.mentions.size() < 2) continue;
    ++joined;
    CHECK(f.values.front() == "resigned");
  }
  CHECK(joined == 1);
}

TEST_CASE("services suspended and a line interrupted share their noun chunk: one variant event", "[align][events]") {
  const fctest::EventStory story({"Rail services between Ostrava and the port city Brela were suspended on Friday.",
                                 "The railway line is interrupted since Friday.",
                                 "Bus services were suspended in the north."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 1);  // c: bus services are not rail services, and with no agent it is no fact
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].mentions.size() == 2);
}

TEST_CASE("the cabinet and the government are one body: their approvals of one sum join", "[align][events]") {
  const fctest::EventStory story({"The Cabinet approved 40 million euros in flood aid.",
                                 "The Government today approved flood aid of EUR 40 million.",
                                 "On Monday 40 million euros in flood aid were approved."});
  const std::vector<fc::Fact>& facts = story.facts;
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].mentions.size() == 3);
}

TEST_CASE("a named body's calls with different people stay apart", "[align][events]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "The Port Authority spoke by phone with Mayor Ann Lee."},
                                 {"b", "", "", "", "", "", "The Port Authority spoke by phone with Governor Tom Reyes."}};
  std::vector<fc::SourceFindings> fs;
  for (const auto& f : align_texts(src, fs)) CHECK(f.verdict == "single");
}
