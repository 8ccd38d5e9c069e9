// Aligner helpers: mentions copy the exact source text; sentence context leaves out function words.
#include <catch2/catch.hpp>

#include "align/mention_util.h"

TEST_CASE("mentions and sentence context", "[align][util]") {
  fc::Source src{"s9", "", "", "", "", "", "The ferry sank. Rescuers found 12 survivors near the reef."};
  fc::SourceFindings f;
  f.source = &src;
  f.index = fc::index_text(src.text);
  size_t at = src.text.find("12");
  fc::Mention m = fc::make_mention(f, at, at + 2, "12", "num.digits");
  CHECK(m.source == "s9");
  CHECK(m.text == "12");
  fc::Mention clamped = fc::make_mention(f, 9999, 99999, "", "");
  CHECK(clamped.text.empty());
  auto words = fc::sentence_words(f, at);
  CHECK(words.count("rescuer") == 1);
  CHECK(words.count("survivor") == 1);
  CHECK(words.count("the") == 0);
  CHECK(words.count("ferry") == 0);
  CHECK(fc::shared_words(words, {"survivor", "reef", "boat"}) == 2);
  CHECK(fc::shared_words(words, {"survivor", "reef"}, "reef") == 1);
}

TEST_CASE("shared_ids counts the ids two sorted lists have in common", "[align][util]") {
  CHECK(fc::shared_ids({1, 3, 5, 9}, {2, 3, 4, 9, 11}) == 2);
  CHECK(fc::shared_ids({}, {1, 2}) == 0);
  CHECK(fc::shared_ids({7}, {7}) == 1);
  CHECK(fc::shared_ids({1, 2, 3}, {4, 5}) == 0);
}
