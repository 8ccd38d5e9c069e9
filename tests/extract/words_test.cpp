// Word helpers: lemmas, plurals and number formatting used in values and labels.
#include <catch2/catch.hpp>

#include "extract/words.h"

TEST_CASE("noun lemmas and plurals round-trip for labels", "[words]") {
  CHECK(fc::noun_lemma("countries") == "country");
  CHECK(fc::noun_lemma("languages") == "language");
  CHECK(fc::noun_lemma("children") == "child");
  CHECK(fc::noun_lemma("press") == "press");
  CHECK(fc::noun_plural("country") == "countries");
  CHECK(fc::noun_plural("language") == "languages");
  CHECK(fc::noun_plural("people") == "people");
  CHECK(fc::looks_plural("decades"));
  CHECK_FALSE(fc::looks_plural("its"));
  CHECK(fc::noun_lemma("fishermen") == "fisherman");
  CHECK(fc::noun_plural("fisherman") == "fishermen");
  CHECK(fc::noun_lemma("women") == "woman");
  CHECK_FALSE(fc::looks_plural("omen"));
}

TEST_CASE("numbers are formatted for people", "[words]") {
  CHECK(fc::format_number(27) == "27");
  CHECK(fc::format_number(2.5) == "2.5");
  CHECK(fc::format_number(40e9) == "40 billion");
  CHECK(fc::format_number(1500) == "1500");
  CHECK(fc::format_number(-12) == "-12");
  CHECK(fc::format_number(0) == "0");
  CHECK(fc::format_number(-0.0) == "-0");              // as printf's %g writes it
  CHECK(fc::format_number(9999999999.0) == "9.999999999 billion");
  CHECK(fc::format_number(999999) == "999999");
  CHECK(fc::format_number(1234567) == "1.234567 million");
  CHECK(fc::format_number(1e15) == "1000 trillion");
  CHECK(fc::format_number(0.1) == "0.1");
}
