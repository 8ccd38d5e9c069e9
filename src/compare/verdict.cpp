#include "compare/verdict.h"
#include "core/sort.h"

#include "core/date.h"

#include <algorithm>
#include <set>
#include <string_view>

namespace fc {

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

bool punct_like(const Token& t) {
  return t.kind == TokenKind::kPunct || t.kind == TokenKind::kQuote || t.kind == TokenKind::kDash;
}

// A word a label does not end on ("... talks resumed on" Friday).
bool label_stop(std::string_view w) {
  return w == "on" || w == "in" || w == "at" || w == "by" || w == "either" || w == "since" || w == "was" ||
         w == "were" || w == "is" || w == "are" || w == "be" || w == "been";
}

// A word that leaves the label hanging when the date after it is cut ("meddling in the" November 2020 election,
// "having a" busy weekend): the label then runs on through the date to the end of its phrase.
bool hangs(std::string_view w) {
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "its" || w == "their" ||
         w == "our" || w == "this" || w == "that" || w == "of" || w == "for" || w == "to" || w == "with" ||
         w == "during" || w == "from" || w == "until" || w == "till" || w == "through" || w == "and" || w == "or" ||
         w == "over" || w == "after" || w == "before" || w == "between" || w == "every" || w == "each" ||
         w == "last" || w == "next" || w == "early" || w == "late" || w == "mid";
}

// The last non-punctuation token in [from, j), or kNone.
size_t previous_word(const std::vector<Token>& tokens, size_t from, size_t j) {
  while (j > from) {
    if (!punct_like(tokens[--j])) return j;
  }
  return kNone;
}

// A verb that reports speech: a clause ending on it ("The ministry said" Friday) names no event yet.
bool reports_speech(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "announced" || w == "added" || w == "confirmed" ||
         w == "stated" || w == "reported" || w == "wrote" || w == "declared" || w == "explained" || w == "noted" ||
         w == "claimed" || w == "insisted" || w == "argued" || w == "stressed" || w == "admitted" ||
         w == "acknowledged" || w == "warned" || w == "denied" || w == "estimated" || w == "suggested";
}

// A word that opens the next clause after a date.
bool opens_clause(std::string_view w) {
  return w == "but" || w == "while" || w == "that" || w == "which" || w == "who" || w == "when" || w == "as";
}

// A word a label does not open on: the clause it opens started before.
bool opens_clause_or_joins(std::string_view w) {
  return opens_clause(w) || w == "and" || w == "or" || w == "where";
}

// True when token i would leave the label unfinished: a phrase ("cut about" 1,300 jobs) or a number whose noun is
// left out ("during 11" days).
bool unfinished(const std::vector<Token>& tokens, size_t i, size_t end) {
  const std::string_view w = tokens[i].norm;
  if (tokens[i].kind == TokenKind::kNumber) {
    if (i + 1 >= end || tokens[i + 1].kind != TokenKind::kWord) return false;
    const std::string_view noun = tokens[i + 1].norm;  // "11 days" is cut; "January 2026 for ..." is not
    return !hangs(noun) && !label_stop(noun);
  }
  return hangs(w) || label_stop(w) || w == "about" || w == "around" || w == "some" || w == "nearly" ||
         w == "almost" || w == "more" || w == "than" || w == "up" || w == "less";
}

// Token range [front, back] of label words; count == 0 when empty; cut when words of the clause were left out.
struct Words {
  size_t front = kNone, back = kNone, count = 0;
  bool cut = false;
};

// The words of [first, stop) before a date, not ending on a label stop: the whole clause up to 12 words, else 8.
Words words_before(const std::vector<Token>& tokens, size_t first, size_t stop) {
  Words w;
  w.back = previous_word(tokens, first, stop);
  while (w.back != kNone && label_stop(tokens[w.back].norm)) w.back = previous_word(tokens, first, w.back);
  if (w.back == kNone) return w;
  size_t all = 0, front8 = w.back;
  for (size_t j = w.back + 1; (j = previous_word(tokens, first, j)) != kNone;) {
    if (++all <= 8) front8 = j;
    w.front = j;
  }
  if (all > 12) w.front = front8, w.cut = true;
  w.count = all > 12 ? 8 : all;
  // not opening on a conjunction or relative word ("but would send ...", "where the mayor elected")
  while (w.count > 2 && opens_clause_or_joins(tokens[w.front].norm)) {
    size_t j = w.front + 1;
    while (j < w.back && punct_like(tokens[j])) ++j;
    w.front = j, --w.count, w.cut = true;
  }
  return w;
}

// Up to `most` words of the clause after the date (from token `next`), not ending on a hanging word.
Words words_after(const std::vector<Token>& tokens, size_t next, size_t end, size_t most) {
  Words w;
  for (size_t i = next; i < end && w.count < most; ++i) {
    const Token& t = tokens[i];
    if (w.count == 0 && t.kind == TokenKind::kPunct && t.norm == ",") continue;  // "On Friday, the talks ..."
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) break;
    if (opens_clause(t.norm)) {
      if (w.count > 0 || t.norm != "that") break;
      continue;  // "said on Friday that it had ...": the reported clause is the event
    }
    if (w.count++ == 0) w.front = i;
    w.back = i;
  }
  while (w.count > 1 && unfinished(tokens, w.back, end)) --w.back, --w.count;
  return w;
}

