// The quote extractor's lexicon: every word list and rule table it consults, merged into one hash table keyed by
// the word, so each token is looked up once when the text is tokenized instead of once per question asked.
#include <cstring>
#include <deque>
#include <unordered_map>

#include "extract/quotes_internal.h"
#include "rules/rules.h"

namespace fc {
namespace qx {
namespace {

// What the lexicon knows about one word (or two-word title).
struct Lex {
  uint32_t bits = 0;
  uint16_t title = 0;  // rows in ids_, 0 for none
  uint16_t org = 0;
  uint16_t pronoun = 0;
};

std::string_view strip_dot(std::string_view s) {
  while (!s.empty() && s.back() == '.') s.remove_suffix(1);
  return s;
}

class Lexicon {
 public:
  Lexicon() {
    add_words(kFunctionWord, {"the", "a", "an", "but", "and", "or", "so", "then", "when", "while", "after",
                              "before", "as", "if", "in", "on", "at", "of", "for", "with", "by", "to",
                              "this", "that", "these", "those", "it", "its", "his", "her", "their", "our",
                              "my", "your", "we", "they", "i", "you", "he", "she", "also", "still", "yet",
                              "meanwhile", "however", "earlier", "later", "now", "asked", "from"});
    add_words(kCalendar, {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "january", "february", "march", "april", "june", "july", "august",
                          "september", "october", "november", "december", "since", "although"});
    add_words(kSkippable, {"also", "then", "later", "again", "further", "has", "had", "have", "would",
                           "will", "was", "did", "does", "earlier", "once", "simply", "just", "had",
                           "in", "turn", "only", "repeatedly", "previously", "reportedly"});
    add_words(kVerbDet, {"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this"});
    add_words(kQuoteFunction, {"of", "the", "a", "an", "and", "in", "on", "for", "to", "with", "at", "by", "or"});
    add_words(kAnyCaseVerb, {"says", "said", "tells", "told", "adds", "warns", "claims", "insists"});
    add_words(kLeadPrep, {"in", "on", "at", "after", "before", "during", "with", "despite",
                          "within", "following", "shortly", "earlier", "later"});
    add_words(kObjectPrep, {"to", "of", "for", "from", "with", "at", "by", "near", "in", "on", "about"});
    add_words(kAbbrev, {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov",
                        "lt", "col", "prof", "no", "vs", "jan", "feb", "aug", "sept", "oct",
                        "nov", "dec", "inc", "corp", "co", "ltd", "maj", "capt", "sgt"});
    add_forms("en/person_titles.tsv", &Lex::title);
    add_forms("en/org_cues.tsv", &Lex::org);
    add_forms("en/pronouns.tsv", &Lex::pronoun);
    for (std::string_view w : phrase_heads(false)) entry(w).bits |= kVerbHead;
    for (std::string_view w : phrase_heads(true)) entry(w).bits |= kCueHead;
    freeze();
  }

  // Open addressing over the finished map: one hash, then mostly one probe with a length check first.
  const std::string& id(uint16_t row) const { return ids_[row]; }

  const Lex* find(std::string_view w) const {
    for (size_t p = ViewHash{}(w) & mask_;; p = (p + 1) & mask_) {
      const Slot& s = slots_[p];
      if (!s.lex) return nullptr;
      if (s.key.size() == w.size() && (w.empty() || std::memcmp(s.key.data(), w.data(), w.size()) == 0)) return s.lex;
    }
  }

 private:
  Lex& entry(std::string_view w) {
    auto it = map_.find(w);
    if (it != map_.end()) return it->second;
    keys_.emplace_back(w);
    return map_[keys_.back()];
  }

  void add_words(uint32_t bit, std::initializer_list<const char*> words) {
    for (const char* w : words) entry(w).bits |= bit;
  }

  // Rows "id<TAB>form|form..." (forms lower-case, trailing dots dropped); the first row naming a form keeps it.
  void add_forms(const char* path, uint16_t Lex::*slot) {
    for (const RuleRow& row : rule_rows(path)) {
      if (row.fields.size() < 2) continue;
      ids_.emplace_back(row.fields[0]);
      const uint16_t id = static_cast<uint16_t>(ids_.size() - 1);
      for (std::string_view form : split_field(row.fields[1])) {
        std::string_view key = strip_dot(form);
        Lex& e = entry(key);
        if (!(e.*slot)) e.*slot = id;
        size_t sp = key.find(' ');
        if (slot == &Lex::title && sp != std::string_view::npos) entry(key.substr(0, sp)).bits |= kTitleHead;
      }
    }
  }

  struct Slot {
    std::string_view key;
    const Lex* lex = nullptr;  // null: an empty slot
  };

  void freeze() {
    size_t cap = 16;
    while (cap < map_.size() * 3) cap <<= 1;  // a third full at most
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
    for (const auto& kv : map_) {
      size_t p = ViewHash{}(kv.first) & mask_;
      while (slots_[p].lex) p = (p + 1) & mask_;
      slots_[p] = Slot{kv.first, &kv.second};
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::deque<std::string> keys_;  // deque: elements never move, so the map's views stay valid
  std::vector<std::string> ids_{std::string()};  // row ids; 0 is "no row"
  std::unordered_map<std::string_view, Lex, ViewHash> map_;
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

bool sentence_end(const std::vector<Tok>& toks, size_t i) {
  std::string_view n = toks[i].norm;
  if (n != "." && n != "!" && n != "?" && n != "\u2026") return false;
  if (n != "." || i == 0) return true;
  const Tok& p = toks[i - 1];
  if (p.kind != TokKind::kWord || p.end != toks[i].start) return true;
  if (p.norm.size() == 1 && p.cap) return false;  // an initial: "J. Smith"
  return (p.bits & kAbbrev) == 0;
}

}  // namespace

const std::string& lex_id(uint16_t row) { return lexicon().id(row); }

void annotate(std::vector<Tok>& toks) {
  const Lexicon& lex = lexicon();
  std::string two;
  for (size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    const Lex* exact = lex.find(t.norm);
    const Lex* bare = !t.norm.empty() && t.norm.back() == '.' ? lex.find(strip_dot(t.norm)) : exact;
    t.bits = exact ? exact->bits : 0;
    if (bare) {
      t.title = bare->title;
      t.org = bare->org;
      t.pronoun = bare->pronoun;
    }
  }
  for (size_t i = 0; i < toks.size(); ++i) {
    toks[i].ends = sentence_end(toks, i);
    if (!(toks[i].bits & kTitleHead) || i + 1 >= toks.size()) continue;
    two.assign(toks[i].norm);
    two += ' ';
    two.append(toks[i + 1].norm);
    const Lex* e = lex.find(strip_dot(two));
    if (e) toks[i].title2 = e->title;
  }
  mark_speech_verbs(toks);
}

}  // namespace qx
}  // namespace fc
