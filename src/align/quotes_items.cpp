// Quote items: folded words, content stems and the words around each quote, ready for matching.
#include <algorithm>
#include <unordered_set>

#include "align/quotes_internal.h"
#include "rules/rules.h"

namespace fc {
namespace qa {
namespace {

bool word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}

// Appends the comparison words of one surface word ("can't" -> "can", "not").
void push_folded(std::string w, std::vector<std::string>& out) {
  static const char* const kIs[] = {"it", "that", "he", "she", "there", "what", "who", "where", "here"};
  auto ends = [&](const char* s) {
    std::string x(s);
    return w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0;
  };
  if (w == "cannot") { out.push_back("can"); out.push_back("not"); return; }
  if (w == "won't") { out.push_back("will"); out.push_back("not"); return; }
  if (w == "can't") { out.push_back("can"); out.push_back("not"); return; }
  if (ends("n't")) { out.push_back(w.substr(0, w.size() - 3)); out.push_back("not"); return; }
  const char* const kSuffix[][2] = {{"'re", "are"}, {"'ll", "will"}, {"'ve", "have"}, {"'m", "am"}, {"'d", "would"}};
  for (const auto& s : kSuffix) {
    if (ends(s[0])) { out.push_back(w.substr(0, w.size() - std::string(s[0]).size())); out.push_back(s[1]); return; }
  }
  if (ends("'s")) {
    std::string base = w.substr(0, w.size() - 2);
    if (std::find(std::begin(kIs), std::end(kIs), base) != std::end(kIs)) {
      out.push_back(base);
      out.push_back("is");
      return;
    }
  }
  out.push_back(spelling_fold(w, nullptr));
}

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

// Stems of the content words in text [a, b) of a source, using its token index.
void add_context(const TextIndex& idx, size_t a, size_t b, size_t skip_a, size_t skip_b, std::vector<std::string>& out) {
  size_t added = 0;
  auto first = std::lower_bound(idx.tokens.begin(), idx.tokens.end(), a,
                                [](const Token& t, size_t pos) { return t.end <= pos; });
  for (auto it = first; it != idx.tokens.end() && it->start < b; ++it) {
    const Token& t = *it;
    if (t.end <= a) continue;
    if (t.start >= skip_a && t.end <= skip_b) continue;
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) continue;
    if (is_function_word(t.norm) || t.norm.size() < 2) continue;
    out.push_back(stem(synonym_key(spelling_fold(t.norm, nullptr))));
    if (++added > 120) break;
  }
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

std::string key_of(const std::string& speaker) {
  if (speaker.empty()) return "";
  size_t sp = speaker.rfind(' ');
  std::string last = sp == std::string::npos ? speaker : speaker.substr(sp + 1);
  std::string out;
  for (char c : last) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return out;
}

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
  for (Item& it : items) {
    const Quote& q = all[it.src].quotes[it.q];
    if (q.kind != "partial" || q.rule.find("org:") == std::string::npos || it.words.size() < 2) continue;
    for (const Item& full : items) {
      const Quote& d = all[full.src].quotes[full.q];
      if (full.src == it.src || d.kind != "direct" || d.speaker.empty() || d.rule.find("org:") != std::string::npos) continue;
      if (std::search(full.words.begin(), full.words.end(), it.words.begin(), it.words.end()) == full.words.end()) continue;
      if (!speaks_for(all[full.src].source->text, q.speaker, d.speaker)) continue;
      it.speaker_key = full.speaker_key;
      break;
    }
  }
}

}  // namespace

std::vector<std::string> fold_words(std::string_view text) {
  std::vector<std::string> out;
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    bool apostrophe = c == '\'' || (c == 0xE2 && text.substr(i, 3) == "\xE2\x80\x99");
    if (apostrophe && !w.empty() && i + (c == '\'' ? 1 : 3) < text.size() &&
        word_byte(static_cast<unsigned char>(text[i + (c == '\'' ? 1 : 3)]))) {
      w += '\'';
      if (c != '\'') i += 2;
      continue;
    }
    bool punct_cp = c == 0xE2 || c == 0xC2;  // typographic quotes, dashes, spaces, guillemets
    if (word_byte(c) && !punct_cp) {
      w += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      continue;
    }
    if (punct_cp) i += (c == 0xE2 ? 2 : 1);
    if (!w.empty()) push_folded(std::move(w), out);
    w.clear();
  }
  return out;
}