// True when the words before a date name no event: only capitalised words (a name and title) or a clause that
// ends on a speech verb ("the Kremlin said", "officials told reporters").
bool names_no_event(const std::vector<Token>& tokens, const Words& w) {
  if (w.count == 0) return true;
  const std::string_view last = tokens[w.back].norm;
  const size_t before_last = previous_word(tokens, w.front, w.back);
  if (reports_speech(last) || (before_last != kNone && tokens[before_last].norm == "told")) return true;
  for (size_t i = w.front; i <= w.back; ++i) {
    if (tokens[i].kind == TokenKind::kWord && !tokens[i].capitalized) return false;
  }
  return true;
}

std::string_view span_text(const TextIndex& idx, const Words& w) {
  return idx.text.substr(idx.tokens[w.front].start, idx.tokens[w.back].end - idx.tokens[w.front].start);
}

}  // namespace

std::string date_label(size_t date_start, size_t date_end, const SourceFindings& where) {
  const TextIndex& idx = where.index;
  if (idx.sentences.empty()) return "Date";
  const Sentence& s = idx.sentences[idx.sentence_at(date_start)];
  const std::vector<Token>& tokens = idx.tokens;
  // The clause before the date starts after the last clause punctuation; `stop` is the first token of the date.
  size_t from = s.first_token, stop = s.first_token;
  for (; stop < s.end_token && tokens[stop].end <= date_start; ++stop) {
    const Token& t = tokens[stop];
    if (punct_like(t) && (t.norm == "," || t.norm == ";" || t.norm == ":" || t.kind != TokenKind::kPunct)) from = stop + 1;
  }
  size_t next = stop;  // first token after the date
  while (next < s.end_token && tokens[next].start < date_end) ++next;
  Words before = words_before(tokens, from, stop);
  // one word of an inserted clause that ends with the date ("Baltic Rolling, founded in 1994, was ..."): the words
  // after the date belong to another clause, so take in the clause before it
  const bool clause_ends = next >= s.end_token || punct_like(tokens[next]);
  if (before.count == 1 && from > s.first_token && clause_ends) before = words_before(tokens, s.first_token, stop);
  if (before.count < 2) {
    // Nothing before the date in its clause ("Tomorrow, the talks ..."): use the words after it.
    const Words after = words_after(tokens, next, s.end_token, 10);
    if (after.count == 0) return "Date";
    return "When: " + std::string(span_text(idx, after));
  }
  if (before.back != kNone && tokens[before.back].end <= date_start && hangs(tokens[before.back].norm)) {
    // the label would end on "the storm of": run on through the date to the end of its phrase (5 more words)
    const Words after = words_after(tokens, next, s.end_token, 5);
    before.back = after.count > 0 ? after.back : next - 1;
    return "When: " + std::string(before.cut ? "… " : "") + std::string(span_text(idx, before));
  }
  std::string label = "When: " + std::string(before.cut ? "… " : "") + std::string(span_text(idx, before));
  if (names_no_event(tokens, before)) {
    // "President X on Thursday invited Y to talks", "the Kremlin said on Friday that it had asked ...": the event
    // is told after the date
    const Words after = words_after(tokens, next, s.end_token, 10);
    if (after.count >= 2) label += " … " + std::string(span_text(idx, after));
  }
  return label;
}

bool date_within(std::string_view coarse, std::string_view fine) {
  if (coarse.size() < fine.size() && fine.compare(0, coarse.size(), coarse) == 0) return true;
  if (coarse.size() != 8 || coarse[4] != '-' || coarse[5] != 'W' || fine.size() < 10) return false;
  const auto day = parse_iso_date(fine.substr(0, 10));
  if (!day) return false;
  const CivilDate thursday = add_days(*day, 3 - weekday(*day));  // the ISO week's year is its Thursday's
  const long first = days_from_civil(CivilDate{thursday.year, 1, 1});
  const long week = (days_from_civil(thursday) - first) / 7 + 1;
  const std::string want = std::to_string(thursday.year) + "-W" + (week < 10 ? "0" : "") + std::to_string(week);
  return coarse == want;
}

