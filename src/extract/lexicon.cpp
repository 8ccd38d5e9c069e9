#include "extract/lexicon.h"

#include <algorithm>
#include <cstring>

#include "extract/entity_tables.h"
#include "extract/event_tables.h"
#include "extract/number_tables.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {
namespace {

// Up to eight bytes of `s` from `at`, little-endian, zero-padded.
uint64_t chunk(std::string_view s, size_t at) {
  uint64_t x = 0;
  if (at + 8 <= s.size()) {
    std::memcpy(&x, s.data() + at, 8);
    return x;
  }
  for (size_t k = 0; at + k < s.size(); ++k) x |= static_cast<uint64_t>(static_cast<unsigned char>(s[at + k])) << (8 * k);
  return x;
}

// A word hash eight bytes at a time (table words and tokens are short): a multiply-xorshift mix per chunk.
uint64_t word_hash(std::string_view s, uint64_t head) {
  uint64_t h = (s.size() * 0x9E3779B97F4A7C15ull ^ head) * 0xBF58476D1CE4E5B9ull;
  for (size_t i = 8; i < s.size(); i += 8) {
    h ^= h >> 31;
    h = (h ^ chunk(s, i)) * 0xBF58476D1CE4E5B9ull;
  }
  return h ^ (h >> 29);
}

// Open addressing over a power-of-two table at most half full. A slot holds the word's length and first eight
// bytes, so most words are told apart (and the short ones matched) without touching the word list.
struct Slot {
  uint64_t head = 0;
  uint32_t len = 0;
  WordId id = kNoWord;
};

// Words the extractors test with a WordSet besides the table words, so those tests are id lookups too.
constexpr std::string_view kCueWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "i'm", "i'd", "i'll", "i've",
    "said", "says", "told", "added", "stated", "wrote", "tweeted", "you", "he", "she", "it", "we", "they", "who",
    "which", "that", "met", "spoke", "spoken", "withdrew", "withdrawn", "gave", "given", "made", "to", "will",
    "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "not", "also", "then", "now",
    "and", "by", "after", "before", "while", "was", "were", "is", "are", "been", "being", "be", "its", "their",
    "his", "her", "our", "a", "an", "the", "this", "never", "no", "back", "of", "read", "'s", "in", "since",
    "from", "until", "year", "these", "those"};

struct Lexicon {
  std::vector<std::string_view> words;  // id -> word (id 0 unused), views into the tables, which live as long
  std::vector<Slot> slots;
  size_t mask = 0, longest = 0;
  bool digit_words = false;
  std::vector<char> function;      // id -> is_function_word
};

// The slot of `w`: the one holding it, or the empty one where it belongs.
Slot& find_slot(Lexicon& lx, std::string_view w, uint64_t head) {
  for (size_t i = word_hash(w, head) & lx.mask;; i = (i + 1) & lx.mask) {
    Slot& slot = lx.slots[i];
    if (slot.id == kNoWord || (slot.head == head && slot.len == w.size() &&
                               (w.size() <= 8 || lx.words[slot.id].substr(8) == w.substr(8))))
      return slot;
  }
}

// Doubles the slot table (16 slots at first), keeping it at most half full.
void grow(Lexicon& lx) {
  lx.slots.assign(std::max<size_t>(16, lx.slots.size() * 2), Slot{});
  lx.mask = lx.slots.size() - 1;
  for (WordId id = 1; id < lx.words.size(); ++id) {
    const uint64_t head = chunk(lx.words[id], 0);
    find_slot(lx, lx.words[id], head) = {head, static_cast<uint32_t>(lx.words[id].size()), id};
  }
}

// Gives `w` the next id unless it has one: ids follow first appearance.
void add_word(Lexicon& lx, std::string_view w) {
  if (w.empty()) return;
  const uint64_t head = chunk(w, 0);
  if (find_slot(lx, w, head).id != kNoWord) return;
  if ((lx.words.size() + 1) * 2 > lx.slots.size()) grow(lx);
  const WordId id = static_cast<WordId>(lx.words.size());
  lx.words.push_back(w);
  find_slot(lx, w, head) = {head, static_cast<uint32_t>(w.size()), id};
  lx.longest = std::max(lx.longest, w.size());
  lx.digit_words = lx.digit_words || (w[0] >= '0' && w[0] <= '9');
}

