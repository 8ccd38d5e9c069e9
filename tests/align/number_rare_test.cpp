// Rare-value joins: one distinctive value counted with two nouns joins; the same value meaning two things does not.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "story_fixture.h"

namespace {

using Sources = fctest::NumberSources;

// The fact holding the mention whose text is `text`, or nullptr.
const fc::Fact* fact_with(const std::vector<fc::Fact>& facts, const std::string& text) {
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) if (m.text == text) return &f;
  }
  return nullptr;
}

// Sources written "YYYY-MM-DD|text": the date becomes the source's publication day (its anchor).
struct DatedSources {
  fctest::NumberSources inner;
  explicit DatedSources(const std::vector<std::string>& dated) : inner(texts(dated)) {
    for (size_t i = 0; i < dated.size(); ++i) {
      const std::string& d = dated[i];
      inner.findings[i].anchor = fc::CivilDate{std::stoi(d.substr(0, 4)), std::stoi(d.substr(5, 2)), std::stoi(d.substr(8, 2))};
    }
  }
  static std::vector<std::string> texts(const std::vector<std::string>& dated) {
    std::vector<std::string> out;
    for (const std::string& d : dated) out.push_back(d.substr(11));
    return out;
  }
};

}  // namespace

TEST_CASE("a value stated nowhere else joins two counted nouns", "[align][numbers][rare]") {
  Sources s({"The cooperative said its 214 depots would reopen on Thursday under the new owner.",
             "All 214 outlets of the cooperative reopen on Thursday with new signs."});
  auto facts = fc::align_numbers(s.findings);
  const fc::Fact* f = fact_with(facts, "214 depots");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
  CHECK(f->why.find("rare value") != std::string::npos);
}