size_t source_count(const Fact& fact) {
  std::string_view small[16];  // most facts have few mentions: no allocation for them
  std::vector<std::string_view> many;
  std::string_view* ids = small;
  if (fact.mentions.size() > 16) {
    many.resize(fact.mentions.size());
    ids = many.data();
  }
  const size_t n = fact.mentions.size();
  for (size_t i = 0; i < n; ++i) ids[i] = fact.mentions[i].source;
  fc::sort_by(ids, ids + n);
  return static_cast<size_t>(std::unique(ids, ids + n) - ids);
}

void decide_date_verdict(Fact& fact, size_t distinct_values, size_t distinct_sources) {
  std::string vals;
  for (const std::string& v : fact.values) {
    if (!vals.empty()) vals += " or ";
    vals += v;
  }
  if (distinct_sources < 2) {
    fact.verdict = "single";
    const std::string& id = fact.mentions.front().source;
    fact.why.reserve(25 + id.size() + vals.size());
    fact.why.append("only ").append(id).append(" gives this date (").append(vals).append(")");
    return;
  }
  if (distinct_values == 1) {
    bool reworded = false;  // more than one wording among the mentions
    for (const Mention& m : fact.mentions) reworded = reworded || m.text != fact.mentions.front().text;
    fact.verdict = "agree";
    fact.why = std::to_string(distinct_sources);
    fact.why.append(" sources resolve to ").append(vals).append(reworded ? " however worded" : "");
    return;
  }
  // Different exact days for one event are a conflict; a coarser value containing a finer one is a variant.
  bool nested = true;
  for (const std::string& a : fact.values) {
    for (const std::string& b : fact.values) {
      if (a != b && !date_within(a, b) && !date_within(b, a)) nested = false;
    }
  }
  if (nested) {
    fact.verdict = "variant";
    fact.why = "sources give compatible dates at different precision: " + vals;
  } else {
    fact.verdict = "conflict";
    std::string who;
    for (const std::string& v : fact.values) {
      std::string ids;
      for (const Mention& m : fact.mentions) {
        if (m.value.compare(0, v.size(), v) == 0 && ids.find(m.source) == std::string::npos) ids += (ids.empty() ? "" : ", ") + m.source;
      }
      who += (who.empty() ? "" : "; ") + ids + " say " + v;
    }
    bool days = true;  // every value a whole day ("2021-03-19"), not a month or a week
    for (const std::string& v : fact.values) days = days && v.size() == 10;
    fact.why = std::string(days ? "different days" : "different dates") + " for the same event: " + who;
  }
}

void order_facts(std::vector<Fact>& facts) {
  auto rank = [](const Fact& f) {
    if (f.verdict == "conflict") return 0;
    if (f.verdict == "variant" && f.kind == "quote") return 1;
    if (f.verdict == "variant") return 2;
    // shared wording comes after the facts compared by value: it shows common copy, not a checked value
    if (f.verdict == "agree") return !f.mentions.empty() && f.mentions.front().rule == "shared-wording" ? 4 : 3;
    return 5;
  };
  // Keys computed once per fact; the stable sort of indices keeps the same order.
  std::vector<std::pair<int, size_t>> key(facts.size());
  for (size_t i = 0; i < facts.size(); ++i) key[i] = {rank(facts[i]), source_count(facts[i])};
  std::vector<size_t> order(facts.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  fc::sort_by(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (key[a].first != key[b].first) return key[a].first < key[b].first;
    return key[a].second > key[b].second;
  });
  // Permute in place, one cycle at a time (no second array of facts): position i takes facts[order[i]].
  std::vector<char> done(facts.size(), 0);
  for (size_t i = 0; i < facts.size(); ++i) {
    if (done[i] || order[i] == i) continue;
    Fact held = std::move(facts[i]);
    size_t at = i;
    while (order[at] != i) {
      facts[at] = std::move(facts[order[at]]);
      done[at] = 1;
      at = order[at];
    }
    facts[at] = std::move(held);
    done[at] = 1;
  }
  for (size_t i = 0; i < facts.size(); ++i) {
    facts[i].id = "f";
    facts[i].id += std::to_string(i + 1);
  }
}

}  // namespace fc
