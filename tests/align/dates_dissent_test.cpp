// A lone dissenting day: a source that tells a joined group's event on another day disputes it only on strong
// evidence (its sentence aligned to the group's by rare words, the same event word next to both days).
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

const fc::CivilDate kAnchor{2030, 4, 10};

// Three sources that tell the council's budget vote on Friday, each with a sentence of its own besides.
fctest::DateStory three_agree() {
  fctest::DateStory s;
  s.add("a",
        "The Lorvik council approved the harbour budget on Friday after a long debate. "
        "Fishermen had asked for a new breakwater for years.",
        {{"Friday", "2030-04-05"}}, kAnchor);
  s.add("b",
        "Lorvik councillors approved the harbour budget on Friday by nine votes to four. "
        "The opposition wanted more money for schools.",
        {{"Friday", "2030-04-05"}}, kAnchor);
  s.add("c",
        "The harbour budget was approved by the Lorvik council on Friday. "
        "Work on the quay is due to start in the summer.",
        {{"Friday", "2030-04-05"}}, kAnchor);
  return s;
}

const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& src, const std::string& text) {
  return fctest::fact_of(facts, src, text);
}

}  // namespace

TEST_CASE("a lone source telling the group's event on another day is a conflict", "[align][dates][dissent]") {
  fctest::DateStory s = three_agree();
  s.add("d",
        "The Lorvik council approved the harbour budget on Monday, minutes of the session show. "
        "Tourism has fallen since the storm.",
        {{"Monday", "2030-04-08"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "d", "Monday");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "conflict");
  CHECK(f->mentions.size() == 4);
}

TEST_CASE("a lone day told of another event stays apart", "[align][dates][dissent]") {
  fctest::DateStory s = three_agree();
  s.add("d",
        "A ferry to the islands was cancelled on Monday because of high winds. "
        "Tourism has fallen since the storm.",
        {{"Monday", "2030-04-08"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "d", "Monday");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "single");
}

TEST_CASE("a dissent next to a night sign stays apart when the days are adjacent", "[align][dates][dissent]") {
  fctest::DateStory s = three_agree();
  s.add("d",
        "The Lorvik council approved the harbour budget in the early hours of Saturday, minutes of the session show. "
        "Tourism has fallen since the storm.",
        {{"Saturday", "2030-04-06"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "d", "Saturday");
  REQUIRE(f != nullptr);
  CHECK(f->verdict != "conflict");
}

TEST_CASE("a source that gives the group's day for the event elsewhere is no dissent", "[align][dates][dissent]") {
  fctest::DateStory s = three_agree();
  s.add("d",
        "The Lorvik council approved the harbour budget on Monday, minutes of the session show. "
        "The harbour budget had first been approved by the Lorvik council on Friday, before a recount.",
        {{"Monday", "2030-04-08"}, {"Friday", "2030-04-05"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  for (const fc::Fact& f : facts) CHECK(f.verdict != "conflict");
}

TEST_CASE("a lone year shares names with the group but no event: apart", "[align][dates][dissent]") {
  fctest::DateStory s;
  s.add("a", "The operator, Brenmark Power, said the Tollen dam was last inspected in 2027.", {{"2027", "2027"}}, kAnchor);
  s.add("b", "Brenmark Power says the Tollen dam passed its last inspection in 2027.", {{"2027", "2027"}}, kAnchor);
  s.add("c", "The Tollen dam was inspected in 2027, according to Brenmark Power.", {{"2027", "2027"}}, kAnchor);
  s.add("d", "In 2025, villagers wrote to Brenmark Power about cracks in the Tollen dam.", {{"2025", "2025"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "d", "2025");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "single");
}

TEST_CASE("two sources telling two events on one day stay apart", "[align][dates][pairs]") {
  fctest::DateStory s;
  s.add("a",
        "Storm damage closed the coast road near Harnby for a week. "
        "Minister Ilse Varga resigned on Monday over the Harnby flood report.",
        {{"Monday", "2030-04-08"}}, kAnchor);
  s.add("b",
        "The Harnby flood report found the warnings came too late. "
        "Police arrested two protesters outside the ministry on Monday.",
        {{"Monday", "2030-04-08"}}, kAnchor);
  const std::vector<fc::Fact> facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "a", "Monday");
  REQUIRE(f != nullptr);
  CHECK(f->verdict == "single");
}

TEST_CASE("a day inside a week told only relative to now agrees with it", "[align][dates][vague]") {
  fc::Fact f;
  f.kind = "date";
  f.verdict = "variant";
  f.values = {"2030-04-09", "2030-W15"};
  f.mentions.push_back(fc::Mention{});
  f.mentions.back().source = "a", f.mentions.back().text = "Tuesday", f.mentions.back().value = "2030-04-09";
  f.mentions.push_back(fc::Mention{});
  f.mentions.back().source = "b", f.mentions.back().text = "this week", f.mentions.back().value = "2030-W15";
  fc::dates_align::agree_within_vague(f);
  CHECK(f.verdict == "agree");
  f.verdict = "variant";
  f.mentions.back().text = "week 15", f.values[1] = "2030-W15";
  fc::dates_align::agree_within_vague(f);
  CHECK(f.verdict == "variant");  // a week named by number is a claim of its own
}
