// Reported speech: "Minister Ana Berg said (that) the plan would fail" in a source that does not quote her, found
// so that it can join the same statement another source quotes word for word (quotes_match.cpp decides).
#include <algorithm>
#include <set>

#include "align/quotes_internal.h"

namespace fc {
namespace qa {
namespace {

// Verbs that report a statement in the speaker's sense: what follows is what was said.
bool reporting_verb(const std::string& w) {
  static const std::set<std::string> kVerbs = {"said", "says", "argued", "warned", "added", "stressed", "insisted",
                                               "admitted", "declared", "explained", "noted", "called", "told"};
  return kVerbs.count(w) > 0;
}

bool quote_char_in(std::string_view s) {
  for (std::string_view q : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"}) {
    if (s.find(q) != std::string_view::npos) return true;
  }
  return false;
}

// Token index of the first token starting at or after byte `pos` in [from, to), or `to`.
size_t token_at(const TextIndex& ix, size_t from, size_t to, size_t pos) {
  while (from < to && ix.tokens[from].start < pos) ++from;
  return from;
}

// The person mention that speaks with the verb at token `v`: a full name right before it, or before an apposition
// set off by commas ("Mirela Dobrescu, the labour minister, argued"); nullptr if none.
const EntityMention* speaker_before(const SourceFindings& f, size_t first, size_t v) {
  const TextIndex& ix = f.index;
  const EntityMention* best = nullptr;
  for (const EntityMention& m : f.entities) {
    if (m.type != "PERSON" || m.canonical.find(' ') == std::string::npos || m.start < ix.tokens[first].start ||
        m.end > ix.tokens[v].start)
      continue;
    const size_t after = token_at(ix, first, v, m.end);
    if (after > v) continue;
    const bool right_before = after == v;
    const bool apposition = v > after + 2 && v - after <= 10 && ix.tokens[after].norm == "," && ix.tokens[v - 1].norm == ",";
    if (right_before || apposition) best = &m;
  }
  return best;
}

// Where the reported words start after the verb at `v`: "that" and, after "told", its object are skipped; "called"
// reports only "called it ..."; `end` if nothing fits.
size_t clause_start(const TextIndex& ix, size_t v, size_t end) {
  size_t k = v + 1;
  const std::string& verb = ix.tokens[v].norm;
  if (verb == "told") {  // "told reporters (that) ...", "told the assembly ..."
    size_t that = k;
    while (that < end && that < v + 4 && ix.tokens[that].norm != "that") ++that;
    if (that < end && ix.tokens[that].norm == "that") return that + 1;
    return k + 1 < end && (ix.tokens[k].norm == "the" || ix.tokens[k].norm == "a") ? k + 2 : k + 1;
  }
  if (verb == "called") return k + 1 < end && ix.tokens[k].norm == "it" ? k + 1 : end;
  if (k < end && ix.tokens[k].norm == "that") ++k;
  return k;
}

// Reported statements of one source whose speaker is in `quoted` (speaker keys quoted by other sources).
void reported_in(const SourceFindings& f, const std::set<std::string>& quoted, std::vector<Quote>& out) {
  const TextIndex& ix = f.index;
  const std::string_view text = f.source->text;
  for (const Sentence& s : ix.sentences) {
    if (s.end_token <= s.first_token + 4 || quote_char_in(text.substr(s.start, s.end - s.start))) continue;
    for (size_t v = s.first_token + 2; v < s.end_token; ++v) {
      if (!reporting_verb(ix.tokens[v].norm)) continue;
      const EntityMention* who = speaker_before(f, s.first_token, v);
      if (!who || !quoted.count(speaker_key_of(who->canonical))) continue;
      size_t a = clause_start(ix, v, s.end_token), b = s.end_token;
      while (b > a && ix.tokens[b - 1].kind == TokenKind::kPunct) --b;
      if (b < a + 3) continue;
      Quote q;
      q.start = ix.tokens[a].start, q.end = ix.tokens[b - 1].end;
      q.text = std::string(text.substr(q.start, q.end - q.start));
      q.speaker = who->canonical, q.speaker_start = who->start, q.speaker_end = who->end;
      q.kind = "reported", q.rule = "reported:verb:" + ix.tokens[v].norm;
      out.push_back(std::move(q));
      break;
    }
  }
}

}  // namespace

bool add_reported(const std::vector<SourceFindings>& all, const std::vector<SourceFindings>& use,
                  std::vector<SourceFindings>* out) {
  std::vector<std::set<std::string>> quoted_elsewhere(all.size());
  for (size_t s = 0; s < use.size(); ++s) {
    for (const Quote& q : use[s].quotes) {
      if (q.speaker.empty() || q.kind == "scare" || q.kind == "title") continue;
      const std::string key = speaker_key_of(q.speaker);
      for (size_t o = 0; o < all.size(); ++o) if (o != s) quoted_elsewhere[o].insert(key);
    }
  }
  std::vector<std::vector<Quote>> found(all.size());
  bool any = false;
  for (size_t s = 0; s < all.size() && s < use.size(); ++s) {
    if (quoted_elsewhere[s].empty() || !all[s].source) continue;
    reported_in(all[s], quoted_elsewhere[s], found[s]);
    any = any || !found[s].empty();
  }
  if (!any) return false;
  out->resize(use.size());
  for (size_t s = 0; s < use.size(); ++s) {
    SourceFindings& f = (*out)[s];
    f.source = use[s].source;
    f.anchor = use[s].anchor;
    f.index = use[s].index;
    f.quotes = use[s].quotes;
    f.quotes.insert(f.quotes.end(), found[s].begin(), found[s].end());
  }
  return true;
}

}  // namespace qa
}  // namespace fc
