// Comparison words of quotes: surface words folded (case, apostrophes, contractions, spelling), and the word ids
// of one alignment run with each word's synonym key, stem and function-word status worked out once.
#include <algorithm>

#include "align/quotes_internal.h"

namespace fc {
namespace qa {
namespace {

bool word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

// Appends the comparison words of one surface word ("can't" -> "can", "not").
void push_folded(std::string w, std::vector<std::string>& out) {
  static const char* const kIs[] = {"it", "that", "he", "she", "there", "what", "who", "where", "here"};
  if (w.find('\'') == std::string::npos && w != "cannot") {  // no contraction: the checks below all need one
    out.push_back(spelling_fold(w, nullptr));
    return;
  }
  auto ends = [&](const char* s) {
    std::string x(s);
    return w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0;
  };
  if (w == "cannot") { out.push_back("can"); out.push_back("not"); return; }
  if (w == "won't") { out.push_back("will"); out.push_back("not"); return; }
  if (w == "can't") { out.push_back("can"); out.push_back("not"); return; }
  if (ends("n't")) { out.push_back(w.substr(0, w.size() - 3)); out.push_back("not"); return; }
  const char* const kSuffix[][2] = {{"'re", "are"}, {"'ll", "will"}, {"'ve", "have"}, {"'m", "am"}, {"'d", "would"}};
  for (const auto& s : kSuffix) {
    if (ends(s[0])) { out.push_back(w.substr(0, w.size() - std::string(s[0]).size())); out.push_back(s[1]); return; }
  }
  if (ends("'s")) {
    std::string base = w.substr(0, w.size() - 2);
    if (std::find(std::begin(kIs), std::end(kIs), base) != std::end(kIs)) {
      out.push_back(base);
      out.push_back("is");
      return;
    }
  }
  out.push_back(spelling_fold(w, nullptr));
}

// Calls `emit` with each lower-cased surface word of `text`, inner apostrophes made straight.
// The word is gathered in a buffer as long as the text (plain byte stores: a string append per byte is a call into
// libc++ in the wasm build) and copied into `w` once.
template <typename Emit>
void surface_words(std::string_view text, Emit&& emit) {
  std::string w, buf(text.size(), '\0');
  size_t n = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    bool apostrophe = c == '\'' || (c == 0xE2 && text.substr(i, 3) == "\xE2\x80\x99");
    if (apostrophe && n > 0 && i + (c == '\'' ? 1 : 3) < text.size() &&
        word_byte(static_cast<unsigned char>(text[i + (c == '\'' ? 1 : 3)]))) {
      buf[n++] = '\'';
      if (c != '\'') i += 2;
      continue;
    }
    bool punct_cp = c == 0xE2 || c == 0xC2;  // typographic quotes, dashes, spaces, guillemets
    if (word_byte(c) && !punct_cp) {
      buf[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    if (punct_cp) i += (c == 0xE2 ? 2 : 1);
    if (n > 0) {
      w.assign(buf.data(), n);
      emit(w);
    }
    n = 0;
  }
}

}  // namespace

std::vector<std::string> fold_words(std::string_view text) {
  std::vector<std::string> out;
  surface_words(text, [&](std::string& w) { push_folded(std::move(w), out); });
  return out;
}

Vocab::Vocab() : slots_(4096) { intern(""); }

// Doubles the slot table (kept at most half full) and places every id again.
void Vocab::grow() {
  std::vector<std::pair<uint32_t, uint32_t>> old(slots_.size() * 2);
  old.swap(slots_);
  const size_t mask = slots_.size() - 1;
  for (const auto& slot : old) {
    if (slot.second == 0) continue;
    size_t p = Hash{}(*words_[slot.second - 1]) & mask;
    while (slots_[p].second != 0) p = (p + 1) & mask;
    slots_[p] = {static_cast<uint32_t>(Hash{}(*words_[slot.second - 1])), slot.second};
  }
}

uint32_t Vocab::intern(std::string_view w) {
  const size_t h = Hash{}(w), mask = slots_.size() - 1;
  size_t p = h & mask;
  for (; slots_[p].second != 0; p = (p + 1) & mask) {
    if (slots_[p].first == static_cast<uint32_t>(h) && *words_[slots_[p].second - 1] == w) return slots_[p].second - 1;
  }
  store_.emplace_back(w);
  const uint32_t id = static_cast<uint32_t>(words_.size());
  words_.push_back(&store_.back());
  slots_[p] = {static_cast<uint32_t>(h), id + 1};
  if (words_.size() * 2 > slots_.size()) grow();
  for (auto* memo : {&key_, &stem_, &ctx_, &fold_a_, &fold_b_}) memo->push_back(kNone);
  func_.push_back(-1);
  return id;
}

void Vocab::fold(std::string_view text, std::vector<uint32_t>& out) {
  surface_words(text, [&](std::string& w) { fold_word(w, out); });
}

// The folded ids of one surface word, through a memo keyed by the surface word's own id.
void Vocab::fold_word(const std::string& w, std::vector<uint32_t>& out) {
  const uint32_t sid = intern(w);
  if (fold_a_[sid] == kNone && w.find('\'') == std::string::npos && w != "cannot") {
    const uint32_t a = intern(spelling_fold(w, nullptr));  // no contraction: push_folded's first case
    fold_a_[sid] = a;
  } else if (fold_a_[sid] == kNone) {
    std::vector<std::string> folded;
    push_folded(w, folded);
    const uint32_t a = intern(folded[0]);
    const uint32_t b = folded.size() > 1 ? intern(folded[1]) : kNone;
    fold_a_[sid] = a;
    fold_b_[sid] = b;
  }
  out.push_back(fold_a_[sid]);
  if (fold_b_[sid] != kNone) out.push_back(fold_b_[sid]);
}

uint32_t Vocab::key(uint32_t id) {
  if (key_[id] == kNone) {
    const uint32_t k = intern(synonym_key(word(id)));
    key_[id] = k;
  }
  return key_[id];
}

uint32_t Vocab::stem_of(uint32_t id) {
  if (stem_[id] == kNone) {
    const uint32_t k = intern(stem(word(id)));
    stem_[id] = k;
  }
  return stem_[id];
}

bool Vocab::function(uint32_t id) {
  if (func_[id] < 0) func_[id] = is_function_word(word(id)) ? 1 : 0;
  return func_[id] == 1;
}

uint32_t Vocab::context_stem(std::string_view norm) {
  const uint32_t id = intern(norm);
  if (ctx_[id] == kNone) {
    uint32_t c = kNone - 1;  // "no stem": a function word or a single letter
    if (!function(id) && norm.size() >= 2) c = stem_of(intern(synonym_key(spelling_fold(word(id), nullptr))));
    ctx_[id] = c;
  }
  return ctx_[id] == kNone - 1 ? kNone : ctx_[id];
}

}  // namespace qa
}  // namespace fc
