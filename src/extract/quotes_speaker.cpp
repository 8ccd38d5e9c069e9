// Speaker noun phrases around a speech verb: names, appositions, organisations, pronouns and descriptions.
#include <algorithm>

#include "extract/quotes_internal.h"

namespace fc {
namespace qx {
namespace {

// An organisation: "the Kremlin", "the White House", "the ministry", "police".
Speaker org_from(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b) {
  Speaker sp;
  std::string id;
  bool head = is_org_head(toks[b], &id);
  // lower-case modifiers belong to the organisation: "the finance ministry", "the town council"
  while (head && a > 0 && b - a < 3) {
    size_t m = toks[a - 1].kind == TokKind::kMark && toks[a - 1].norm == "'" && a > 1 ? a - 2 : a - 1;  // "workers' union"
    if (toks[m].kind != TokKind::kWord || toks[m].cap || function_word(toks[m]) || is_title(toks[m])) break;
    if (m > 0 && (toks[m - 1].norm == "a" || toks[m - 1].norm == "an")) break;  // "a move [opposition parties]"
    a = m;
  }
  if (!head && !(a > 0 && toks[a - 1].norm == "the")) return sp;
  sp.start = toks[a].start;
  sp.end = toks[b].end;
  sp.name = std::string(text.substr(sp.start, sp.end - sp.start));
  sp.rule = head ? "org:" + id : "org:the-name";
  return sp;
}

// An organisation subject; the object of a preposition is not the speaker ("a source close to the channel said").
Speaker subject_org(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b) {
  size_t d = a > 0 && toks[a - 1].norm == "the" ? a - 1 : a;
  while (d > 0 && toks[d - 1].kind == TokKind::kWord && !toks[d - 1].cap && d + 4 > a && !function_word(toks[d - 1])) --d;
  if (d > 0 && (toks[d - 1].bits & kObjectPrep)) return Speaker{};
  return org_from(text, toks, a, b);
}

// A speaker phrase ending in a lower-case word: a pronoun, "the judge", an organisation ("the ministry",
// "the defence ministry of the state"); `handled` is false when the word is none of these.
Speaker common_noun_speaker(std::string_view text, const std::vector<Tok>& toks, size_t last, size_t floor,
                            bool* handled) {
  const Tok& t = toks[last];
  *handled = true;
  if (!pronoun_id(t).empty()) return Speaker{"", t.start, t.end, true, "pronoun:" + pronoun_id(t)};
  std::string id;
  if (!t.cap && is_title(t, &id) && last > floor && toks[last - 1].norm == "the") {
    return Speaker{"", toks[last - 1].start, t.end, true, "description:title:" + id};  // refers back to a titled person
  }
  if (!t.cap && !is_org_head(t)) {
    for (size_t k = last; k > floor && last - k < 6 && toks[k].kind == TokKind::kWord && !toks[k].cap; --k) {
      if (toks[k].norm == "of" && is_org_head(toks[k - 1])) return speaker_ending_at(text, toks, k - 1, floor);
    }
  }
  if (is_org_head(t) && !t.cap) {
    size_t a = last;
    while (a > floor && toks[a - 1].kind == TokKind::kWord && name_word(toks[a - 1])) --a;
    return subject_org(text, toks, a, last);
  }
  *handled = false;
  return Speaker{};
}

// Walks left from a name's last word over the name ("Department of Health" included); returns its first token.
size_t name_start(const std::vector<Tok>& toks, size_t last, size_t floor) {
  size_t a = last;
  while (a > floor) {
    if (name_word(toks[a - 1]) && !is_title(toks[a - 1]) &&
        !(a >= floor + 3 && toks[a - 2].norm == "of" && is_title(toks[a - 3]))) {
      --a;
    } else if (a >= floor + 2 && toks[a - 1].norm == "of" && name_word(toks[a - 2]) && !is_title(toks[a - 2])) {
      a -= 2;
    } else if (a >= floor + 3 && toks[a - 1].norm == "the" && toks[a - 2].norm == "of" && name_word(toks[a - 3]) &&
               !is_title(toks[a - 3])) {
      a -= 3;  // "Ministry of the Interior"
    } else {
      break;
    }
  }
  return a;
}

// One past the last token of the noun phrase starting at `i`: names, titles, organisation words, lower-case roles
// before a title or a name ("passenger Meera Shah", "police chief Rob Hale"), and the dot of "Dr."
size_t phrase_end(const std::vector<Tok>& toks, size_t i, size_t ceil) {
  const size_t start = i;
  auto role_before_name = [&](size_t k) {
    for (size_t n = k + 1; n < ceil && n <= k + 2; ++n) {
      // "said retired miner Olav Berg": up to two lower-case words of role before a name of two words
      if (is_title(toks[n]) || (name_word(toks[n]) && n + 1 < ceil && name_word(toks[n + 1]))) return true;
    }
    return false;
  };
  while (i < ceil) {
    const Tok& t = toks[i];
    bool word = t.kind == TokKind::kWord && (name_word(t) || is_title(t) || is_org_head(t) ||
                                             (!function_word(t) && role_before_name(i)));
    bool dot = t.norm == "." && i > start && is_title(toks[i - 1]) && i + 1 < ceil && name_word(toks[i + 1]);
    if (!word && !dot) break;
    ++i;
  }
  return i;
}

// True if a capitalised word ends like an English abstract noun ("Service", "Protection", "Affairs", "Security"),
// so it closes an organisation's field rather than a person's name.
bool noun_shaped(std::string_view w) {
  for (std::string_view end : {"ice", "ion", "ment", "ity", "ics", "ure", "ance", "ence", "ness", "ship", "airs",
                               "ing", "ary", "ery", "ory", "ism", "age", "cy", "ies", "ts", "ds"}) {
    if (w.size() > end.size() + 1 && w.compare(w.size() - end.size(), end.size(), end) == 0) return true;
  }
  return false;
}

// "the administrator delegate of Teleron, Margit Halvorsen": a role of lower-case words that no table knows, "of" a
// capitalised organisation, then a name of two words or more in apposition.
Speaker role_apposition(std::string_view text, const std::vector<Tok>& toks, size_t np_a, size_t ceil) {
  size_t k = np_a;
  while (k < ceil && k < np_a + 3 && toks[k].kind == TokKind::kWord && !toks[k].cap && !function_word(toks[k])) ++k;
  if (k == np_a || k + 1 >= ceil || toks[k].norm != "of") return Speaker{};
  const size_t org = ++k;
  while (k < ceil && k < org + 5 && name_word(toks[k])) ++k;
  if (k == org || k + 2 >= ceil || toks[k].norm != "," || !name_word(toks[k + 1]) || !name_word(toks[k + 2]))
    return Speaker{};
  size_t j = k + 2;
  while (j + 1 < ceil && name_word(toks[j + 1])) ++j;
  Speaker sp = name_from(text, toks, k + 1, j, "role-of-org;apposition");
  sp.person = !sp.name.empty();
  return sp;
}

// A role of a lower-case organisation followed by a full name without a comma, as translations write it: "the
// head of the agency Helena Marsh" (tokens [of_at, end) hold "of ..."). The name needs two words after a
// lower-case noun, so "the head of the World Health Organization" stays an organisation.
Speaker role_of_org_name(std::string_view text, const std::vector<Tok>& toks, size_t np_a, size_t of_at, size_t end) {
  size_t a = end;
  while (a > of_at + 1 && name_word(toks[a - 1]) && !is_title(toks[a - 1])) --a;
  // "the Minister of Shipping Eirini Stavrou": a capitalised field of one word or more, then a two-word name
  const bool field = a == of_at + 1 && end - a >= 3 && !is_org_head(toks[end - 1]) && !is_org_head(toks[end - 2]) &&
                     !noun_shaped(toks[end - 1].norm) && !noun_shaped(toks[end - 2].norm);
  if (field) a = end - 2;
  const size_t before = a - 1;
  if (end - a < 2 || before <= of_at || (toks[before].cap && !field) || function_word(toks[before])) return Speaker{};
  Speaker sp = name_from(text, toks, a, end - 1, title_rules(toks, np_a, of_at) + ";role-of");
  sp.person = true;
  return sp;
}

// "Jonas Berg of the Property Owners' Federation told", "Maria Lund of the airport authority said": a person of
// two or more name words, then "of (the)" and an organisation of at most six words ending at `last`.
Speaker person_of_org(std::string_view text, const std::vector<Tok>& toks, size_t last, size_t floor) {
  size_t k = last;
  while (k > floor && last - k < 7 && toks[k].norm != "of") {
    const bool part = toks[k].kind == TokKind::kWord || (toks[k].kind == TokKind::kMark && toks[k].norm == "'");
    if (!part) return Speaker{};
    --k;
  }
  if (k <= floor + 1 || toks[k].norm != "of" || k == last) return Speaker{};
  size_t org_a = toks[k + 1].norm == "the" ? k + 2 : k + 1;
  // the organisation is a name ("the Property Owners' Federation") or ends on an organisation word
  if (org_a > last || (!toks[last].cap && !is_org_head(toks[last]))) return Speaker{};
  const size_t name_b = k - 1;
  if (!name_word(toks[name_b]) || is_title(toks[name_b])) return Speaker{};
  const size_t name_a = name_start(toks, name_b, floor);
  if (name_a == name_b) return Speaker{};  // one word: "Ministry of the Interior", not a person
  size_t a = name_a;
  while (a > floor && is_title(toks[a - 1])) --a;
  std::string rule = title_rules(toks, a, name_a);
  Speaker sp = name_from(text, toks, name_a, name_b, rule + (rule.empty() ? "of-org" : ";of-org"));
  sp.person = true;
  return sp;
}

}  // namespace

Speaker speaker_ending_at(std::string_view text, const std::vector<Tok>& toks, size_t last, size_t floor) {
  if (last >= toks.size() || last < floor) return Speaker{};
  if (toks[last].norm == "," && last > floor) --last;  // "Dmitry Peskov, said"
  const Tok& t = toks[last];
  if (t.kind != TokKind::kWord) return Speaker{};
  Speaker of_org = person_of_org(text, toks, last, floor);
  if (!of_org.name.empty()) return of_org;
  bool handled = false;
  Speaker common = common_noun_speaker(text, toks, last, floor, &handled);
  if (handled) return common;
  if (!name_word(t)) return Speaker{};
  // the name, then titles and roles before it ("Kremlin spokesman Dmitry Peskov")
  const size_t name_a = name_start(toks, last, floor);
  size_t a = name_a;
  while (a > floor && (is_title(toks[a - 1]) || name_word(toks[a - 1]) || toks[a - 1].norm == "of" ||
                       (toks[a - 1].norm == "." && a - 1 > floor && is_title(toks[a - 2])))) --a;
  if (name_a == a && a == last && a > floor && toks[a - 1].norm == "the" && demonym(t)) {
    return Speaker{"", toks[a - 1].start, t.end, true, "description:demonym"};  // "the Italian replied"
  }
  if (name_a == a && a > floor && toks[a - 1].norm == "the") return subject_org(text, toks, a, last);
  Speaker sp = name_from(text, toks, name_a, last, title_rules(toks, a, name_a));
  sp.person = name_a > a || sp.name.find(' ') != std::string::npos;
  return sp;
}

Speaker speaker_starting_at(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t ceil) {
  size_t i = first;
  if (i >= ceil || toks[i].kind != TokKind::kWord) return Speaker{};
  if (!pronoun_id(toks[i]).empty()) {
    return Speaker{"", toks[i].start, toks[i].end, true, "pronoun:" + pronoun_id(toks[i])};
  }
  const std::string_view d = toks[i].norm;
  const bool det = d == "the" || d == "his" || d == "her" || d == "its" || d == "a" || d == "their";
  if (det) ++i;
  const size_t np_a = i;
  i = phrase_end(toks, i, ceil);
  if (i == np_a) return det ? role_apposition(text, toks, np_a, ceil) : Speaker{};
  const size_t np_b = i - 1;
  // apposition: "his spokesman, Dmitry Peskov" / "Putin's spokesman, Dmitry Peskov"
  const bool role_only = is_title(toks[np_b]) || toks[np_b].norm.find('\'') != std::string_view::npos;
  if (role_only && i < ceil && toks[i].norm == "of") {  // "the spokesman of the opposition, Ana Mir"
    size_t c = i;
    while (c < ceil && c < i + 6 && toks[c].kind == TokKind::kWord) ++c;
    if (c + 1 < ceil && toks[c].norm == "," && name_word(toks[c + 1])) i = c;
    Speaker sp = role_of_org_name(text, toks, np_a, i, c);
    if (!sp.name.empty()) return sp;
  }
  if (role_only && i + 1 < ceil && toks[i].norm == "," && name_word(toks[i + 1])) {
    size_t j = i + 1;
    while (j + 1 < ceil && name_word(toks[j + 1])) ++j;
    Speaker sp = name_from(text, toks, i + 1, j, title_rules(toks, np_a, np_b + 1) + ";apposition");
    sp.person = true;
    return sp;
  }
  std::string tid;
  if (np_a == np_b && d == "the" && !toks[np_a].cap && is_title(toks[np_a], &tid)) {
    return Speaker{"", toks[first].start, toks[np_a].end, true, "description:title:" + tid};
  }
  if (is_org_head(toks[np_b]) && !toks[np_b].cap) return org_from(text, toks, np_a, np_b);
  bool titled_name = false;  // "the managing director Henrik Sohlberg": a role word, a title, then the name
  for (size_t k = np_a; k + 1 < np_b && !titled_name; ++k) {
    titled_name = is_title(toks[k]) && name_word(toks[k + 1]) && name_word(toks[np_b]) && !is_org_head(toks[np_b]);
  }
  if (det && d == "the" && !is_title(toks[np_a]) && !titled_name) return org_from(text, toks, np_a, np_b);
  // the name is the last run of capitalised words; titles before it are stripped
  size_t a = np_b;
  while (a > np_a && name_word(toks[a - 1]) && !is_title(toks[a - 1])) --a;
  if (!name_word(toks[np_b]) || is_title(toks[np_b])) return Speaker{};
  Speaker sp = name_from(text, toks, a, np_b, title_rules(toks, np_a, a));
  sp.person = a > np_a || sp.name.find(' ') != std::string::npos;
  return sp;
}

}  // namespace qx
}  // namespace fc

