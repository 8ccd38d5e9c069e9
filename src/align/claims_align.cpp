// Similar statements: sentences of different sources that state one claim in other words ("Biden said Putin would
// pay a price for alleged meddling" / "he warned Putin would soon pay a price for trying to interfere"), joined when
// they share enough of their content words, most of them rare in the story.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "align/align.h"
#include "align/claims_unclear.h"
#include "align/mention_util.h"
#include "align/quotes_internal.h"
#include "core/sort.h"

namespace fc {

namespace {

constexpr size_t kMinShared = 4;        // content words two sentences must share
constexpr size_t kMinSharedPlain = 3;   // of which lower-case words (names alone say who, not what)
constexpr double kMinCover = 0.55;      // shared share of the shorter sentence's content words ...
constexpr size_t kManyPlain = 5;        // ... unless this many lower-case words are shared
constexpr double kMinCoverLong = 0.25;  // and of the longer one's, unless the shorter is a headline
constexpr size_t kRareSentences = 4;    // a word in at most this many sentences of the story is rare
constexpr size_t kMaxSentenceWords = 60;  // longer "sentences" are lists or run-ons, not one claim
constexpr size_t kShownWords = 6;       // shared words named in the why

// True for a comma token (a length check first: comparing a std::string with a literal calls strlen natively).
bool comma(const Token& t) { return t.norm.size() == 1 && t.norm[0] == ','; }

// The first token at or after i that is not in an apposition after a name (", deputy chairman of the upper house,"):
// every source describes a person alike, so those words say nothing about the claim.
size_t past_apposition(const std::vector<Token>& tokens, size_t i, size_t end) {
  if (i == 0 || !comma(tokens[i]) || !tokens[i - 1].capitalized || tokens[i - 1].kind != TokenKind::kWord) return i;
  size_t j = i + 1;
  if (j >= end || tokens[j].capitalized) return i;  // ", Dmitry Peskov, ..." names, it does not describe
  const std::string_view first = tokens[j].norm;
  if (first == "and" || first == "or" || first == "but" || first == "while" || first == "which" || first == "who" ||
      first == "whose" || first == "when" || first == "where") {
    return i;  // a list or a clause, not a description
  }
  for (; j < end && j <= i + 12; ++j) {
    if (comma(tokens[j])) {
      // the sentence goes on with its verb in lower case (", ..., said Moscow's recall ..."); a list does not
      const bool verb_next = j + 1 < end && tokens[j + 1].kind == TokenKind::kWord && !tokens[j + 1].capitalized &&
                             tokens[j + 1].norm != "and" && tokens[j + 1].norm != "or";
      return verb_next ? j + 1 : i;
    }
    if (tokens[j].kind != TokenKind::kWord && tokens[j].kind != TokenKind::kNumber) return i;
  }
  return i;
}

// One sentence as a claim: its source, span and the sorted, distinct stems of its content words.
struct Claim {
  uint32_t source = 0;
  size_t start = 0, end = 0;
  std::vector<uint32_t> stems;  // all content words
  std::vector<uint32_t> plain;  // lower-case content words, a subset
  std::vector<std::string_view> plain_text;  // the word as written for each of `plain`
  bool headline = false;  // the text's first line, without closing punctuation: a summary of the lead
};

std::vector<Claim> sentences_of(const std::vector<SourceFindings>& all, qa::Vocab& vocab) {
  std::vector<Claim> out;
  std::vector<std::pair<uint32_t, std::string_view>> words;  // per sentence: lower-case content words, their stems
  for (uint32_t s = 0; s < all.size(); ++s) {
    const TextIndex& idx = all[s].index;
    for (const fc::Sentence& sent : idx.sentences) {
      if (sent.end_token - sent.first_token > kMaxSentenceWords) continue;
      Claim x{s, sent.start, sent.end, {}, {}, {}, false};
      const std::string_view span = idx.text.substr(sent.start, sent.end - sent.start);
      const char last = span.empty() ? '.' : span.back();
      x.headline = sent.paragraph == 0 && span.find('\n') == std::string_view::npos && last != '.' && last != '!' &&
                   last != '?' && last != '"';
      words.clear();
      for (size_t i = sent.first_token; i < sent.end_token; ++i) {
        i = past_apposition(idx.tokens, i, sent.end_token);
        if (i >= sent.end_token) break;
        const Token& t = idx.tokens[i];
        if (t.kind != TokenKind::kWord || t.norm.size() < 3 || attribution_word(t.norm)) continue;
        const uint32_t stem = vocab.context_stem(t.norm);
        if (stem == qa::Vocab::kNone) continue;
        x.stems.push_back(stem);
        if (!t.capitalized) words.emplace_back(stem, t.norm);
      }
      std::sort(x.stems.begin(), x.stems.end());
      x.stems.erase(std::unique(x.stems.begin(), x.stems.end()), x.stems.end());
      fc::sort_by(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
      for (const auto& [stem, text] : words) {
        if (!x.plain.empty() && x.plain.back() == stem) continue;
        x.plain.push_back(stem);
        x.plain_text.push_back(text);
      }
      if (x.plain.size() >= kMinSharedPlain) out.push_back(std::move(x));
    }
  }
  return out;
}

struct Link {
  uint32_t a, b;
  double cover;
};

// Sentence pairs of different sources that state one claim: four shared content words, three of them lower case,
// covering 55% of the shorter sentence or with five lower-case words shared, and a quarter of the longer one (a
// short sentence can share all its words with a long one that says something else: "rescuers pulled 200 people
// from the water or life rafts" and a survivor's account of panic that mentions people, water and a life raft),
// but for a headline, which sums up a long lead. Candidates come from the words rare in the story.
std::vector<Link> find_links(const std::vector<Claim>& sents, size_t vocab_size) {
  std::vector<uint32_t> df(vocab_size, 0);
  for (const Claim& s : sents) for (uint32_t w : s.stems) ++df[w];
  std::vector<std::vector<uint32_t>> postings(vocab_size);
  for (uint32_t i = 0; i < sents.size(); ++i) {
    for (uint32_t w : sents[i].plain) if (df[w] >= 2 && df[w] <= kRareSentences) postings[w].push_back(i);
  }
  std::vector<Link> links;
  std::vector<uint32_t> seen(sents.size(), UINT32_MAX);
  for (uint32_t i = 0; i < sents.size(); ++i) {
    for (uint32_t w : sents[i].plain) {
      if (df[w] < 2 || df[w] > kRareSentences) continue;
      for (uint32_t j : postings[w]) {
        if (j <= i || seen[j] == i || sents[j].source == sents[i].source) continue;
        seen[j] = i;
        const size_t all = shared_ids(sents[i].stems, sents[j].stems);
        const size_t plain = shared_ids(sents[i].plain, sents[j].plain);
        const double cover = static_cast<double>(all) / std::min(sents[i].stems.size(), sents[j].stems.size());
        const double cover_long = static_cast<double>(all) / std::max(sents[i].stems.size(), sents[j].stems.size());
        const bool long_ok = cover_long >= kMinCoverLong || sents[i].headline || sents[j].headline;
        if (all >= kMinShared && plain >= kMinSharedPlain && (cover >= kMinCover || plain >= kManyPlain) && long_ok) {
          links.push_back({i, j, cover});
        }
      }
    }
  }
  fc::sort_by(links.begin(), links.end(), [](const Link& x, const Link& y) { return x.cover > y.cover; });
  return links;
}

// True when an event or quote fact found by value already joins the two sentences.
bool already_joined(const std::vector<SourceFindings>& all, const std::vector<Fact>& found, const Claim& a,
                    const Claim& b) {
  auto inside = [&](const Mention& m, const Claim& s) {
    return m.source == all[s.source].source->id && s.start <= m.start && m.end <= s.end;
  };
  for (const Fact& f : found) {
    if ((f.kind != "event" && f.kind != "quote") || f.verdict == "single") continue;
    if (!f.mentions.empty() && f.mentions.front().rule == "shared-wording") continue;
    bool in_a = false, in_b = false;
    for (const Mention& m : f.mentions) in_a = in_a || inside(m, a), in_b = in_b || inside(m, b);
    if (in_a && in_b) return true;
  }
  return false;
}

Fact make_fact(const std::vector<SourceFindings>& all, const std::vector<Claim>& sents,
               const std::vector<uint32_t>& members, const std::vector<Fact>& found) {
  Fact f;
  f.kind = "event";
  bool same = true;
  for (uint32_t i : members) {
    const Claim& s = sents[i];
    const SourceFindings& sf = all[s.source];
    Mention& m = f.mentions.emplace_back();
    m.source = sf.source->id;
    m.start = s.start;
    m.end = s.end;
    m.text = std::string(sf.index.text.substr(s.start, s.end - s.start));
    m.rule = "similar-statement";
    same = same && m.text == f.mentions.front().text;
  }
  f.verdict = same ? "agree" : "variant";
  const std::string& first = f.mentions.front().text;
  size_t cut = first.size(), words = 0;
  for (size_t i = 0; i < first.size(); ++i) {
    if (first[i] == ' ' && ++words == 10) { cut = i; break; }
  }
  f.label = "Similar statements: \"" + first.substr(0, cut) + (cut < first.size() ? "…\"" : "\"");
  std::string shown;
  size_t n = 0;
  const Claim& a = sents[members[0]];
  const std::vector<uint32_t>& b = sents[members[1]].plain;
  for (size_t i = 0; i < a.plain.size() && n < kShownWords; ++i) {
    if (std::binary_search(b.begin(), b.end(), a.plain[i])) shown.append(n++ ? ", " : "").append(a.plain_text[i]);
  }
  f.why = std::to_string(members.size()) + " sources state it in " + (same ? "the same" : "other") +
          " words; shared: " + shown;
  // told alike but with other dates or figures: the same claim with a disputed value, or two claims; say unclear
  for (size_t x = 0; x < members.size(); ++x) {
    for (size_t y = x + 1; y < members.size(); ++y) {
      const Claim& cx = sents[members[x]];
      const Claim& cy = sents[members[y]];
      if (cx.source == cy.source) continue;
      const Disagreement d = values_disagree(all, found, {cx.source, cx.start, cx.end}, {cy.source, cy.start, cy.end});
      if (d.what.empty()) continue;
      f.flags.push_back("unclear: " + all[cx.source].source->id + " and " + all[cy.source].source->id + " give " +
                        d.what + " (" + d.a + " / " + d.b + ")");
      if (f.label.rfind("Similar statements:", 0) == 0) {
        f.label = "Similar statements (unclear: " + d.what + "):" + f.label.substr(19);
      }
    }
  }
  return f;
}

}  // namespace

std::vector<Fact> align_claims(const std::vector<SourceFindings>& all, const std::vector<Fact>& found) {
  if (all.size() > kMaxPhraseSources) return {};  // align_phrases already warns about big stories
  qa::Vocab vocab;
  const std::vector<Claim> sents = sentences_of(all, vocab);
  size_t vocab_size = 0;
  for (const Claim& s : sents) for (uint32_t w : s.stems) vocab_size = std::max<size_t>(vocab_size, w + 1);
  // Complete linkage: two groups merge only when every sentence of one is linked to every sentence of the other,
  // so a chain of loosely related sentences never becomes one claim.
  const std::vector<Link> links = find_links(sents, vocab_size);
  std::vector<uint64_t> linked;
  for (const Link& l : links) linked.push_back((uint64_t{l.a} << 32) | l.b);
  std::sort(linked.begin(), linked.end());
  auto is_linked = [&](uint32_t x, uint32_t y) {
    return std::binary_search(linked.begin(), linked.end(), (uint64_t{std::min(x, y)} << 32) | std::max(x, y));
  };
  std::vector<uint32_t> group_of(sents.size());
  std::vector<std::vector<uint32_t>> groups(sents.size());
  for (uint32_t i = 0; i < sents.size(); ++i) group_of[i] = i, groups[i] = {i};
  for (const Link& l : links) {
    const uint32_t ga = group_of[l.a], gb = group_of[l.b];
    if (ga == gb || already_joined(all, found, sents[l.a], sents[l.b])) continue;
    bool complete = true;
    for (uint32_t x : groups[ga]) {
      for (uint32_t y : groups[gb]) complete = complete && sents[x].source != sents[y].source && is_linked(x, y);
    }
    if (!complete) continue;
    for (uint32_t y : groups[gb]) group_of[y] = ga;
    groups[ga].insert(groups[ga].end(), groups[gb].begin(), groups[gb].end());
    groups[gb].clear();
  }
  std::vector<Fact> facts;
  for (std::vector<uint32_t>& g : groups) {
    std::sort(g.begin(), g.end());  // sentences in source order
    if (g.size() >= 2) facts.push_back(make_fact(all, sents, g, found));
  }
  return facts;
}

}  // namespace fc
