#include <catch2/catch.hpp>

#include "pipeline/anchor.h"

namespace {
fc::Source src(const std::string& id, const std::string& published, const std::string& text) {
  return fc::Source{id, "", "", published, "en", "", text};
}
// Two dated reports of a ferry strike (2025-06-12 is a Thursday) and an undated translated one.
const std::string kWireA =
    "HARLOW BAY (Coastal Wire) - Ferry crews at Harlow Bay walked out on Monday over unpaid overtime. "
    "The harbour board suspended the night timetable on Tuesday. "
    "Mediators from the labour ministry met both sides in Kestrel Hall on Wednesday.";
const std::string kWireB =
    "The Harlow Bay ferry dispute began when crews walked out on Monday, demanding unpaid overtime. "
    "Ministry mediators gathered both sides at Kestrel Hall on Wednesday, and a tentative overtime accord was "
    "initialled on Thursday.";
// Background sentences: a real story has many, which is what makes the shared words of two reports rare.
std::string background(const std::string& tag) {
  static const char* kLines[] = {
      "Tourism operators fear a long summer of cancellations", "The islands depend on the crossings for food",
      "Fuel prices rose sharply over the spring", "Several hauliers have moved freight to the rail link",
      "A new terminal is planned near the old fish market", "Passenger numbers doubled in a decade",
      "The operator posted a loss in its last annual accounts", "Local shops report empty shelves",
      "Schools on the outer islands switched to remote lessons", "The coastguard keeps one patrol boat in service",
      "Residents queued for the small private launches", "Hotel owners asked the region for compensation"};
  static const char* kOwn[] = {"Grain barges wait outside the northern breakwater", "The bakery on Quay Street shut early",
                               "Pensioners on Tarn Island miss hospital visits", "Two cafes lent their vans to carry post",
                               "Anglers sold their catch straight from the slipway", "The ferry museum kept its doors open"};
  std::string out;
  if (tag == "own") {
    for (const char* l : kOwn) out += std::string(l) + ". ";
    return out;
  }
  for (const char* l : kLines) out += std::string(l) + " " + tag + ". ";
  return out;
}
}  // namespace

TEST_CASE("an undated source takes the one day under which its weekdays land on the dated sources' days",
          "[pipeline][anchor]") {
  const std::string undated =
      "HARLOW BAY (Our correspondent) - The mediators of the ministry of labour reunited the parts at Kestrel Hall "
      "yesterday. The crews of the ferries abandoned the work this Monday because of the overtime unpaid. The "
      "board of the harbour suspended the timetable of night on Tuesday.";
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors(
      {src("a", "2025-06-12", kWireA + background("say islanders")), src("b", "2025-06-13", kWireB + background("according to officials")),
       src("u", "", undated + background("own"))}, warnings);
  REQUIRE(a[2].date);
  CHECK(fc::to_iso(*a[2].date) == "2025-06-12");  // "yesterday" = Wednesday 11 June, the mediation
  CHECK(a[2].inferred);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("relative dates") != std::string::npos);
}

TEST_CASE("an undated source whose relative dates pin no single day stays unanchored", "[pipeline][anchor]") {
  // Only weekdays, all of them consistent with a whole week of writing days: no day is pinned.
  const std::string undated =
      "HARLOW BAY - The crews of the ferries abandoned the work on Monday because of the overtime unpaid. "
      "The board of the harbour suspended the timetable of night on Tuesday.";
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("a", "2025-06-12", kWireA + background("say islanders")),
                                          src("u", "", undated + background("own"))}, warnings);
  CHECK_FALSE(a[1].date);
}

TEST_CASE("a 'tomorrow' inside a quotation does not pin the writing day", "[pipeline][anchor]") {
  const std::string undated =
      "HARLOW BAY - \"The ferries sail again tomorrow,\" said the mediator of Kestrel Hall on Wednesday. "
      "The crews of the ferries abandoned the work on Monday because of the overtime unpaid.";
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("a", "2025-06-12", kWireA + background("say islanders")),
                                          src("u", "", undated + background("own"))}, warnings);
  CHECK_FALSE(a[1].date);
}

TEST_CASE("two undated sources are each judged on their own against the dated ones", "[pipeline][anchor]") {
  const std::string pinned =
      "HARLOW BAY (Our correspondent) - The mediators of the ministry of labour reunited the parts at Kestrel Hall "
      "yesterday. The crews of the ferries abandoned the work this Monday because of the overtime unpaid. The "
      "board of the harbour suspended the timetable of night on Tuesday.";
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors({src("a", "2025-06-12", kWireA + background("say islanders")),
                                      src("b", "2025-06-13", kWireB + background("according to officials")),
                                      src("none", "", "Nothing here tells the day at all."),
                                      src("u", "", pinned + background("own"))},
                                     warnings);
  CHECK_FALSE(a[2].date);
  REQUIRE(a[3].date);
  CHECK(fc::to_iso(*a[3].date) == "2025-06-12");
}

TEST_CASE("a clear 'yesterday' and a weekday the dated sources name for that week anchor an undated source",
          "[pipeline][anchor]") {
  // Only "yesterday" matches the dated accounts by words; "this Thursday" is worded apart but lands on the
  // Thursday the dated sources name, which pins the week (2025-06-12 is a Thursday).
  const std::string undated =
      "HARLOW BAY (Our correspondent) - The mediators of the ministry of labour reunited the parts at Kestrel Hall "
      "yesterday. The two camps put their signatures under a final text this Thursday.";
  std::vector<std::string> warnings;
  const auto a = fc::resolve_anchors(
      {src("a", "2025-06-12", kWireA + background("say islanders")),
       src("b", "2025-06-13", kWireB + background("according to officials")), src("u", "", undated + background("own"))},
      warnings);
  REQUIRE(a[2].date);
  CHECK(fc::to_iso(*a[2].date) == "2025-06-12");
  // The same weekday of a week no dated source names confirms nothing: the lone vote stays unconfirmed.
  const std::string other = "HARLOW BAY (Our correspondent) - The mediators of the ministry of labour reunited the "
                            "parts at Kestrel Hall yesterday. The two camps put their signatures under a final text "
                            "this Saturday.";
  const auto b = fc::resolve_anchors(
      {src("a", "2025-06-12", kWireA + background("say islanders")),
       src("b", "2025-06-13", kWireB + background("according to officials")), src("u", "", other + background("own"))},
      warnings);
  CHECK_FALSE(b[2].date);
}
