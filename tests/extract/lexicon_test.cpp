// The word lexicon: ids for table words, phrase matching by id, word sets.
#include <catch2/catch.hpp>

#include <string>

#include "extract/entity_tables.h"
#include "extract/lexicon.h"
#include "extract/scan.h"

TEST_CASE("table words get ids, other words none", "[lexicon]") {
  CHECK(fc::word_id("minister") != fc::kNoWord);
  CHECK(fc::word_id("the") != fc::kNoWord);  // function words too
  CHECK(fc::word_id("zzyzx") == fc::kNoWord);
  CHECK(fc::word_id("") == fc::kNoWord);
  CHECK(fc::word_id("minister") == fc::word_id(std::string("minister")));
  CHECK(fc::word_id("minister") < fc::word_id_count());
  auto t = fc::scan_words("The Minister spoke to zzyzx.");
  REQUIRE(t.size() == 6);
  CHECK(t[1].word == fc::word_id("minister"));  // scan_words fills the id from the lower-case norm
  CHECK(t[4].word == fc::kNoWord);
  CHECK(fc::function_word(t[0]));
  CHECK_FALSE(fc::function_word(t[1]));
}

TEST_CASE("phrases match the longest at a token, the first added among equals", "[lexicon]") {
  fc::PhraseIndex ix;
  ix.add({"prime", "minister"});     // 0
  ix.add({"minister"});              // 1
  ix.add({"prime", "minister"});     // 2: same words as 0, never wins
  ix.add({"foreign", "minister"});   // 3
  auto t = fc::scan_words("the prime minister and the foreign minister met a minister");
  CHECK(ix.match(t, 1, t.size()) == 0);
  CHECK(ix.match(t, 1, 2) == -1);      // the phrase must end inside [i, end)
  CHECK(ix.match(t, 2, t.size()) == 1);
  CHECK(ix.match(t, 5, t.size()) == 3);
  CHECK(ix.match(t, 0, t.size()) == -1);
  CHECK(ix.match(t, t.size(), t.size()) == -1);
  CHECK(ix.match_ending(t, 3) == 0);   // "prime minister" ends before token 3
  CHECK(ix.match_ending(t, 7) == 3);
  CHECK(ix.match_ending(t, 10) == 1);
  CHECK(ix.match_ending(t, 0) == -1);
  CHECK(ix.starts(fc::word_id("prime")));
  CHECK_FALSE(ix.starts(fc::word_id("the")));
}

TEST_CASE("entity phrase lists match through the index", "[lexicon]") {
  auto t = fc::scan_words("Foreign Minister Omar Said arrived in Russia");
  const fc::EntPhrase* p = fc::match_ent(fc::EntList::kTitles, t, 0, t.size());
  REQUIRE(p != nullptr);
  CHECK(p->id == "ent.title.foreign_minister");
  CHECK(fc::match_ent(fc::EntList::kTitles, t, 0, 1) == nullptr);
  CHECK(fc::title_ending(t, 2) == p);
  REQUIRE(fc::match_ent(fc::EntList::kPlaces, t, 6, t.size()) != nullptr);
  CHECK(fc::match_ent(fc::EntList::kOrgs, t, 6, t.size()) == nullptr);
}

TEST_CASE("word sets test tokens by id and other words by text", "[lexicon]") {
  const fc::WordSet set = {"said", "zzyzx"};
  auto t = fc::scan_words("Zzyzx said nothing");
  CHECK(set.has(t[0]));  // not a table word: compared as text
  CHECK(set.has(t[1]));
  CHECK_FALSE(set.has(t[2]));
}
