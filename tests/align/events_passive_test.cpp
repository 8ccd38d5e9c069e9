// Passive events whose subject stands before an apposition or a "who" clause, and names spelled a letter apart.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "align/align.h"
#include "extract/events.h"
#include "story_fixture.h"

namespace {

const fc::EventMention* first_of(const std::vector<fc::EventMention>& evs, const std::string& action) {
  for (const auto& e : evs) if (e.action == action) return &e;
  return nullptr;
}

size_t sources_of(const fc::Fact& f) {
  std::set<std::string> s;
  for (const fc::Mention& m : f.mentions) s.insert(m.source);
  return s.size();
}

}  // namespace

TEST_CASE("the subject of a passive stands before an apposition", "[events]") {
  auto a = fc::extract_events("Marta Oduya, the treasurer who ran the fund since 2019, was suspended on Friday.");
  const fc::EventMention* e = first_of(a, "suspend");
  REQUIRE(e);
  CHECK(e->patient_name == "Marta Oduya");
  CHECK(e->agent.empty());
  // The apposition is itself the name: "Her deputy, Tomas Brandl, was suspended".
  auto b = fc::extract_events("Her deputy, Tomas Brandl, was also suspended.");
  e = first_of(b, "suspend");
  REQUIRE(e);
  CHECK(e->patient_name == "Tomas Brandl");
  // A description after the comma: the noun before it.
  auto c = fc::extract_events("The driver, aged 41, has been arrested by traffic police.");
  e = first_of(c, "arrest");
  REQUIRE(e);
  CHECK(e->patient == "driver");
}

TEST_CASE("the subject of a passive stands before a who clause that holds it", "[events]") {
  auto a = fc::extract_events("Among them is the blogger Rasa Venn, who in May 2023 was detained in Orsk.");
  const fc::EventMention* e = first_of(a, "arrest");
  REQUIRE(e);
  CHECK(e->patient_name == "Rasa Venn");
  auto b = fc::extract_events("The referee Paulo Serr, who also teaches at a school, has been provisionally suspended.");
  e = first_of(b, "suspend");
  REQUIRE(e);
  CHECK(e->patient_name == "Paulo Serr");
  CHECK(e->agent.empty());
}

TEST_CASE("a passive subject is never read as the doer", "[events]") {
  // "Venn, a writer for the Orsk Daily, was arrested": Venn did not arrest anyone.
  auto a = fc::extract_events("Rasa Venn spoke. Venn, a writer for the Orsk Daily, was arrested in May.");
  for (const auto& e : a) if (e.action == "arrest") CHECK(e.agent.empty());
  // "were cancelled 42 flights": the object after the verb, and still no doer.
  auto b = fc::extract_events("At the airport of Tolm were cancelled 42 flights.");
  const fc::EventMention* e = first_of(b, "cancel");
  if (e) CHECK(e->agent.empty());
}

TEST_CASE("one person spelled a letter apart by two sources is one patient", "[align][events]") {
  const fctest::EventStory story({"Her coach, Bohdan Wolanski, was provisionally suspended on Monday.",
                                 "The coach Bogdan Wolanski is also temporarily suspended.",
                                 "The physio Ivana Marek was suspended last year."});
  size_t best = 0;
  for (const fc::Fact& f : story.facts) {
    if (f.kind != "event") continue;
    best = std::max(best, sources_of(f));
    if (sources_of(f) == 2) CHECK(f.verdict == "variant");  // two spellings of the name: worded differently
    for (const fc::Mention& m : f.mentions) if (sources_of(f) == 2) CHECK(m.source != "c");
  }
  CHECK(best == 2);
}

TEST_CASE("names two letters apart in a short word, or with another word count, stay apart", "[align][events]") {
  const fctest::EventStory story({"Jan Novak was arrested on Monday.", "Ana Novak was arrested on Monday."});
  for (const fc::Fact& f : story.facts) if (f.kind == "event") CHECK(sources_of(f) == 1);
}

TEST_CASE("people counted alike under different nouns are one object", "[align][events]") {
  const fctest::EventStory story({"Border police arrested three men near the depot on Sunday.",
                                 "Three suspects were detained on Sunday, prosecutors said.",
                                 "Two suspects were detained in another town."});
  size_t best = 0;
  for (const fc::Fact& f : story.facts) {
    if (f.kind != "event") continue;
    best = std::max(best, sources_of(f));
    if (sources_of(f) == 2) {
      CHECK(f.verdict == "variant");
      for (const fc::Mention& m : f.mentions) CHECK(m.source != "c");  // two suspects are not the three
    }
  }
  CHECK(best == 2);
  // Different nouns without a shared count stay apart: "a man" is not "the suspects".
  const fctest::EventStory apart({"Police arrested a man near the depot.", "The suspects were detained."});
  for (const fc::Fact& f : apart.facts) if (f.kind == "event") CHECK(sources_of(f) == 1);
}

TEST_CASE("an age phrase before a passive verb is not its object", "[events]") {
  auto a = fc::extract_events("Two women of 27 and 30 years were arrested on Monday.");
  const fc::EventMention* e = first_of(a, "arrest");
  REQUIRE(e);
  CHECK(e->patient == "woman");
}

