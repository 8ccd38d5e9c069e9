// Date alignment judged on whole clusters: a mention that fits most reports of an event joins it, and a cluster
// with a coarser mention still disputes another cluster's day by its finest day.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;

using fctest::fact_of;

bool any_conflict(const std::vector<fc::Fact>& facts) {
  for (const fc::Fact& f : facts) {
    if (f.verdict == "conflict") return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a mention that matches most reports of an event joins their fact, though not every one",
          "[align][dates][cluster]") {
  Story s;
  s.add("a", "The ferry Morgana lost steering and ran onto a sandbank off Vessby on Monday. The harbour office said "
             "on Monday that no fuel leaked.",
        {{"Monday", "2021-03-15"}, {"Monday that", "2021-03-15"}});
  s.add("b", "On Monday the Morgana ran onto a sandbank near Vessby after its steering failed. Tugs arrived on "
             "Monday evening.",
        {{"Monday", "2021-03-15"}, {"Monday evening", "2021-03-15"}});
  s.add("c", "A ferry grounded off Vessby on 15 March when its steering failed, the coast guard said. Tugs pulled "
             "it free on 16 March.",
        {{"15 March", "2021-03-15"}, {"16 March", "2021-03-16"}});
  // d's words match a and c but share only "ferry" with b's sentence
  s.add("d", "Passengers were taken off the grounded ferry near Vessby on Monday, hours after it lost steering.",
        {{"Monday", "2021-03-15"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "d", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() >= 3);
  CHECK(f->verdict == "agree");
}

TEST_CASE("a mention of another event on the day does not fit the cluster", "[align][dates][cluster]") {
  Story s;
  s.add("a", "The ferry Morgana ran onto a sandbank off Vessby on Monday. The harbour office said on Monday that "
             "no fuel leaked.",
        {{"Monday", "2021-03-15"}, {"Monday that", "2021-03-15"}});
  s.add("b", "On Monday the Morgana ran onto a sandbank near Vessby. Tugs arrived on Monday evening.",
        {{"Monday", "2021-03-15"}, {"Monday evening", "2021-03-15"}});
  s.add("c", "A ferry grounded off Vessby on 15 March. Tugs pulled it free on 16 March.",
        {{"15 March", "2021-03-15"}, {"16 March", "2021-03-16"}});
  s.add("d", "Schools in the county get more money this year. Vessby's council approved a new school budget on Monday.",
        {{"Monday", "2021-03-15"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "d", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}

TEST_CASE("a hearing told as 'questioned' and 'question' on days two apart is a conflict", "[align][dates][cluster]") {
  Story s;
  s.add("a", "The port chief will be questioned by the transport committee on March 22.",
        {{"March 22", "2021-03-22"}});
  s.add("b", "Members of the transport committee will question the port chief on March 24.",
        {{"March 24", "2021-03-24"}});
  CHECK(any_conflict(fc::align_dates(s.findings)));
}

TEST_CASE("two reports of one first round on days a week apart conflict", "[align][dates][cluster]") {
  Story s;
  s.add("a", "Dimov led the first round on March 7 with 41% of the votes cast.", {{"March 7", "2021-03-07"}});
  s.add("b", "In the first round, held on March 14, Dimov finished ahead of Maric.", {{"March 14", "2021-03-14"}});
  CHECK(any_conflict(fc::align_dates(s.findings)));
}

TEST_CASE("an attempt told as 'abandoned' and as 'failed' on one day is one event", "[align][dates][cluster]") {
  Story s;
  s.add("a", "Divers had to abandon the search of the lake on Monday as storms rolled in. They briefed families on "
             "Monday night.",
        {{"Monday", "2021-03-15"}, {"Monday night", "2021-03-15"}});
  s.add("b", "A dive into the lake failed on 15 March in strong winds. The mayor met families on 15 March in the "
             "evening.",
        {{"15 March", "2021-03-15"}, {"15 March in the", "2021-03-15"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("a precise figure in both sentences joins a month each source names once", "[align][dates][cluster]") {
  const auto story = [](const std::string& figure) {
    Story s;
    s.add("a", "The index stood at 103.7 in February, the statistics office said. Wages rose in March.",
          {{"February", "2021-02"}, {"March", "2021-03"}});
    s.add("b", "Analysts had pencilled in a reading of " + figure + " for February. Rents fell in March.",
          {{"February", "2021-02"}, {"March", "2021-03"}});
    return fc::align_dates(s.findings);
  };
  const auto same = story("103.7");
  const fc::Fact* f = fact_of(same, "a", "February");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  const auto other = story("101.2");
  const fc::Fact* g = fact_of(other, "a", "February");
  REQUIRE(g);
  CHECK(g->mentions.size() == 1);
}
