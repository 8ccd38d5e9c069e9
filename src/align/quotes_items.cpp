// Quote items: folded words, content stems and the words around each quote, ready for matching.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "align/quotes_internal.h"
#include "core/sort.h"
#include "extract/entity_tables.h"
#include "rules/rules.h"

namespace fc {
namespace qa {
namespace {

const std::unordered_set<std::string>& function_words() {
  static const std::unordered_set<std::string> set = [] {
    std::unordered_set<std::string> out;
    for (const RuleRow& row : rule_rows("en/stopwords.tsv")) {
      if (row.fields.size() >= 2) out.emplace(row.fields[1]);
    }
    // pronouns, auxiliaries and particles: they carry no topic of their own
    for (const char* w : {"i", "we", "you", "he", "she", "it", "they", "me", "us", "him", "them", "my", "our",
                          "your", "its", "their", "is", "are", "was", "were", "be", "been", "am", "have", "has",
                          "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might",
                          "must", "not", "no", "that", "this", "these", "those", "there", "what", "which", "who",
                          "whom", "so", "but", "if", "as", "just", "very", "also", "all", "some", "any", "than",
                          "then", "here", "such", "into", "out", "up", "about", "because", "since", "how", "when",
                          "where", "why", "one", "ones", "s", "of", "to", "in", "on", "at", "by", "for", "with",
                          "and", "or", "a", "an", "the", "from", "even", "more", "most", "much", "many", "other"}) {
      out.emplace(w);
    }
    return out;
  }();
  return set;
}

// Stems of the content words in text [a, b) of a source, using its token index; `memo` holds each token's stem
// (kNone - 1 until worked out).
void add_context(const TextIndex& idx, size_t a, size_t b, size_t skip_a, size_t skip_b, Vocab& vocab,
                 std::vector<uint32_t>& memo, std::vector<uint32_t>& out) {
  size_t added = 0;
  auto first = std::lower_bound(idx.tokens.begin(), idx.tokens.end(), a,
                                [](const Token& t, size_t pos) { return t.end <= pos; });
  for (auto it = first; it != idx.tokens.end() && it->start < b; ++it) {
    const Token& t = *it;
    if (t.end <= a) continue;
    if (t.start >= skip_a && t.end <= skip_b) continue;
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    uint32_t& m = memo[static_cast<size_t>(it - idx.tokens.begin())];
    if (m == Vocab::kNone - 1) m = vocab.context_stem(t.norm);
    if (m == Vocab::kNone) continue;
    out.push_back(m);
    if (++added > 120) break;
  }
}

void sort_unique(std::vector<uint32_t>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

}  // namespace

std::string speaker_key_of(const std::string& speaker) {
  if (speaker.empty()) return "";
  size_t sp = speaker.rfind(' ');
  std::string last = sp == std::string::npos ? speaker : speaker.substr(sp + 1);
  std::string out = name_key(last);  // "Marić" = "Maric", "Lenz" = "Lenc": spelling-insensitive, as entity keys
  if (out.empty()) for (char c : last) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

namespace {

// True if `text` introduces `person` with `org` at most three words before the name ("White House spokeswoman
// Jen Psaki"): that person speaks for the organisation.
bool speaks_for(std::string_view text, const std::string& org, const std::string& person) {
  for (size_t pos = text.find(person); pos != std::string_view::npos; pos = text.find(person, pos + 1)) {
    const size_t from = pos > 60 ? pos - 60 : 0;
    const size_t o = text.substr(from, pos - from).rfind(org);
    if (o == std::string_view::npos) continue;
    std::string_view between = text.substr(from + o + org.size(), pos - from - o - org.size());
    if (std::count(between.begin(), between.end(), ' ') <= 3 && between.find_first_of(".,;:\n\"") == std::string_view::npos) {
      return true;
    }
  }
  return false;
}

// An organisation's partial quote whose words sit inside a quote of someone another source introduces as speaking
// for it takes that person's key, so the excerpt can join the full quote.
void credit_spokespeople(std::vector<Item>& items, const std::vector<SourceFindings>& all) {
  std::vector<size_t> direct;  // items of direct quotes by a known person
  for (size_t i = 0; i < items.size(); ++i) {
    const Quote& d = *items[i].quote;
    if (items[i].kind == 'd' && !d.speaker.empty() && d.rule.find("org:") == std::string::npos) direct.push_back(i);
  }
  for (Item& it : items) {
    const Quote& q = *it.quote;
    if (it.kind != 'p' || q.rule.find("org:") == std::string::npos || it.words.size() < 2) continue;
    for (size_t f : direct) {
      const Item& full = items[f];
      const Quote& d = *full.quote;
      if (full.src == it.src) continue;
      if (std::search(full.words.begin(), full.words.end(), it.words.begin(), it.words.end()) == full.words.end()) continue;
      if (!speaks_for(all[full.src].source->text, q.speaker, d.speaker)) continue;
      it.speaker = full.speaker;
      break;
    }
  }
}

// The words, keys, content stems and speaker of an item; false if the quote has no words.
// `keys` keeps each speaker's key_of (a source quotes one speaker many times); the ids still come from the vocab
// in item order, as before.
bool fill_words(const Quote& quote, Vocab& vocab, Item& it, std::unordered_map<std::string, std::string>& keys) {
  vocab.fold(quote.text, it.words);
  if (it.words.empty()) return false;
  // translations swap synonyms: match on one key per synonym group; the words stay for verdicts
  it.keys.reserve(it.words.size());
  for (uint32_t w : it.words) {
    it.keys.push_back(vocab.key(w));
    if (!vocab.function(w)) it.content.push_back(vocab.stem_of(it.keys.back()));
  }
  sort_unique(it.content);
  lcs_prepare(it.keys, it.lcs);
  auto key = keys.find(quote.speaker);
  if (key == keys.end()) key = keys.emplace(quote.speaker, speaker_key_of(quote.speaker)).first;
  it.speaker = vocab.intern(key->second);
  const size_t sp = quote.speaker.find(' ');
  if (sp != std::string::npos && quote.speaker.rfind(' ') == sp) it.given = name_key(quote.speaker.substr(0, sp));
  return true;
}

}  // namespace

std::string stem(const std::string& word) {
  std::string_view w = word;
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.remove_suffix(2);
  for (std::string_view s : {"ing", "ed", "es", "s", "ly"}) {
    if (w.size() > s.size() + 3 && w.compare(w.size() - s.size(), s.size(), s) == 0) {
      w.remove_suffix(s.size());
      break;
    }
  }
  if (w.size() > 6) w = w.substr(0, 6);
  return std::string(w);
}

bool is_function_word(const std::string& word) { return function_words().count(word) > 0; }

void lcs_prepare(const std::vector<uint32_t>& s, LcsTable& t) {
  t.m = std::min(s.size(), size_t{400});
  const size_t words = (t.m + 63) / 64;
  std::vector<std::pair<uint32_t, uint32_t>> at(t.m);  // (word id, position in s), sorted
  for (size_t j = 0; j < t.m; ++j) at[j] = {s[j], static_cast<uint32_t>(j)};
  fc::sort_by(at.begin(), at.end());
  t.syms.clear();
  t.masks.clear();
  for (const auto& p : at) {
    if (t.syms.empty() || t.syms.back() != p.first) {
      t.syms.push_back(p.first);
      t.masks.resize(t.masks.size() + words, 0);
    }
    t.masks[t.masks.size() - words + p.second / 64] |= uint64_t{1} << (p.second % 64);
  }
}

// Bit-parallel LCS (Hyyro): one bit per word of the prepared list, one pass of word-wide adds per word of `l`.
size_t lcs_with(const LcsTable& t, const std::vector<uint32_t>& l) {
  if (t.m == 0 || l.empty()) return 0;
  const size_t n = std::min(l.size(), size_t{400}), words = (t.m + 63) / 64;
  uint64_t one[1] = {~uint64_t{0}};
  std::vector<uint64_t> many(words > 1 ? words : 0, ~uint64_t{0});
  uint64_t* v = words > 1 ? many.data() : one;
  for (size_t i = 0; i < n; ++i) {
    auto it = std::lower_bound(t.syms.begin(), t.syms.end(), l[i]);
    if (it == t.syms.end() || *it != l[i]) continue;  // no match: the row stays as it is
    const uint64_t* mask = t.masks.data() + static_cast<size_t>(it - t.syms.begin()) * words;
    uint64_t carry = 0;
    for (size_t w = 0; w < words; ++w) {
      const uint64_t u = v[w] & mask[w];
      const uint64_t sum = v[w] + u;
      const uint64_t total = sum + carry;
      carry = (sum < v[w]) | (total < sum);
      v[w] = total | (v[w] - u);
    }
  }
  size_t zeros = 0;
  for (size_t w = 0; w < words; ++w) {
    const size_t bits = w + 1 < words ? 64 : t.m - 64 * w;
    const uint64_t keep = bits == 64 ? ~uint64_t{0} : (uint64_t{1} << bits) - 1;
    zeros += static_cast<size_t>(__builtin_popcountll(~v[w] & keep));
  }
  return zeros;
}

size_t lcs_length(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  LcsTable t;
  lcs_prepare(a.size() < b.size() ? a : b, t);
  return lcs_with(t, a.size() < b.size() ? b : a);
}

std::vector<Item> build_items(const std::vector<SourceFindings>& all, Vocab& vocab,
                              const std::vector<std::vector<Quote>>& reported) {
  std::vector<Item> items;
  std::vector<uint32_t> before, memo;
  std::unordered_map<std::string, std::string> speaker_keys;
  std::vector<const Quote*> quotes;
  for (size_t s = 0; s < all.size(); ++s) {
    const SourceFindings& f = all[s];
    size_t first = items.size(), top_end = 0;  // top_end: the furthest end of this source's outer quotes
    memo.assign(f.index.tokens.size(), Vocab::kNone - 1);  // each token's context stem, once worked out
    quotes.clear();  // the source's quotes, then its reported statements
    for (const Quote& q : f.quotes) quotes.push_back(&q);
    if (s < reported.size()) for (const Quote& q : reported[s]) quotes.push_back(&q);
    for (size_t q = 0; q < quotes.size(); ++q) {
      const Quote& quote = *quotes[q];
      const char kind = quote.kind == "direct" ? 'd' : quote.kind == "partial" ? 'p' : quote.kind == "saying" ? 's'
                       : quote.kind == "reported" ? 'r' : 0;
      if (!kind) continue;
      Item it;
      it.src = s;
      it.q = q;
      it.quote = &quote;
      it.kind = kind;
      if (!fill_words(quote, vocab, it, speaker_keys)) continue;
      // a saying inside a longer quote of the same source takes that quote as its context; no earlier quote
      // reaching past its end means none can hold it (the usual case, which keeps a long text linear)
      for (size_t p = top_end >= quote.end ? first : items.size(); p < items.size(); ++p) {
        const Quote& outer = *items[p].quote;
        if (outer.start <= quote.start && quote.end <= outer.end && items[p].parent < 0) {
          it.parent = static_cast<int>(p);
          before.clear();
          vocab.fold(f.source->text.substr(outer.start, quote.start - outer.start), before);
          it.child_from = before.size();
          it.child_to = before.size() + it.words.size();
        }
      }
      if (it.parent >= 0) {
        const Quote& outer = *items[static_cast<size_t>(it.parent)].quote;
        add_context(f.index, outer.start, outer.end, quote.start, quote.end, vocab, memo, it.context);
        items[static_cast<size_t>(it.parent)].children.push_back(items.size());
      } else if (!f.index.sentences.empty()) {
        const Sentence& a = f.index.sentences[f.index.sentence_at(quote.start)];
        const Sentence& b = f.index.sentences[f.index.sentence_at(quote.end > 0 ? quote.end - 1 : 0)];
        add_context(f.index, a.start, b.end, quote.start, quote.end, vocab, memo, it.context);
      }
      sort_unique(it.context);
      if (it.parent < 0) top_end = std::max(top_end, quote.end);
      items.push_back(std::move(it));
    }
  }
  credit_spokespeople(items, all);
  return items;
}

}  // namespace qa
}  // namespace fc
