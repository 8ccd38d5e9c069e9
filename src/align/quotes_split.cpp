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

// Unknown speakers fit anyone; known ones by the spelling-insensitive key of their surname ("Østby" = "Ostby").
bool same_speaker(const Quote& a, const Quote& b) {
  if (a.speaker.empty() || b.speaker.empty()) return true;
  const size_t sa = a.speaker.rfind(' '), sb = b.speaker.rfind(' ');
  return name_key(a.speaker.substr(sa == std::string::npos ? 0 : sa + 1)) ==
         name_key(b.speaker.substr(sb == std::string::npos ? 0 : sb + 1));
}

// Whether another source gives two of the whole quote's sentences as two quotes of their own.
bool split_elsewhere(const std::vector<SourceFindings>& all, size_t src, const Quote& whole,
                     const std::vector<std::vector<std::string>>& sentences) {
  for (size_t s = 0; s < all.size(); ++s) {
    if (s == src) continue;
    std::vector<int> hit;
    for (const Quote& q : all[s].quotes) {
      if ((q.kind != "direct" && q.kind != "partial") || !same_speaker(q, whole)) continue;
      const std::vector<std::string> words = content_words(q.text);
      if (words.size() < 3) continue;
      const int k = sentence_of(words, sentences);
      if (k >= 0 && std::find(hit.begin(), hit.end(), k) == hit.end()) hit.push_back(k);
    }
    if (hit.size() >= 2) return true;
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
  std::vector<std::vector<std::vector<size_t>>> plan(all.size());  // per source, per quote: where to cut it
  bool any = false;
  for (size_t s = 0; s < all.size(); ++s) {
    plan[s].resize(all[s].quotes.size());
    for (size_t i = 0; i < all[s].quotes.size(); ++i) {
      const Quote& q = all[s].quotes[i];
      std::vector<size_t> cuts = cuts_of(all[s], q);
      if (cuts.empty()) continue;
      std::vector<std::vector<std::string>> sentences;
      for (size_t k = 0, from = 0; k <= cuts.size(); ++k) {
        const size_t to = k < cuts.size() ? cuts[k] : q.text.size();
        sentences.push_back(content_words(q.text.substr(from, to - from)));
        from = to;
      }
      if (!split_elsewhere(all, s, q, sentences)) continue;
      plan[s][i] = std::move(cuts);
      any = true;
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
