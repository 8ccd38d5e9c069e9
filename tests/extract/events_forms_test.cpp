// Event extraction: passives with no agent, frames and modals, adjectives, nouns, "won approval from".
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "extract/events.h"

namespace {

bool has_word(const fc::EventMention& e, const std::string& w) {
  return std::find(e.words.begin(), e.words.end(), w) != e.words.end();
}

}  // namespace

TEST_CASE("a passive with no agent keeps its object and participants", "[events]") {
  auto e = fc::extract_events("About 400 residents had been evacuated by Friday night.");
  REQUIRE(e.size() == 1);
  CHECK(e[0].action == "evacuate");
  CHECK(e[0].agent.empty());
  CHECK(e[0].patient == "people");
  CHECK(has_word(e[0], "#400"));
  auto f = fc::extract_events("Nearly 500 villagers have now been forced from their homes.");
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "ev.force_out");
  CHECK(f[0].patient == "people");
  auto n = fc::extract_events("In Norland the new jab is not yet registered for children.");
  for (const auto& x : n) CHECK(x.negated);
}

TEST_CASE("frames: agreed to buy is a frame, must approve is no claim", "[events]") {
  auto a = fc::extract_events("Ferro Group has agreed to buy Nordic Tubes for 300 million euros.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].action == "buy");
  CHECK(a[0].frame == "agreed");
  CHECK(a[0].agent_name == "Ferro Group");
  CHECK(fc::extract_events("The Trade Office must still approve the merger.").empty());
  auto w = fc::extract_events("Ferro Group is buying Nordic Tubes.");
  REQUIRE(w.size() == 1);
  CHECK(w[0].frame.empty());
}

TEST_CASE("an -ed word before a noun is an adjective and no event", "[events]") {
  CHECK(fc::extract_events("Families may not go back to evacuated areas yet.").empty());
  CHECK(fc::extract_events("The town hall opened a shelter for the evacuated families.").empty());
  CHECK(fc::extract_events("Residents were told to keep their windows closed.").empty());
  CHECK(fc::extract_events("The museum remained closed on Sunday.").empty());
}

TEST_CASE("nouns of events and receiving an approval", "[events]") {
  auto r = fc::extract_events("Helix Pharma won approval from the Drug Safety Agency for its flu vaccine.");
  REQUIRE(r.size() == 1);
  CHECK(r[0].action == "approve");
  CHECK(r[0].rule == "ev.win_approval");
  CHECK(r[0].agent_name.find("Agency") != std::string::npos);
  CHECK(has_word(r[0], "vaccine"));
  auto n = fc::extract_events("The Coast Guard began the evacuation of 300 islanders on Monday.");
  REQUIRE(n.size() == 1);
  CHECK(n[0].action == "evacuate");
  CHECK(n[0].agent_name == "Coast Guard");
  CHECK(fc::extract_events("The Defence Ministry ordered troops to the border.").empty());  // no count: no purchase
  auto o = fc::extract_events("The Defence Ministry ordered 40 jets.");
  REQUIRE(o.size() == 1);
  CHECK(o[0].action == "buy");
}

TEST_CASE("a participle after a noun and a comma is a passive, an intransitive subject is what it is about", "[events]") {
  auto r = fc::extract_events("The trial data, released last week, showed a clear benefit.");
  REQUIRE(r.size() == 1);
  CHECK(r[0].action == "publish");
  CHECK(r[0].patient == "results");
  CHECK(fc::extract_events("Police arrived, arrested two men and left.").size() <= 1);
  auto p = fc::extract_events("The river crested on Friday at 5 metres.");
  REQUIRE(p.size() == 1);
  CHECK(p[0].action == "peak");
  CHECK(p[0].patient == "river");
  auto d = fc::extract_events("Two engineers controlled the dam at night.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].action == "inspect");
  CHECK(fc::extract_events("Rebels controlled the town for a week.").empty());  // no facility: not an inspection
}

TEST_CASE("a name after a place preposition is no subject, the noun chunk of the object is its core", "[events]") {
  auto r = fc::extract_events("The level of the lake in Ostrava culminated on Monday.");
  REQUIRE(r.size() == 1);
  CHECK(r[0].agent.empty());
  CHECK(r[0].patient == "level");
  auto s = fc::extract_events("Bus services between Ostrava and the port city Brela were suspended on Friday.");
  REQUIRE(s.size() == 1);
  CHECK(std::find(s[0].core.begin(), s[0].core.end(), "bus") != s[0].core.end());
  auto a = fc::extract_events("Norway recalled its envoy after border guards detained 23 fishermen.");
  REQUIRE(a.size() == 2);
  CHECK(a[1].action == "arrest");
  CHECK(a[1].agent.empty());  // not Norway: the clause after "after" has its own subject
}

TEST_CASE("event nouns take the object after 'of' and the agent before", "[events]") {
  auto n = fc::extract_events("Lindau announced the expulsion of two Norlandic diplomats.");
  REQUIRE(n.size() == 1);
  CHECK(n[0].action == "expel");
  CHECK(n[0].patient == "diplomat");
  for (const auto& e : fc::extract_events("The expulsion rattled markets.")) CHECK(e.rule == "ev.open");  // no "of"
}
