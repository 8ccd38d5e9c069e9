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
  return w == "on" || w == "in" || w == "at" || w == "by" || w == "either" || w == "since";
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

}  // namespace

std::string date_label(size_t date_start, size_t date_end, const SourceFindings& where) {
  const TextIndex& idx = where.index;
  if (idx.sentences.empty()) return "Date";
  const Sentence& s = idx.sentences[idx.sentence_at(date_start)];
  // Up to eight tokens of the clause before the date; stop at clause punctuation. The clause's words are the
  // non-punctuation tokens of [from, stop).
  size_t from = s.first_token, stop = s.first_token;
  for (; stop < s.end_token && idx.tokens[stop].end <= date_start; ++stop) {
    const Token& t = idx.tokens[stop];
    if (punct_like(t) && (t.norm == "," || t.norm == ";" || t.norm == ":" || t.kind != TokenKind::kPunct)) from = stop + 1;
  }
  size_t back = kNone, front = kNone, count = 0;
  auto walk = [&](size_t first) {  // up to eight words back from the date, not ending on a label stop
    back = previous_word(idx.tokens, first, stop);
    while (back != kNone && label_stop(idx.tokens[back].norm)) back = previous_word(idx.tokens, first, back);
    front = back, count = back == kNone ? 0 : 1;
    for (size_t j = back; count > 0 && count < 8;) {
      j = previous_word(idx.tokens, first, j);
      if (j == kNone) break;
      front = j, ++count;
    }
  };
  walk(from);
  // one word of an inserted clause that ends with the date ("Baltic Rolling, founded in 1994, was ..."): the words
  // after the date belong to another clause, so take in the clause before it
  size_t next = stop;
  while (next < s.end_token && idx.tokens[next].start < date_end) ++next;
  const bool clause_ends = next >= s.end_token || punct_like(idx.tokens[next]);
  if (count == 1 && from > s.first_token && clause_ends) walk(s.first_token);
  if (count < 2) {
    // Nothing before the date in its clause ("Tomorrow, the talks ..."): use the words after it.
    count = 0;
    for (size_t i = s.first_token; i < s.end_token && count < 8; ++i) {
      const Token& t = idx.tokens[i];
      if (t.start < date_end) continue;
      if (t.kind == TokenKind::kWord) {
        if (count++ == 0) front = i;
        back = i;
      } else if (count > 0) {
        break;
      }
    }
  }
  if (count == 0) return "Date";
  if (back != kNone && idx.tokens[back].end <= date_start && hangs(idx.tokens[back].norm)) {
    // up to five words after the date, within its clause
    size_t after = 0;
    for (size_t i = back + 1; i < s.end_token && after < 5; ++i) {
      const Token& t = idx.tokens[i];
      if (t.start < date_end) {
        back = i;
        continue;
      }
      if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) break;
      if (t.norm == "but" || t.norm == "while" || t.norm == "that" || t.norm == "which" || t.norm == "who" ||
          t.norm == "when" || t.norm == "as") break;  // the next clause starts
      back = i, ++after;
    }
  }
  const std::string_view phrase = idx.text.substr(idx.tokens[front].start, idx.tokens[back].end - idx.tokens[front].start);
  std::string label;
  label.reserve(6 + phrase.size());
  label += "When: ";
  label += phrase;
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
    fact.why = "different days for the same event: " + who;
  }
}

void order_facts(std::vector<Fact>& facts) {
  auto rank = [](const Fact& f) {
    if (f.verdict == "conflict") return 0;
    if (f.verdict == "variant" && f.kind == "quote") return 1;
    if (f.verdict == "variant") return 2;
    if (f.verdict == "agree") return 3;
    return 4;
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
