// Entity candidates: runs of capitalised words, split into titles, places, organisations and name chunks.
#include "extract/entities_runs.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/entities_cues.h"
#include "extract/entity_tables.h"
#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "extract/scan.h"
#include "extract/words.h"

namespace fc::ent_detail {
namespace {

bool name_token(const ScanTok& t) {
  if (t.kind != ScanKind::kWord || !t.cap) return false;
  for (char c : t.norm) if (c >= '0' && c <= '9') return false;  // "COVID-19", "A330-200"
  static const WordSet kSkip = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                "sunday", "i", "i'm", "i'd", "i'll", "i've"};
  return !kSkip.has(t) && !month_word(t);
}

// A sentence-initial word that is likely a verb or adverb, not part of a name ("Suggesting", "Asked", "Clearly").
bool sentence_opener(const std::string& w) {
  auto ends = [&](const char* suf) {
    size_t n = std::char_traits<char>::length(suf);
    return w.size() > n + 2 && w.compare(w.size() - n, n, suf) == 0;
  };
  return ends("ing") || ends("ed") || ends("ly") || ends("ally");
}

// "of" (or "of the") continues a name after an organisation word or title: "Office of the Director"; "for" (or
// "for the") after an organisation word: "Inspectorate for Data Protection", "Office for the Prevention of Fraud".
// Inside such a name, a later "of" continues it too: "Office for the Prevention of Fraud" (`in_org`).
size_t connector_len(const std::vector<ScanTok>& t, size_t k, bool in_org) {
  static const WordSet kPublicBody = {"office", "bureau", "agency", "authority", "inspectorate", "directorate",
                                      "commission", "committee", "council", "centre", "center", "institute",
                                      "foundation", "association", "federation", "ministry", "department",
                                      "administration", "fund", "union", "organisation", "organization", "bank"};
  if (k + 1 >= t.size() || k == 0) return 0;
  const bool of = t[k].is("of"), of_for = of || t[k].is("for");
  const bool body = org_suffix_rule(t[k - 1]) && (of || kPublicBody.has(t[k - 1]));
  const bool cue = of_for && (body || (of && (in_org || one_word_title(t[k - 1]))));
  if (!cue) return 0;
  size_t len = t[k + 1].is("the") ? 2 : 1;
  // "the Agency for Respira-C": a coined product name is what the body deals with, not its name
  const bool coined = k + len < t.size() && !of && t[k + len].norm.find('-') != std::string::npos;
  return k + len < t.size() && name_token(t[k + len]) && !coined ? len : 0;
}

// A plural possessive apostrophe inside a name: "Dockers' Union", "Teachers' Federation".
bool plural_possessive(const std::vector<ScanTok>& t, size_t j) {
  return t[j].is("'") && !t[j].space_before && j + 1 < t.size() && name_token(t[j + 1]) && !t[j - 1].norm.empty() &&
         t[j - 1].norm.back() == 's';
}

// Lower-case particles inside a name, before its next capitalised word ("von der", "da", "bin", "ben"); 0 if none.
size_t particles(const std::vector<ScanTok>& t, size_t j) {
  static const WordSet kParticle = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "bin", "ben", "ibn"};
  size_t k = j;
  while (k < t.size() && k < j + 2 && !t[k].cap && t[k].kind == ScanKind::kWord && kParticle.has(t[k])) ++k;
  const bool next = k > j && k < t.size() && !t[k].line_before && t[k].sentence == t[j].sentence && name_token(t[k]);
  return next ? k - j : 0;
}

constexpr size_t kMaxRun = 10;

// How a table name is shown: as the text writes it when that is the same name in mixed case ("ABC News", not the
// table's "Abc News"); title case for all-capital text ("MOSCOW" in a dateline) or another spelling.
std::string table_name(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t b, const std::string& name) {
  const std::string_view surface = text.substr(t[a].start, t[b - 1].end - t[a].start);
  bool lower = false, same = surface.size() == name.size();
  for (size_t i = 0; same && i < surface.size(); ++i) {
    const char c = surface[i];
    lower = lower || (c >= 'a' && c <= 'z');
    same = (c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) == name[i];
  }
  return same && lower ? std::string(surface) : title_case(name);
}

// Token index where the next gazetteer or title phrase starts inside [k, b), or b.
size_t next_known(const std::vector<ScanTok>& t, size_t k, size_t b) {
  for (; k < b; ++k) {
    if (match_ent(EntList::kTitles, t, k, b) || match_ent(EntList::kPlaces, t, k, b) || match_ent(EntList::kOrgs, t, k, b))
      return k;
  }
  return b;
}

// The lower-case words of tokens [k, e), one space apart.
std::string span_norm(const std::vector<ScanTok>& t, size_t k, size_t e) {
  std::string out;
  for (size_t i = k; i < e; ++i) out.append(i > k ? " " : "").append(t[i].norm);
  return out;
}

