#include <catch2/catch.hpp>

#include <string>

#include "text/text.h"

namespace {
std::string sentence_text(const fc::TextIndex& idx, size_t i) {
  return std::string(idx.text.substr(idx.sentences[i].start, idx.sentences[i].end - idx.sentences[i].start));
}
}  // namespace

TEST_CASE("sentences split at terminators but not at abbreviations or initialisms", "[text]") {
  const std::string text =
      "The U.S. envoy left on Jan. 26 after talks. Mr. Ivanov said \xE2\x80\x9CWe will see.\xE2\x80\x9D Then he left!\n"
      "A second paragraph? Yes.";
  const fc::TextIndex idx = fc::index_text(text);
  REQUIRE(idx.paragraphs.size() == 2);
  REQUIRE(idx.sentences.size() == 5);
  CHECK(sentence_text(idx, 0) == "The U.S. envoy left on Jan. 26 after talks.");
  CHECK(sentence_text(idx, 1) == "Mr. Ivanov said \xE2\x80\x9CWe will see.\xE2\x80\x9D");
  CHECK(sentence_text(idx, 2) == "Then he left!");
  CHECK(idx.sentences[3].paragraph == 1);
  CHECK(idx.sentence_at(text.find("Ivanov")) == 1);
}

TEST_CASE("tokens keep offsets and fold typography in norm", "[text]") {
  const std::string text = "Putin\xE2\x80\x99s \xE2\x80\x9Coffer\xE2\x80\x9D \xE2\x80\x94 1,200 people in the 1990s";
  const fc::TextIndex idx = fc::index_text(text);
  REQUIRE(idx.tokens.size() >= 8);
  CHECK(idx.tokens[0].norm == "putin's");
  CHECK(idx.tokens[0].capitalized);
  CHECK(idx.tokens[1].kind == fc::TokenKind::kQuote);
  CHECK(idx.tokens[1].norm == "\"");
  CHECK(idx.tokens[2].norm == "offer");
  CHECK(idx.tokens[4].kind == fc::TokenKind::kDash);
  CHECK(idx.tokens[5].norm == "1,200");
  CHECK(idx.tokens[5].kind == fc::TokenKind::kNumber);
  CHECK(idx.tokens.back().norm == "1990s");
  for (const fc::Token& t : idx.tokens) CHECK(t.end > t.start);
}

TEST_CASE("segmentation survives empty, whitespace-only and control-character text", "[text]") {
  CHECK(fc::index_text("").sentences.empty());
  CHECK(fc::index_text(" \n\n\t ").sentences.empty());
  const fc::TextIndex idx = fc::index_text(std::string("a\0b. c", 6));
  CHECK_FALSE(idx.sentences.empty());
}

TEST_CASE("folding into a reused buffer replaces its content, even when the input views that buffer", "[text]") {
  std::string out = "a much longer earlier word";
  fc::fold_punct_into("\xC3\x89T\xC3\x89 \xE2\x80\x9CQ\xE2\x80\x9D", out);  // "ÉTÉ “Q”"
  CHECK(out == "\xC3\xA9t\xC3\xA9 \"q\"");
  fc::fold_punct_into("Short", out);
  CHECK(out == "short");
  std::string self = "Mixed \xE2\x80\x94 CASE";
  fc::fold_punct_into(self, self);
  CHECK(self == "mixed - case");
  std::string tail = "abc DEF";
  fc::fold_punct_into(std::string_view(tail).substr(4), tail);
  CHECK(tail == "def");
}

TEST_CASE("token_at finds the token holding a byte, else the next one, within a token range", "[text]") {
  const std::string text = "The dam held. Crews worked all night.";
  const fc::TextIndex idx = fc::index_text(text);
  const size_t n = idx.tokens.size();
  const size_t dam = text.find("dam");
  const size_t held = idx.token_at(text.find("held"), 0, n);
  CHECK(idx.tokens[idx.token_at(dam, 0, n)].norm == "dam");
  CHECK(idx.tokens[idx.token_at(dam + 1, 0, n)].norm == "dam");  // inside the word
  CHECK(idx.tokens[idx.token_at(dam + 3, 0, n)].norm == "held");  // the space after it: the next token
  CHECK(idx.token_at(dam, held, n) == held);                      // never before `from`
  CHECK(idx.token_at(text.size(), 0, n) == n);                    // past the last token
  CHECK(idx.token_at(text.find("night"), 0, held) == held);       // not found within [0, held): `to`
  CHECK(idx.token_at(0, 5, 2) == 2);                              // an empty range
}
