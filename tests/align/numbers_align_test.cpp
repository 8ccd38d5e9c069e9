// Number alignment: gold stories, vague-vs-precise agreement, and no conflict on thin evidence.
#include <catch2/catch.hpp>

#include "align/align.h"
#include "story_fixture.h"

namespace {

using Sources = fctest::NumberSources;

}  // namespace

TEST_CASE("number facts of the fixture stories match their gold lists", "[align][numbers]") {
  fctest::check_gold("number", fc::align_numbers);
}

TEST_CASE("a vague amount agrees with a precise one inside its range", "[align][numbers]") {
  Sources s({"Rescuers said more than four decades of records were lost in the archive fire.",
             "The archive fire destroyed 40 years of records, rescuers said."});
  auto facts = fc::align_numbers(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  CHECK(facts[0].mentions.size() == 2);
  CHECK(facts[0].values.size() == 2);
}

TEST_CASE("different values with thin shared context are not a conflict", "[align][numbers]") {
  Sources s({"Three people died in the fire.", "Police questioned nine people on Monday."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("a value outside a vague range in matching context is a conflict only when both are precise",
          "[align][numbers]") {
  Sources precise({"The ferry carried 120 passengers across the bay before the engine failed.",
                   "The ferry carried 210 passengers across the bay before the engine failed."});
  auto facts = fc::align_numbers(precise.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
  Sources vague({"The ferry carried dozens of passengers across the bay before the engine failed.",
                 "The ferry carried 210 passengers across the bay before the engine failed."});
  for (const fc::Fact& f : fc::align_numbers(vague.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("a bound joins the value its own figure names, not another figure of the same source", "[align][numbers]") {
  // The first source states both the tally (93) and the threshold (88); the second's "at least 88 votes" is the
  // threshold, so it must not read as a bound met by the tally.
  Sources s({"The council approved the budget by 93 votes on Friday, and 88 votes were needed for a majority.",
             "Under the charter the budget needs at least 88 votes on Friday to pass the council."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    if (f.mentions.size() < 2) continue;
    for (const auto& m : f.mentions) CHECK(m.text.find("93") == std::string::npos);
  }
}

TEST_CASE("number alignment handles 200 sources of 5 KB", "[align][numbers][perf]") {
  std::string para = "Officials said 1,200 workers at 14 plants joined the strike, and about 300 trucks waited "
                     "at the border for more than two days while the union demanded a 12% raise. ";
  std::vector<std::string> texts;
  for (int i = 0; i < 200; ++i) {
    std::string t;
    while (t.size() < 5000) t += para;
    texts.push_back(t);
  }
  Sources s(texts);
  auto facts = fc::align_numbers(s.findings);
  CHECK(!facts.empty());
}

TEST_CASE("different surrounding figures or two values in one sentence are no conflict", "[align][numbers]") {
  Sources days({"The index lost 26 points to close at 743.33, its lowest level since April.",
                "The index lost 37 points to close at 682.60, its lowest level since April."});
  for (const fc::Fact& f : fc::align_numbers(days.findings)) CHECK(f.verdict != "conflict");
  Sources crowded({"The Nasdaq lost 54 points and the broader index lost 30 points at the closing bell.",
                   "The Nasdaq lost 82 points at the closing bell as the broader index slid."});
  for (const fc::Fact& f : fc::align_numbers(crowded.findings)) CHECK(f.verdict != "conflict");
  Sources moves({"The index rose by 392 points to above the 5000 mark at the close of trading.",
                 "The index dropped by 323 points to below the 5000 mark at the close of trading."});
  for (const fc::Fact& f : fc::align_numbers(moves.findings)) CHECK(f.verdict != "conflict");
  Sources same({"The index lost 26 points to close at 743.33, its lowest level since April.",
                "The index lost 62 points to close at 743.33, its lowest level since April."});
  auto facts = fc::align_numbers(same.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
}

TEST_CASE("a source that is one long table of counts does not stall alignment", "[align][numbers][perf]") {
  std::string table;
  for (int i = 1; i <= 20000; ++i) table += std::to_string(i) + " people arrived. ";
  Sources s({table, table});
  auto facts = fc::align_numbers(s.findings);
  CHECK(facts.size() <= 80);  // at most 40 mentions of one counted noun per source
}

TEST_CASE("reports published far apart do not corroborate or contradict each other", "[align][numbers]") {
  Sources s({"The plant employs 789 workers at the northern site, the company said.",
             "The plant employs 789 workers at the northern site, the company said."});
  s.findings[0].anchor = fc::CivilDate{2021, 3, 1};
  s.findings[1].anchor = fc::CivilDate{2021, 3, 5};
  auto near = fc::align_numbers(s.findings);
  REQUIRE(near.size() == 1);
  CHECK(near[0].verdict == "agree");
  s.findings[1].anchor = fc::CivilDate{2022, 3, 5};
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("counted nouns that name the same things agree, a narrower count never contradicts a broader one",
          "[align][numbers]") {
  Sources syn({"About 1,200 dock workers walked off the job at the southern port on Monday.",
               "Roughly 1,200 dockers walked off the job at the southern port."});
  auto facts = fc::align_numbers(syn.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  Sources same({"Some 40,000 vehicles use the tunnel every day, the operator said.",
                "Some 40,000 cars use the tunnel every day, the operator said."});
  facts = fc::align_numbers(same.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  Sources part({"The ferry took 120 vehicles across the bay before the engine failed.",
                "The ferry took 90 cars across the bay before the engine failed."});
  for (const fc::Fact& f : fc::align_numbers(part.findings)) CHECK(f.verdict != "conflict");
  Sources troops({"The ferry took 120 troops across the bay before the engine failed.",
                  "The ferry took 210 soldiers across the bay before the engine failed."});
  facts = fc::align_numbers(troops.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
}

TEST_CASE("a count in the same clause of two long sentences conflicts, other clauses do not", "[align][numbers]") {
  Sources clause({"The ministry recalled its envoy from the capital on Monday after coast guards seized 14 trawlers "
                  "near the northern reef.",
                  "The government called its envoy home from the capital, a week after 41 trawlers were seized near "
                  "the reef."});
  auto facts = fc::align_numbers(clause.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
  Sources apart({"The ministry recalled its envoy from the capital on Monday after coast guards seized 14 trawlers "
                 "near the northern reef.",
                 "The envoy left the capital as 41 trawlers sailed home past the reef."});
  for (const fc::Fact& f : fc::align_numbers(apart.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("a percentage with no counted noun agrees by the words at it, never across directions", "[align][numbers]") {
  Sources same({"Imports of coal grew 9% in March, the customs office said.", "Coal imports increased 9% last month."});
  auto facts = fc::align_numbers(same.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  Sources moves({"Imports of coal rose 9% in March, the customs office said.", "Coal imports fell 9% last month."});
  for (const fc::Fact& f : fc::align_numbers(moves.findings)) CHECK(f.verdict == "single");
  Sources other({"Imports of coal rose 9% in March, the customs office said.", "Wages of miners rose 9% last year."});
  for (const fc::Fact& f : fc::align_numbers(other.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("counts of workers, employees, staff and jobs agree on the same value, never conflict", "[align][numbers]") {
  Sources same({"The buyer promised to keep all 1,850 jobs at the mill for three years.",
                "The 1,850 employees of the mill were told their posts are safe for three years.",
                "Its 1,850 workers will keep their places for three years, the buyer said."});
  size_t staff = 0;
  for (const fc::Fact& f : fc::align_numbers(same.findings)) {
    if (f.label.find("jobs") == std::string::npos) continue;
    ++staff;
    CHECK(f.verdict == "agree");
    CHECK(f.mentions.size() == 3);
    CHECK(f.why.find("are read as one count") != std::string::npos);  // the reader sees which nouns were joined
    CHECK(f.why.find("share: ") != std::string::npos);
  }
  CHECK(staff == 1);
  Sources other({"The mill will cut 300 jobs next year, the buyer said.",
                 "The mill has 1,850 workers, the buyer said next year."});
  for (const fc::Fact& f : fc::align_numbers(other.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("the first casualty count of each report conflicts with two shared words, a past disaster does not",
          "[align][numbers]") {
  Sources toll({"Six people have died after the river Orla flooded the town of Vesk, officials said.",
                "The floods on the river Orla have claimed four dead in Vesk and the villages around it.",
                "The last comparable flood on the Orla, in 1997, killed 11 people."});
  auto facts = fc::align_numbers(toll.findings);
  size_t conflicts = 0;
  for (const fc::Fact& f : facts) {
    if (f.verdict != "conflict") continue;
    ++conflicts;
    CHECK(f.mentions.size() == 2);
    CHECK(f.why.find("first figure") != std::string::npos);
  }
  CHECK(conflicts == 1);
}

TEST_CASE("a vague member does not hide a conflict between precise sums, the why names the precise pair",
          "[align][numbers]") {
  Sources deal({"Kestrel Foods has agreed to buy Ardent Mills for 3.2 billion euros in cash, it said on Monday.",
                "Kestrel Foods will pay 3.6 billion euros for its rival Ardent Mills, it announced on Monday.",
                "Kestrel Foods is buying Ardent Mills in a deal worth about three billion euros."});
  auto facts = fc::align_numbers(deal.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
  CHECK(facts[0].why.find("'3.2 billion euros' vs '3.6 billion euros'") != std::string::npos);
}

TEST_CASE("two days and 48 hours of the same rainfall agree, figures both sentences state count as context",
          "[align][numbers]") {
  Sources rain({"Up to 120 mm of rain fell in 48 hours, the weather office said.",
                "According to the weather office, up to 120 millimetres fell in two days."});
  auto facts = fc::align_numbers(rain.findings);
  REQUIRE(facts.size() == 2);
  for (const fc::Fact& f : facts) {
    CHECK(f.verdict == "agree");
    CHECK(f.mentions.size() == 2);
  }
}

TEST_CASE("days of dates are no figures: a dateline does not keep two counts apart", "[align][numbers]") {
  Sources ships({"PORTO, Sept 17 - 42 cargo ships were waiting at anchor outside the port on Wednesday, the port "
                 "authority said.",
                 "Since 15 September, 46 cargo ships are waiting at anchor off the port, the port authority said."});
  auto facts = fc::align_numbers(ships.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
}

TEST_CASE("a precise count with three significant digits needs one shared word less, a round one does not",
          "[align][numbers]") {
  Sources telling({"A total of 1,345 residents were evacuated, 20 of them by boat.",
                   "Officials said 1,345 people had been evacuated since Sunday."});
  auto facts = fc::align_numbers(telling.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  // A third source states 1,300 of something else, so the value is not rare (number_rare.cpp would join it).
  Sources round({"A total of 1,300 residents were evacuated, 20 of them by boat.",
                 "Officials said 1,300 people had been evacuated since Sunday.",
                 "The river rose 1,300 millimetres."});
  for (const fc::Fact& f : fc::align_numbers(round.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("a percentage that is no round number agrees on one shared word, a round one needs two", "[align][numbers]") {
  Sources odd({"Protection against severe infection was lower, at 83%.",
               "Efficacy against severe illness came in at 83 percent."});
  auto facts = fc::align_numbers(odd.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  Sources round({"Protection against severe infection was lower, at 80%.",
                 "Efficacy against severe illness came in at 80 percent."});
  for (const fc::Fact& f : fc::align_numbers(round.findings)) CHECK(f.verdict == "single");
}

TEST_CASE("staff of an employer agree with the people it employs", "[align][numbers]") {
  Sources s({"The depot, one of the largest employers in the town with some 320 staff, was closed.",
             "The depot employs 320 people in the town."});
  auto facts = fc::align_numbers(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
}

TEST_CASE("a ratio agrees with a percentage it rounds, and ranges with 'or' agree with each other",
          "[align][numbers]") {
  Sources share({"In the trial, nine in ten people who got the shot were protected from serious illness.",
                 "The trial found the shot was 91% effective against severe illness."});
  auto facts = fc::align_numbers(share.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  Sources days({"Side effects such as a sore arm lasted one or two days, the agency said.",
                "Side effects were mild, such as a sore arm for a day or two."});
  facts = fc::align_numbers(days.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
}

TEST_CASE("an age group written three ways agrees", "[align][numbers]") {
  Sources s({"The agency approved the Orvex vaccine for adults aged 65 and over on Tuesday.",
             "The agency cleared the Orvex vaccine for over-65s.",
             "The Orvex vaccine is intended for persons older than 65 years, the agency said."});
  auto facts = fc::align_numbers(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  CHECK(facts[0].mentions.size() == 3);
}

TEST_CASE("kinds of people that are siblings never agree, small counts of related nouns need more context",
          "[align][numbers]") {
  // A third source states 1,500 of something else, so the value is not rare (number_rare.cpp would join it).
  Sources siblings({"About 1,500 workers were delayed at the border on Friday.",
                    "About 1,500 passengers were delayed at the border on Friday.",
                    "The queue was 1,500 metres long."});
  for (const fc::Fact& f : fc::align_numbers(siblings.findings)) CHECK(f.verdict == "single");
  Sources small({"The company will cut 5 jobs at the plant.", "Five workers were hurt at the plant."});
  for (const fc::Fact& f : fc::align_numbers(small.findings)) CHECK(f.verdict == "single");
  Sources members({"Nearly 400 members of the fire service were deployed along the river on Monday.",
                   "About 400 firefighters were deployed along the river on Monday."});
  auto facts = fc::align_numbers(members.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
}

TEST_CASE("people in intensive care agree however the clause is built", "[align][numbers]") {
  Sources s({"Eighteen people were hurt, three of whom remain in intensive care.",
             "Of the 18 people injured, three are still in intensive care at the county hospital."});
  size_t care = 0;
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    if (f.label.find("intensive care") == std::string::npos) continue;
    ++care;
    CHECK(f.verdict == "agree");
    CHECK(f.label.rfind("Number in intensive care", 0) == 0);
  }
  CHECK(care == 1);
}

TEST_CASE("counts narrowed by different words, or a shared narrowing word alone, are no conflict",
          "[align][numbers]") {
  // "league goals" and plain "goals" count different sets; the shared "league" is not evidence of the same clause
  Sources narrowed({"The forward scored 14 league goals last season for the club.",
                    "The forward scored 22 goals last season for the club."});
  for (const fc::Fact& f : fc::align_numbers(narrowed.findings)) CHECK(f.verdict != "conflict");
  Sources team({"The winger, who scored 11 league goals last season, signed on Friday.",
                "Last season the club scored only 38 league goals, fewer than any rival."});
  for (const fc::Fact& f : fc::align_numbers(team.findings)) CHECK(f.verdict != "conflict");
  Sources same({"The ferry carried 120 adult passengers across the bay before the engine failed.",
                "The ferry carried 210 adult passengers across the bay before the engine failed."});
  auto facts = fc::align_numbers(same.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "conflict");
}

TEST_CASE("'passed 210' is a lower bound, compatible with a higher later figure", "[align][numbers]") {
  Sources s({"The death toll passed 210 on Wednesday, the disaster agency said.",
             "The death toll rose to 224 on Wednesday, the disaster agency said."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("a price word before two sums says nothing of what is priced", "[align][numbers]") {
  Sources s({"The satellite cost 85 million euros. The launch contract was worth 12 million euros.",
             "The satellite, called Tern-2, was worth 58 million euros, the agency said."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) {
    if (f.verdict != "conflict") continue;
    for (const auto& m : f.mentions) CHECK(m.text.find("12 million") == std::string::npos);
  }
}

TEST_CASE("a value written to fewer digits agrees with the precise one it rounds", "[align][numbers]") {
  Sources s({"The brewer said its operating profit fell to 212.4 million euros in the second quarter.",
             "Operating profit at the brewer fell to 212 million euros in the second quarter, it said."});
  auto facts = fc::align_numbers(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  // A source that writes both 3.25% and 3.3% states two figures: the rounder one is no rounding of the other.
  Sources two({"The bank kept its rate at 3.25% on Monday. It expects inflation of 3.3% in the spring, it said.",
               "The bank kept its rate at 3.25% on Monday, the bank said."});
  for (const fc::Fact& f : fc::align_numbers(two.findings)) {
    bool rounded = false, precise = false;
    for (const fc::Mention& x : f.mentions) rounded |= x.text == "3.3%", precise |= x.text == "3.25%";
    CHECK_FALSE((rounded && precise));
  }
}

TEST_CASE("shops and stores, positions and jobs are one count", "[align][numbers]") {
  Sources s({"The grocer will close 37 shops and cut 900 jobs by the end of the year.",
             "The grocer will close 37 stores by the end of the year; 900 positions are affected."});
  auto facts = fc::align_numbers(s.findings);
  size_t agree = 0;
  for (const fc::Fact& f : facts) agree += f.verdict == "agree";
  CHECK(agree == 2);
}

TEST_CASE("a rate is labelled as a rate, its unit plural before per", "[align][numbers]") {
  Sources s({"The train reached 180 kilometres per hour on the new line.",
             "On the new line the train reached 180 km/h during the test run."});
  auto facts = fc::align_numbers(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].verdict == "agree");
  CHECK(facts[0].label.rfind("Rate in kilometres per hour", 0) == 0);
}

TEST_CASE("a length is labelled with its unit in the plural", "[align][numbers]") {
  Sources s({"The new tunnel runs 14 kilometres under the bay.",
             "Under the bay the tunnel runs 14 km, engineers said."});
  auto facts = fc::align_numbers(s.findings);
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].label.rfind("Number of kilometres", 0) == 0);
}
