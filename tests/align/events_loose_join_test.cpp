// Mentions of one act kept apart by the event aligner join through their sentences when only the object's wording
// differs; a named doer of its own or another weekday keeps them apart.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "story_fixture.h"

TEST_CASE("a halted share trade and a suspended quotation join through their sentences", "[align][events]") {
  std::vector<fc::Source> src = {
      {"a", "", "", "2025-05-06", "en", "",
       "Regional carrier Lumora Air reported a loss of 40 million euros for the year. On Tuesday morning trading in "
       "Lumora shares was halted at the airline's request, pending a statement on its refinancing talks."},
      {"b", "", "", "2025-05-06", "en", "",
       "Lumora Air lost 40 million euros last year, the airline said. The quotation of Lumora was suspended on "
       "Tuesday morning at the request of the airline, until a statement on the refinancing talks."}};
  std::vector<fc::SourceFindings> fs;
  const auto facts = fctest::align_event_texts(src, fs);
  bool joined = false;
  for (const fc::Fact& f : facts) {
    if (f.kind == "event" && f.mentions.size() == 2 && f.mentions[0].source != f.mentions[1].source &&
        f.mentions[0].value.rfind("suspend", 0) == 0 && f.mentions[1].value.rfind("suspend", 0) == 0)
      joined = true;
  }
  CHECK(joined);
}

TEST_CASE("sentences of one act join its mentions only when no doer or weekday sets them apart", "[align][events]") {
  auto suspended = [](const std::string& b_text) {
    std::vector<fc::Source> src = {
        {"a", "", "", "2025-05-06", "en", "",
         "Regional carrier Lumora Air reported a loss of 40 million euros for the year. On Tuesday morning trading in "
         "Lumora shares was halted at the airline's request, pending a statement on its refinancing talks."},
        {"b", "", "", "2025-05-06", "en", "", b_text}};
    std::vector<fc::SourceFindings> fs;
    size_t joined = 0;
    for (const fc::Fact& f : fctest::align_event_texts(src, fs)) joined += f.mentions.size() > 1 ? 1 : 0;
    return joined;
  };
  // another doer: the exchange is not the airline
  CHECK(suspended("Lumora Air lost 40 million euros last year, the airline said. The exchange regulator suspended "
                  "the quotation of Lumora on Tuesday morning, until a statement on the refinancing talks.") == 0);
  // another day: Friday's halt is not Tuesday's
  CHECK(suspended("Lumora Air lost 40 million euros last year, the airline said. The quotation of Lumora was "
                  "suspended on Friday morning at the request of the airline, until a statement on the refinancing "
                  "talks.") == 0);
}