TEST_CASE("a rare value in one source twice with two nouns is not joined", "[align][numbers][rare]") {
  // The second source uses 214 for depots and for drivers: the value means two things, so no noun is trusted.
  Sources s({"The cooperative said its 214 depots would reopen on Thursday under the new owner.",
             "The 214 outlets of the cooperative reopen on Thursday, and its 214 drivers return to work."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.why.find("rare value") == std::string::npos);
}

TEST_CASE("a value also stated elsewhere in the story is not joined across nouns", "[align][numbers][rare]") {
  // 214 is also a share price in a third source: the value is not rare, so the nouns stay apart.
  Sources s({"The cooperative said its 214 depots would reopen on Thursday under the new owner.",
             "All 214 outlets of the cooperative reopen on Thursday with new signs.",
             "Shares of the new owner closed at 214 on Thursday."});
  const std::vector<fc::Fact> facts = fc::align_numbers(s.findings);
  const fc::Fact* f = fact_with(facts, "214 depots");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}

TEST_CASE("a rare value of a unit is no count of things", "[align][numbers][rare]") {
  Sources s({"Rescue teams searched the collapsed hall for 37 hours before the fire brigade gave up.",
             "Rescue teams pulled 37 workers from the collapsed hall, the fire brigade said."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.mentions.size() == 1);
}

TEST_CASE("a small rare value needs its sentences to agree", "[align][numbers][rare]") {
  Sources thin({"Three towns were without power.", "Police arrested three men near the harbour."});
  for (const fc::Fact& f : fc::align_numbers(thin.findings)) CHECK(f.mentions.size() == 1);
  Sources clause({"Tap water was cut off in three towns along the river on Tuesday morning after the spill.",
                  "Tap water was cut off in three municipalities along the river on Tuesday morning."});
  const std::vector<fc::Fact> facts = fc::align_numbers(clause.findings);
  const fc::Fact* f = fact_with(facts, "three towns");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

TEST_CASE("one source against three on the same count is a conflict", "[align][numbers][dissent]") {
  // The dissenting sentence shares only the company's name with the others: thin for one pair, but three sources
  // state one value and the fourth its only count of jobs.
  DatedSources s({"2026-03-04|Harlow Foods will cut 2,600 jobs, the baker said on Tuesday.",
                  "2026-03-04|The baker announced on Tuesday that 2,600 jobs will go.",
                  "2026-03-05|Harlow Foods said it would shed 2,600 jobs.",
                  "2026-03-05|According to the filing Harlow Foods sent to the regulator, the restructuring plan lists "
                  "2,300 jobs in all."});
  const std::vector<fc::Fact> facts = fc::align_numbers(s.inner.findings);
  const fc::Fact* f = fact_with(facts, "2,300 jobs");
  REQUIRE(f);
  CHECK(f->verdict == "conflict");
  CHECK(f->mentions.size() == 4);
  CHECK(f->why.find("3 sources state '2,600 jobs', one states '2,300 jobs'") != std::string::npos);
}

TEST_CASE("one source against only two, or on a later day, is no conflict", "[align][numbers][dissent]") {
  DatedSources two({"2026-03-04|Harlow Foods will cut 2,600 jobs, the baker said on Tuesday.",
                    "2026-03-05|Harlow Foods said it would shed 2,600 jobs.",
                    "2026-03-05|According to the filing Harlow Foods sent to the regulator, the restructuring plan lists "
                    "2,300 jobs in all."});
  for (const fc::Fact& f : fc::align_numbers(two.inner.findings)) CHECK(f.verdict != "conflict");
  DatedSources later({"2026-03-04|Harlow Foods will cut 2,600 jobs, the baker said on Tuesday.",
                      "2026-03-04|The baker announced on Tuesday that 2,600 jobs will go.",
                      "2026-03-05|Harlow Foods said it would shed 2,600 jobs.",
                      "2026-03-25|According to the filing Harlow Foods sent to the regulator, the restructuring plan "
                      "lists 2,300 jobs in all."});
  for (const fc::Fact& f : fc::align_numbers(later.inner.findings)) CHECK(f.verdict != "conflict");
}

TEST_CASE("a bare number joins a rare count when its sentence says more", "[align][numbers][rare]") {
  Sources s({"Analysts fear job cuts among the 2,700 employees of the Corlin brewery, which will be sold.",
             "The Corlin brewery, which will be sold, has a workforce of 2,700."});
  const std::vector<fc::Fact> facts = fc::align_numbers(s.findings);
  const fc::Fact* f = fact_with(facts, "2,700 employees");
  REQUIRE(f);
  CHECK(f->verdict == "agree");
  CHECK(f->mentions.size() == 2);
  // A bare number that joins nothing is no fact of its own.
  Sources thin({"Analysts fear cuts among the 2,700 employees of the Corlin brewery.",
                "The Corlin brewery will be sold, its owner said, and Flight 2700 was delayed."});
  for (const fc::Fact& x : fc::align_numbers(thin.findings)) CHECK(x.mentions.front().text == "2,700 employees");
}

TEST_CASE("in a story with few numbers one shared word does not join two nouns", "[align][numbers][rare]") {
  // An unknown currency read as a counted noun: "crowns" are no employees.
  Sources s({"Analysts fear cuts among the 2,700 employees of the Corlin brewery.",
             "The brewery will be sold for 2,700 crowns a share."});
  for (const fc::Fact& f : fc::align_numbers(s.findings)) CHECK(f.mentions.size() == 1);
}

TEST_CASE("a lone count dissents from a value that joined two nouns", "[align][numbers][dissent][rare]") {
  // 27 joins votes and councillors across three sources; the fourth counts councillors in the words of the first.
  const std::vector<std::string> three = {
      "2026-05-12|The city council approved the Harbour Street plan by 27 votes on Tuesday after a long debate.",
      "2026-05-12|Twenty-seven councillors backed it after a long debate in the city council.",
      "2026-05-12|The Harbour Street plan passed with 27 votes after a long debate."};
  std::vector<std::string> texts = three;
  texts.push_back("2026-05-13|According to the mayor, 29 councillors approved the Harbour Street plan on Tuesday.");
  DatedSources s(texts);
  const std::vector<fc::Fact> facts = fc::align_numbers(s.inner.findings);
  const fc::Fact* f = fact_with(facts, "29 councillors");
  REQUIRE(f);
  CHECK(f->verdict == "conflict");
  CHECK(f->mentions.size() == 4);
  // A lone count in a sentence that tells of something else stays apart.
  texts.back() = "2026-05-13|According to the mayor, 29 councillors attended the school fair.";
  DatedSources other(texts);
  for (const fc::Fact& x : fc::align_numbers(other.inner.findings)) CHECK(x.verdict != "conflict");
}
