// Lone names opening a sentence or a headline ("Belmarra brokers prisoner exchange"): the extractor cannot tell them
// from any capitalised first word, but a word the story names elsewhere as a place, a firm or a name written
// mid-sentence is that name.
#include <algorithm>

#include "align/entities_align_keys.h"
#include "extract/entity_tables.h"
#include "extract/lexicon.h"
#include "extract/words.h"

namespace fc {
namespace {

bool known_word(const std::string& key, const std::string& lower, const NameIndex& ix) {
  if (key.empty() || ix.full.count(key) || ix.given.count(key)) return false;  // a surname or given name alone
  return ix.words.count(key) || ix.orgs.count(key) || (ix.places.count(key) && ix.place_words.count(lower));
}

// True if some entity mention of the source covers byte `at`.
bool covered(const SourceFindings& f, size_t at) {
  return std::any_of(f.entities.begin(), f.entities.end(), [&](const EntityMention& m) { return m.start <= at && at < m.end; });
}

}  // namespace

std::vector<std::pair<size_t, EntityMention>> known_sentence_starts(const std::vector<SourceFindings>& all,
                                                                    const NameIndex& ix) {
  std::vector<std::pair<size_t, EntityMention>> out;
  for (size_t s = 0; s < all.size(); ++s) {
    const TextIndex& x = all[s].index;
    for (const Sentence& sen : x.sentences) {
      const size_t k = sen.first_token;
      if (k >= x.tokens.size() || k + 1 >= sen.end_token) continue;
      const Token& t = x.tokens[k];
      const Token& next = x.tokens[k + 1];
      // one capitalised word of letters, not the first of a longer name
      if (t.kind != TokenKind::kWord || !t.capitalized || t.norm.size() < 4 || next.capitalized) continue;
      if (!std::all_of(t.norm.begin(), t.norm.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c & 0x80); })) continue;
      // a word some rule table names ("Nine", "Officials") or a function word ("There") is no name
      if (covered(all[s], t.start) || word_id(t.norm) != kNoWord || is_function_word(t.norm)) continue;
      EntityMention m;
      m.start = t.start, m.end = t.end;
      m.text = m.canonical = all[s].source->text.substr(t.start, t.end - t.start);
      m.key = name_key(m.text);
      if (!known_word(m.key, t.norm, ix)) continue;
      m.type = "OTHER", m.rule = "ent.name.start.known";
      out.emplace_back(s, std::move(m));
    }
  }
  return out;
}

}  // namespace fc
