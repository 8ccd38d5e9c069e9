// Reported speech: "Minister Ana Berg said (that) the plan would fail" in a source that does not quote her, found
// so that it can join the same statement another source quotes word for word (quotes_match.cpp decides).
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "align/quotes_internal.h"

namespace fc {
namespace qa {
namespace {

// Verbs that report a statement in the speaker's sense: what follows is what was said.
bool reporting_verb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {"said", "says", "argued", "warned", "added", "stressed", "insisted",
                                                "admitted", "declared", "explained", "noted", "called", "told"};
  if (w.size() < 4 || w.size() > 9) return false;  // most words: no compare at all
  for (std::string_view v : kVerbs) if (v == w) return true;
  return false;
}

// "has said", "had also told": words that may stand between a speaker's name and the reporting verb.
bool auxiliary(std::string_view w) { return w == "has" || w == "had" || w == "have" || w == "also"; }

bool quote_char_in(std::string_view s) {
  for (std::string_view q : {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E"}) {
    if (s.find(q) != std::string_view::npos) return true;
  }
  return false;
}

// The person or firm that speaks with the verb at token `v`: a full name right before it, or before an apposition
// set off by commas ("Mirela Dobrescu, the labour minister, argued"); nullptr if none.
const EntityMention* speaker_before(const SourceFindings& f, size_t first, size_t v) {
  const TextIndex& ix = f.index;
  const EntityMention* best = nullptr;
  for (const EntityMention& m : f.entities) {
    // a person or firm named in full ("Liberis Ferry Lines said it was ..."), never a place
    if (m.start < ix.tokens[first].start || m.end > ix.tokens[v].start || m.type == "PLACE" ||
        m.canonical.find(' ') == std::string::npos)
      continue;
    const size_t after = ix.token_at(m.end, first, v);
    if (after > v) continue;
    // "Berg has said", "the prosecutor, Ana Berg, says": an auxiliary, or the comma closing an apposition that
    // names the speaker, between the name and the verb
    size_t verb_at = after;
    const size_t opens = ix.token_at(m.start, first, v);
    if (verb_at < v && ix.tokens[verb_at].norm == "," && opens > first && ix.tokens[opens - 1].norm == ",") ++verb_at;
    while (verb_at < v && auxiliary(ix.tokens[verb_at].norm)) ++verb_at;
    const bool right_before = verb_at == v;
    const bool apposition = v > after + 2 && v - after <= 18 && ix.tokens[after].norm == "," && ix.tokens[v - 1].norm == ",";
    if (right_before || apposition) best = &m;
  }
  return best;
}

// "He told reporters that ...": a pronoun opening sentence `si` right before the verb at `v` stands for the one
// person the sentence before names in full; nullptr when that sentence names none, or two people.
const EntityMention* pronoun_speaker(const SourceFindings& f, size_t si, size_t v) {
  const TextIndex& ix = f.index;
  if (si == 0) return nullptr;
  const size_t first = ix.sentences[si].first_token;
  const std::string& p = ix.tokens[first].norm;
  if (p != "he" && p != "she") return nullptr;
  size_t k = first + 1;
  while (k < v && auxiliary(ix.tokens[k].norm)) ++k;
  if (k != v) return nullptr;
  const Sentence& prev = ix.sentences[si - 1];
  const EntityMention* who = nullptr;
  std::string_view surname;
  for (const EntityMention& m : f.entities) {
    if (m.start < prev.start || m.end > prev.end || m.type != "PERSON") continue;
    const std::string_view key = m.key, last = key.substr(key.rfind(' ') == std::string_view::npos ? 0 : key.rfind(' ') + 1);
    if (!surname.empty() && last != surname) return nullptr;  // two people: which one the pronoun means is not said
    surname = last;
    if (!who && m.canonical.find(' ') != std::string::npos) who = &m;
  }
  return who;
}

// Where the reported words start after the verb at `v`: "that" and, after "told", its object are skipped; "called"
// reports only "called it ..."; `end` if nothing fits.
size_t clause_start(const TextIndex& ix, size_t v, size_t end) {
  size_t k = v + 1;
  const std::string& verb = ix.tokens[v].norm;
  if (verb == "told") {  // "told reporters (that) ...", "told the assembly ..."
    size_t that = k;
    while (that < end && that < v + 4 && ix.tokens[that].norm != "that") ++that;
    if (that < end && ix.tokens[that].norm == "that") return that + 1;
    return k + 1 < end && (ix.tokens[k].norm == "the" || ix.tokens[k].norm == "a") ? k + 2 : k + 1;
  }
  if (verb == "called") return k + 1 < end && ix.tokens[k].norm == "it" ? k + 1 : end;
  if (k < end && ix.tokens[k].norm == "that") ++k;
  return k;
}

// The words a reporting verb at token `v` reports, [a, b), and who says them: "Berg said (that) X", "X, Berg said",
// "X, said Ana Berg"; `who` is nullptr when the sentence has none of these shapes.
struct Telling {
  const EntityMention* who = nullptr;
  size_t a = 0, b = 0;
};

Telling telling_at(const SourceFindings& f, size_t si, size_t v) {
  const TextIndex& ix = f.index;
  const Sentence& s = ix.sentences[si];
  size_t end = s.end_token;
  while (end > v + 1 && ix.tokens[end - 1].kind == TokenKind::kPunct) --end;
  Telling t;
  if ((t.who = pronoun_speaker(f, si, v))) {  // "She said (that) X": the words after the verb only
    if (end > v + 1) t.a = clause_start(ix, v, end), t.b = end;
    return t;
  }
  if ((t.who = speaker_before(f, s.first_token, v))) {
    if (end > v + 1) {
      t.a = clause_start(ix, v, end), t.b = end;
      return t;
    }
    size_t c = ix.token_at(t.who->start, s.first_token, v);  // "..., Berg said.", "..., Mayor Ana Berg said."
    for (size_t k = 0; k < 3 && c > s.first_token + 1 && ix.tokens[c - 1].norm != ","; ++k) --c;
    if (c > s.first_token + 1 && ix.tokens[c - 1].norm == ",") t.a = s.first_token, t.b = c - 1;
    return t;
  }
  if (v + 1 >= end || ix.tokens[v - 1].norm != ",") return t;  // "..., said (Mayor) Ana Berg."
  for (const EntityMention& m : f.entities) {
    const bool near = m.start >= ix.tokens[v + 1].start && (v + 4 >= end || m.start <= ix.tokens[v + 4].start);
    if (near && m.end == ix.tokens[end - 1].end && m.type == "PERSON" &&
        m.canonical.find(' ') != std::string::npos)
      t.who = &m, t.a = s.first_token, t.b = v - 1;
  }
  return t;
}

// In a sentence that quotes words too, only "X, ..., promised \"answers\" and said (that) Y": the subject named in
// full at the sentence start, the verb after "and", and no quote mark in Y.
Telling after_quote_and(const SourceFindings& f, const Sentence& s, size_t v) {
  const TextIndex& ix = f.index;
  Telling t;
  if (ix.tokens[v - 1].norm != "and") return t;
  size_t end = s.end_token;
  while (end > v + 1 && ix.tokens[end - 1].kind == TokenKind::kPunct) --end;
  const size_t a = clause_start(ix, v, end);
  if (a + 3 > end || quote_char_in(f.source->text.substr(ix.tokens[a].start, ix.tokens[end - 1].end - ix.tokens[a].start)))
    return t;
  for (const EntityMention& m : f.entities) {  // the first full name of the sentence, within its first ten words
    if (m.start < s.start || m.start >= ix.tokens[std::min(v, s.first_token + 10)].start) continue;
    if (m.type == "PLACE" || m.canonical.find(' ') == std::string::npos) continue;
    t.who = &m, t.a = a, t.b = end;
    break;
  }
  return t;
}

// Reported statements of one source whose speaker another source quotes (`elsewhere` of the speaker key).
template <typename Elsewhere>
void reported_in(const SourceFindings& f, const Elsewhere& elsewhere, std::vector<Quote>& out) {
  const TextIndex& ix = f.index;
  const std::string_view text = f.source->text;
  for (size_t si = 0; si < ix.sentences.size(); ++si) {
    const Sentence& s = ix.sentences[si];
    if (s.end_token <= s.first_token + 4) continue;
    const bool marks = quote_char_in(text.substr(s.start, s.end - s.start));
    for (size_t v = s.first_token + 1; v < s.end_token; ++v) {
      if (!reporting_verb(ix.tokens[v].norm)) continue;
      const Telling t = marks ? after_quote_and(f, s, v) : telling_at(f, si, v);
      if (!t.who || t.b < t.a + 3 || !elsewhere(speaker_key_of(t.who->canonical))) continue;
      Quote q;
      q.start = ix.tokens[t.a].start, q.end = ix.tokens[t.b - 1].end;
      q.text = std::string(text.substr(q.start, q.end - q.start));
      q.speaker = t.who->canonical, q.speaker_start = t.who->start, q.speaker_end = t.who->end;
      q.kind = "reported", q.rule = "reported:verb:" + ix.tokens[v].norm;
      out.push_back(std::move(q));
      break;
    }
  }
}

// The lower-case words of four letters or more in `text`, each passed to `f`.
template <typename F>
void long_words(std::string_view text, F f) {
  std::string w;
  for (size_t i = 0; i <= text.size(); ++i) {
    const char c = i < text.size() ? text[i] : ' ';
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c & 0x80);
    if (letter) { w += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; continue; }
    if (w.size() >= 4) f(w);
    w.clear();
  }
}

// Keeps the reported statements that share two long words with some quote of their speaker: the others cannot
// tell a quoted statement (tells_quote asks for more), and would only cost matching time.
void keep_telling(const std::vector<SourceFindings>& use, std::vector<std::vector<Quote>>& found) {
  if (std::all_of(found.begin(), found.end(), [](const std::vector<Quote>& l) { return l.empty(); })) return;
  std::unordered_map<std::string, std::unordered_set<std::string>> words;  // speaker key -> words of their quotes
  for (const SourceFindings& f : use) {
    for (const Quote& q : f.quotes) {
      if (q.speaker.empty()) continue;
      auto& set = words[speaker_key_of(q.speaker)];
      long_words(q.text, [&](const std::string& w) { set.insert(w); });
    }
  }
  for (auto& list : found) {
    list.erase(std::remove_if(list.begin(), list.end(), [&](const Quote& r) {
                 auto it = words.find(speaker_key_of(r.speaker));
                 std::unordered_set<std::string> shared;
                 if (it != words.end()) long_words(r.text, [&](const std::string& w) { if (it->second.count(w)) shared.insert(w); });
                 return shared.size() < 2;
               }), list.end());
  }
}

}  // namespace

std::vector<std::vector<Quote>> reported_sayings(const std::vector<SourceFindings>& all,
                                                 const std::vector<SourceFindings>& use) {
  // speaker key -> (first source quoting it, whether a second one does): one pass, not one set per source
  std::unordered_map<std::string, std::pair<size_t, bool>> quoting;
  for (size_t s = 0; s < use.size(); ++s) {
    for (const Quote& q : use[s].quotes) {
      if (q.speaker.empty() || q.kind == "scare" || q.kind == "title") continue;
      auto [at, fresh] = quoting.try_emplace(speaker_key_of(q.speaker), s, false);
      if (!fresh && at->second.first != s) at->second.second = true;
    }
  }
  std::vector<std::vector<Quote>> found;
  if (quoting.empty()) return found;
  found.resize(std::min(all.size(), use.size()));
  for (size_t s = 0; s < found.size(); ++s) {
    if (!all[s].source) continue;
    auto elsewhere = [&](const std::string& key) {
      auto it = quoting.find(key);
      return it != quoting.end() && (it->second.second || it->second.first != s);
    };
    reported_in(all[s], elsewhere, found[s]);
  }
  keep_telling(use, found);
  return found;
}

}  // namespace qa
}  // namespace fc
