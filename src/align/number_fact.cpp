// A number group written out as a fact: its label, mentions, verdict and why.
#include "align/number_fact.h"

#include <algorithm>
#include <set>
#include <string>

#include "align/mention_util.h"
#include "align/number_why.h"
#include "align/number_words.h"
#include "extract/number_tables.h"
#include "extract/words.h"

namespace fc::num_align {
namespace {

// The words right after a number, up to the next punctuation, so a reader sees what it is about:
// "more than four decades in politics" -> "in politics". Empty if they are only function words.
std::string context_hint(const SourceFindings& f, const NumberMention& m) {
  const TextIndex& idx = f.index;
  if (idx.sentences.empty() || !f.source) return "";
  const Sentence& s = idx.sentences[idx.sentence_at(m.start)];
  size_t first = 0, last = 0, n = 0;
  bool skip_counts = m.unit == "percent" && !m.counts.empty();  // "40% of homes in the province"
  for (size_t i = s.first_token; i < s.end_token && i < idx.tokens.size() && n < 4; ++i) {
    const Token& t = idx.tokens[i];
    if (t.start < m.end) continue;
    if (t.kind != TokenKind::kWord) break;
    if (skip_counts) {
      skip_counts = noun_lemma(t.norm) != m.counts;
      continue;
    }
    if (n++ == 0) first = t.start;
    if (!is_function_word(t.norm)) last = t.end;  // end on a content word: "were evacuated", not "... from the"
  }
  if (last == 0) return "";
  return f.source->text.substr(first, last - first);
}

// The label of a number fact from its first mention: "Percentage of homes", "Amount in EUR", "Number of deaths".
std::string label_for(const NumberMention& m) {
  if (m.unit == "percent") return m.counts.empty() ? "Percentage" : "Percentage of " + noun_plural(m.counts);
  if (!m.unit.empty()) return "Amount in " + m.unit + (m.counts.empty() ? "" : " (" + m.counts + ")");
  if (m.counts == "age") return "Age";
  if (m.counts == "score") return "Score";
  if (m.counts.rfind("in ", 0) == 0) return "Number " + m.counts;  // "Number in intensive care"
  const size_t per = m.counts.find(" per ");  // a rate: "Rate in kilometres per hour", not "kilometre per hours"
  if (per != std::string::npos) return "Rate in " + noun_plural(m.counts.substr(0, per)) + m.counts.substr(per);
  // "19 injured" counts an adjective: "Number of injured", not "injureds"; a unit of measure is a noun ("kilometres").
  auto word = num_tables().count_words.find(m.counts);
  const bool unit = num_align::noun_rows().measure.count(m.counts) > 0;
  if (word != num_tables().count_words.end() && word->second.value == m.counts && !unit) return "Number of " + m.counts;
  if (looks_plural(m.counts) && noun_lemma(m.counts) == m.counts) return "Number of " + m.counts;  // "aircraft"
  const size_t space = m.counts.find(' ');  // "vote against": "Number of votes against"
  if (space != std::string::npos && is_function_word(m.counts.substr(space + 1)))
    return "Number of " + noun_plural(m.counts.substr(0, space)) + m.counts.substr(space);
  return "Number of " + noun_plural(m.counts);
}

}  // namespace

Fact make_number_fact(const std::vector<SourceFindings>& all, const std::vector<NumItem>& items,
                       const NumGroup& group) {
  const std::vector<size_t>& members = group.members;
  const bool conflict = group.conflict;
  Fact f;
  f.kind = "number";
  const NumItem& first = items[members.front()];
  f.label = label_for(*first.m);
  std::string hint = context_hint(all[first.source], *first.m);
  if (!hint.empty()) f.label += " (" + hint + ")";
  std::set<size_t> sources;
  bool vague = false;
  f.mentions.reserve(members.size());
  for (size_t k : members) {
    const NumberMention& m = *items[k].m;
    Mention men = make_mention(all[items[k].source], m.start, m.end, m.value, m.rule);
    men.extra.reserve(3);
    men.extra.emplace_back("counts", m.counts);
    men.extra.emplace_back("unit", m.unit);
    men.extra.emplace_back("vague", m.vague ? "true" : "false");
    f.mentions.push_back(std::move(men));
    if (std::find(f.values.begin(), f.values.end(), m.value) == f.values.end()) f.values.push_back(m.value);
    sources.insert(items[k].source);
    vague = vague || m.vague;
  }
  if (conflict) {
    f.verdict = "conflict";
    f.why = conflict_why(all, items, members);
    if (group.aligned > 0) {
      f.why += "; the lone value's source states the others' value nowhere, and its sentence matches " +
               std::to_string(group.aligned) + " of theirs by rare words";
      // Reports days apart may tell a count before and after it changed: say the conflict is unclear.
      if (group.unclear) f.label += " - unclear: reports days apart, a later one may update the count";
    }
  } else if (sources.size() < 2) {
    f.verdict = "single";
    f.why = "only one source states this number";
  } else {
    f.verdict = "agree";
    f.why = f.values.size() == 1 ? "same value in every source"
                                 : vague ? vague_why(items, members) : "same value, written differently";
    f.why += group.rare ? num_align::rare_why(all, items, members) : nouns_why(all, items, members);
    if (group.aligned > 0) f.why += "; a lone mention joined by its sentence, the best match of theirs by rare words";
  }
  return f;
}


}  // namespace fc::num_align
