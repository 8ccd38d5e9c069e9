// Date alignment guard: a mention stays in a joined date fact only if some other source's mention of that day is
// judged one event with it directly; a source's second mention of the day does not ride on its first.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;
using fctest::fact_of;

// A source of 24 undated sentences, each with words of its own: rarity is told only in a story of some length.
void add_background(Story& s) {
  std::string text;
  for (int i = 0; i < 24; ++i) text += "Filler remark number " + std::to_string(200 + i) + " mentions thing q" + std::to_string(i) + ". ";
  s.add("z", text, {});
}

// Three reports of the ferry line suspended on Thursday; source "c" also dates, far on, a statement of that day.
void add_ferry_reports(Story& s, const std::string& c_tail) {
  s.add("a", "This morning the Tarnby ferry line was suspended after a hull crack was found, and the maritime "
             "authority opened an inspection.",
        {{"This morning", "2022-05-12"}});
  s.add("b", "The maritime authority, which began its inspection of the Tarnby ferry on 12 May, will report soon.",
        {{"12 May", "2022-05-12"}});
  s.add("c", "Sailings on the Tarnby ferry line were then halted on Thursday, and the maritime authority has begun "
             "an inspection. The line carries commuters and freight across the sound every hour of the day. " + c_tail,
        {{"Thursday", "2022-05-12"}, {"Thursday that", "2022-05-12"}});
}

}  // namespace

TEST_CASE("a source's second mention of the day, matched weakly, stays out of the day's event",
          "[align][dates][direct]") {
  Story s;
  add_ferry_reports(s, "The line's acting director Ola Vinter said on Thursday that its ferry bookings remained "
                       "strong and that the authority had his support.");
  add_background(s);
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* halt = fact_of(facts, "c", "Thursday");
  REQUIRE(halt);
  CHECK(halt->verdict == "agree");
  CHECK(halt->mentions.size() == 3);
  CHECK(fact_of(facts, "c", "Thursday that") != halt);  // the director's statement is another event of that day
}
