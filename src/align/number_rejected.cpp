// A figure a source cites only to set it aside for its own, found by the words around two rival figures.
#include "align/number_rejected.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace fc::num_align {
namespace {

// Tokens looked at before a figure for "not" or "rather than" ("not the one million", "rather than the 40").
constexpr size_t kLookBack = 3;
// Rival figures further apart than this factor are two different things, not a correction.
constexpr double kMaxFactor = 10;

// Words that make a figure someone else's claim ("media reported", "the claimed", "reportedly").
bool claim_cue(const std::string& w) {
  static const std::set<std::string> kCues = {"claimed", "alleged", "rumoured", "rumored", "reportedly",
                                              "supposedly", "media", "erroneously", "wrongly", "mistakenly"};
  return kCues.count(w) > 0;
}

// True if `a` and `b` are figures of one kind that differ: the same unit, the same noun (or one has none), within
// kMaxFactor of each other.
bool rivals(const NumberMention& a, const NumberMention& b) {
  if (a.unit != b.unit || a.nominal == b.nominal || !(a.nominal > 0) || !(b.nominal > 0)) return false;
  if (!a.counts.empty() && !b.counts.empty() && a.counts != b.counts) return false;
  return std::max(a.nominal, b.nominal) <= kMaxFactor * std::min(a.nominal, b.nominal);
}

// How a figure starting at token `i` is introduced: 1 after "not", 2 after "rather than" / "instead of", else 0.
int introduced(const TextIndex& idx, size_t first, size_t i) {
  for (size_t back = 1; back <= kLookBack && i >= first + back; ++back) {
    const std::string& w = idx.tokens[i - back].norm;
    if (w == "not") return 1;
    if (i >= first + back + 1) {
      const std::string& v = idx.tokens[i - back - 1].norm;
      if ((v == "rather" && w == "than") || (v == "instead" && w == "of")) return 2;
    }
    if (w != "the" && w != "a" && w != "an" && w != "some" && w != "about" && w != "around") break;
  }
  return 0;
}

// True if a token "but" lies in [from, to).
bool but_between(const TextIndex& idx, size_t from, size_t to) {
  for (size_t i = from; i < to && i < idx.tokens.size(); ++i) if (idx.tokens[i].norm == "but") return true;
  return false;
}

// True if the tokens [first, end) hold a word that may set one figure against another.
bool contrasts(const TextIndex& idx, size_t first, size_t end) {
  for (size_t i = first; i < end; ++i) {
    const std::string& w = idx.tokens[i].norm;
    if (w == "but" || w == "rather" || w == "instead") return true;
  }
  return false;
}

// True if a claim cue lies in [from, to).
bool cue_between(const TextIndex& idx, size_t from, size_t to) {
  for (size_t i = from; i < to && i < idx.tokens.size(); ++i) if (claim_cue(idx.tokens[i].norm)) return true;
  return false;
}

// True if mention `k` is set aside for a rival figure of its sentence [first, end).
bool rejected(const SourceFindings& f, size_t k, size_t first, size_t end) {
  const TextIndex& idx = f.index;
  const NumberMention& m = f.numbers[k];
  const size_t i = idx.token_at(m.start, first, end);
  const int how = introduced(idx, first, i);
  for (size_t j = 0; j < f.numbers.size(); ++j) {
    const NumberMention& r = f.numbers[j];
    if (j == k || r.start < idx.tokens[first].start || r.start >= idx.tokens[end - 1].end || !rivals(m, r)) continue;
    if (how == 2) return true;  // "730,000 rather than one million": the rival may come first
    if (r.start < m.end) continue;
    const size_t ri = idx.token_at(r.start, first, end);
    if (!but_between(idx, i, ri)) continue;
    if (how == 1 || cue_between(idx, first, ri)) return true;
  }
  return false;
}

}  // namespace

std::vector<bool> rejected_figures(const SourceFindings& f) {
  std::vector<bool> out(f.numbers.size(), false);
  const TextIndex& idx = f.index;
  if (idx.sentences.empty() || idx.tokens.empty() || f.numbers.size() < 2) return out;
  std::map<size_t, bool> contrast;  // sentence -> holds "but", "rather" or "instead"
  for (size_t k = 0; k < f.numbers.size(); ++k) {
    const size_t at = idx.sentence_at(f.numbers[k].start);
    const Sentence& s = idx.sentences[at];
    const size_t first = std::min(s.first_token, idx.tokens.size()), end = std::min(s.end_token, idx.tokens.size());
    auto c = contrast.find(at);
    if (c == contrast.end()) c = contrast.emplace(at, contrasts(idx, first, end)).first;
    if (c->second && first < end) out[k] = rejected(f, k, first, end);
  }
  return out;
}

}  // namespace fc::num_align
