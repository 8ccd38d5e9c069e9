// Attribution as machine translations word it: inverted perfect tenses and long official titles before the name.
#include "extract/quotes.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

const fc::Quote* starting(const std::vector<fc::Quote>& qs, const std::string& prefix) {
  for (const fc::Quote& q : qs) if (q.text.compare(0, prefix.size(), prefix) == 0) return &q;
  return nullptr;
}

}  // namespace

TEST_CASE("an inverted perfect tense after the quote names the speaker", "[quotes]") {
  const auto qs = fc::extract_quotes("\"The harbour will reopen next week\", has declared the mayor Petra Lind.\n"
                                     "\"We are ready\", has said Omar Vidal, who leads the dockers.");
  const fc::Quote* a = starting(qs, "The harbour");
  const fc::Quote* b = starting(qs, "We are ready");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->speaker == "Petra Lind");
  CHECK(b->speaker == "Omar Vidal");
}

TEST_CASE("a title of a capitalised field takes the last two words as the name", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"Schools stay closed\", has announced the Minister of Education Lina Koval.\n"
      "\"Roads are clear\", said the Minister of Foreign Affairs.\n"
      "\"Help is coming\", said the Head of Civil Protection Service.");
  const fc::Quote* a = starting(qs, "Schools");
  const fc::Quote* b = starting(qs, "Roads");
  const fc::Quote* c = starting(qs, "Help");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  REQUIRE(c != nullptr);
  CHECK(a->speaker == "Lina Koval");
  // no person cut out of a field or an organisation
  CHECK(b->speaker != "Foreign Affairs");
  CHECK(c->speaker != "Protection Service");
}

TEST_CASE("a role no table knows, of an organisation, then the name in apposition", "[quotes]") {
  const auto qs = fc::extract_quotes("\"We will grow\", has said the administrator delegate of Norvik, Elsa Dahl.\n"
                                     "\"Prices stay\", said the chief of Tarvo Mills, Ole Rask.");
  const fc::Quote* a = starting(qs, "We will grow");
  const fc::Quote* b = starting(qs, "Prices stay");
  REQUIRE(a != nullptr);
  REQUIRE(b != nullptr);
  CHECK(a->speaker == "Elsa Dahl");
  CHECK(b->speaker == "Ole Rask");
}

TEST_CASE("a day between the inverted verb and the speaker is skipped", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "The inquiry is led by the prosecutor of Lanvik, Aino Mets.\n\n"
      "\"The evidence is solid\", has declared Tuesday the prosecutor during a press conference.");
  const fc::Quote* a = starting(qs, "The evidence");
  REQUIRE(a != nullptr);
  CHECK(a->speaker == "Aino Mets");
}
