// Event clauses: coordinated verbs share a subject, possessors are no agents, relative passives, ship seizures,
// recalls told as "called back", summons told as "invited for explanations", calls and meetings told as nouns.
#include <catch2/catch.hpp>

#include "extract/events.h"

namespace {

const fc::EventMention* find(const std::vector<fc::EventMention>& evs, const std::string& rule) {
  for (const auto& e : evs) if (e.rule == rule) return &e;
  return nullptr;
}

bool has_word(const fc::EventMention& e, const std::string& w) {
  return std::find(e.words.begin(), e.words.end(), w) != e.words.end();
}

}  // namespace

TEST_CASE("a coordinated verb takes the first verb's subject, not a possessor", "[events]") {
  auto evs = fc::extract_events(
      "Norway summoned Sweden's ambassador on Sunday and recalled its own ambassador from Stockholm on Monday.");
  const auto* summon = find(evs, "ev.summon");
  const auto* recall = find(evs, "ev.recall");
  REQUIRE(summon);
  REQUIRE(recall);
  CHECK(recall->agent == summon->agent);
  CHECK(recall->agent.find("nr") == 0);  // Norway, not Sweden
  CHECK(recall->patient == "ambassador");  // "its own ambassador"
  CHECK(recall->when == "monday");
  CHECK(summon->when == "sunday");
}

TEST_CASE("a relative passive takes its object from the name before the comma", "[events]") {
  auto evs = fc::extract_events("The Norwegian envoy, Mr Lars Berg, who was recalled to Oslo for consultations, met the king.");
  const auto* recall = find(evs, "ev.recall");
  REQUIRE(recall);
  CHECK(recall->agent.empty());
  CHECK(has_word(*recall, "ambassador"));  // from the apposition "The Norwegian envoy"
}

TEST_CASE("ship seizures: stopped, boarded, seized by, the detention of", "[events]") {
  auto a = fc::extract_events("The trawler Maren was stopped by Finland on Monday.");
  auto b = fc::extract_events("It was a row over a Finnish trawler seized by Estonia last week.");
  auto c = fc::extract_events("Norway protested over the detention on 6 June of the fishing vessel Maren.");
  REQUIRE(find(a, "ev.stop_vessel"));
  CHECK(find(a, "ev.stop_vessel")->agent == find(fc::extract_events("Finland won."), "ev.win")->agent);
  REQUIRE(find(b, "ev.seize"));
  CHECK(find(b, "ev.seize")->agent.find("est") == 0);  // not the Finnish trawler
  REQUIRE(find(c, "ev.n.detention_vessel"));
  CHECK(find(c, "ev.n.detention_vessel")->agent.empty());  // Norway protests; it did not detain
  CHECK(find(c, "ev.n.detention_vessel")->patient == "vessel");
  CHECK_FALSE(find(fc::extract_events("Police stopped the protest in Oslo."), "ev.stop_vessel"));
}

TEST_CASE("recalls and summons in other words", "[events]") {
  auto a = fc::extract_events("Norway called back its ambassador from Minsk.");
  REQUIRE(find(a, "ev.call_back"));
  CHECK(find(a, "ev.call_back")->action == "recall");
  auto b = fc::extract_events("Spain invited the ambassador of Portugal for explanations.");
  REQUIRE(find(b, "ev.invite_summon"));
  CHECK(find(b, "ev.invite_summon")->action == "summon");
  CHECK(find(fc::extract_events("Spain invited Portugal to the summit."), "ev.invite"));
}

TEST_CASE("calls and meetings told as nouns take both sides as participants", "[events]") {
  auto a = fc::extract_events("The leaders of Spain and Portugal agreed in a phone call to hold talks.");
  const auto* call = find(a, "ev.n.phone_call");
  REQUIRE(call);
  CHECK(call->action == "call");
  CHECK(call->words.size() >= 3);
  auto b = fc::extract_events("Hopes rest on the meeting of foreign ministers in Lisbon.");
  REQUIRE(find(b, "ev.n.meeting"));
  auto c = fc::extract_events("The ministers of Spain and Portugal meet on Friday in Lisbon.");
  REQUIRE(find(c, "ev.meet_in"));
  CHECK(find(c, "ev.meet_in")->when == "friday");
  CHECK(find(fc::extract_events("The ministers meet the press."), "ev.meet_in") == nullptr);
}

TEST_CASE("a passive object named with its place is the thing, not the place", "[events]") {
  auto evs = fc::extract_events("Officials said the regional hospital in Brezno was partly emptied on Monday.");
  const auto* e = find(evs, "ev.empty");
  REQUIRE(e);
  CHECK(e->action == "evacuate");
  CHECK(e->patient == "hospital");
  auto town = fc::extract_events("Officials said Brezno was evacuated on Monday.");
  REQUIRE(find(town, "ev.evacuate"));
  CHECK_FALSE(find(town, "ev.evacuate")->patient.empty());
}

TEST_CASE("a long chain of coordinated verbs stays fast and bounded", "[events]") {
  std::string text = "Norway";
  for (int i = 0; i < 3000; ++i) text += " recalled its envoy and";
  text += " recalled its envoy.";
  auto evs = fc::extract_events(text);
  CHECK(evs.size() == 3001);
}

TEST_CASE("a trip cued only by a preposition needs a named traveller", "[events]") {
  CHECK_FALSE(find(fc::extract_events("On Monday the first aid arrived in Brezno."), "ev.travel"));
  CHECK(find(fc::extract_events("On Monday, Maria Costa flew to Brezno."), "ev.travel"));
}
