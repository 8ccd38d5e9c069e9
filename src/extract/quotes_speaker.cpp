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
  bool head = is_org_head(toks[b].norm, &id);
  // lower-case modifiers belong to the organisation: "the finance ministry", "the town council"
  while (head && a > 0 && b - a < 3) {
    size_t m = toks[a - 1].kind == TokKind::kMark && toks[a - 1].norm == "'" && a > 1 ? a - 2 : a - 1;  // "workers' union"
    if (toks[m].kind != TokKind::kWord || toks[m].cap || function_word(toks[m].norm) || is_title(toks[m].norm)) break;
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
  while (d > 0 && toks[d - 1].kind == TokKind::kWord && !toks[d - 1].cap && d + 4 > a && !function_word(toks[d - 1].norm)) --d;
  static const char* const kPrep[] = {"to", "of", "for", "from", "with", "at", "by", "near", "in", "on", "about"};
  if (d > 0 && std::find(std::begin(kPrep), std::end(kPrep), toks[d - 1].norm) != std::end(kPrep)) return Speaker{};
  return org_from(text, toks, a, b);
}

}  // namespace

Speaker speaker_ending_at(std::string_view text, const std::vector<Tok>& toks, size_t last, size_t floor) {
  Speaker none;
  if (last >= toks.size() || last < floor) return none;
  if (toks[last].norm == "," && last > floor) --last;  // "Dmitry Peskov, said"
  const Tok& t = toks[last];
  if (t.kind != TokKind::kWord) return none;
  if (!pronoun_id(t.norm).empty()) {
    Speaker sp{"", t.start, t.end, true, "pronoun:" + pronoun_id(t.norm)};
    return sp;
  }
  std::string id;
  if (!t.cap && is_title(t.norm, &id) && last > floor && toks[last - 1].norm == "the") {
    // "the judge said": a description that refers back to a titled person named earlier
    return Speaker{"", toks[last - 1].start, t.end, true, "description:title:" + id};
  }
  if (!t.cap && !is_org_head(t.norm)) {
    // "the defence ministry of the neighbouring state": the organisation heads the phrase
    for (size_t k = last; k > floor && last - k < 6 && toks[k].kind == TokKind::kWord && !toks[k].cap; --k) {
      if (toks[k].norm == "of" && is_org_head(toks[k - 1].norm)) return speaker_ending_at(text, toks, k - 1, floor);
    }
  }
  if (is_org_head(t.norm) && !t.cap) {
    size_t a = last;
    while (a > floor && toks[a - 1].kind == TokKind::kWord && name_word(toks[a - 1])) --a;
    return subject_org(text, toks, a, last);
  }
  if (!name_word(t)) return none;
  size_t a = last;
  // walk left over the name, then over titles and lower-case roles ("Kremlin spokesman Dmitry Peskov")
  while (a > floor) {
    if (name_word(toks[a - 1]) && !is_title(toks[a - 1].norm) &&
        !(a >= floor + 3 && toks[a - 2].norm == "of" && is_title(toks[a - 3].norm))) {
      --a;
    } else if (a >= floor + 2 && toks[a - 1].norm == "of" && name_word(toks[a - 2]) && !is_title(toks[a - 2].norm)) {
      a -= 2;  // "Department of Health": a capitalised name joined by "of"
    } else {
      break;
    }
  }
  size_t name_a = a;
  while (a > floor && (is_title(toks[a - 1].norm) || name_word(toks[a - 1]) || toks[a - 1].norm == "of" ||
                       (toks[a - 1].norm == "." && a - 1 > floor && is_title(toks[a - 2].norm)))) --a;
  if (name_a == a && a == last && a > floor && toks[a - 1].norm == "the" && demonym(t)) {
    return Speaker{"", toks[a - 1].start, t.end, true, "description:demonym"};  // "the Italian replied"
  }
  if (name_a == a && a > floor && toks[a - 1].norm == "the") return subject_org(text, toks, a, last);
  std::string rule = title_rules(toks, a, name_a);
  Speaker sp = name_from(text, toks, name_a, last, rule);
  sp.person = name_a > a || sp.name.find(' ') != std::string::npos;
  return sp;
}

Speaker speaker_starting_at(std::string_view text, const std::vector<Tok>& toks, size_t first, size_t ceil) {
  Speaker none;
  size_t i = first;
  if (i >= ceil || toks[i].kind != TokKind::kWord) return none;
  if (!pronoun_id(toks[i].norm).empty()) {
    return Speaker{"", toks[i].start, toks[i].end, true, "pronoun:" + pronoun_id(toks[i].norm)};
  }
  std::string rule;
  std::string id;
  bool det = toks[i].norm == "the" || toks[i].norm == "his" || toks[i].norm == "her" || toks[i].norm == "its" ||
             toks[i].norm == "a" || toks[i].norm == "their";
  if (det) ++i;
  size_t np_a = i;
  // a lower-case role right before a title or a name: "said passenger Meera Shah", "said police chief Rob Hale"
  auto title_soon = [&](size_t k) {
    for (size_t n = k + 1; n < ceil && n <= k + 2; ++n) {
      if (is_title(toks[n].norm) || (n == k + 1 && name_word(toks[n]) && n + 1 < ceil && name_word(toks[n + 1]))) return true;
    }
    return false;
  };
  while (i < ceil && ((toks[i].kind == TokKind::kWord &&
                       (name_word(toks[i]) || is_title(toks[i].norm) || is_org_head(toks[i].norm) ||
                        (!function_word(toks[i].norm) && title_soon(i)))) ||
                      (toks[i].norm == "." && i > np_a && is_title(toks[i - 1].norm) && i + 1 < ceil &&
                       name_word(toks[i + 1])))) ++i;
  if (i == np_a) return none;
  size_t np_b = i - 1;
  // apposition: "his spokesman, Dmitry Peskov" / "Putin's spokesman, Dmitry Peskov"
  bool role_only = is_title(toks[np_b].norm) || toks[np_b].norm.find('\'') != std::string::npos;
  if (role_only && i + 1 < ceil && toks[i].norm == "," && name_word(toks[i + 1])) {
    rule = title_rules(toks, np_a, np_b + 1) + ";apposition";
    size_t j = i + 1;
    while (j + 1 < ceil && name_word(toks[j + 1])) ++j;
    Speaker sp = name_from(text, toks, i + 1, j, rule);
    sp.person = true;
    return sp;
  }
  std::string tid;
  if (np_a == np_b && toks[first].norm == "the" && !toks[np_a].cap && is_title(toks[np_a].norm, &tid)) {
    return Speaker{"", toks[first].start, toks[np_a].end, true, "description:title:" + tid};
  }
  if (is_org_head(toks[np_b].norm) && !toks[np_b].cap) return org_from(text, toks, np_a, np_b);
  if (det && toks[first].norm == "the" && !is_title(toks[np_a].norm)) return org_from(text, toks, np_a, np_b);
  // the name is the last run of capitalised words; titles before it are stripped
  size_t a = np_b;
  while (a > np_a && name_word(toks[a - 1]) && !is_title(toks[a - 1].norm)) --a;
  rule = title_rules(toks, np_a, a);
  if (!name_word(toks[np_b]) || is_title(toks[np_b].norm)) return none;
  Speaker sp = name_from(text, toks, a, np_b, rule);
  sp.person = a > np_a || sp.name.find(' ') != std::string::npos;
  return sp;
}

}  // namespace qx
}  // namespace fc
