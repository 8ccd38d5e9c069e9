// Event facts extended by sentence alignment: a source that tells the event with a verb no table lists ("Squillaci
// quit" beside "resigned", "the bank was sold off to" beside "agreed to buy") joins through its sentence, when that
// sentence and the event's sentences are each other's best match and share rare words.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <unordered_map>

#include "align/align.h"
#include "align/events_align_link.h"
#include "align/sentence_align.h"

namespace fc {
namespace {

constexpr double kMinScore = 0.3;  // shared weight over the smaller sentence's: below, two sentences merely touch
constexpr double kMinClause = 0.4;  // the same for the event's clause and the other sentence's best clause
constexpr size_t kShownWords = 4;  // shared words kept as the joined mention's evidence

struct Vote {
  std::set<size_t> sources;  // member sources whose sentence chose this one
  SentenceSpace::ClauseMatch clause;  // the clause the first such member's clause fits
};

// For cluster `c`, the sentence each missing source tells it in: target sentence -> votes, per source.
using BestMatches = std::unordered_map<size_t, std::vector<SentenceSpace::Match>>;  // sentence -> best per source

std::map<size_t, std::map<size_t, Vote>> votes_for(const SentenceSpace& space, const std::vector<EventItem>& c,
                                                   const std::set<size_t>& in, BestMatches& memo) {
  std::map<size_t, std::map<size_t, Vote>> out;  // source -> sentence -> vote
  std::set<size_t> done;
  for (const EventItem& it : c) {
    const size_t s = space.sentence_of(it.source, it.e->start);
    if (s == SIZE_MAX || !done.insert(s).second) continue;
    auto at = memo.find(s);  // a sentence holds several events: its matches are looked up once
    if (at == memo.end()) at = memo.emplace(s, space.best_per_source(s)).first;
    for (const SentenceSpace::Match& m : at->second) {
      const size_t b = space.source_of(m.sentence);
      if (in.count(b)) continue;
      if (!space.same_statement(s, m.sentence, kMinScore)) continue;
      // the event's own clause, not only its sentence: "resigned" beside the director's quote is no quote
      SentenceSpace::ClauseMatch clause = space.match_clause(s, it.e->start, it.e->end, m.sentence, kMinClause);
      if (!clause.ok && !clause.ok_with_event) continue;
      if (space.best_in(m.sentence, it.source).sentence != s) continue;  // each the other's best
      Vote& v = out[b][m.sentence];
      if (v.sources.empty()) v.clause = std::move(clause);
      v.sources.insert(it.source);
    }
  }
  return out;
}

// True if mention `e` may tell the act of `cluster` although the event aligner kept it apart (its object worded
// otherwise: "trading in the shares was halted" / "the quotation was suspended"): no doer, negation, frame, weekday,
// amount or named object sets them apart, and the act is not one the aligner tells apart by place or by its sides.
bool same_act_loosely(const EventMention& e, const std::vector<EventItem>& cluster) {
  if (place_told(e.action) || e.action == "call" || e.action == "meet") return false;
  for (const EventItem& it : cluster) {
    const EventMention& x = *it.e;
    if (x.negated != e.negated || x.frame != e.frame || amounts_apart(x, e)) return false;
    if (!x.when.empty() && !e.when.empty() && x.when != e.when) return false;  // "on Monday" / "on Friday"
    if (!x.agent.empty() && !e.agent.empty() && x.agent != e.agent) return false;  // "the army" / "police"
    if (x.object_named && e.object_named && x.patient != e.patient) return false;  // "beat Tarvas" / "beat Porto"
  }
  return true;
}

// The days a span of a source names: weekday words ("friday") and the dates tagged there ("2025-05-06").
std::set<std::string> days_in(const SourceFindings& src, size_t start, size_t end) {
  static const char* kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::set<std::string> out;
  std::string low(src.index.text.substr(start, end - start));
  for (char& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  for (const char* day : kWeekdays) if (low.find(day) != std::string::npos) out.insert(day);
  for (const Timex& t : src.dates) {
    if (t.start < start || t.end > end || t.type != "DATE") continue;
    for (const std::string& v : t.values) if (v.size() == 10) out.insert(v);
  }
  return out;
}

// True if two spans both name days and none in common: "halted on Tuesday" / "suspended on Friday".
bool days_apart(const std::set<std::string>& x, const std::set<std::string>& y) {
  if (x.empty() || y.empty()) return false;
  return std::none_of(x.begin(), x.end(), [&](const std::string& d) { return y.count(d) > 0; });
}

// True if source b's sentence [start, end) and a sentence of the cluster name different days.
bool other_days(const std::vector<SourceFindings>& all, const SentenceSpace& space, size_t b, size_t start, size_t end,
                const std::vector<EventItem>& cluster) {
  const std::set<std::string> mine = days_in(all[b], start, end);
  for (const EventItem& it : cluster) {
    const size_t s = space.sentence_of(it.source, it.e->start);
    if (s == SIZE_MAX) continue;
    const auto [from, to] = space.span(s);
    if (days_apart(mine, days_in(all[it.source], from, to))) return true;
  }
  return false;
}

// True if `text`, from a source published in `published`, names `year`: "2025", or "last year" for 2025 in 2026.
bool names_year(std::string_view text, int year, int published) {
  if (text.find(std::to_string(year)) != std::string_view::npos) return true;
  if (year == published - 1) return text.find("last year") != std::string_view::npos;
  return year == published + 1 && text.find("next year") != std::string_view::npos;
}

// True if the cluster tells an act in another year than source b's sentence [start, end): a mention of the cluster
// names a year (2024) that the sentence does not, and b was published in another year, or b's own mention `e` there
// names a year no mention of the cluster is in. "crew was released in 2016" never takes "will be released".
bool other_year(const std::vector<SourceFindings>& all, size_t b, size_t start, size_t end,
                const std::vector<EventItem>& cluster, const EventMention* e) {
  const std::string_view text = all[b].index.text.substr(start, end - start);
  const int b_year = all[b].anchor ? all[b].anchor->year : 0;
  // "last year" names the year before the source's publication
  const int e_year = !e ? 0 : e->year ? e->year : e->years_ago && b_year ? b_year - e->years_ago : 0;
  for (const EventItem& it : cluster) {
    const int y = it.e->year ? it.e->year : it.e->years_ago ? it.year : 0;
    if (y && b_year && y != b_year && !names_year(text, y, b_year)) return true;
    if (e_year && it.year && e_year != it.year) return true;
    if (e && earlier_than(*it.e, *e)) return true;  // "was detained last year" never takes "seized on Tuesday"
    if (e && earlier_than(*e, *it.e)) return true;
    if (e && e->nth && it.e->nth && e->nth != it.e->nth) return true;  // "first arrested" / "for the second time"
  }
  return false;
}

// True if the mentions come from two sources or more.
bool told_by_two(const std::vector<EventItem>& items) {
  return std::any_of(items.begin(), items.end(), [&](const EventItem& it) { return it.source != items.front().source; });
}

// True if source b's sentence [start, end) asks a question ("Can he win again?"): what may happen is not told.
bool question(const std::vector<SourceFindings>& all, size_t b, size_t start, size_t end) {
  return all[b].index.text.substr(start, end - start).find('?') != std::string_view::npos;
}

// A mention for the clause of source b's sentence that fits the cluster's: its words shared are the evidence.
EventMention clause_mention(const std::vector<SourceFindings>& all, size_t b, const SentenceSpace::ClauseMatch& clause,
                            const EventMention& model) {
  EventMention m;
  m.start = clause.start, m.end = clause.end;
  m.text = std::string(all[b].index.text.substr(m.start, m.end - m.start));
  m.action = model.action;
  m.words.assign(clause.shared.begin(), clause.shared.begin() + std::min(clause.shared.size(), kShownWords));
  m.rule = "sentence-align";
  return m;
}

// True if mention `e` acts on what a mention of the cluster acts on: the same object ("suspect") or the same
// people counted alike ("eleven suspects").
bool same_target(const EventMention& e, const std::vector<EventItem>& cluster) {
  return std::any_of(cluster.begin(), cluster.end(), [&](const EventItem& it) {
    return (!e.patient.empty() && e.patient == it.e->patient) || same_people(e, *it.e);
  });
}

// Picks source b's own event mention in the fitting clause of its sentence [start, end) into *taken, if one is free
// (no fact of two sources holds it). False when the sentence must not join: a mention whose agent is another was kept
// apart by the event aligner ("the army arrested" is not "police arrested"), or all are taken. A mention of the
// cluster's action there joins only alone, in the fitting clause, and when nothing but its wording sets it apart; a
// mention of another table act on the cluster's object in that clause keeps the sentence apart unless the cluster's
// own act is there too.
bool own_mention(const std::vector<SourceFindings>& all, const SentenceSpace& space, size_t b, size_t start,
                 size_t end, const SentenceSpace::ClauseMatch& clause,
                 const std::vector<std::vector<EventItem>>& clusters, size_t c,
                 const std::unordered_map<const EventMention*, size_t>& owner, const EventMention** taken) {
  const EventMention& model = *clusters[c].front().e;
  bool busy = false, other = false;
  for (const EventMention& e : all[b].events) {
    if (e.start < start || e.end > end) continue;
    if (e.rule == "ev.open" && model.action[0] != '+') continue;  // a table act's sentence keeps its clause mention
    auto o = owner.find(&e);
    const bool alone = o == owner.end() || !told_by_two(clusters[o->second]);
    if (e.action == model.action) {
      const bool fits = e.end > clause.start && e.start < clause.end;
      if (!alone || !fits || !clause.ok || !same_act_loosely(e, clusters[c])) return false;
      if (other_days(all, space, b, start, end, clusters[c])) return false;
      *taken = &e;
      continue;
    }
    if (!e.agent.empty() && !model.agent.empty() && e.agent != model.agent) return false;
    if (!alone && o->second != c) { busy = true; continue; }
    const bool in_clause = e.end > clause.start && e.start < clause.end;
    // another act of the table on the same people is no wording of this one: "were charged" / "were detained"
    if (e.rule != "ev.open" && model.action[0] != '+' && same_target(e, clusters[c])) { other |= in_clause; continue; }
    // only a mention in the clause that fits: "Strand, who visited Brenna, promised an investigation"
    if (!*taken && in_clause) *taken = &e;
  }
  if (!*taken && other) return false;
  return *taken || !busy;
}

}  // namespace

void extend_by_sentences(const std::vector<SourceFindings>& all, std::vector<std::vector<EventItem>>& clusters,
                         std::deque<EventMention>& made) {
  // Big stories (syndicated copy) are left out, as for shared wording and similar statements: there the pairs of
  // sentences grow with the square of the sources, and the verb tables already join most copies.
  if (all.size() < 2 || all.size() > kMaxPhraseSources || clusters.empty()) return;
  const SentenceSpace space(all);
  std::unordered_map<const EventMention*, size_t> owner;  // mention -> its cluster
  for (size_t c = 0; c < clusters.size(); ++c) for (const EventItem& it : clusters[c]) owner[it.e] = c;
  auto sources_of = [&](size_t c) {
    std::set<size_t> in;
    for (const EventItem& it : clusters[c]) in.insert(it.source);
    return in;
  };
  // the clusters told by most sources choose first: their sentences are the best evidence
  std::vector<size_t> order(clusters.size()), told(clusters.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i, told[i] = sources_of(i).size();
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return told[a] > told[b]; });
  BestMatches memo;
  std::set<size_t> used;  // target sentences a clause mention was made in: one event each
  for (size_t c : order) {
    if (clusters[c].empty()) continue;
    const std::set<size_t> in = sources_of(c);
    for (const auto& [b, by_sentence] : votes_for(space, clusters[c], in, memo)) {
      auto best = std::max_element(by_sentence.begin(), by_sentence.end(), [](const auto& x, const auto& y) {
        return x.second.sources.size() < y.second.sources.size();
      });
      if (2 * best->second.sources.size() < in.size()) continue;  // a majority of the cluster's sources agree
      const auto [start, end] = space.span(best->first);
      if (question(all, b, start, end)) continue;
      const EventMention* taken = nullptr;
      if (!own_mention(all, space, b, start, end, best->second.clause, clusters, c, owner, &taken)) continue;
      if (other_year(all, b, start, end, clusters[c], taken)) continue;
      if (!taken && !best->second.clause.ok) continue;  // a clause mention needs the full evidence
      const SentenceSpace::ClauseMatch& cl = best->second.clause;
      if (!taken && !clause_tells_act(all[b].index.text.substr(cl.start, cl.end - cl.start),
                                      clusters[c].front().e->action)) continue;
      const std::string_view said = all[b].index.text.substr(cl.start, cl.end - cl.start);
      if (!taken && !shares_beyond_time(cl.shared) && !names_object(said, clusters[c])) continue;
      if (!taken && !used.insert(best->first).second) continue;
      if (!taken) {
        made.push_back(clause_mention(all, b, best->second.clause, *clusters[c].front().e));
        taken = &made.back();
      } else if (owner.count(taken)) {
        auto& old = clusters[owner[taken]];
        old.erase(std::remove_if(old.begin(), old.end(), [&](const EventItem& it) { return it.e == taken; }), old.end());
      }
      owner[taken] = c;
      const int year = taken->year ? taken->year : all[b].anchor ? all[b].anchor->year : 0;
      clusters[c].push_back({b, taken, year});
    }
  }
}

}  // namespace fc