namespace fc {
namespace qx {
namespace {

// Lower-case words of a quote, padded with spaces, for whole-word containment.
std::string padded_words(const std::string& s) {
  std::string out(s.size() + 2, ' ');  // at most one byte per input byte and two spaces: written by index
  size_t n = 1;
  for (char c : s) {
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '\'' ||
                static_cast<unsigned char>(c) >= 0x80;
    if (word) out[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    else if (out[n - 1] != ' ') out[n++] = ' ';
  }
  if (out[n - 1] != ' ') out[n++] = ' ';
  out.resize(n);
  return out;
}

}  // namespace

void echo_speakers(std::vector<Quote>& quotes) {
  std::vector<std::string> padded(quotes.size());  // of the direct quotes, made once
  for (size_t i = 0; i < quotes.size(); ++i) {
    if (quotes[i].kind == "direct") padded[i] = padded_words(quotes[i].text);
  }
  for (Quote& q : quotes) {
    const bool org = q.rule.find("org:") != std::string::npos;
    if (q.kind != "partial" || (!q.speaker.empty() && !org)) continue;
    const std::string words = padded_words(q.text);
    if (std::count(words.begin(), words.end(), ' ') < 3) continue;  // at least two words
    for (const Quote& d : quotes) {
      if (&d == &q || d.kind != "direct" || d.speaker.empty() || d.rule.find("org:") != std::string::npos) continue;
      if (padded[static_cast<size_t>(&d - quotes.data())].find(words) == std::string::npos) continue;
      q.speaker = d.speaker;
      q.speaker_start = d.speaker_start;
      q.speaker_end = d.speaker_end;
      q.rule += ";echoes-quote";
      break;
    }
  }
}

}  // namespace qx
}  // namespace fc
