// Event alignment for accidents, postponements and rescues worded without a shared verb, with our own sentences.
#include <catch2/catch.hpp>

#include <algorithm>

#include "align/align.h"
#include "story_fixture.h"

namespace {

const auto align_texts = fctest::align_event_texts;

std::vector<const fc::Fact*> of_action(const std::vector<fc::Fact>& facts, const std::string& label_part) {
  std::vector<const fc::Fact*> out;
  for (const fc::Fact& f : facts) if (f.label.find(label_part) != std::string::npos) out.push_back(&f);
  return out;
}

}  // namespace

TEST_CASE("a derailment worded three ways near one town is one variant event", "[align][events]") {
  const fctest::EventStory story({"A regional train derailed near Askdal on Friday, the operator said.",
                                 "Forty people were hurt when a regional train came off the tracks near Askdal.",
                                 "The regional train went out of the rails outside Askdal early on Friday.",
                                 "A freight train derailed near Velby on Friday."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto derailed = of_action(facts, "derailed");
  REQUIRE(derailed.size() == 1);  // Askdal's; Velby's, told by one source with no agent, makes no fact
  CHECK(derailed[0]->mentions.size() == 3);
  CHECK(derailed[0]->verdict == "variant");
  for (const fc::Mention& m : derailed[0]->mentions) CHECK(m.source != "d");
}

TEST_CASE("operations postponed, cancelled or called off are one event, never an agreement", "[align][events]") {
  const fctest::EventStory story({"The strike forced the Lindholm clinic to postpone about 200 operations this week.",
                                 "Some 200 planned operations have been cancelled at the Lindholm clinic.",
                                 "About 200 procedures were called off at the Lindholm clinic."});
  const std::vector<fc::Fact>& facts = story.facts;
  size_t sources = 0;
  for (const fc::Fact& f : facts) {
    if (f.kind != "event" || f.mentions.size() < 2) continue;
    sources = std::max(sources, f.mentions.size());
    CHECK(f.verdict == "variant");
  }
  CHECK(sources == 3);
}

TEST_CASE("the object of a passive verb is found before a relative clause", "[align][events]") {
  auto evs = fc::extract_events("Six hikers who had been stuck on the ridge since Friday were rescued on Sunday.");
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].action == "rescue");
  CHECK(evs[0].patient == "climber");  // hikers, a word of the climber row
  auto said = fc::extract_events("The report that two officials were arrested was denied.");
  for (const auto& e : said) if (e.action == "arrest") CHECK(e.patient == "official");
}

TEST_CASE("one agent spelled as one word or two claims one attack", "[align][events]") {
  const fctest::EventStory story({"The group RedWolf claimed responsibility for the attack on Monday.",
                                 "The hackers of Red Wolf claimed responsibility for the hack."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto claimed = of_action(facts, "claimed");
  REQUIRE(claimed.size() == 1);
  CHECK(claimed[0]->mentions.size() == 2);
}

TEST_CASE("an amount grouped with a space is the amount grouped with a comma", "[align][events]") {
  const fctest::EventStory story({"Karl Vesting bought bonds worth 380,000 marks in March.",
                                 "In March the governor bought bonds for 380 000 marks.",
                                 "In May the governor bought bonds for 12 000 marks."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto bought = of_action(facts, "bought");
  REQUIRE(!bought.empty());
  CHECK(bought[0]->mentions.size() == 2);
  for (const fc::Mention& m : bought[0]->mentions) CHECK(m.source != "c");
}

TEST_CASE("an agent named before a first verb opens the span of the second", "[align][events]") {
  auto evs = fc::extract_events("President Ana Lind came to Brezno on Monday and visited the flooded school.");
  REQUIRE(!evs.empty());
  CHECK(evs.back().action == "visit");
  CHECK(evs.back().text.rfind("Ana Lind", 0) == 0);
}

TEST_CASE("a resignation told as a noun after his or her is the named person's act", "[align][events]") {
  const fctest::EventStory story({"Finance Minister Ana Lind resigned on Monday.",
                                 "On Monday Ana Lind told the Cabinet Office of her resignation."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto resigned = of_action(facts, "resigned");
  REQUIRE(resigned.size() == 1);
  CHECK(resigned[0]->mentions.size() == 2);
  CHECK(resigned[0]->verdict == "variant");
  // "his arrest" is done to him: no arrest by the person named before.
  for (const auto& e : fc::extract_events("Karl Vesting spoke after police confirmed his arrest.")) CHECK(e.action != "arrest");
}

TEST_CASE("a place or lone name qualifying a noun before the verb is not the agent", "[align][events]") {
  auto evs = fc::extract_events("The 22-year-old Velmar international passed a medical on Monday.");
  REQUIRE(evs.size() == 1);
  CHECK(evs[0].action == "medical");
  CHECK(evs[0].agent.empty());
  auto gov = fc::extract_events("The Lindmark Cabinet approved 40 million euros in aid on Friday.");
  REQUIRE(gov.size() == 1);
  CHECK(!gov[0].agent.empty());
}

TEST_CASE("crashes, collapses, blasts and capsizings are one accident where they name one place", "[align][events]") {
  const fctest::EventStory story({"A cargo plane crashed near Velby on Sunday, the airline said.",
                                 "The cargo plane crashed outside Velby shortly after take-off.",
                                 "The Baltic Star ferry capsized near Askdal after the storm.",
                                 "The Baltic Star ferry capsized in high seas near Askdal.",
                                 "Two people died when a bridge collapsed near the harbour.",
                                 "Nine people were hurt after a bridge collapsed on the main road."});
  const std::vector<fc::Fact>& facts = story.facts;
  CHECK(of_action(facts, "collapsed").empty());  // no place named: two bridges, as far as we know
  auto crashed = of_action(facts, "crashed");
  REQUIRE(crashed.size() == 1);
  CHECK(crashed[0]->mentions.size() == 2);
  auto sank = of_action(facts, "capsized");
  REQUIRE(sank.size() == 1);
  for (const fc::Mention& m : sank[0]->mentions) CHECK((m.source == "c" || m.source == "d"));
}

TEST_CASE("an accident verb said of ties or markets is no accident", "[align][events]") {
  std::vector<fc::Source> src = {{"a", "", "", "", "", "", "Ties between Norland and Velmar sank to a new low, Ana Lind said."},
                                 {"b", "", "", "", "", "", "Relations sank to a new low after Ana Lind spoke in Velmar."}};
  std::vector<fc::SourceFindings> fs;
  for (const fc::Fact& f : align_texts(src, fs)) CHECK(f.label.find("sank") == std::string::npos);
}
