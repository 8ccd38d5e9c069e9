// Shared wording, word level: each source's tokens as word ids, the word pairs two sources share, and the phrases
// grown from them (used by phrases_align.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include "align/findings.h"
#include "align/quotes_internal.h"

namespace fc::phrases_detail {

constexpr size_t kMaxWords = 16;      // longest phrase compared, in tokens (a longer shared passage gives two facts)
constexpr size_t kMinOwnWords = 2;    // lower-case content words a phrase needs to say something of its own
constexpr size_t kMinWords = 3;       // content words a phrase needs to be a claim rather than a term
constexpr uint32_t kNoSource = ~uint32_t{0};

/// Per story: one id per distinct token norm (the quote aligner's fast word table), and which ids are content words.
struct Vocab {
  qa::Vocab words;
  std::vector<signed char> content;  // by id: 1 content word, 0 not, -1 not looked at yet

  /// The id of a token's norm.
  uint32_t id(const Token& t);
};

/// One source's tokens as ids; `segment` numbers the runs of words between punctuation (phrases stay inside one).
struct SourceWords {
  std::vector<uint32_t> ids;
  std::vector<uint32_t> segment;
  std::vector<char> linked;  // token i and i+1 form a word pair that another source has too
  std::vector<char> taken;   // token is part of a shared phrase already reported
  // counts over tokens [0, i): content words, lower-case content words, those that are not attribution words, and
  // long ones of those (7+ letters), so a phrase is judged in constant time
  std::vector<uint32_t> content, own, news, long_words;
};

/// One use of a phrase: its key (a hash of its word ids), source and token range [first, last].
struct Occurrence {
  uint64_t key;
  uint32_t source, first, last;
};

/// A source's words as ids; punctuation and dates end a run of words.
SourceWords words_of(const SourceFindings& sf, Vocab& vocab);
/// Marks the word pairs that at least two sources share (sources < 32).
void link_shared_pairs(std::vector<SourceWords>& words);
/// Every phrase worth comparing inside a run of shared word pairs.
void collect_phrases(const std::vector<SourceWords>& words, const Vocab& vocab, std::vector<Occurrence>& out);
/// Drops the occurrences of phrases that only one source uses.
void keep_shared(std::vector<Occurrence>& occ);

}  // namespace fc::phrases_detail
