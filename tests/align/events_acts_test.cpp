// Event alignment for acts whose object names the act, counts in words, fines, strikes and signings told as nouns,
// with our own sentences.
#include <catch2/catch.hpp>

#include <algorithm>

#include "align/align.h"
#include "extract/events.h"
#include "story_fixture.h"

namespace {

const auto align_texts = fctest::align_event_texts;

std::vector<const fc::Fact*> of_kind_label(const std::vector<fc::Fact>& facts, const std::string& label_part) {
  std::vector<const fc::Fact*> out;
  for (const fc::Fact& f : facts) {
    if (f.kind == "event" && f.label.find(label_part) != std::string::npos) out.push_back(&f);
  }
  return out;
}

bool has_word(const fc::EventMention& e, const std::string& w) {
  return std::find(e.words.begin(), e.words.end(), w) != e.words.end();
}

}  // namespace

TEST_CASE("a small count in words is an amount among the participants", "[events]") {
  auto a = fc::extract_events("The Fire Brigade evacuated five villages on Monday.");
  REQUIRE(a.size() == 1);
  CHECK(has_word(a[0], "#5"));
  auto b = fc::extract_events("The Fire Brigade evacuated three hundred residents.");
  REQUIRE(b.size() == 1);
  CHECK(!has_word(b[0], "#3"));  // "three hundred" is no count of three
  auto c = fc::extract_events("The Health Ministry bought two million doses.");
  REQUIRE(c.size() == 1);
  CHECK(has_word(c[0], "#2 million"));
}

