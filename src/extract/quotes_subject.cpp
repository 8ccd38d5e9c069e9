// Attribution, the subject side: sentence bounds and the subject of a speech verb ("X, who ..., said").
#include <string>
#include <string_view>
#include <vector>

#include "extract/quotes_internal.h"

namespace fc {
namespace qx {
namespace {

bool name_word_or_title(const Tok& t) {
  return t.kind == TokKind::kWord && ((t.cap && t.norm != "the" && t.norm != "a") || is_title(t));
}

// An apposition of a role and a name, tokens [k, j): "the surgeon Naomi Achterberg", "surgeon Naomi Achterberg"; a
// phrase with a function word ("owned by Lars Berg", "a friend of Ana Lind") names someone else.
bool role_then_name(const std::vector<Tok>& toks, size_t k, size_t j) {
  size_t a = k < j && (toks[k].norm == "the" || toks[k].norm == "a" || toks[k].norm == "an") ? k + 1 : k;
  size_t roles = 0;
  for (; a < j && roles < 2 && toks[a].kind == TokKind::kWord && !toks[a].cap && !function_word(toks[a]); ++a) ++roles;
  if (roles == 0) return false;
  size_t names = 0;
  for (; a < j && name_word(toks[a]) && !is_title(toks[a]); ++a) ++names;
  return a == j && names >= 2;
}

// The subject a sentence opens with, after a leading phrase ("In Moscow, ..."): a name, an organisation or a pronoun.
Speaker sentence_subject(std::string_view text, const std::vector<Tok>& toks, size_t floor, size_t v) {
  size_t s = floor;
  if (s < v && (toks[s].bits & kLeadPrep)) {
    while (s < v && toks[s].norm != ",") ++s;
    ++s;
  }
  for (size_t k = s; k < v && k < s + 8; ++k) {
    const Tok& t = toks[k];
    if (t.kind == TokKind::kMark) continue;  // "the workers' union"
    if (t.kind != TokKind::kWord) break;
    bool ends_np = k + 1 >= v || toks[k + 1].kind != TokKind::kWord || (!toks[k + 1].cap && !is_org_head(toks[k + 1]));
    bool head = (t.cap && t.norm != "the" && t.norm != "a") || is_org_head(t) || !pronoun_id(t).empty();
    if (head && ends_np) return speaker_ending_at(text, toks, k, s);
  }
  return Speaker{};
}

}  // namespace

bool skippable(const Tok& t) {
  if (t.kind != TokKind::kWord) return false;
  if (t.norm.size() > 4 && t.norm.compare(t.norm.size() - 2, 2, "ly") == 0) return true;
  return (t.bits & kSkippable) != 0;
}

bool boundary(const std::vector<Tok>& toks, size_t k) {
  return toks[k].kind == TokKind::kBreak || ends_sentence(toks, k);
}

// First token of the sentence holding token i (stops at breaks, sentence ends and other quotes).
size_t sentence_floor(const std::vector<Tok>& toks, size_t i, int self) {
  size_t k = i;
  while (k > 0) {
    const Tok& p = toks[k - 1];
    if (boundary(toks, k - 1) && p.quote == -1) break;
    if (p.quote != -1 && p.quote != self) break;
    --k;
  }
  return k;
}

// The subject of the speech verb at token v: skips adverbs and one parenthetical ("X, who ..., said").
Speaker subject_of(std::string_view text, const std::vector<Tok>& toks, size_t v, size_t floor) {
  Speaker none;
  if (v == 0 || v <= floor) return none;
  // "The union welcomed the promise but said ...": the subject of the whole sentence
  if (toks[v - 1].norm == "but" || toks[v - 1].norm == "and") {
    size_t start = v;  // the sentence start, across any quote inside the sentence
    while (start > 0 && !boundary(toks, start - 1)) --start;
    return sentence_subject(text, toks, start, v);
  }
  size_t j = v - 1;
  while (j > floor) {
    if (skippable(toks[j])) { --j; continue; }
    // a short time or place phrase between subject and verb: "the ministry on Thursday urged"
    bool pp = j >= floor + 2 && (toks[j - 1].norm == "on" || toks[j - 1].norm == "in" || toks[j - 1].norm == "at" ||
                                 toks[j - 1].norm == "last" || toks[j - 1].norm == "this");
    if (pp && toks[j].kind == TokKind::kWord && toks[j - 2].kind == TokKind::kWord) { j -= 2; continue; }
    break;
  }
  if (toks[j].norm == "," || toks[j].norm == "-" || toks[j].norm == "\u2014") {
    bool participle = toks[v].norm.size() > 4 && toks[v].norm.compare(toks[v].norm.size() - 3, 3, "ing") == 0;
    if (participle) {
      // "X hit back, writing that ...": the subject of the main speech verb, else of the main clause
      for (size_t k = j; k-- > floor;) {
        VerbHit h = speech_verb_at(toks, k);
        if (!h.id.empty() && h.last < j) return subject_of(text, toks, k, floor);
      }
      return sentence_subject(text, toks, floor, v);
    }
    size_t k = j;
    size_t steps = 0;
    while (k > floor && toks[k - 1].norm != "," && steps++ < 30) --k;
    if (k <= floor + 1) return none;
    // an apposition holding the name: "His partner, presenter Dana Pike, said"
    if (j > k && (name_word_or_title(toks[k]) || role_then_name(toks, k, j))) {
      Speaker in = speaker_ending_at(text, toks, j - 1, k);
      if (!in.name.empty() && in.rule.rfind("org:", 0) != 0) return in;
    }
    j = k - 2;
  }
  return speaker_ending_at(text, toks, j, floor);
}

}  // namespace qx
}  // namespace fc
