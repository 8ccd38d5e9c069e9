// Speech verbs from the table, and unquoted sayings: "we used to say: ..." and "with the comment that ...".
#include <algorithm>
#include <unordered_map>

#include "extract/quotes_internal.h"
#include "core/sort.h"
#include "rules/rules.h"

namespace fc {
namespace qx {
namespace {

struct Phrase {
  std::vector<std::string> words;
  std::string id;
};

// Rows "id<TAB>form|form" as word lists, longest first so the longest form wins regardless of row order.
std::vector<Phrase> load_phrases(const char* path) {
  std::vector<Phrase> out;
  for (const RuleRow& row : rule_rows(path)) {
    if (row.fields.size() < 2) continue;
    for (std::string_view form : split_field(row.fields[1])) {
      Phrase ph;
      ph.id = std::string(row.fields[0]);
      for (std::string_view word : split_field(form, ' ')) {
        if (!word.empty()) ph.words.emplace_back(word);
      }
      if (!ph.words.empty()) out.push_back(std::move(ph));
    }
  }
  fc::sort_by(out.begin(), out.end(), [](const Phrase& a, const Phrase& b) { return a.words.size() > b.words.size(); });
  return out;
}

// Phrases grouped by first word, each group in table order: a token only tries the phrases that can match it.
// Only tokens the lexicon marks with `head` (kVerbHead, kCueHead) are looked up.
struct PhraseIndex {
  std::vector<Phrase> phrases;
  std::unordered_map<std::string_view, std::vector<const Phrase*>, ViewHash> by_first;  // keys view the phrases' words
  uint32_t head = 0;
  PhraseIndex(const PhraseIndex&) = delete;  // by_first points into phrases
  PhraseIndex(std::vector<Phrase> list, uint32_t head_bit) : phrases(std::move(list)), head(head_bit) {
    for (const Phrase& ph : phrases) by_first[ph.words.front()].push_back(&ph);
  }
  const std::vector<const Phrase*>& starting(const Tok& t) const {
    if (t.kind != TokKind::kWord || !(t.bits & head)) return none;
    auto it = by_first.find(t.norm);
    return it == by_first.end() ? none : it->second;
  }
  const std::vector<const Phrase*> none;
};

const PhraseIndex& verbs() { static const PhraseIndex v(load_phrases("en/speech_verbs.tsv"), kVerbHead); return v; }
const PhraseIndex& cues() {
  static const PhraseIndex v = [] {
    std::vector<Phrase> out;
    for (const RuleRow& row : rule_rows("en/saying_cues.tsv")) {
      if (row.fields.size() < 2) continue;
      Phrase ph;
      ph.id = std::string(row.fields[0]);
      std::string_view f = row.fields[1];
      for (size_t q = 0; q < f.size();) {
        size_t sp = std::min(f.find(' ', q), f.size());
        if (sp > q) ph.words.emplace_back(f.substr(q, sp - q));
        q = sp + 1;
      }
      if (!ph.words.empty()) out.push_back(std::move(ph));
    }
    return PhraseIndex(std::move(out), kCueHead);
  }();
  return v;
}

bool match_at(const std::vector<Tok>& toks, size_t i, const Phrase& ph) {
  if (i + ph.words.size() > toks.size()) return false;
  for (size_t k = 0; k < ph.words.size(); ++k) {
    // cue rows may hold punctuation ("saying :"); quote marks and breaks never match
    const TokKind kind = toks[i + k].kind;
    if ((kind != TokKind::kWord && kind != TokKind::kPunct) || toks[i + k].norm != ph.words[k]) return false;
  }
  return true;
}

// Where a markless saying that starts at token `i` ends: the sentence end, a line break or its quote's end.
size_t saying_end(const std::vector<Tok>& toks, size_t i, int quote, size_t max_words) {
  size_t words = 0;
  for (size_t k = i; k < toks.size(); ++k) {
    const Tok& t = toks[k];
    if (t.kind == TokKind::kBreak || t.quote != quote || ends_sentence(toks, k) || t.norm == ";") return k;
    if (t.kind == TokKind::kMark) return toks.size();  // a quote mark inside: leave it to the mark scanner
    if (t.kind == TokKind::kWord && ++words > max_words) return toks.size();
  }
  return toks.size() - 0;
}

Span saying_span(const std::vector<Tok>& toks, size_t a, size_t b, const std::string& family) {
  Span sp;
  sp.open = toks[a].start;
  sp.start = toks[a].start;
  sp.end = toks[b - 1].end;
  sp.close = sp.end;
  sp.family = family;
  return sp;
}

}  // namespace

std::vector<std::string_view> phrase_heads(bool cue_table) {
  std::vector<std::string_view> out;
  for (const auto& kv : (cue_table ? cues() : verbs()).by_first) out.push_back(kv.first);
  return out;
}

void mark_speech_verbs(std::vector<Tok>& toks) {
  const PhraseIndex& table = verbs();
  for (size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    t.verb = nullptr;
    // a capitalised "Said" inside a run of names is a name ("Omar Said"), not a verb
    if (t.cap && i > 0 && toks[i - 1].cap && toks[i - 1].kind == TokKind::kWord) continue;
    // after a determiner it is a noun: "a warning", "his reply"
    if (i > 0 && (toks[i - 1].bits & kVerbDet)) continue;
    for (const Phrase* p : table.starting(t)) {
      if (match_at(toks, i, *p)) {
        t.verb = &p->id;
        t.verb_last = static_cast<uint32_t>(i + p->words.size() - 1);
        break;
      }
    }
  }
}

std::vector<Span> find_sayings(std::string_view, const std::vector<Tok>& toks) {
  std::vector<Span> out;
  for (size_t c = 1; c + 1 < toks.size(); ++c) {
    if (toks[c].norm != ":") continue;
    // a speech verb right before the colon, maybe with a short object ("told reporters:")
    bool verb = false;
    for (size_t back = 1; back <= 3 && back <= c && !verb; ++back) {
      VerbHit h = speech_verb_at(toks, c - back);
      verb = !h.id.empty() && h.last + 1 <= c && c - h.last <= 3;
    }
    if (!verb || toks[c + 1].kind != TokKind::kWord) continue;
    size_t e = saying_end(toks, c + 1, toks[c].quote, 40);
    if (e < toks.size() && e > c + 1) out.push_back(saying_span(toks, c + 1, e, "colon"));
  }
  const PhraseIndex& cue_table = cues();
  for (size_t i = 0; i < toks.size(); ++i) {
    for (const Phrase* p : cue_table.starting(toks[i])) {
      const Phrase& ph = *p;
      if (!match_at(toks, i, ph)) continue;
      size_t a = i + ph.words.size();
      if (a >= toks.size() || toks[a].kind != TokKind::kWord) continue;
      size_t e = saying_end(toks, a, toks[i].quote, 25);
      if (e < toks.size() && e > a) out.push_back(saying_span(toks, a, e, "cue:" + ph.id));
    }
  }
  return out;
}

}  // namespace qx
}  // namespace fc
