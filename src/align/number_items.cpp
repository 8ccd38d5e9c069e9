#include "align/number_items.h"
#include "align/number_owner.h"
#include "align/number_rejected.h"
#include "core/parse_number.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <set>
#include <unordered_map>

#include "align/mention_util.h"
#include "align/number_words.h"
#include "extract/number_tables.h"
#include "extract/words.h"

namespace fc::num_align {
namespace {

// True if number token i is a day beside a month name ("Sept 17", "15 September"): a date, not a figure.
bool next_to_month(const TextIndex& idx, size_t i) {
  auto month = [&](size_t k) {
    const Token* t = k < idx.tokens.size() ? &idx.tokens[k] : nullptr;
    return t && t->kind == TokenKind::kWord && num_tables().months.count(t->norm) > 0;
  };
  auto is = [&](size_t k, const char* w) { return k < idx.tokens.size() && idx.tokens[k].norm == w; };
  if (i > 0 && month(i - 1)) return true;  // "Sept 17"
  if (i >= 2 && (is(i - 1, ".") || is(i - 1, "of")) && month(i - 2)) return true;  // "Sept. 17", "March of 2024"
  return month(i + 1) || (is(i + 1, "of") && month(i + 2));  // "15 September", "15 of September"
}

// Mentions of one counted thing taken from one source; keeps tables and pathological input near-linear.
constexpr size_t kMaxPerSourceBlock = 40;

// Words within this many tokens of a number count as its near context.
constexpr size_t kNearTokens = 5;

// What a sentence holding numbers offers every item in it: its context words and its number tokens.
struct SentenceFacts {
  std::vector<CtxWord> ctx;     // sentence_words() read as read_words() does, by the per-token cache
  std::vector<size_t> numbers;  // indices of its number tokens
  bool past = false;            // it looks back: "last", "previous", "ago", "earlier" or a year
};

// True if token `t` makes a sentence look back at an earlier event ("the last flood", "in 1997", "years ago").
bool looks_back(const Token& t) {
  static const std::set<std::string> kWords = {"last", "previous", "ago", "earlier"};
  if (t.kind == TokenKind::kNumber) {
    const bool digits = t.norm.size() == 4 && t.norm.find_first_not_of("0123456789") == std::string::npos;
    return digits && t.norm >= "1900" && t.norm <= "2100";
  }
  return t.kind == TokenKind::kWord && kWords.count(t.norm) > 0;
}

// One pass over sentence `sent` for its SentenceFacts.
SentenceFacts sentence_facts(const SourceFindings& f, TokenWords& words, size_t sent) {
  SentenceFacts out;
  const TextIndex& idx = f.index;
  if (idx.sentences.empty()) return out;
  const Sentence& s = idx.sentences[sent];
  out.ctx.reserve(s.end_token - s.first_token);
  for (size_t i = s.first_token; i < s.end_token && i < idx.tokens.size(); ++i) {
    out.ctx.push_back(words.at(i));
    if (idx.tokens[i].kind == TokenKind::kNumber) out.numbers.push_back(i);
    out.past = out.past || looks_back(idx.tokens[i]);
  }
  out.ctx = id_set(std::move(out.ctx));
  return out;
}

// Content words of sentence `sent` within kNearTokens tokens of [start, end), read as read_words does.
std::vector<CtxWord> near_words(const SourceFindings& f, TokenWords& words, size_t sent, size_t start, size_t end) {
  std::vector<CtxWord> out;
  const TextIndex& idx = f.index;
  if (idx.sentences.empty()) return out;
  const Sentence& s = idx.sentences[sent];
  // Tokens are sorted and disjoint: those overlapping [start, end) are one run, found by two binary searches.
  const auto begin = idx.tokens.begin() + static_cast<long>(std::min(s.first_token, idx.tokens.size()));
  const auto stop = idx.tokens.begin() + static_cast<long>(std::min(s.end_token, idx.tokens.size()));
  const auto lo_it = std::partition_point(begin, stop, [&](const Token& t) { return t.end <= start; });
  const auto hi_it = std::partition_point(lo_it, stop, [&](const Token& t) { return t.start < end; });
  if (lo_it == hi_it) return out;
  const size_t first = static_cast<size_t>(lo_it - idx.tokens.begin());
  const size_t last = static_cast<size_t>(hi_it - idx.tokens.begin()) - 1;
  size_t lo = first > s.first_token + kNearTokens ? first - kNearTokens : s.first_token;
  out.reserve(2 * kNearTokens);
  for (size_t i = lo; i < s.end_token && i < idx.tokens.size() && i <= last + kNearTokens; ++i) {
    if (i < first || i > last) out.push_back(words.at(i));
  }
  return id_set(std::move(out));
}

// The content word just before byte `start` in its sentence, skipping function words and verbs ("was", "stood at",
// "reached"), stopping at punctuation or another number; kNone if there is none.
CtxWord head_word(const SourceFindings& f, TokenWords& words, size_t sent, size_t start) {
  static const std::set<std::string> kVerbs = {"stood", "stands", "stand", "rose", "rises", "fell", "falls", "hit",
                                              "grew", "grows", "won", "wins", "had", "has", "got", "gets", "saw",
                                              "sees", "came", "comes", "reach", "reaches", "put", "puts", "set",
                                              // a price says nothing of what is priced: "the contract was worth
                                              // 12 million" is not "the satellite was worth 58 million"
                                              "worth", "cost", "costs", "costing", "paid", "pay", "pays", "total",
                                              "totals", "totalling", "totaling", "amount", "amounts"};
  const TextIndex& idx = f.index;
  if (idx.sentences.empty()) return Vocab::kNone;
  const Sentence& s = idx.sentences[sent];
  const auto begin = idx.tokens.begin() + static_cast<long>(std::min(s.first_token, idx.tokens.size()));
  const auto stop = idx.tokens.begin() + static_cast<long>(std::min(s.end_token, idx.tokens.size()));
  size_t i = static_cast<size_t>(std::partition_point(begin, stop, [&](const Token& t) { return t.end <= start; }) -
                                 idx.tokens.begin());
  for (size_t n = 0; n < 4 && i > s.first_token; ++n) {
    const Token& t = idx.tokens[--i];
    if (t.kind != TokenKind::kWord) break;
    const CtxWord w = words.at(i);
    bool verb = kVerbs.count(t.norm) || (t.norm.size() > 4 && t.norm.compare(t.norm.size() - 2, 2, "ed") == 0);
    if (w != Vocab::kNone && !verb) return w;
  }
  return Vocab::kNone;
}

// Marks each source's first mention of each counted noun, or of each currency when nothing is counted (items come
// in text order per source).
void mark_lead(std::vector<NumItem>& items) {
  std::set<std::pair<size_t, std::string>> seen;
  for (NumItem& it : items) {
    const std::string key = it.noun.empty() ? it.m->unit : it.noun;
    it.lead = !key.empty() && key != "percent" && seen.insert({it.source, key}).second;
  }
}

// Marks items whose nominal value is stated once in their source's block.
void mark_unique(std::vector<NumItem>& items, const std::map<std::string, std::vector<size_t>>& blocks) {
  for (const auto& kv : blocks) {
    std::map<std::pair<size_t, double>, size_t> seen;
    for (size_t k : kv.second) ++seen[{items[k].source, items[k].nominal}];
    for (size_t k : kv.second) items[k].unique = seen[{items[k].source, items[k].nominal}] == 1;
  }
}

// Ids of the space-separated words of the item's counted noun, as written and as read ("dock" of "dock worker").
std::vector<CtxWord> noun_word_ids(const NumItem& it, Vocab& vocab) {
  std::vector<CtxWord> out;
  for (const std::string& part : {it.m->counts, it.noun}) {
    for (size_t i = 0; i <= part.size();) {
      size_t sp = part.find(' ', i);
      if (sp == std::string::npos) sp = part.size();
      if (sp > i) out.push_back(vocab.id(part.substr(i, sp - i)));
      i = sp + 1;
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// True if a number token elsewhere in a sentence tells which report it is: above 31 or with decimals (days of the
// month are left out: every dateline has one).
bool telling_figure(const std::string& x) {
  return x.find('.') != std::string::npos || x.size() > 2 || fc::parse_double(x.c_str()) > 31;
}

// Block key: the counted noun in base units ("decade" -> "year") and the unit; "" when nothing is counted.
// A narrower noun is blocked with its broader one ("car" with "vehicle") so equal counts can agree.
// The counted noun and the broader ones above it ("dock worker", "worker", "people"); a few steps, never a loop.
std::vector<std::string> noun_chain(const std::string& noun) {
  std::vector<std::string> out{noun};
  for (int step = 0; step < 4; ++step) {
    auto broader = noun_rows().kind_of.find(out.back());
    if (broader == noun_rows().kind_of.end() || broader->second == out.back()) break;
    out.push_back(broader->second);
  }
  return out;
}

std::string block_key(const NumberMention& m, double* factor) {
  *factor = 1;
  std::string counts = noun_chain(same_noun(m.counts)).back();
  auto conv = num_tables().convert.find(counts);
  if (conv != num_tables().convert.end()) counts = conv->second.base, *factor = conv->second.factor;
  if (counts.empty() && m.unit.empty()) return "";
  if (m.rule.find("num.ord") != std::string::npos) return "";  // ordinals name a rank, not an amount
  return m.unit + "|" + counts;
}

// The words mark_cue_words() looks for, interned first so their ids are 0..28.
constexpr const char* kCueWords[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",    // days
    "rose", "rise", "rises", "gained", "gain", "climbed", "increase", "increased", "jumped", "up",        // up
    "fell", "fall", "falls", "dropped", "drop", "lost", "declined", "decrease", "slid", "down"};          // down

// Marks which day words and which rise/fall words the item's sentence has, once, for the pairwise tests below.
// With a known publication day, "yesterday" and "today" also name their weekday: a source's "yesterday" is
// another's "on Tuesday".
void mark_cue_words(NumItem& it) {
  for (CtxWord w : it.ctx) {
    if (w < 9) it.day_words |= 1u << w;
    else if (w < 19) it.up = true;
    else if (w < 29) it.down = true;
  }
  if (!it.dated) return;
  auto bit = [](long days) { return 1u << static_cast<unsigned>(weekday(civil_from_days(days))); };  // 0 = Monday
  if (it.day_words & (1u << 7)) it.day_words |= bit(it.day - 1);
  if (it.day_words & (1u << 8)) it.day_words |= bit(it.day);
}

// Marks sentences with two mentions of one counted thing.
void mark_crowded(const std::vector<SourceFindings>& all, std::vector<NumItem>& items,
                  const std::map<std::string, std::vector<size_t>>& blocks) {
  for (const auto& kv : blocks) {
    std::map<std::pair<size_t, size_t>, std::vector<size_t>> by_sentence;
    for (size_t k : kv.second) {
      const TextIndex& idx = all[items[k].source].index;
      if (!idx.sentences.empty()) by_sentence[{items[k].source, items[k].sentence}].push_back(k);
    }
    for (const auto& [where, ks] : by_sentence) {
      if (ks.size() < 2) continue;  // one value: not crowded
      // Another value crowds: "the Nasdaq lost 54 points, the S&P 30 points"; but an approximate part named with
      // another noun does not ("14,900 spectators, among them about 3,000 fans" gives one count of spectators).
      for (size_t k : ks) {
        for (size_t o : ks) {
          const bool part = items[o].m->vague && items[o].m->counts != items[k].m->counts;
          items[k].crowded = items[k].crowded || (items[o].low != items[k].low && !part);
        }
      }
    }
  }
}

}  // namespace

void collect_items(const std::vector<SourceFindings>& all, std::vector<NumItem>& items,
                   std::map<std::string, std::vector<size_t>>& blocks, std::vector<size_t>* bare) {
  Vocab vocab;
  for (const char* w : kCueWords) vocab.id(w);
  size_t mentions = 0;
  for (const SourceFindings& f : all) mentions += f.numbers.size();
  items.reserve(items.size() + mentions);
  for (size_t s = 0; s < all.size(); ++s) {
    std::map<std::string, size_t> per_block;  // a source with dozens of counts of one noun holds a table, not prose
    std::unordered_map<size_t, SentenceFacts> sentences;  // sentence -> its words and numbers
    std::optional<TokenWords> words;  // made for sources that have a number to align
    const std::vector<bool> set_aside = rejected_figures(all[s]);  // cited only to be rejected: no claim
    for (size_t k = 0; k < all[s].numbers.size(); ++k) {
      const NumberMention& m = all[s].numbers[k];
      if (set_aside[k]) continue;
      double factor = 1;
      std::string key = block_key(m, &factor);
      // A bare number ("a workforce of 1,800") is kept apart for the rare-value join only.
      const bool plain = key.empty() && bare && m.unit.empty() && m.counts.empty() &&
                         m.rule.find("num.ord") == std::string::npos && collective_of(all[s].index, m.start);
      if (plain) key = "|";
      if (key.empty() || ++per_block[key] > kMaxPerSourceBlock) continue;
      if (!words) words.emplace(all[s].index, vocab);
      const size_t sent = all[s].index.sentences.empty() ? 0 : all[s].index.sentence_at(m.start);
      (plain ? *bare : blocks[key]).push_back(items.size());
      items.push_back({s, &m, m.low * factor, m.high * factor, sent, {}, near_words(all[s], *words, sent, m.start, m.end),
                       same_noun(m.counts), {}, vocab.id(key.substr(key.find('|') + 1)), {}, false,
                       all[s].anchor.has_value(), all[s].anchor ? days_from_civil(*all[s].anchor) : 0});
      NumItem& it = items.back();
      it.noun_words = noun_word_ids(it, vocab);
      const std::vector<std::string> chain = noun_chain(it.noun);
      for (const std::string& n : chain) it.chain.push_back(vocab.id(n));
      for (const std::string& n : chain) it.person = it.person || n == "people" || n == "man" || n == "woman" || n == "child";
      // A noun in other units is the same thing ("basis points" are hundredths of percentage points).
      auto conv = num_tables().convert.find(chain.back());
      if (conv != num_tables().convert.end()) it.chain.push_back(vocab.id(conv->second.base));
      // Units, ages and scores are measures of their own: "23 hours" or "aged 27" is no count of 23 or 27 things.
      if (conv != num_tables().convert.end()) it.measure = conv->second.base;
      else if (noun_rows().measure.count(it.noun) || it.noun == "age" || it.noun == "score") it.measure = it.noun;
      const double half = rounding_half(m) * factor;  // "187 million" as written may round 187.2 million
      it.low -= half, it.high += half, it.rounding = half;
      it.wide = wide(m);
      it.nominal = m.nominal * factor;
      it.generic = noun_rows().generic.count(it.noun) > 0;
      it.toll = noun_rows().toll.count(it.noun) > 0;
      it.anyone = noun_rows().anyone.count(it.noun) > 0;
      it.head = head_word(all[s], *words, sent, m.start);
      it.qualifier = narrowing_word(m);
      if (all[s].source) it.owner = owner_of(all[s].source->text, m);
      for (const Quote& q : all[s].quotes) {
        it.quoted = it.quoted || (q.kind != "scare" && q.kind != "title" && m.start >= q.start && m.end <= q.end);
      }
      auto cached = sentences.find(sent);
      if (cached == sentences.end()) cached = sentences.emplace(sent, sentence_facts(all[s], *words, sent)).first;
      it.ctx = cached->second.ctx;
      it.past = cached->second.past;
      for (size_t i : cached->second.numbers) {  // digits elsewhere in the sentence, leaving out days of dates
        const Token& t = all[s].index.tokens[i];
        if ((t.end <= m.start || t.start >= m.end) && !next_to_month(all[s].index, i)) it.other_numbers.insert(plain_figure(t.norm));
      }
      for (const std::string& x : it.other_numbers) if (telling_figure(x)) it.figures.push_back(vocab.id("#" + x));
      std::sort(it.figures.begin(), it.figures.end());
      mark_cue_words(it);
    }
  }
  mark_crowded(all, items, blocks);
  keep_own_precision(items, blocks);
  mark_unique(items, blocks);
  mark_lead(items);
}

std::set<std::string> context_words_at(const SourceFindings& f, size_t pos) {
  return read_words(sentence_words(f, pos));
}

}  // namespace fc::num_align
