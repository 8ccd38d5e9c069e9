// Open verbs: content verbs no table row names are read as events of their own verb, with what they act on.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/events.h"
#include "extract/events_open.h"

namespace {

// The open mentions of a text (rule "ev.open").
std::vector<fc::EventMention> open_events(const char* text) {
  std::vector<fc::EventMention> out;
  for (auto& e : fc::extract_events(text)) if (e.rule == "ev.open") out.push_back(e);
  return out;
}

}  // namespace

TEST_CASE("open verbs of one verb share a stem in every form", "[events][open]") {
  CHECK(fc::open_stem("stopped") == fc::open_stem("stop"));
  CHECK(fc::open_stem("dissolved") == fc::open_stem("dissolve"));
  CHECK(fc::open_stem("carried") == "carry");
  CHECK(fc::open_stem("fallen") == fc::open_stem("fell"));
  CHECK(fc::open_stem("sent") == fc::open_stem("send"));
  CHECK(fc::open_stem("rose") == "rose");
}

TEST_CASE("an intransitive past, a passive and a verb after will are open events", "[events][open]") {
  auto a = open_events("Early on Monday the old levee burst near the mill.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].verb == "burst");
  CHECK(a[0].patient == "levee");
  CHECK(a[0].patient_first);
  CHECK(a[0].text.find("levee burst") != std::string::npos);
  auto b = open_events("The city council will be dissolved next month.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].frame == "will");
  CHECK(b[0].action == "+" + fc::open_stem("dissolve"));
  auto c = open_events("Denmark will deploy 40 engineers to the coast.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].agent_name == "Denmark");
  CHECK(c[0].patient == "engineer");
}

TEST_CASE("reporting verbs, conditions, negations and linking verbs are no open events", "[events][open]") {
  CHECK(open_events("The mayor added that the bridge was safe.").empty());
  CHECK(open_events("The army evacuated three hundred residents.").empty());  // "hundred" is no verb
  CHECK(open_events("Engineers will check whether the frost weakened the pier.").empty());
  CHECK(open_events("The depot was not flooded on Sunday.").empty());
  CHECK(open_events("The crews will not load the ferry.").empty());
  CHECK(open_events("The museum will remain shut until spring.").empty());
  CHECK(open_events("Residents fear the river will flood the lower town.").empty());
}

TEST_CASE("an amount after an open verb leaves the subject as what it is about", "[events][open]") {
  auto a = open_events("Harbour shares climbed 3.1 percent in early trading.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].patient == "share");
  CHECK(a[0].patient_first);
}

TEST_CASE("a doer far before an open verb is not its agent", "[events][open]") {
  auto a = open_events("The Rail Safety Office is studying reports that heavy frost cracked the viaduct.");
  for (const auto& e : a) CHECK(e.agent.empty());
}

TEST_CASE("would makes an open event only as the future of what was said", "[events][open]") {
  // A condition: nothing is told as done or to come.
  CHECK(open_events("Fans in both towns would enjoy the replay.").empty());
  CHECK(open_events("Without the grant the trust would close the library.").empty());
  // Reported future: a reporting verb earlier in the sentence.
  auto a = open_events("The ministry said it would deploy 30 medics to the valley.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].verb == "deploy");
  auto b = open_events("The singer posted a note saying that she would donate the fees.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].verb == "donate");
}
