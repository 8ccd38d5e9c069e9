// Word 4-gram hashes for near-duplicate detection, hashed straight off the text: the words are exactly the word
// and number tokens of index_text(), found and folded by src/text's own scanner (word_end_at, fold_punct_into).
#include "pipeline/anchor_shingles.h"

#include "text/text.h"

namespace fc {
namespace {

// Calls `word(raw)` for each word and number token of index_text(text), in order (raw: its bytes in the text),
// without building tokens.
template <class Fn>
void each_word(std::string_view text, Fn&& word) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t next = pos;
    const size_t end = word_end_at(text, pos, next);
    if (end == pos) {
      pos = next;  // spaces, controls and punctuation (one code point each): no word
      continue;
    }
    word(text.substr(pos, end - pos));
    pos = end;
  }
}

// FNV-1a over the folded bytes of one word.
uint64_t fnv(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (char c : bytes) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

// A 64-bit finalizer (splitmix64), so word hashes combine without their low bits lining up.
uint64_t mix(uint64_t x) {
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

void shingle_words(std::string_view text, std::string& folded, std::vector<size_t>& ends) {
  folded.clear();
  ends.clear();
  std::string word;
  each_word(text, [&](std::string_view w) {
    fold_punct_into(w, word);
    folded += word;
    ends.push_back(folded.size());
  });
}

std::vector<uint64_t> shingle_hashes(std::string_view text) {
  std::vector<uint64_t> words;
  std::string word;
  each_word(text, [&](std::string_view w) {
    uint64_t h = 1469598103934665603ULL;  // fnv() of the folded word; an ASCII word folds by lower-casing alone
    for (char c : w) {
      const unsigned char u = static_cast<unsigned char>(c);
      if (u >= 0x80) {
        fold_punct_into(w, word);
        h = fnv(word);
        break;
      }
      h = (h ^ static_cast<unsigned char>(u + (static_cast<unsigned char>(u - 'A') < 26 ? 32 : 0))) * 1099511628211ULL;
    }
    words.push_back(h);
  });
  std::vector<uint64_t> out;
  if (words.size() < 4) return out;
  out.reserve(words.size() - 3);
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (size_t k = 0; k < 4; ++k) h = mix(h ^ words[i + k]) + k;
    out.push_back(h);
  }
  return out;
}

}  // namespace fc