// Every word a table names, so that a token's id decides every table lookup the extractors make.
Lexicon build() {
  Lexicon lx;
  lx.words.emplace_back();
  grow(lx);
  // Views, not copies: every table is a static that outlives the lexicon (and the literals below are static too).
  std::vector<std::string_view> all;
  auto phrase = [&](const std::vector<std::string>& ws) { for (const std::string& w : ws) all.push_back(w); };
  for (std::string_view w : function_word_list()) all.emplace_back(w);
  const size_t function_count = all.size();  // distinct words, so they take ids 1..function_count
  for (std::string_view w : kCueWords) all.emplace_back(w);
  const NumTables& n = num_tables();
  for (const auto& kv : n.words) all.push_back(kv.first);
  for (const auto* rows : {&n.amounts, &n.mods, &n.percents}) for (const NumPhrase& p : *rows) phrase(p.words);
  for (const auto* m : {&n.symbols, &n.currency_words}) for (const auto& kv : *m) all.push_back(kv.first);
  for (const auto* s : {&n.months, &n.skip_after}) for (const std::string& w : *s) all.push_back(w);
  const EntTables& e = ent_tables();
  for (const auto* rows : {&e.titles, &e.orgs, &e.places}) for (const EntPhrase& p : *rows) phrase(p.words);
  for (const auto* m : {&e.org_suffix, &e.given}) for (const auto& kv : *m) all.push_back(kv.first);
  const EventTables& v = event_tables();
  for (const auto& kv : v.by_form) {
    all.push_back(kv.first);
    for (const VerbRow& r : kv.second) phrase(r.near);
  }
  for (const auto& kv : v.patient) all.push_back(kv.first);
  // The slot table sized for every word at once (at most half full, as grow() keeps it) instead of doubling and
  // rehashing step by step; ids still follow first appearance.
  while ((all.size() + 1) * 2 > lx.slots.size()) lx.slots.resize(lx.slots.size() * 2);
  lx.mask = lx.slots.size() - 1;
  for (std::string_view w : all) add_word(lx, w);
  lx.function.assign(lx.words.size(), 0);
  std::fill(lx.function.begin() + 1, lx.function.begin() + 1 + function_count, 1);
  return lx;
}

const Lexicon& lexicon() {
  static const Lexicon kLexicon = build();
  return kLexicon;
}

}  // namespace

WordId word_id(std::string_view norm) {
  const Lexicon& lx = lexicon();
  if (norm.size() > lx.longest || norm.empty()) return kNoWord;
  const uint64_t head = chunk(norm, 0);
  for (size_t i = word_hash(norm, head) & lx.mask;; i = (i + 1) & lx.mask) {
    const Slot& slot = lx.slots[i];
    if (slot.id == kNoWord) return kNoWord;
    if (slot.head == head && slot.len == norm.size() &&
        (norm.size() <= 8 || lx.words[slot.id].substr(8) == norm.substr(8)))
      return slot.id;
  }
}

bool lexicon_has_digit_words() { return lexicon().digit_words; }

size_t word_id_count() { return lexicon().words.size(); }

bool function_word(const ScanTok& t) { return lexicon().function[t.word] != 0; }

void PhraseIndex::add(const std::vector<std::string>& words) {
  std::vector<WordId> ids;
  for (const std::string& w : words) ids.push_back(word_id(w));
  if (by_first_.empty()) by_first_.resize(word_id_count());
  if (by_last_.empty()) by_last_.resize(word_id_count());
  if (!ids.empty()) by_first_[ids[0]].push_back(static_cast<uint32_t>(rows_.size()));
  if (!ids.empty()) by_last_[ids.back()].push_back(static_cast<uint32_t>(rows_.size()));
  rows_.push_back(std::move(ids));
}

int PhraseIndex::match_ending(const std::vector<ScanTok>& t, size_t end) const {
  if (end == 0 || end > t.size() || t[end - 1].word == kNoWord || by_last_.empty()) return -1;
  int best = -1;
  size_t best_len = 0;
  for (uint32_t r : by_last_[t[end - 1].word]) {
    const std::vector<WordId>& p = rows_[r];
    if (p.size() > end || (best >= 0 && best_len >= p.size())) continue;
    bool ok = true;
    for (size_t k = 0; k + 1 < p.size() && ok; ++k) ok = t[end - p.size() + k].word == p[k];
    if (ok) best = static_cast<int>(r), best_len = p.size();
  }
  return best;
}

WordSet::WordSet(std::initializer_list<std::string_view> words) : ids_(word_id_count(), 0) {
  for (std::string_view w : words) {
    const WordId id = word_id(w);
    if (id != kNoWord) ids_[id] = 1;
    else other_.emplace_back(w);
  }
}

bool WordSet::has(const ScanTok& t) const {
  if (t.word != kNoWord) return ids_[t.word] != 0;
  for (const std::string& w : other_) if (t.norm == w) return true;
  return false;
}

int PhraseIndex::match(const std::vector<ScanTok>& t, size_t i, size_t end) const {
  if (i >= end || i >= t.size() || t[i].word == kNoWord || by_first_.empty()) return -1;
  int best = -1;
  size_t best_len = 0;
  for (uint32_t r : by_first_[t[i].word]) {
    const std::vector<WordId>& p = rows_[r];
    if (i + p.size() > end || (best >= 0 && best_len >= p.size())) continue;
    bool ok = true;
    for (size_t k = 1; k < p.size() && ok; ++k) ok = t[i + k].word == p[k];
    if (ok) best = static_cast<int>(r), best_len = p.size();
  }
  return best;
}

}  // namespace fc