std::string stem(const std::string& word) {
  std::string w = word;
  if (w.size() > 2 && w.compare(w.size() - 2, 2, "'s") == 0) w.resize(w.size() - 2);
  for (const char* suf : {"ing", "ed", "es", "s", "ly"}) {
    std::string s(suf);
    if (w.size() > s.size() + 3 && w.compare(w.size() - s.size(), s.size(), s) == 0) {
      w.resize(w.size() - s.size());
      break;
    }
  }
  if (w.size() > 6) w.resize(6);
  return w;
}

bool is_function_word(const std::string& word) { return function_words().count(word) > 0; }

size_t lcs_length(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return 0;
  const std::vector<std::string>& s = a.size() < b.size() ? a : b;
  const std::vector<std::string>& l = a.size() < b.size() ? b : a;
  std::vector<size_t> row(s.size() + 1, 0);
  for (size_t i = 0; i < l.size() && i < 400; ++i) {
    size_t diag = 0;
    for (size_t j = 0; j < s.size() && j < 400; ++j) {
      size_t up = row[j + 1];
      row[j + 1] = l[i] == s[j] ? diag + 1 : std::max(row[j], row[j + 1]);
      diag = up;
    }
  }
  return row[std::min(s.size(), size_t{400})];
}

std::vector<Item> build_items(const std::vector<SourceFindings>& all) {
  std::vector<Item> items;
  for (size_t s = 0; s < all.size(); ++s) {
    const SourceFindings& f = all[s];
    size_t first = items.size();
    for (size_t q = 0; q < f.quotes.size(); ++q) {
      const Quote& quote = f.quotes[q];
      if (quote.kind != "direct" && quote.kind != "partial" && quote.kind != "saying") continue;
      Item it;
      it.src = s;
      it.q = q;
      it.words = fold_words(quote.text);
      if (it.words.empty()) continue;
      // translations swap synonyms: match on one key per synonym group; the words stay for verdicts
      for (const std::string& w : it.words) {
        it.keys.push_back(synonym_key(w));
        if (!is_function_word(w)) it.content.push_back(stem(it.keys.back()));
      }
      sort_unique(it.content);
      it.speaker_key = key_of(quote.speaker);
      // a saying inside a longer quote of the same source takes that quote as its context
      for (size_t p = first; p < items.size(); ++p) {
        const Quote& outer = f.quotes[items[p].q];
        if (outer.start <= quote.start && quote.end <= outer.end && items[p].parent < 0) {
          it.parent = static_cast<int>(p);
          std::vector<std::string> before = fold_words(f.source->text.substr(outer.start, quote.start - outer.start));
          it.child_from = before.size();
          it.child_to = before.size() + it.words.size();
        }
      }
      if (it.parent >= 0) {
        const Quote& outer = f.quotes[items[static_cast<size_t>(it.parent)].q];
        add_context(f.index, outer.start, outer.end, quote.start, quote.end, it.context);
        items[static_cast<size_t>(it.parent)].children.push_back(items.size());
      } else if (!f.index.sentences.empty()) {
        const Sentence& a = f.index.sentences[f.index.sentence_at(quote.start)];
        const Sentence& b = f.index.sentences[f.index.sentence_at(quote.end > 0 ? quote.end - 1 : 0)];
        add_context(f.index, a.start, b.end, quote.start, quote.end, it.context);
      }
      sort_unique(it.context);
      items.push_back(std::move(it));
    }
  }
  credit_spokespeople(items, all);
  return items;
}

}  // namespace qa
}  // namespace fc