TEST_CASE("he or she stands for the one person named just before", "[events]") {
  auto a = fc::extract_events("Reporter Maria Pilch flew home on Friday, a year after she was arrested by border guards.");
  const fc::EventMention* e = first_of(a, "arrest");
  REQUIRE(e);
  CHECK(e->patient_name == "Maria Pilch");
  auto b = fc::extract_events("Chief executive Olaf Brenner thanked the staff. He will step down in May.");
  e = first_of(b, "resign");
  REQUIRE(e);
  CHECK(e->agent_name == "Olaf Brenner");
  // Two people named before: "she" could be either, so no one.
  auto c = fc::extract_events("Maria Pilch met Tomas Brandl in Orsk. She was arrested a week later.");
  e = first_of(c, "arrest");
  if (e) CHECK(e->patient_name.find("Pilch") == std::string::npos);
  if (e) CHECK(e->patient_name.find("Brandl") == std::string::npos);
}

TEST_CASE("a year is no amount that tells two acts apart", "[align][events]") {
  const fctest::EventStory story({"The blogger Maria Pilch was arrested in March 2024 in Orsk.",
                                 "Maria Pilch was detained in Orsk and sentenced to 12 years for spying."});
  size_t best = 0;
  for (const fc::Fact& f : story.facts) if (f.kind == "event") best = std::max(best, sources_of(f));
  CHECK(best == 2);
}

TEST_CASE("the same large amount joins one act whose object is described differently", "[align][events]") {
  const fctest::EventStory story({"On Monday the regulator fined Brovik Energy 12 million euros for the outage.",
                                 "The Energy Authority fined the utility giant €12m on Monday.",
                                 "The Energy Authority fined a smaller supplier 400,000 euros."});
  size_t best = 0;
  for (const fc::Fact& f : story.facts) {
    if (f.kind != "event" || sources_of(f) < 2) continue;
    best = std::max(best, sources_of(f));
    for (const fc::Mention& m : f.mentions) CHECK(m.source != "c");  // another fine, another amount
  }
  CHECK(best == 2);
  auto e = fc::extract_events("The Energy Authority fined the utility €4.5bn.");
  REQUIRE(!e.empty());
  CHECK(std::find(e[0].words.begin(), e[0].words.end(), "#4.5 billion") != e[0].words.end());
}

TEST_CASE("a passive's subject is the noun before \"of the\" name, and him the person named before", "[events]") {
  auto a = fc::extract_events("The skipper of the Nordlys was taken into custody on Sunday.");
  const fc::EventMention* e = first_of(a, "arrest");
  REQUIRE(e);
  CHECK(e->patient == "skipper");
  auto b = fc::extract_events("Olaf Brenner had tested positive. The Tribunal handed him a two-year ban.");
  e = first_of(b, "ban");
  REQUIRE(e);
  CHECK(e->patient_name == "Olaf Brenner");
}

TEST_CASE("a name's act noun: his own resignation, an arrest done to her", "[events]") {
  auto a = fc::extract_events("Olaf Brenner's resignation was announced on Monday.");
  const fc::EventMention* e = first_of(a, "resign");
  REQUIRE(e);
  CHECK(e->agent_name == "Olaf Brenner");
  auto b = fc::extract_events("Maria Pilch's arrest in May shocked her colleagues.");
  e = first_of(b, "arrest");
  REQUIRE(e);
  CHECK(e->patient_name == "Maria Pilch");
  CHECK(e->agent.empty());
}

TEST_CASE("dismissals: fired or dismissed a named person, never fired shots or dismissed a claim", "[events]") {
  auto a = fc::extract_events("Olaf Brenner was sacked on Monday.");
  const fc::EventMention* e = first_of(a, "dismiss");
  REQUIRE(e);
  CHECK(e->patient_name == "Olaf Brenner");
  CHECK(first_of(fc::extract_events("Police fired tear gas at the crowd."), "dismiss") == nullptr);
  CHECK(first_of(fc::extract_events("The Rovers Board dismissed the claims as false."), "dismiss") == nullptr);
}

TEST_CASE("an m after a number is millions only after a currency sign, him joins as the named person", "[align][events]") {
  auto a = fc::extract_events("The Tribunal fined the club €3.5m.");
  REQUIRE(!a.empty());
  CHECK(std::find(a[0].words.begin(), a[0].words.end(), "#3.5 million") != a[0].words.end());
  auto b = fc::extract_events("The Tribunal banned the 400m runner.");
  for (const auto& e : b) CHECK(std::find(e.words.begin(), e.words.end(), "#400 million") == e.words.end());
  const fctest::EventStory story({"Olaf Brenner tested positive in May. The Tribunal handed him a two-year ban.",
                                 "Olaf Brenner was banned for two years on Friday."});
  size_t best = 0;
  for (const fc::Fact& f : story.facts) if (f.kind == "event") best = std::max(best, sources_of(f));
  CHECK(best == 2);
}