TEST_CASE("villages counted in words or digits are one evacuation", "[align][events]") {
  const fctest::EventStory story({"Officials ordered the evacuation of four hamlets, and 900 people slept in schools.",
                                 "The authorities have evacuated 4 hamlets near the fire."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto ev = of_kind_label(facts, "evacuated");
  REQUIRE(ev.size() == 1);
  CHECK(ev[0]->mentions.size() == 2);
}

TEST_CASE("an object that names the act is one object however worded, a variant", "[align][events]") {
  const fctest::EventStory story({"The Iron Crow group claimed the attack on Sunday.",
                                 "The Iron Crow group claimed responsibility on Sunday.",
                                 "The Iron Crow group claimed responsibility late Sunday."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto claimed = of_kind_label(facts, "claimed");
  REQUIRE(claimed.size() == 1);
  CHECK(claimed[0]->mentions.size() == 3);
  CHECK(claimed[0]->verdict == "variant");  // "the attack" / "responsibility": other words
  auto e = fc::extract_events("The Iron Crow group claimed the attack.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].patient == "=responsibility");
  CHECK(e[0].patient_name == "attack");
}

TEST_CASE("a strike called or announced by one union is one variant event, another union's stays apart",
          "[align][events]") {
  const fctest::EventStory story({"The Harbour Workers Union called a general strike for 3 March.",
                                 "The Harbour Workers Union announced a general strike for 3 March.",
                                 "The Teachers Federation announced a general strike for 3 March."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto strike = of_kind_label(facts, "Harbour Workers Union");
  REQUIRE(strike.size() == 1);
  CHECK(strike[0]->mentions.size() == 2);
  CHECK(strike[0]->verdict == "variant");
  for (const fc::Mention& m : strike[0]->mentions) CHECK(m.source != "c");
}

TEST_CASE("a fine told with fined or imposed a penalty, a signing told as a noun", "[align][events]") {
  const fctest::EventStory story({"The Competition Office fined Velmart 12 million euros on Tuesday.",
                                 "The Competition Office imposed a penalty of 12 million euros on Velmart.",
                                 "Port City FC signed midfielder Ana Ruiz from Lisvale.",
                                 "Port City FC completed the signing of Ana Ruiz on Monday."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto fined = of_kind_label(facts, "fined");
  REQUIRE(fined.size() == 1);
  CHECK(fined[0]->mentions.size() == 2);
  CHECK(fined[0]->verdict == "variant");
  auto signed_ = of_kind_label(facts, "signed");
  REQUIRE(signed_.size() == 1);
  CHECK(signed_[0]->mentions.size() == 2);
  CHECK(signed_[0]->verdict == "variant");
}

TEST_CASE("two acts of one agent stay apart: a strike called is no fine, a forecast kept is no job cut",
          "[align][events]") {
  const fctest::EventStory story({"Velmart Group confirmed its forecast for 2027 and will cut 400 jobs.",
                                 "Velmart Group kept its outlook for 2027, and Velmart Group plans to axe 400 jobs."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto outlook = of_kind_label(facts, "confirmed");
  REQUIRE(outlook.size() == 1);
  CHECK(outlook[0]->mentions.size() == 2);
  CHECK(outlook[0]->verdict == "variant");
  auto cut = of_kind_label(facts, "cut");
  REQUIRE(cut.size() == 1);
  CHECK(cut[0]->mentions.size() == 2);
  for (const fc::Mention& m : cut[0]->mentions) CHECK(m.rule.find("outlook") == std::string::npos);
}

TEST_CASE("an object ends before an amount or an adverb after a name", "[events]") {
  auto a = fc::extract_events("The Competition Office fined the retailer 12 million euros.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].patient == "retailer");
  auto b = fc::extract_events("The Harbour Lions had beaten Western City twice this season.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].patient_name == "Western City");
  CHECK(b[0].object_named);
}

TEST_CASE("with no doer named, one named object shared is not enough to join two acts", "[align][events]") {
  const fctest::EventStory story({"They had beaten Western City twice during the league season.",
                                 "They beat Western City in the 2024 cup final.",
                                 "Two years ago they beat Western City in the 2024 cup final."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto beat = of_kind_label(facts, "defeated");
  REQUIRE(beat.size() == 1);  // the final, in b and c; the league games of a stay out
  CHECK(beat[0]->mentions.size() == 2);
  for (const fc::Mention& m : beat[0]->mentions) CHECK(m.source != "a");
}

TEST_CASE("a common noun for an institution capitalised at a sentence start is that institution", "[align][events]") {
  const fctest::EventStory story({"Police detained three suspects in Velby.",
                                 "The army detained three suspects in Velby."});
  const std::vector<fc::Fact>& facts = story.facts;
  for (const fc::Fact& f : facts) {
    if (f.kind == "event") CHECK(f.verdict == "single");  // the police and the army are two doers
  }
  auto e = fc::extract_events("Police detained three suspects in Velby.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].agent_name == "the police");
}

TEST_CASE("the subject before an apposition between commas is the agent", "[events]") {
  auto a = fc::extract_events("The Harbour Workers Union (HWU), the largest union, announced a strike for Friday.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].agent_name == "Harbour Workers Union");
  auto b = fc::extract_events("Orvana Telecom, which lost a case last year, has cut 300 jobs.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].agent_name == "Orvana Telecom");
  auto c = fc::extract_events("Talks with Orvana Telecom, however, stalled and 300 jobs were cut.");
  for (const auto& e : c) CHECK(e.agent_name != "Orvana Telecom");  // "however" opens no apposition
}

TEST_CASE("an agent named by its acronym in one source and in full in another is one agent", "[align][events]") {
  const fctest::EventStory story({"The Harbour Workers Union called a general strike for 3 March.",
                                 "The HWU has called a general strike for 3 March.",
                                 "The HTU has called a general strike for 3 March."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto strike = of_kind_label(facts, "Harbour Workers Union");
  REQUIRE(strike.size() == 1);
  CHECK(strike[0]->mentions.size() == 2);  // HTU spells another name
  for (const fc::Mention& m : strike[0]->mentions) CHECK(m.source != "c");
  CHECK(strike[0]->label == "Harbour Workers Union strike");  // called or begun: one neutral word
}

TEST_CASE("a name that a noun is about is no subject, a time word ends the object", "[events]") {
  auto a = fc::extract_events("Detectives looking into the raid on the Velby Art Museum arrested two suspects yesterday.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].agent.empty());
  CHECK(a[0].patient == "suspect");
  auto b = fc::extract_events("The Velby Art Museum arrested two suspects yesterday.");  // a subject stays one
  REQUIRE(b.size() == 1);
  CHECK(b[0].agent_name == "Velby Art Museum");
}

TEST_CASE("two nouns joined by 'and' with an amount are one subject of a passive", "[align][events]") {
  const fctest::EventStory story({"The Lindholm clinic had to postpone about 200 operations.",
                                 "At the Lindholm clinic, 200 procedures and around 900 check-ups have been postponed."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto postponed = of_kind_label(facts, "postponed");
  REQUIRE(postponed.size() == 1);
  CHECK(postponed[0]->mentions.size() == 2);
  auto e = fc::extract_events("Police arrived and 20 people were evacuated.");  // a verb before "and": two clauses
  REQUIRE(e.size() == 1);
  CHECK(!has_word(e[0], "police"));
}

TEST_CASE("a name run together and an act object are enough to meet: no other word shared", "[align][events]") {
  const fctest::EventStory story({"The group GreyFox claimed responsibility on a forum.",
                                 "The hackers of Grey Fox claimed the attack."});
  const std::vector<fc::Fact>& facts = story.facts;
  auto claimed = of_kind_label(facts, "claimed");
  REQUIRE(claimed.size() == 1);
  CHECK(claimed[0]->mentions.size() == 2);
  CHECK(claimed[0]->verdict == "variant");
}
