// Quote facts: one per statement, with its renderings, the match of each mention, word diffs and flags.
#include <algorithm>
#include <cstring>
#include <map>

#include "align/align.h"
#include "core/sort.h"
#include "align/quotes_internal.h"

namespace fc {
namespace qa {
namespace {

std::string join_words(const std::vector<uint32_t>& w, const Vocab& vocab) {
  std::string out;
  for (uint32_t x : w) {
    if (!out.empty()) out += ' ';
    out += vocab.word(x);
  }
  return out;
}

bool contains_run(const std::vector<uint32_t>& big, const std::vector<uint32_t>& small) {
  return !small.empty() && std::search(big.begin(), big.end(), small.begin(), small.end()) != big.end();
}

// True if the partial quote `small` is `big`'s words in order with only function words left out between them, none
// a negation ("take chances" of "take any chances"; not "will close" of "will not close").
bool gapped_fragment(const Item& big, const Item& small, Vocab& vocab) {
  if (small.kind != 'p' || small.words.size() < 2) return false;
  for (size_t start = 0; start < big.words.size(); ++start) {
    if (big.words[start] != small.words[0]) continue;
    size_t j = 1;
    for (size_t i = start + 1; i < big.words.size() && j < small.words.size(); ++i) {
      if (big.words[i] == small.words[j]) { ++j; continue; }
      const std::string& w = vocab.word(big.words[i]);
      if (!vocab.function(big.words[i]) || w == "not" || w == "no" || w == "never") break;
    }
    if (j == small.words.size()) return true;
  }
  return false;
}

// Word counts at the clause ends of a quote's text ("We won, they lost." -> 2, 4).
std::vector<size_t> clause_ends(const std::string& text) {
  std::vector<size_t> ends;
  for (size_t i = 0; i <= text.size(); ++i) {
    const bool mark = i < text.size() && std::strchr(".!?;:,", text[i]) != nullptr;
    const bool end = i == text.size() || (mark && (i + 1 == text.size() || text[i + 1] == ' '));
    if (!end) continue;
    const size_t n = fold_words(std::string_view(text).substr(0, i)).size();
    if (n > (ends.empty() ? 0 : ends.back())) ends.push_back(n);
  }
  return ends;
}

// True if `small` is a run of whole clauses of `big` ("We won." of "We won, they lost."): quoting fewer clauses
// leaves each quoted one word for word.
bool whole_clauses(const Item& big, const Item& small) {
  const auto at = std::search(big.words.begin(), big.words.end(), small.words.begin(), small.words.end());
  if (at == big.words.end()) return false;
  const size_t a = static_cast<size_t>(at - big.words.begin()), b = a + small.words.size();
  const std::vector<size_t> ends = clause_ends(big.quote->text);
  const bool starts = a == 0 || std::find(ends.begin(), ends.end(), a) != ends.end();
  const bool stops = b == big.words.size() || std::find(ends.begin(), ends.end(), b) != ends.end();
  return starts && stops;
}

// True if rendering `small` (an excerpt of `big`) tells the same words: a fragment a source works into its own
// sentence ("said it was \"a good day\""), or whole clauses of it. A direct quote cut mid-clause ("I never
// stopped believing" of "I never stopped believing I would come back") presents other words as the whole saying.
bool minor_excerpt(const std::vector<Item>& items, const std::vector<size_t>& big, const std::vector<size_t>& small) {
  const Item& s = items[small[0]];
  const bool fragment = std::any_of(small.begin(), small.end(), [&](size_t m) { return items[m].kind != 'd'; });
  return fragment || whole_clauses(items[big[0]], s);
}

struct Rendering {
  std::string key;    // folded words
  std::string text;   // first exact text seen
  std::vector<std::string> sources;
  std::vector<size_t> members;
  size_t excerpts = 0;  // other renderings that are word-for-word excerpts of this one
  bool reported = false;  // reported speech, not quoted words
};

// The speaker a fact is about: the most quoted known person (else organisation), under its fullest name.
std::string fact_speaker(const std::vector<const Quote*>& quotes) {
  std::map<std::string, std::pair<size_t, std::string>> by_key;
  for (const Quote* q : quotes) {
    if (q->speaker.empty()) continue;
    size_t sp = q->speaker.rfind(' ');
    auto& slot = by_key[sp == std::string::npos ? q->speaker : q->speaker.substr(sp + 1)];
    // a person outranks an organisation they speak for ("White House" said the words of its spokeswoman)
    slot.first += q->rule.find("org:") == std::string::npos ? 1000 : 1;
    if (q->speaker.size() > slot.second.size()) slot.second = q->speaker;
  }
  std::string best;
  size_t n = 0;
  for (const auto& kv : by_key) if (kv.second.first > n) { n = kv.second.first; best = kv.second.second; }
  return best;
}

// `Putin: "it takes one to know one"`: the speaker as the shortest mention of them, the words without end punctuation.
std::string short_label(const std::string& speaker, const std::vector<const Quote*>& quotes,
                        const std::vector<std::string_view>& texts, std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ',')) text.pop_back();
  size_t cut = text.size() > 90 ? 87 : text.size();  // back to the start of a character, never inside one
  while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  std::string t = text.substr(0, cut);
  if (t.size() != text.size()) t += "\xE2\x80\xA6";
  std::string who = speaker;
  for (size_t i = 0; i < quotes.size(); ++i) {
    const Quote* q = quotes[i];
    if (q->speaker.empty() || q->speaker_end <= q->speaker_start || q->speaker_end > texts[i].size()) continue;
    std::string_view m = texts[i].substr(q->speaker_start, q->speaker_end - q->speaker_start);
    bool ends_name = speaker.size() >= m.size() && speaker.compare(speaker.size() - m.size(), m.size(), m) == 0;
    if (ends_name && m.size() < who.size()) who = std::string(m);
  }
  return (who.empty() ? "" : who + ": ") + "\"" + t + "\"";
}

// Groups the members by their folded words; the canonical rendering (most sources, then most excerpted, then
// longest) comes first.
std::vector<Rendering> renderings(const std::vector<Item>& items, const std::vector<size_t>& members,
                                  const std::vector<SourceFindings>& all, Vocab& vocab) {
  std::vector<Rendering> rs;
  for (size_t m : members) {
    const Item& it = items[m];
    const std::string key = join_words(it.words, vocab);
    auto r = std::find_if(rs.begin(), rs.end(), [&](const Rendering& x) { return x.key == key; });
    if (r == rs.end()) {
      rs.push_back(Rendering{key, it.quote->text, {}, {}});
      r = rs.end() - 1;
    }
    const std::string& sid = all[it.src].source->id;
    if (std::find(r->sources.begin(), r->sources.end(), sid) == r->sources.end()) r->sources.push_back(sid);
    r->members.push_back(m);
  }
  for (Rendering& r : rs) {
    for (const Rendering& o : rs) {
      if (&o != &r && contains_run(items[r.members[0]].words, items[o.members[0]].words)) ++r.excerpts;
    }
  }
  // among equally quoted renderings, the one others excerpt is the original wording, not a loose translation
  // quoted words come before a source's own telling of them
  for (Rendering& r : rs) r.reported = items[r.members[0]].kind == 'r';
  fc::sort_by(rs.begin(), rs.end(), [](const Rendering& a, const Rendering& b) {
    if (a.reported != b.reported) return !a.reported;
    if (a.sources.size() != b.sources.size()) return a.sources.size() > b.sources.size();
    return a.excerpts != b.excerpts ? a.excerpts > b.excerpts : a.key.size() > b.key.size();
  });
  return rs;
}

// Verdict and reason from the number of sources and whether any rendering is a real variant.
void decide(Fact& f, size_t sources, size_t renderings, bool variant) {
  if (sources < 2) {
    f.verdict = "single";
    f.why = "quoted by one source only";
  } else if (!variant) {
    f.verdict = "agree";
    f.why = std::to_string(sources) + " sources quote the same words" +
            (renderings > 1 ? " (minor differences: punctuation, case, contractions or a shorter excerpt)" : "");
  } else {
    f.verdict = "variant";
    f.why = std::to_string(sources) + " sources render the same statement in " + std::to_string(renderings) +
            " different wordings (matched by speaker, words and surrounding text)";
    if (!f.flags.empty()) f.why += "; some differences change the meaning";
  }
}

Fact make_fact(const std::vector<Item>& items, const std::vector<size_t>& members, const std::vector<SourceFindings>& all,
               Vocab& vocab) {
  Fact f;
  f.kind = "quote";
  const std::vector<Rendering> rs = renderings(items, members, all, vocab);
  const Rendering& canon = rs[0];
  std::vector<const Quote*> quotes;
  std::vector<std::string_view> texts;
  for (size_t m : members) {
    quotes.push_back(items[m].quote);
    texts.push_back(all[items[m].src].source->text);
  }
  f.speaker = fact_speaker(quotes);
  f.label = short_label(f.speaker, quotes, texts, canon.text);
  f.values.push_back(canon.text);
  std::vector<std::string> sources;
  bool variant = false;
  for (const Rendering& r : rs) {
    // an excerpt of the canonical words is a minor difference, other wordings are variants
    std::string match = &r == &canon ? "identical" : "variant";
    if (&r != &canon && contains_run(items[canon.members[0]].words, items[r.members[0]].words) &&
        minor_excerpt(items, canon.members, r.members))
      match = "minor";
    if (&r != &canon && gapped_fragment(items[canon.members[0]], items[r.members[0]], vocab)) match = "minor";
    // reported speech that uses the quoted words themselves ("she was deeply disappointed") tells the same words
    if (&r != &canon && r.reported && contains_run(items[r.members[0]].words, items[canon.members[0]].words))
      match = "minor";
    variant = variant || match == "variant";
    for (size_t m : r.members) {
      const Quote& q = *items[m].quote;
      const std::string& sid = all[items[m].src].source->id;
      Mention mn{sid, std::string(all[items[m].src].source->text.substr(q.start, q.end - q.start)), q.text,
                 q.start, q.end, q.rule, {}};
      mn.extra = {{"match", match == "identical" && q.text != canon.text ? "minor" : match}, {"kind", q.kind},
                  {"speaker", q.speaker}};
      if (std::find(sources.begin(), sources.end(), sid) == sources.end()) sources.push_back(sid);
      f.mentions.push_back(std::move(mn));
    }
    f.variants.push_back(Variant{r.text, r.sources});
    if (match != "variant") continue;
    WordDiff d = word_diff(canon.sources[0], canon.text, r.sources[0], r.text, vocab);
    for (const auto& fl : d.flags) {
      if (std::find(f.flags.begin(), f.flags.end(), fl) == f.flags.end()) f.flags.push_back(fl);
    }
    f.diffs.push_back(std::move(d));
  }
  decide(f, sources.size(), rs.size(), variant);
  if (rs.size() == 1 && sources.size() < 2) f.variants.clear();
  return f;
}

}  // namespace

