// The reader's label of a date fact: the words that say what happened on that date.
#include <catch2/catch.hpp>

#include <string>

#include "align/date_fixture.h"
#include "compare/verdict.h"

namespace {

// The label of the date `phrase` in `text`.
std::string label_of(const std::string& text, const std::string& phrase) {
  fctest::DateStory s;
  s.add("a", text, {{phrase, "2021-03-18"}});
  const fc::Timex& t = s.findings.front().dates.front();
  return fc::date_label(t.start, t.end, s.findings.front());
}

}  // namespace

TEST_CASE("a date label takes the whole clause before the date when it is short", "[compare][label]") {
  CHECK(label_of("The 300 dockers at the northern terminal downed tools on Thursday over pay.", "Thursday") ==
        "When: The 300 dockers at the northern terminal downed tools");
}

TEST_CASE("a date label cut from a long clause says so with an ellipsis", "[compare][label]") {
  CHECK(label_of("A coach carrying pupils from the lakeside school back home after their week at the mountain camp "
                 "overturned on Thursday.", "Thursday") ==
        "When: … after their week at the mountain camp overturned");
}

TEST_CASE("a date label after a bare name runs on with the event told after the date", "[compare][label]") {
  CHECK(label_of("Finance Minister Ada Rusk on Thursday unveiled a freeze on fuel duty, a week early.", "Thursday") ==
        "When: Finance Minister Ada Rusk … unveiled a freeze on fuel duty");
}

TEST_CASE("a date label after 'X said' takes the reported clause, not only the speaker", "[compare][label]") {
  CHECK(label_of("The ministry said on Thursday that it had closed two border crossings to lorries.", "Thursday") ==
        "When: The ministry said … it had closed two border crossings to lorries");
  CHECK(label_of("Firefighters told reporters on Thursday the blaze was under control.", "Thursday") ==
        "When: Firefighters told reporters … the blaze was under control");
  // other reporting verbs name no event either: what was claimed or denied is the event
  CHECK(label_of("The harbour company claimed on Thursday that the strike had cost it two ships a day.", "Thursday") ==
        "When: The harbour company claimed … the strike had cost it two ships a day");
  CHECK(label_of("The mayor denied on Thursday that the bridge had been closed without warning.", "Thursday") ==
        "When: The mayor denied … the bridge had been closed without warning");
}

TEST_CASE("a date label does not open on a conjunction nor end on a copula", "[compare][label]") {
  CHECK(label_of("The union rejected the offer, but would meet the port authority again on Thursday.", "Thursday") ==
        "When: … would meet the port authority again");
  CHECK(label_of("The worst storm on this coast was on Thursday, when the pier collapsed.", "Thursday") ==
        "When: The worst storm on this coast");
}

TEST_CASE("a date label after the date keeps a number with its noun or drops both", "[compare][label]") {
  CHECK(label_of("On Thursday, a similar stoppage had closed the terminal for 11 days.", "On Thursday") ==
        "When: a similar stoppage had closed the terminal for 11 days");
  CHECK(label_of("On Thursday, the two big rival firms said they would cut 1,300 office jobs.", "On Thursday") ==
        "When: the two big rival firms said they would cut");  // ten words reach "1,300" but not its noun
}
