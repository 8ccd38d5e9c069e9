// Speakers the quote extractor leaves unknown, read from the entities of the quote's sentence, so that the rarity
// join (quotes_rare.cpp) can weigh a quote its source attributes only loosely: "The minister, Ana Berg, defended the
// police, who acted \"within the law\"", or "Speaking later, she struck a firm tone: \"...\"" after a sentence that
// names her. Only quotes no other quote has joined take such a speaker: a wrong guess can then only fail to join.
#include <string_view>

#include "align/quotes_internal.h"

namespace fc {
namespace qa {
namespace {

constexpr size_t kSubjectTokens = 8;  // a speaker named this far into the sentence is its subject, not an object

std::string_view surname_of(std::string_view key) {
  const size_t sp = key.rfind(' ');
  return sp == std::string_view::npos ? key : key.substr(sp + 1);
}

// The one person named in [from, to) of a source, in full at least once; nullptr if none or two people. `any` is set
// when some person or organisation is named there at all.
const EntityMention* one_person(const SourceFindings& f, size_t from, size_t to, bool* any) {
  const EntityMention* who = nullptr;
  std::string_view last;
  for (const EntityMention& m : f.entities) {
    if (m.start < from || m.end > to || (m.type != "PERSON" && m.type != "ORG")) continue;
    *any = true;
    if (m.type != "PERSON") return nullptr;  // a firm or office may be the one speaking
    const std::string_view l = surname_of(m.key);
    if (!last.empty() && l != last) return nullptr;
    last = l;
    if (!who && m.canonical.find(' ') != std::string::npos) who = &m;
  }
  return who;
}

// The speaker of an unattributed quote starting at byte `qs`: the one person its sentence opens with, or, when the
// sentence names nobody before the quote and "he" or "she" stands there, the one person the sentence before names.
const EntityMention* sentence_speaker(const SourceFindings& f, size_t qs) {
  const TextIndex& ix = f.index;
  if (ix.sentences.empty() || ix.tokens.empty()) return nullptr;
  const size_t si = ix.sentence_at(qs);
  const Sentence& s = ix.sentences[si];
  size_t q = s.first_token;  // first token of the quote
  while (q < s.end_token && ix.tokens[q].start < qs) ++q;
  bool any = false;
  if (const EntityMention* m = one_person(f, s.start, qs, &any)) {
    size_t k = s.first_token;
    while (k < q && ix.tokens[k].start < m->start) ++k;
    return k - s.first_token <= kSubjectTokens ? m : nullptr;
  }
  if (any || si == 0) return nullptr;
  bool pronoun = false;
  for (size_t k = s.first_token; k < q && !pronoun; ++k) pronoun = ix.tokens[k].norm == "he" || ix.tokens[k].norm == "she";
  if (!pronoun) return nullptr;
  const Sentence& prev = ix.sentences[si - 1];
  return one_person(f, prev.start, prev.end, &any);
}

}  // namespace

void infer_speakers(std::vector<Item>& items, const std::vector<size_t>& cluster,
                    const std::vector<SourceFindings>& all, Vocab& vocab) {
  std::vector<size_t> members(items.size(), 0);  // items per cluster id
  for (size_t c : cluster) if (c < members.size()) ++members[c];
  for (size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (it.speaker != 0 || (it.kind != 'd' && it.kind != 'p') || it.parent >= 0 || members[cluster[i]] != 1) continue;
    if (it.src >= all.size() || !all[it.src].source) continue;
    if (const EntityMention* m = sentence_speaker(all[it.src], it.quote->start)) {
      it.speaker = vocab.intern(speaker_key_of(m->canonical));
    }
  }
}

}  // namespace qa
}  // namespace fc
