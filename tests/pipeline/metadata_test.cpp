#include <catch2/catch.hpp>

#include "pipeline/metadata.h"

TEST_CASE("a headline line becomes the title, body text does not", "[pipeline][metadata]") {
  CHECK(fc::derive_title("\n# Port strike enters third day\n\nBody text here.") == "Port strike enters third day");
  CHECK(fc::derive_title("The strike began on Monday, the union said.\nMore.") == "");
  CHECK(fc::derive_title("") == "");
  CHECK(fc::derive_title("Skip to content\nLatest\n\nPort strike enters its third day\nBody.") == "Port strike enters its third day");
}

TEST_CASE("wire credits in a dateline give the outlet", "[pipeline][metadata]") {
  CHECK(fc::derive_outlet("PORT ELSBY (Coastal Wire) \xE2\x80\x93 Dock workers walked out.") == "Coastal Wire");
  CHECK(fc::derive_outlet("(Harbour News) -- Cargo piled up.") == "Harbour News");
  CHECK(fc::derive_outlet("The union (which has 900 members) - said no.") == "");
  CHECK(fc::derive_outlet("Workers (about 1,200) walked out.") == "");
}
