// Event extractor: the object a verb acts on, read from the words after it ("recalled its ambassador to Vetland").
#include <string_view>

#include "extract/entity_tables.h"
#include "extract/event_tables.h"
#include "extract/events_internal.h"
#include "extract/lexicon.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc {
namespace events_detail {
namespace {

bool own_possessive(std::string_view w) { return w == "its" || w == "their" || w == "his" || w == "her" || w == "our"; }

}  // namespace

bool determiner(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || own_possessive(w);
}

Object read_object(const Ctx& c, size_t k) {
  Object o;
  const auto& t = c.t;
  size_t sentence = k < t.size() ? t[k].sentence : 0;
  while (k < t.size() && verb_filler(t[k])) ++k;
  if (k < t.size() && determiner(t[k].norm)) {
    o.own = own_possessive(t[k].norm);
    if (o.own && !t[k].is("our")) o.own_word = t[k].norm;  // "his counterpart", not "its counterpart"
    ++k;
  }
  if (o.own && k < t.size() && t[k].is("own")) ++k;  // "recalled its own ambassador"
  static const WordSet kAbout = {"more", "than", "less", "fewer", "about", "around", "some", "nearly", "almost",
                                 "over", "up", "to", "at", "least", "another"};
  size_t q = k;
  while (q < t.size() && q < k + 3 && kAbout.has(t[q])) ++q;
  if (q > k && q < t.size() && t[q].kind == ScanKind::kNumber) k = q;  // "more than 2,000 residents"
  o.count = k < t.size() && t[k].kind == ScanKind::kNumber;
  const size_t person = k < t.size() && t[k].is("him") ? events_detail::person_pronoun(c, k) : t.size();
  if (person < t.size()) {  // "handed him a four-year ban": the one person named just before
    auto [a, b] = ent_span(c, c.ent_at[person], person);
    o.head = agent_key(c, c.ent_at[person], a, b, &o.name), o.end = k + 1, o.entity = true;
    return o;
  }
  for (size_t n = 0; n < 8 && k < t.size() && t[k].sentence == sentence; ++n, ++k) {
    if (quote_mark(t[k])) continue;  // the "foreign agents" law
    if (k + 1 < t.size() && t[k + 1].is("'s")) {
      ++k, o.head.clear(), o.entity = false;  // "the country's new law": the possessor is not the object
      continue;
    }
    if (c.ent_at[k] >= 0) {
      auto [a, b] = ent_span(c, c.ent_at[k], k);
      static const WordSet kAdverb = {"twice", "once", "thrice", "too", "already", "still", "ever", "earlier", "later",
                                      "there", "here", "home", "abroad", "ago", "last", "first", "instead"};
      if (b < t.size() && t[b].kind == ScanKind::kWord && !t[b].cap && !function_word(t[b]) && !kAdverb.has(t[b]) &&
          !verb_filler(t[b])) {
        k = b - 1;  // a name used as a modifier: "its Washington ambassador"
        continue;
      }
      o.head = agent_key(c, c.ent_at[k], a, b, &o.name), o.end = b, o.entity = true;
      return o;
    }
    if (t[k].kind == ScanKind::kNumber && !o.head.empty()) break;  // "fined the operator 38 million": an amount
    if (t[k].kind == ScanKind::kNumber) continue;
    if (t[k].kind != ScanKind::kWord || function_word(t[k])) break;
    static const WordSet kAfter = {"late", "early", "overnight", "earlier", "later", "last", "next", "this", "tonight",
                                   "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    if (!o.head.empty() && (verb_filler(t[k]) || kAfter.has(t[k]))) break;  // "arrested two suspects yesterday"
    static const WordSet kCount = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens"};
    if (o.head.empty() && kCount.has(t[k])) continue;  // "arrested two suspects": the suspects
    const std::string* syn = patient_of(t[k]);
    o.head = syn ? *syn : noun_lemma(t[k].norm);
    o.end = k + 1;
    o.name = o.head;  // the same readable object in every source: "ambassador" for "its Washington envoy"
    if (syn) break;  // a known object noun ends the phrase ("its envoy home")
  }
  return o;
}

}  // namespace events_detail
}  // namespace fc
