#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/context.h"
#include "date_fixture.h"
#include "compare/verdict.h"
#include "rules/rules.h"

namespace {

using Story = fctest::DateStory;


const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& value) {
  for (const fc::Fact& f : facts) {
    for (const std::string& v : f.values) if (v == value) return &f;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("'Wednesday' and 'March 17' for the same broadcast agree", "[align][dates]") {
  Story s;
  s.add("a", "In an interview broadcast on Wednesday, the senator said he had doubts.", {{"Wednesday", "2021-03-17"}});
  s.add("b", "The senator, in an interview broadcast on March 17, said he had doubts.", {{"March 17", "2021-03-17"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "2021-03-17");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
  CHECK(f->why.find("2021-03-17") != std::string::npos);
}

TEST_CASE("a disjunction of days agrees with the same disjunction worded otherwise", "[align][dates]") {
  Story s;
  s.add("a", "He proposed a live discussion on Friday or Monday.", {{"Friday or Monday", "2021-03-19|2021-03-22"}});
  s.add("b", "He said he was ready to discuss it tomorrow or on Monday.", {{"tomorrow or on Monday", "2021-03-19|2021-03-22"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "2021-03-22");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->values.size() == 2);
}

TEST_CASE("different days for the same call conflict", "[align][dates]") {
  Story s;
  s.add("a", "The two leaders last spoke by telephone on Tuesday about the border dispute.", {{"Tuesday", "2021-03-16"}});
  s.add("b", "The two leaders last spoke by telephone on Friday about the border dispute.", {{"Friday", "2021-03-12"}});
  const auto facts = fc::align_dates(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
}

TEST_CASE("unrelated events on different days are not a conflict", "[align][dates]") {
  Story s;
  s.add("a", "The minister resigned on Tuesday after the vote.", {{"Tuesday", "2021-03-16"}});
  s.add("b", "Floods closed the northern highway on Friday.", {{"Friday", "2021-03-12"}});
  const auto facts = fc::align_dates(s.findings);
  REQUIRE(facts.size() == 2);
  for (const fc::Fact& f : facts) CHECK(f.verdict == "single");
}

TEST_CASE("a coarse date containing a precise one is a variant, not a conflict", "[align][dates]") {
  Story s;
  s.add("a", "The contract for the port workers was signed in January 2021.", {{"January 2021", "2021-01"}});
  s.add("b", "The contract for the port workers was signed on Jan. 12, 2021.", {{"Jan. 12, 2021", "2021-01-12"}});
  const auto facts = fc::align_dates(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "variant");
  CHECK(facts[0].mentions.size() == 2);
}

TEST_CASE("unresolved values (no anchor) are not compared", "[align][dates]") {
  Story s;
  s.add("a", "It happened on Monday.", {{"Monday", "XXXX-WXX-1"}});
  s.add("b", "It happened on Monday.", {{"Monday", "XXXX-WXX-1"}});
  CHECK(fc::align_dates(s.findings).empty());
}

TEST_CASE("a past call and a planned one are two events, not a conflict", "[align][dates]") {
  Story s;
  s.add("a", "The two leaders last spoke by telephone on Tuesday about the border dispute.", {{"Tuesday", "2021-03-16"}});
  s.add("b", "The two leaders will speak by telephone on Monday about the border dispute.", {{"Monday", "2021-03-22"}});
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("an undated source's month and day take the story year, and the mention says so", "[align][dates]") {
  Story s;
  s.add("a", "The walkout at the port began on May 15, the union said.", {{"May 15", "2024-05-15"}});
  s.add("b", "The port walkout began on May 15, according to the union.", {{"May 15", "XXXX-05-15"}});
  s.findings[1].anchor.reset();
  s.findings[0].anchor = fc::CivilDate{2024, 5, 17};
  const auto facts = fc::align_dates(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  bool said = false;
  for (const auto& m : facts[0].mentions) {
    for (const auto& [k, v] : m.extra) said = said || (m.source == "b" && k == "year");
  }
  CHECK(said);
}

TEST_CASE("the day a statement was made never conflicts with the day of what it reports", "[align][dates]") {
  Story s;
  s.add("a", "The leader made his offer of public talks late Thursday in comments to state television.",
        {{"late Thursday", "2021-03-18"}});
  s.add("b", "A spokesman said on March 19 that the leader made an offer of public talks this week.",
        {{"March 19", "2021-03-19"}});
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("a dateline's date is the filing day: it joins no event's date fact", "[align][dates]") {
  Story s;
  s.add("a", "OSLAND, March 18 (Coast Wire) - The harbour board raised port fees on Thursday.",
        {{"March 18", "2021-03-18"}, {"Thursday", "2021-03-18"}});
  s.add("b", "The harbour board raised its port fees on Thursday, angering shippers.", {{"Thursday", "2021-03-18"}});
  const auto facts = fc::align_dates(s.findings);
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) CHECK(m.text != "March 18");
  }
  const fc::Fact* f = fact_with(facts, "2021-03-18");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("a day each source uses once, for the same kind of event in other words, is one fact", "[align][dates]") {
  Story s;
  s.add("a", "Mayor-elect Ina Ralk will be sworn in on May 12 after a recount in two wards.", {{"May 12", "2021-05-12"}});
  s.add("b", "The former teacher is due to take office on 12 May, the electoral board confirmed.",
        {{"12 May", "2021-05-12"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "2021-05-12");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("one day for two kinds of event stays two facts", "[align][dates]") {
  Story s;
  s.add("a", "Mayor-elect Ina Ralk will be sworn in on May 12 after a recount in two wards.", {{"May 12", "2021-05-12"}});
  s.add("b", "The new ferry line to the islands opens on 12 May, the harbour board confirmed.",
        {{"12 May", "2021-05-12"}});
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("a source giving the precise day itself keeps its coarse mention apart", "[align][dates]") {
  Story s;
  s.add("a", "The harbour board raised port fees on Thursday, its third rise in fees this year.",
        {{"Thursday", "2021-03-18"}, {"this year", "2021"}});
  s.add("b", "Port fees were raised by the harbour board on Thursday, the third rise in fees.", {{"Thursday", "2021-03-18"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "2021-03-18");
  REQUIRE(f);
  for (const fc::Mention& m : f->mentions) CHECK(m.text != "this year");
}

TEST_CASE("adjacent days for one event are no conflict (a night spans midnight)", "[align][dates]") {
  Story s;
  s.add("a", "The fire at the timber depot started late on Tuesday, the fire brigade said.", {{"Tuesday", "2021-03-16"}});
  s.add("b", "The fire at the timber depot started early on Wednesday, the fire brigade said.",
        {{"Wednesday", "2021-03-17"}});
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("every event-word row's example holds its word, and the word folds to its class", "[align][dates][rules]") {
  size_t rows = 0;
  for (const fc::RuleRow& row : fc::rule_rows("en/event_words.tsv")) {
    REQUIRE(row.fields.size() >= 4);
    const std::string word(row.fields[1]), cls(row.fields[2]), example(row.fields[3]);
    CHECK(example.find(word) != std::string::npos);
    CHECK(fc::comparison_key(word) == "#" + cls);
    ++rows;
  }
  CHECK(rows > 90);
}

TEST_CASE("a day used once for an event stays sole though someone also spoke on it, and joins its event",
          "[align][dates]") {
  Story s;
  s.add("a", "The harbour board raised its berthing fee by a tenth on Thursday. A shipping firm said on Thursday "
             "it would reroute two vessels.",
        {{"Thursday", "2021-03-18"}, {"Thursday it", "2021-03-18"}});
  s.add("b", "Berthing charges at Elsby went up on Thursday after the harbour board lifted them for a second time.",
        {{"Thursday", "2021-03-18"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = nullptr;
  for (const fc::Fact& x : facts) {
    for (const fc::Mention& m : x.mentions) {
      if (m.source == "b") f = &x;
    }
  }
  REQUIRE(f);
  REQUIRE(f->mentions.size() == 2);
  CHECK(f->mentions[0].start < 70);  // a's first Thursday (the raise), not the shipping firm's statement
}

TEST_CASE("date_within: a prefix, or an ISO week holding a day", "[align][dates]") {
  CHECK(fc::date_within("2021-W11", "2021-03-17"));
  CHECK(fc::date_within("2021-03", "2021-03-17"));
  CHECK_FALSE(fc::date_within("2021-W11", "2021-03-22"));
  CHECK_FALSE(fc::date_within("2021-03-17", "2021-03"));
  CHECK(fc::date_within("2020-W53", "2021-01-01"));  // an ISO week belongs to the year of its Thursday
}

TEST_CASE("a vague month never chains two different days into one fact", "[align][dates]") {
  Story s;
  s.add("a", "The harbour board will vote on the new berthing fee next month, the chairman said.", {{"next month", "2021-04"}});
  s.add("b", "The harbour board will vote on the new berthing fee on April 6, the chairman said.", {{"April 6", "2021-04-06"}});
  s.add("c", "The harbour board will vote on the new berthing fee on April 20, the chairman said.", {{"April 20", "2021-04-20"}});
  for (const fc::Fact& f : fc::align_dates(s.findings)) {
    bool six = false, twenty = false;
    for (const std::string& v : f.values) six = six || v == "2021-04-06", twenty = twenty || v == "2021-04-20";
    CHECK_FALSE((six && twenty && f.verdict != "conflict"));
    if (six && twenty) CHECK(f.values.size() == 2);  // a dispute only through conflicting(), never via the month
  }
}

TEST_CASE("the day a statement was made does not join another event on its sentence's event class", "[align][dates]") {
  Story s;
  s.add("a", "Former teacher Ina Ralk narrowly won Elsby's mayoral vote against two rivals, officials said on Thursday.",
        {{"Thursday", "2021-03-18"}});
  s.add("b", "Independent monitors from three neighbouring countries present an assessment of the vote on Thursday in "
             "their northern office.",
        {{"Thursday", "2021-03-18"}});
  for (const fc::Fact& f : fc::align_dates(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("a date fact's label names the event even when its first mention opens the sentence", "[align][dates]") {
  Story s;
  s.add("wire", "Since March 2, some 400 nurses at the county hospital have stayed away from work.", {{"March 2", "2021-03-02"}});
  s.add("paper", "The 400 nurses at the county hospital began their walkout on March 2 over unpaid overtime.",
        {{"March 2", "2021-03-02"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "2021-03-02");
  REQUIRE(f != nullptr);
  REQUIRE(f->mentions.size() == 2);
  CHECK(f->label == "When: some 400 nurses at the county hospital have stayed away");  // not "When: some"
}

TEST_CASE("a date label that would end on an article or preposition runs on through the date", "[align][dates]") {
  Story s;
  s.add("wire", "Crews have been clearing debris from the storm of March 4 along the coast road.",
        {{"March 4", "2021-03-04"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "2021-03-04");
  REQUIRE(f != nullptr);
  CHECK(f->label == "When: Crews have been clearing debris from the storm of March 4 along the coast road");
}

TEST_CASE("a date label takes in the clause before a one-word inserted clause that ends with the date",
          "[align][dates]") {
  Story s;
  s.add("wire", "The ferry line, founded in 1987, has carried two million passengers.", {{"1987", "1987"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_with(facts, "1987");
  REQUIRE(f != nullptr);
  CHECK(f->label == "When: The ferry line, founded");  // not the next clause's "has carried two million passengers"
}