// A name chunk [k, e) inside a run: an organisation by its last word, an acronym, or a person-like name.
void name_chunk(const std::vector<ScanTok>& t, size_t k, size_t e, std::vector<Cand>& out, std::string_view& title,
                std::string_view& title_rule, size_t title_at) {
  Cand c{k, e, "NAME", title, title_rule, "", t[k].sentence_start};
  bool cue = !title_rule.empty();  // a title or honorific stands before the name
  const std::string* inner = nullptr;  // "Association of Independent Journalists": an organisation word before "of"
  for (size_t s = k; s + 1 < e && !inner; ++s) inner = t[s + 1].is("of") || t[s + 1].is("for") ? org_suffix_rule(t[s]) : nullptr;
  const bool long_date = long_dateline(t, k, e);  // "PORT AMARAL, Sept 21 -"
  if ((e - k == 1 && dateline(t, k)) || long_date) {
    c.type = "PLACE", c.rule = "ent.place.dateline";  // "BRENNA, March 5 -": the dateline names a place
    c.canonical = title_case(e - k == 1 ? t[k].norm : span_norm(t, k, e));
  } else if (const std::string* suffix = inner ? inner : firm_word(t, k, e)) {  // "General Motors Corporation": the suffix outranks a title word
    c.type = "ORG", c.rule = *suffix, c.title = {};
    if (cue && title_at < k && t[title_at].cap) c.a = title_at, k = title_at;  // "General Motors"
    // Absorb a place or demonym right before: "Russian Foreign Ministry", "Jerusalem Post".
    while (!out.empty() && out.back().b == k && (out.back().type == "PLACE" || out.back().type == "DEMONYM"))
      c.a = out.back().a, k = c.a, out.pop_back();
  } else if (e - k == 1 && t[k].upper && t[k].norm.size() >= 2 && t[k].norm.size() <= 6 && !cue) {
    c.type = "ORG", c.rule = "ent.org.acronym";
  } else if (cue && person_like(t, k, e)) {
    c.type = "PERSON";
  }
  bool shouting = e - k > 1 && t[k].upper && t[e - 1].upper && !long_date;
  size_t words = 0;  // capitalised words: particles ("van der") do not make a name longer
  for (size_t i = k; i < e; ++i) words += t[i].cap ? 1 : 0;
  const bool tail = c.type == "NAME" && e - k >= 3 && words == e - k && !shouting && person_like(t, e - 2, e);
  if ((words <= 3 || c.type == "ORG") && !shouting) out.push_back(std::move(c));
  // "the forward of Dinamo Lisvada Irakli Tsomaya": the last two words may be a person another source names alone,
  // and the words before them ("Dinamo Lisvada", two or more) a name another source writes alone.
  if (tail && e - k >= 4) out.push_back({k, e - 2, "NAME", {}, "ent.part.head", "", false});
  if (tail) out.push_back({e - 2, e, "NAME", {}, "ent.part.tail", "", false});
  title = {}, title_rule = {};
}

}  // namespace

// Maximal runs of capitalized words inside one sentence and line (at most kMaxRun tokens).
std::vector<std::pair<size_t, size_t>> cap_runs(const std::vector<ScanTok>& t) {
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t i = 0; i < t.size();) {
    if (!name_token(t[i])) { ++i; continue; }
    size_t j = i + 1;
    bool in_org = false;  // a connector after an organisation word was taken
    // Names are short; a cap keeps shouted or tag-cloud text linear ("MOSCOW PUTIN SAYS ..." for pages).
    while (j < t.size() && j - i < kMaxRun && !t[j].line_before && t[j].sentence == t[i].sentence) {
      if (name_token(t[j])) { ++j; continue; }
      if (t[j].is(".") && !t[j].space_before && is_abbreviation(t[j - 1].norm) && j + 1 < t.size() &&
          name_token(t[j + 1])) {  // "Mr. Hale", "St. Petersburg"
        ++j;
        continue;
      }
      if (plural_possessive(t, j)) { ++j; continue; }  // "the Dockers' Union"
      if (size_t p = particles(t, j)) { j += p; continue; }  // "Ursula von der Leyen", "Lula da Silva"
      size_t c = connector_len(t, j, in_org);
      if (!c) break;
      in_org = in_org || org_suffix_rule(t[j - 1]);
      j += c;
    }
    runs.push_back({i, j});
    i = j;
  }
  return runs;
}

std::string title_case(const std::string& lower) {
  std::string out = lower;
  for (size_t i = 0; i < out.size(); ++i) {
    if ((i == 0 || out[i - 1] == ' ') && out[i] >= 'a' && out[i] <= 'z') out[i] = (char)(out[i] - 32);
  }
  return out;
}

