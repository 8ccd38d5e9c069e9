#include "align/mention_util.h"

#include <algorithm>

#include "extract/words.h"

namespace fc {

const std::string& source_id_of(const SourceFindings& f) {
  static const std::string kNone;
  return f.source ? f.source->id : kNone;
}

Mention make_mention(const SourceFindings& f, size_t start, size_t end, std::string value, std::string rule) {
  Mention m;
  m.source = source_id_of(f);
  const std::string_view text = f.source ? std::string_view(f.source->text) : std::string_view();
  start = std::min(start, text.size());
  end = std::min(std::max(end, start), text.size());
  m.text = std::string(text.substr(start, end - start));
  m.value = std::move(value);
  m.start = start;
  m.end = end;
  m.rule = std::move(rule);
  return m;
}

std::set<std::string> sentence_words(const SourceFindings& f, size_t pos) {
  std::set<std::string> out;
  if (f.index.sentences.empty()) return out;
  const Sentence& s = f.index.sentences[f.index.sentence_at(pos)];
  for (size_t i = s.first_token; i < s.end_token && i < f.index.tokens.size(); ++i) {
    const Token& t = f.index.tokens[i];
    if (t.kind != TokenKind::kWord || t.norm.size() < 3 || is_function_word(t.norm)) continue;
    out.insert(noun_lemma(t.norm));
  }
  return out;
}

size_t shared_words(const std::set<std::string>& a, const std::set<std::string>& b, const std::string& ignore) {
  size_t n = 0;  // both sets are sorted: one merge pass instead of a tree lookup per word
  auto i = a.begin(), j = b.begin();
  while (i != a.end() && j != b.end()) {
    const int c = i->compare(*j);
    if (c < 0) ++i;
    else if (c > 0) ++j;
    else { n += *i != ignore ? 1 : 0; ++i; ++j; }
  }
  return n;
}

std::vector<std::string> fact_sources(const Fact& fact) {
  std::vector<std::string> out;
  for (const Mention& m : fact.mentions) {
    if (std::find(out.begin(), out.end(), m.source) == out.end()) out.push_back(m.source);
  }
  return out;
}

size_t shared_ids(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++n, ++i, ++j;
  }
  return n;
}

bool attribution_word(std::string_view w) {
  return w == "said" || w == "says" || w == "say" || w == "told" || w == "added" || w == "according" ||
         w == "reported" || w == "statement" || w == "spokesman" || w == "spokeswoman" || w == "reporters";
}

}  // namespace fc
