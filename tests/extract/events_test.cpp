// Event extraction: every verb-table example fires its rule; agents map capitals to countries; negation.
#include <catch2/catch.hpp>

#include <string>

#include "extract/events.h"
#include "rules/rules.h"

TEST_CASE("each event table example fires its own rule", "[events]") {
  auto rows = fc::rule_rows("en/event_verbs.tsv");
  REQUIRE(rows.size() > 10);
  for (const fc::RuleRow& r : rows) {
    std::string id(r.fields[0]), kind(r.fields[1]), example(r.fields.back());
    INFO(r.line << " " << id << " example: " << example);
    auto evs = fc::extract_events(example);
    bool ok = false;
    for (const auto& e : evs) {
      if (kind == "patient") {
        std::string forms(r.fields[2]);
        ok = ok || e.patient == forms.substr(0, forms.find(','));
      } else {
        ok = ok || (e.rule == id && e.action == kind && !e.agent.empty());
      }
    }
    CHECK(ok);
  }
}

TEST_CASE("recall worded as summoning one's own ambassador", "[events]") {
  auto a = fc::extract_events("After the vote, Moscow summoned its ambassador back for consultations.");
  auto b = fc::extract_events("Russia recalled its ambassador to Washington.");
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].action == "recall");
  CHECK(a[0].agent == b[0].agent);
  CHECK(a[0].agent_name == "Russia");
  CHECK(a[0].patient == "ambassador");
  CHECK(a[0].rule != b[0].rule);
  auto c = fc::extract_events("Norway summoned the Belarusian ambassador.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].action == "summon");
}

TEST_CASE("nouns, pronoun subjects and negation", "[events]") {
  CHECK(fc::extract_events("The offer was rejected by nobody.").size() <= 1);
  for (const auto& e : fc::extract_events("He said the offer would not be repeated.")) CHECK(e.action != "propose");
  auto n = fc::extract_events("Poland did not expel any diplomats.");
  REQUIRE(n.size() == 1);
  CHECK(n[0].negated);
  auto p = fc::extract_events("Peskov said he had proposed talks.");
  REQUIRE(p.size() == 1);
  CHECK(p[0].agent.empty());  // "he", not Peskov: a pronoun subject is left unresolved
}

TEST_CASE("odd input does not crash event extraction", "[events]") {
  CHECK(fc::extract_events("").empty());
  CHECK_NOTHROW(fc::extract_events("recalled recalled 's 's of of summoned its"));
}

TEST_CASE("passive voice: the object before the verb, the agent after 'by'", "[events]") {
  auto p = fc::extract_events("Two Norwegian diplomats were expelled by Belarus on Monday.");
  auto a = fc::extract_events("Belarus expelled two Norwegian diplomats on Monday.");
  REQUIRE(p.size() == 1);
  REQUIRE(a.size() == 1);
  CHECK(p[0].action == "expel");
  CHECK(p[0].agent == a[0].agent);
  CHECK(p[0].patient == a[0].patient);
  CHECK(p[0].text == "diplomats were expelled by Belarus");
  auto own = fc::extract_events("Its ambassador was summoned back by Tokyo.");
  REQUIRE(own.size() == 1);
  CHECK(own[0].action == "recall");
  CHECK(fc::extract_events("The ambassador was recalled.").empty() == false);  // no agent, kept for the aligner to skip
}

TEST_CASE("rulings, rate moves and elections: one action however worded", "[events]") {
  auto a = fc::extract_events("Norland's top court has thrown out the government's controversial \"media\" law.");
  auto b = fc::extract_events("The Supreme Court annulled yesterday the law on the media.");
  REQUIRE(a.size() == 1);
  REQUIRE(b.size() == 1);
  CHECK(a[0].action == "annul");
  CHECK(a[0].patient == "law");
  CHECK(a[0].agent_name == "top court");  // the court of Norland, not Norland
  CHECK(b[0].action == "annul");
  CHECK(b[0].patient == "law");
  CHECK(a[0].rule != b[0].rule);
  auto c = fc::extract_events("The Reserve Bank of Norland (RBN) lifted its benchmark rate to 5%.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].action == "raise_rate");
  CHECK(c[0].agent_name == "Reserve Bank of Norland");
  CHECK(c[0].patient == "rate");
  auto d = fc::extract_events("Maria Costa is set to lead the country after winning Sunday's runoff.");
  REQUIRE(d.size() == 1);
  CHECK(d[0].action == "win");
  CHECK(d[0].agent_name == "Maria Costa");
  CHECK(d[0].patient == "election");
  CHECK(fc::extract_events("The reform raised the pension age to 67.").empty());  // no rate, no rate move
}