// A double surname joined by hyphens ("cortés-rivas", "lloyd-webber"): letters only, each part three or more bytes
// (not a particle: "al-nuaimi", "el-sayed" stay as they were).
bool double_surname(const std::string& norm) {
  size_t part = 0, parts = 1;
  for (char c : norm) {
    if (c == '-') {
      if (part < 3) return false;
      part = 0, ++parts;
      continue;
    }
    const unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x80 && (u < 'a' || u > 'z')) return false;  // digits, apostrophes: "covid-19", "o'neill-x"
    ++part;
  }
  return parts >= 2 && parts <= 3 && part >= 3;
}

// Tokens a personal name is made of: capitalized words, no acronyms ("OS X"), no hyphenated compounds but a double
// surname as the last word ("Amalia Cortés-Rivas").
bool person_like(const std::vector<ScanTok>& t, size_t k, size_t e) {
  for (size_t i = k; i < e; ++i) {
    if (t[i].upper && t[i].norm.size() > 1 && t[i].norm.back() != '.') return false;
    if (t[i].norm.find('-') != std::string::npos && (i + 1 != e || !double_surname(t[i].norm))) return false;
  }
  return true;
}

// True if the one-word place at `k` opens a titled person's name: right after the title, with one more capitalised
// word that is no place, firm or acronym ("Prime Minister Sofia Marten", "the president, Sofia Marten"); a place
// written so ("Mayor Paris Hilton") is the given name.
bool titled_given(const std::vector<ScanTok>& t, size_t k, size_t b, const EntPhrase* g, size_t title_end) {
  if (k != title_end || g->type == "org" || g->type == "demonym" || g->words.size() != 1 || k + 2 != b) return false;
  const size_t n = k + 1;
  return t[n].cap && !t[n].upper && t[n].kind == ScanKind::kWord && !org_suffix_rule(t[n]) &&
         !match_ent(EntList::kPlaces, t, n, b) && !match_ent(EntList::kOrgs, t, n, b);
}

// Splits one capitalized run into titles, places, organisations and name chunks.
void split_run(std::string_view text, const std::vector<ScanTok>& t, size_t a, size_t b, std::vector<Cand>& out) {
  // "The", "In"; not a given name before a capitalised word ("the mayor Per Halvorsen").
  auto given_first = [&](size_t i) { return given_rule(t[i]) && i + 1 < b && t[i + 1].cap && !t[i + 1].upper; };
  while (a < b && ((function_word(t[a]) && !t[a].upper && !given_first(a)) || t[a].is("read"))) ++a;
  while (a < b && !t[a].cap) ++a;  // "Later van der Berg left": the name starts at its first capital
  if (a + 1 < b && t[a].sentence_start && sentence_opener(t[a].norm) && !given_rule(t[a]) &&
      !match_ent(EntList::kPlaces, t, a, b) && !match_ent(EntList::kOrgs, t, a, b))
    ++a;  // "Suggesting Biden was ..."

  std::string_view title, title_rule;
  size_t title_at = a;  // where a title inside the run starts ("General" of "General Motors")
  size_t title_end = a;  // where the last title ends: a name right there is the titled person's
  if (const EntPhrase* tp = a < b ? title_before(t, a) : nullptr) title = tp->role, title_rule = tp->id;
  for (size_t k = a; k < b;) {
    if (const EntPhrase* p = match_ent(EntList::kTitles, t, k, b)) {
      size_t e = k + p->words.size();
      title = p->role, title_rule = p->id, title_at = k, title_end = e;
      k = e;
      continue;
    }
    if (t[k].is("of") || t[k].is("the")) {  // "Prime Minister of Japan": what follows is not the person
      title = {}, title_rule = {};
      ++k;
      continue;
    }
    const EntPhrase* g = match_ent(EntList::kPlaces, t, k, b);
    if (!g) g = match_ent(EntList::kOrgs, t, k, b);
    if (g && titled_given(t, k, b, g, title.empty() ? b : title_end)) g = nullptr;
    if (g) {
      std::string_view type = g->type == "demonym" ? "DEMONYM" : g->type == "org" ? "ORG" : "PLACE";
      out.push_back({k, k + g->words.size(), type, "", g->id, table_name(text, t, k, k + g->words.size(), g->name),
                     t[k].sentence_start});
      k += g->words.size();
      continue;
    }
    size_t e = next_known(t, k + 1, b);
    // "George Washington", "Michael Jordan": a given name and one known place word are a person.
    if (e == k + 1 && e + 1 == b && given_rule(t[k]) && match_ent(EntList::kPlaces, t, e, b)) e = b;
    for (size_t s = k; s + 1 < b; ++s) {  // "Office of the Director of ...": the organisation runs to the end
      if (org_suffix_rule(t[s]) && (t[s + 1].is("of") || t[s + 1].is("for"))) e = b;
    }
    const size_t split = given_split(t, k, e);
    if (split < e) name_chunk(t, k, split, out, title, title_rule, title_at), k = split;
    name_chunk(t, k, e, out, title, title_rule, title_at);
    k = e;
  }
}

}  // namespace fc::ent_detail
