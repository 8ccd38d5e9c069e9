// Month names that are given names: "Jan Petrov" and "April Ryan" are people, "in May" is a date.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "extract/dates.h"

namespace {

std::vector<std::string> tagged(const std::string& text) {
  std::vector<std::string> out;
  for (const fc::Timex& t : fc::tag_dates(text, fc::CivilDate{2021, 3, 18})) out.push_back(t.text);
  return out;
}

}  // namespace

TEST_CASE("a month name opening a person's name is no date", "[extract][dates]") {
  CHECK(tagged("Foreign Minister Jan Petrov rejected the tariff.").empty());
  CHECK(tagged("June Carter opened the fair.").empty());
  CHECK(tagged("The question came from reporter April Ryan.").empty());
}

TEST_CASE("a bare month after a word that introduces a date stays a date before a capitalised word",
          "[extract][dates]") {
  CHECK(tagged("In April Parliament passed the budget.") == std::vector<std::string>{"April"});
  CHECK(tagged("Since March Moscow has waited for an answer.") == std::vector<std::string>{"March"});
  CHECK(tagged("The fair opens in June.") == std::vector<std::string>{"June"});
  CHECK(tagged("Aug 3 is the day.") == std::vector<std::string>{"Aug 3"});
}
