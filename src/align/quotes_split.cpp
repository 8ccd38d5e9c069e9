// Quotes one source gives whole and another splits: "A. B." in one report, "A." and, later, "B." in another. The
// whole quote is cut into its sentences so that each joins the statement it renders (a mention belongs to one fact).
#include <algorithm>
#include <string>
#include <vector>

#include "align/quotes_internal.h"
#include "core/sort.h"
#include "extract/entity_tables.h"

namespace fc {
namespace qa {
namespace {

constexpr double kInside = 0.6;  // share of the shorter word set found in the other: enough on its own
constexpr double kLoose = 0.4;   // enough with three shared words (a freer translation of the sentence)

// Sentence ends inside a quote's text: after . ? or ! followed by a space and a capital letter or an opening mark.
std::vector<size_t> sentence_cuts(const std::string& t) {
  std::vector<size_t> cuts;
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    if (t[i] != '.' && t[i] != '?' && t[i] != '!') continue;
    if (t[i + 1] != ' ') continue;
    size_t j = i + 1;
    while (j < t.size() && t[j] == ' ') ++j;
    if (j < t.size() && ((t[j] >= 'A' && t[j] <= 'Z') || t[j] == '"')) cuts.push_back(i + 1);
  }
  return cuts;
}

// Content words of a text, lower case, a plural "s" dropped, sorted and unique.
std::vector<std::string> content_words(const std::string& text) {
  std::vector<std::string> out;
  for (std::string w : fold_words(text)) {
    if (w.size() < 3 || is_function_word(w)) continue;
    if (w.size() > 4 && w.back() == 's') w.pop_back();
    out.push_back(std::move(w));
  }
  fc::sort_by(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Whether a quote's content words render one sentence's: most of the shorter set shared, or three and a fair share.
double fit(const std::vector<std::string>& q, const std::vector<std::string>& sentence) {
  if (q.empty() || sentence.empty()) return 0;
  size_t n = 0;
  for (const std::string& w : q) n += std::binary_search(sentence.begin(), sentence.end(), w) ? 1 : 0;
  const double share = static_cast<double>(n) / static_cast<double>(std::min(q.size(), sentence.size()));
  return (n >= 2 && share >= kInside) || (n >= 3 && share >= kLoose) ? share : 0;
}

// The sentence of `sentences` a quote fits best, or -1 when it fits none.
int sentence_of(const std::vector<std::string>& q, const std::vector<std::vector<std::string>>& sentences) {
  int best = -1;
  double best_fit = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const double f = fit(q, sentences[i]);
    if (f > best_fit) best = static_cast<int>(i), best_fit = f;
  }
  return best;
}

// The spelling-insensitive key of a quote's speaker's surname ("Østby" = "Ostby"); "" when the speaker is unknown.
std::string speaker_key(const Quote& q) {
  if (q.speaker.empty()) return "";
  const size_t sp = q.speaker.rfind(' ');
  return name_key(q.speaker.substr(sp == std::string::npos ? 0 : sp + 1));
}

// A quote of a known speaker, ready to compare: its source, speaker key and content words.
struct Said {
  size_t src = 0;
  std::string speaker;
  std::vector<std::string> words;
};

// The direct and partial quotes of the speakers in `keys` (sorted) with three content words or more, each worked
// out once.
std::vector<Said> quotes_said(const std::vector<SourceFindings>& all, const std::vector<std::string>& keys) {
  std::vector<Said> out;
  for (size_t s = 0; s < all.size(); ++s) {
    for (const Quote& q : all[s].quotes) {
      if ((q.kind != "direct" && q.kind != "partial") || q.speaker.empty()) continue;
      std::string key = speaker_key(q);
      if (!std::binary_search(keys.begin(), keys.end(), key)) continue;
      Said said{s, std::move(key), content_words(q.text)};
      if (said.words.size() >= 3) out.push_back(std::move(said));
    }
  }
  return out;
}

// Whether another source gives two of the whole quote's sentences as two quotes of their own (same speaker).
bool split_elsewhere(const std::vector<Said>& said, size_t src, const std::string& speaker,
                     const std::vector<std::vector<std::string>>& sentences) {
  std::vector<std::pair<size_t, int>> hits;  // (source, sentence) pairs, each once
  for (const Said& q : said) {
    if (q.src == src || q.speaker != speaker) continue;
    const int k = sentence_of(q.words, sentences);
    if (k < 0 || std::find(hits.begin(), hits.end(), std::make_pair(q.src, k)) != hits.end()) continue;
    for (const auto& h : hits) if (h.first == q.src) return true;  // a second sentence given apart by this source
    hits.emplace_back(q.src, k);
  }
  return false;
}

// Appends the sentences of a quote as quotes of their own, with the whole quote's speaker and a rule saying why.
void cut(const Quote& whole, const std::vector<size_t>& cuts, std::vector<Quote>& out) {
  size_t from = 0;
  for (size_t k = 0; k <= cuts.size(); ++k) {
    const size_t to = k < cuts.size() ? cuts[k] : whole.text.size();
    size_t a = from;
    while (a < to && whole.text[a] == ' ') ++a;
    if (a < to) {
      out.push_back(whole);
      Quote& q = out.back();
      q.start = whole.start + a;
      q.end = whole.start + to;
      q.text = whole.text.substr(a, to - a);
      q.rule += ";split-like-other-source";
    }
    from = to;
  }
}

// Where a quote would be cut into sentences, when it holds no other quote and has two to six sentences.
std::vector<size_t> cuts_of(const SourceFindings& f, const Quote& q) {
  const std::string_view text = f.source ? std::string_view(f.source->text) : std::string_view();
  if (q.kind != "direct" || q.end > text.size() || text.substr(q.start, q.end - q.start) != q.text) return {};
  for (const Quote& o : f.quotes) {
    if (&o != &q && q.start <= o.start && o.end <= q.end) return {};  // a saying inside it keeps it whole
  }
  std::vector<size_t> cuts = sentence_cuts(q.text);
  if (cuts.size() > 5) cuts.clear();
  return cuts;
}

}  // namespace

bool split_quotes(const std::vector<SourceFindings>& all, std::vector<SourceFindings>* out) {
  std::vector<std::vector<std::vector<size_t>>> plan(all.size());  // per source, per quote: where it could be cut
  std::vector<std::string> keys;  // speakers of the quotes that could be cut
  for (size_t s = 0; s < all.size(); ++s) {
    plan[s].resize(all[s].quotes.size());
    for (size_t i = 0; i < all[s].quotes.size(); ++i) {
      const Quote& q = all[s].quotes[i];
      if (q.speaker.empty()) continue;
      plan[s][i] = cuts_of(all[s], q);
      if (!plan[s][i].empty()) keys.push_back(speaker_key(q));
    }
  }
  if (keys.empty()) return false;
  fc::sort_by(keys.begin(), keys.end());
  const std::vector<Said> said = quotes_said(all, keys);
  bool any = false;
  for (size_t s = 0; s < all.size(); ++s) {
    for (size_t i = 0; i < all[s].quotes.size(); ++i) {
      std::vector<size_t>& cuts = plan[s][i];
      if (cuts.empty()) continue;
      const Quote& q = all[s].quotes[i];
      std::vector<std::vector<std::string>> sentences;
      for (size_t k = 0, from = 0; k <= cuts.size(); ++k) {
        const size_t to = k < cuts.size() ? cuts[k] : q.text.size();
        sentences.push_back(content_words(q.text.substr(from, to - from)));
        from = to;
      }
      if (split_elsewhere(said, s, speaker_key(q), sentences)) any = true;
      else cuts.clear();
    }
  }
  if (!any) return false;
  // only what quote alignment reads: copying whole findings would link their copy code into the wasm
  out->resize(all.size());
  for (size_t s = 0; s < all.size(); ++s) {
    SourceFindings& f = (*out)[s];
    f.source = all[s].source;
    f.anchor = all[s].anchor;
    f.index = all[s].index;
    f.quotes.clear();
    for (size_t i = 0; i < all[s].quotes.size(); ++i) {
      if (plan[s][i].empty()) f.quotes.push_back(all[s].quotes[i]);
      else cut(all[s].quotes[i], plan[s][i], f.quotes);
    }
  }
  return true;
}

}  // namespace qa
}  // namespace fc
