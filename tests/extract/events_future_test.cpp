// Event extraction of passives yet to come ("will be freed") and of modals that claim nothing ("must be freed").
#include <catch2/catch.hpp>

#include "extract/events.h"

namespace {

const fc::EventMention* find_action(const std::vector<fc::EventMention>& ev, const std::string& action) {
  for (const auto& e : ev) if (e.action == action) return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("a passive after will is an act to come, its cue word before be counts", "[events]") {
  auto ev = fc::extract_events("Officials said the six crew members will be released on Monday.");
  const auto* e = find_action(ev, "release");
  REQUIRE(e);
  CHECK(e->frame == "will");
  CHECK(e->patient == "member");
  CHECK_FALSE(e->negated);
  ev = fc::extract_events("The two prisoners will not be released before the hearing.");
  e = find_action(ev, "release");
  REQUIRE(e);
  CHECK(e->frame == "will");
  CHECK(e->negated);
}

TEST_CASE("a passive after must or could claims nothing", "[events]") {
  CHECK_FALSE(find_action(fc::extract_events("Campaigners said the prisoners must be released at once."), "release"));
  CHECK_FALSE(find_action(fc::extract_events("The detainees could be freed on bail next week."), "release"));
}

TEST_CASE("a past passive has no frame", "[events]") {
  const auto* e = find_action(fc::extract_events("The two prisoners were released on bail on Monday."), "release");
  REQUIRE(e);
  CHECK(e->frame.empty());
}

TEST_CASE("an event noun asked for is not told as done", "[events]") {
  CHECK(find_action(fc::extract_events("The ministry confirmed the release of the four hostages on Sunday."), "release"));
  CHECK_FALSE(find_action(fc::extract_events("The ministry called for the immediate release of the four hostages."),
                          "release"));
  CHECK_FALSE(find_action(fc::extract_events("Farmers demanded the closure of the border to imports."), "close"));
  CHECK(find_action(fc::extract_events("The Interior Ministry ordered the closure of the border."), "close"));
}