std::vector<Fact> build_facts(const std::vector<Item>& items, const std::vector<size_t>& cluster,
                              const std::vector<SourceFindings>& all, Vocab& vocab) {
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < items.size(); ++i) groups[cluster[i]].push_back(i);
  std::vector<std::vector<size_t>> ordered;
  for (auto& kv : groups) ordered.push_back(std::move(kv.second));
  fc::sort_by(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });
  std::vector<Fact> facts;
  for (const auto& members : ordered) {
    // reported speech is no quote of its own: only a source's telling of words another source quotes
    const bool quoted = std::any_of(members.begin(), members.end(), [&](size_t m) { return items[m].kind != 'r'; });
    // one word in quote marks that no other source renders ("a \"disgrace\"") says what the source stresses, not
    // what a speaker said: no quote fact on its own
    const bool word = members.size() == 1 && items[members[0]].kind == 'p' && items[members[0]].words.size() <= 1;
    if (quoted && !word) facts.push_back(make_fact(items, members, all, vocab));
  }
  return facts;
}

}  // namespace qa

std::vector<Fact> align_quotes(const std::vector<SourceFindings>& all) {
  // a whole quote cut because another source splits it may in turn show where a third source's whole quote splits
  std::vector<SourceFindings> split, next;
  bool cut = qa::split_quotes(all, &split);
  for (int round = 0; cut && round < 3 && qa::split_quotes(split, &next); ++round) split.swap(next);
  const std::vector<SourceFindings>& use = cut ? split : all;
  const std::vector<std::vector<Quote>> told = qa::reported_sayings(all, use);  // joins what other sources quote
  qa::Vocab vocab;
  std::vector<qa::Item> items = qa::build_items(use, vocab, told);
  std::vector<size_t> cluster = qa::cluster_items(items);
  if (use.size() == all.size()) qa::infer_speakers(items, cluster, all, vocab);  // for the rarity join only
  cluster = qa::join_rare_renderings(items, cluster, use, vocab);
  return qa::build_facts(items, cluster, use, vocab);
}

}  // namespace fc
