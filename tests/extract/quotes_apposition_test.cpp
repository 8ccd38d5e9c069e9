// Speakers named in an apposition after the quote ("…," the head of the agency, Ana Berg, promised) and people
// named after an owner's possessive ("the agency's Ana Berg"), whom a later "he"/"she" points to.
#include "extract/quotes.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

TEST_CASE("a role and a name in apposition before a late speech verb name the speaker", "[quotes]") {
  const std::string text =
      "\"Every ticket will be refunded,\" the director of the Opera of Lunden, Tove Sander, promised on Friday.";
  const std::vector<fc::Quote> qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Tove Sander");
  CHECK(qs[0].rule.find("apposition") != std::string::npos);
}

TEST_CASE("a name after an owner's possessive is a person a pronoun can point to", "[quotes]") {
  const std::string text =
      "Museums say they will stay open.\n\n"
      "The RNA's Petra Holm said the figures were early. \"Nothing is settled yet,\" she said.";
  const std::vector<fc::Quote> qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker == "Petra Holm");
}

TEST_CASE("a partial quote after another quote of its sentence takes the speech verb before both", "[quotes]") {
  const std::string text =
      "Chief executive Lea Hart, who founded the firm, wrote to staff that the cuts were \"hard\" and that she "
      "took \"the whole blame\" for them.";
  const std::vector<fc::Quote> qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 2);
  CHECK(qs[1].text == "the whole blame");
  CHECK(qs[1].speaker == "Lea Hart");
  CHECK(qs[1].rule.find("across-quote") != std::string::npos);
}

TEST_CASE("a lone capitalised word before a speech verb's plain form is a plural noun, not a person", "[quotes]") {
  const std::string text = "Farmers say the harvest is lost.\n\n\"We will replant in May,\" she said.";
  const std::vector<fc::Quote> qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].speaker.empty());
  const std::string named = "Ruiz says the harvest is lost. \"We will replant in May,\" she said.";
  const std::vector<fc::Quote> rs = fc::extract_quotes(named);
  REQUIRE(rs.size() == 1);
  CHECK(rs[0].speaker == "Ruiz");
}

TEST_CASE("a pronoun means the titled subject of the last sentence, not an untitled name after it", "[quotes]") {
  const std::string text =
      "Governor Mira Lund flew to Kastel Bay on Monday. \"The harbour will be rebuilt,\" she said.\n\n"
      "For Tomas Vire, the head of the Union of Dock Workers, it was a hard week. \"We lost everything,\" he said.\n\n"
      "Nadia Stor met Pavel Grin on Sunday. \"It went well,\" he said.";
  const std::vector<fc::Quote> qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 3);
  CHECK(qs[0].speaker == "Mira Lund");
  CHECK(qs[1].speaker == "Tomas Vire");
  CHECK(qs[2].speaker == "Pavel Grin");  // no title on either: the last name, as before
}
