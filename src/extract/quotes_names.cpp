// Names in a text: titles and roles stripped, fullest names by surname, people named outside quotes.
#include <algorithm>
#include <unordered_set>

#include "extract/quotes_internal.h"
#include "core/sort.h"

namespace fc {
namespace qx {
namespace {

std::string surname_of(std::string_view name) {
  size_t sp = name.rfind(' ');
  std::string last(sp == std::string_view::npos ? name : name.substr(sp + 1));
  for (auto& c : last) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return last;
}

bool sentence_initial(const std::vector<Tok>& toks, size_t i) {
  return i == 0 || toks[i - 1].kind == TokKind::kBreak || ends_sentence(toks, i - 1);
}

// Norms of name words opening a sentence that the text also writes in lower case ("Officials" / "officials"): a
// capital there is no sign of a name. Lengths and first bytes filter the lower-case words before any hashing.
std::unordered_set<std::string_view, ViewHash> also_lower(const std::vector<Tok>& toks) {
  std::unordered_set<std::string_view, ViewHash> asked, out;
  uint64_t lens = 0, firsts[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!name_word(toks[i]) || !sentence_initial(toks, i)) continue;
    const std::string_view n = toks[i].norm;
    asked.insert(n);
    lens |= uint64_t{1} << std::min<size_t>(n.size(), 63);
    const unsigned char f = static_cast<unsigned char>(n[0]);
    firsts[f >> 6] |= uint64_t{1} << (f & 63);
  }
  if (asked.empty()) return out;
  for (const Tok& t : toks) {
    if (t.kind != TokKind::kWord || t.cap) continue;
    const unsigned char f = static_cast<unsigned char>(t.norm[0]);
    if (!(lens >> std::min<size_t>(t.norm.size(), 63) & 1) || !(firsts[f >> 6] >> (f & 63) & 1)) continue;
    if (asked.count(t.norm)) out.insert(t.norm);
  }
  return out;
}

}  // namespace

bool demonym(const Tok& t) {
  const std::string_view n = t.norm;
  auto ends = [&](std::string_view s) {
    return n.size() > s.size() + 2 && n.compare(n.size() - s.size(), s.size(), s) == 0;
  };
  return t.cap && (ends("ian") || ends("ean") || ends("ese") || ends("ish") || ends("an") ||
                   n.find('.') != std::string_view::npos || (n.size() <= 3 && t.end - t.start == n.size() &&
                                                        n == "us") || n == "uk" || n == "eu" || n == "un");
}

// Names the title rules of tokens [a, b), preferring two-word titles ("prime minister").
std::string title_rules(const std::vector<Tok>& toks, size_t a, size_t b) {
  std::string rule;
  for (size_t k = a; k < b; ++k) {
    const bool two = k + 1 < b && toks[k].title2;
    const uint16_t id = two ? toks[k].title2 : toks[k].title;
    if (id) {
      rule += (rule.empty() ? "" : ";") + ("title:" + lex_id(id));
      if (two) ++k;
    }
  }
  return rule;
}

// Builds the speaker from tokens [a, b] holding a name run; strips titles and a possessive.
Speaker name_from(std::string_view text, const std::vector<Tok>& toks, size_t a, size_t b, std::string rule) {
  Speaker sp;
  // everything up to the last title is a role ("Finance Minister Petra Vollan", "Health Secretary Colin Ward")
  for (size_t k = b; k-- > a;) {
    if (is_title(toks[k]) && name_word(toks[k + 1])) {
      rule += title_rules(toks, a, k + 1);
      a = k + 1;
      break;
    }
  }
  while (a < b && (is_title(toks[a]) || (demonym(toks[a]) && is_title(toks[a + 1])))) {
    if (rule.find("title:") == std::string::npos) rule += title_rules(toks, a, b);
    ++a;
    if (a < b && toks[a].norm == "of") a += 2;  // "Secretary of State"
  }
  if (a > b || is_title(toks[b])) return sp;
  sp.start = toks[a].start;
  sp.end = toks[b].end;
  std::string_view name = text.substr(sp.start, sp.end - sp.start);
  for (std::string_view p : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (name.size() > p.size() && name.compare(name.size() - p.size(), p.size(), p) == 0) {
      name.remove_suffix(p.size());
      sp.end -= p.size();
    }
  }
  sp.name.assign(name.data(), name.size());
  sp.rule = std::move(rule);
  return sp;
}

NameBook collect_names(std::string_view text, const std::vector<Tok>& toks) {
  NameBook book;
  std::vector<std::pair<std::string, std::string>> best;  // (surname, full name), each name once
  std::unordered_set<std::string> seen;
  const std::unordered_set<std::string_view, ViewHash> lower = also_lower(toks);
  for (size_t i = 0; i < toks.size();) {
    if (!name_word(toks[i])) { ++i; continue; }
    bool initial = sentence_initial(toks, i);
    bool gerund = toks[i].norm.size() > 5 && toks[i].norm.compare(toks[i].norm.size() - 3, 3, "ing") == 0;
    if (initial && (lower.count(toks[i].norm) || gerund)) { ++i; continue; }
    size_t j = i;
    while (j + 1 < toks.size() && name_word(toks[j + 1]) && toks[j + 1].space_before) ++j;
    bool after_the = i > 0 && toks[i - 1].norm == "the";
    if (i >= 2 && toks[i - 1].norm == "of" && is_title(toks[i - 2]) && i < j) ++i;  // "Secretary of State X"
    if (i >= 3 && toks[i - 1].norm == "the" && toks[i - 2].norm == "of" && is_title(toks[i - 3]) && i + 2 <= j) {
      ++i;  // "President of the Republic X Y"
      after_the = false;
    }

    Speaker sp = name_from(text, toks, i, j, "");
    size_t words = sp.name.empty() ? 0 : static_cast<size_t>(std::count(sp.name.begin(), sp.name.end(), ' ')) + 1;
    bool org = is_org_head(toks[j]);
    // a title-case headline ("Kremlin Says It ...") is not a name
    for (size_t k = i; k <= j && !org; ++k) org = !speech_verb_at(toks, k).id.empty() || (toks[k].bits & kAnyCaseVerb);
    if (!after_the && !org && words >= 2 && words <= 3 && seen.insert(sp.name).second) {
      best.emplace_back(surname_of(sp.name), sp.name);
    }
    i = j + 1;
  }
  fc::sort_by(best.begin(), best.end());
  best.erase(std::unique(best.begin(), best.end()), best.end());
  book.by_surname = std::move(best);  // every full name, several per surname if need be, sorted
  return book;
}

// "The minister of the interior, Pavel Strand,": the title a name at token i stands in apposition to, as a rule.
std::string apposed_title(const std::vector<Tok>& toks, size_t i) {
  if (i < 2 || toks[i - 1].norm != ",") return "";
  std::string id;
  for (size_t k = i - 1, n = 0; k-- > 0 && n < 6 && toks[k].kind == TokKind::kWord; ++n) {
    if (is_title(toks[k], &id)) return ";title:" + id;
  }
  return "";
}

std::vector<Speaker> person_mentions(std::string_view text, const std::vector<Tok>& toks, const NameBook& book) {
  std::vector<Speaker> out;
  for (size_t i = 0; i < toks.size();) {
    if (!name_word(toks[i]) || toks[i].quote != -1) { ++i; continue; }
    size_t j = i;
    while (j + 1 < toks.size() && name_word(toks[j + 1]) && toks[j + 1].quote == -1) ++j;
    // "the agency's Ana Berg": the person follows the owner's possessive
    for (size_t k = i; k < j; ++k) {
      if (toks[k].norm.size() > 2 && toks[k].norm.compare(toks[k].norm.size() - 2, 2, "'s") == 0) i = k + 1;
    }
    const bool owned = i > 0 && toks[i - 1].quote == -1 && toks[i - 1].norm.size() > 2 &&
                       toks[i - 1].norm.compare(toks[i - 1].norm.size() - 2, 2, "'s") == 0;
    // "The President of the Republic Emre Kalyon": the person follows the title's last word
    if (i + 2 <= j && i >= 3 && toks[i - 1].norm == "the" && toks[i - 2].norm == "of" && is_title(toks[i - 3])) ++i;
    // "the newspaper Der Morgen", "the Kremlin", "the Authority of Disaster and Emergency Situations": things
    bool thing = !owned && i > 0 && (toks[i - 1].norm == "the" ||
                           (i > 1 && toks[i - 2].norm == "the" && is_org_head(toks[i - 1])) ||
                           (i > 1 && (toks[i - 1].norm == "and" || toks[i - 1].norm == "&") && name_word(toks[i - 2])));
    bool possessive = toks[j].norm.size() > 2 && toks[j].norm.compare(toks[j].norm.size() - 2, 2, "'s") == 0;
    Speaker sp = name_from(text, toks, i, j, "");
    if (!thing && !possessive && !sp.name.empty() && !is_org_head(toks[j])) {
      sp.name = book.fullest(sp.name);
      // a lone surname counts when it is the subject of a speech verb ("Ruiz warned")
      size_t v = j + 1;
      if (v < toks.size() && toks[v].norm.size() > 4 && toks[v].norm.compare(toks[v].norm.size() - 2, 2, "ly") == 0) ++v;
      if (v < toks.size() && (toks[v].norm == "later" || toks[v].norm == "also" || toks[v].norm == "then")) ++v;
      const VerbHit said = v < toks.size() ? speech_verb_at(toks, v) : VerbHit{};
      // "Hospitals say": a lone word before the verb's plain form is a plural noun, no person
      bool speaks = !said.id.empty() && !(i == j && said.first == said.last && toks[v].norm == said.id);
      // "Her husband, Ivan, ...": a lone first name in apposition to a lower-case noun
      size_t c = i >= 2 && toks[i - 1].kind == TokKind::kWord && !toks[i - 1].cap ? i - 1 : i;  // "twelve-year-old Emil"
      bool apposed = i == j && c >= 2 && j + 1 < toks.size() && toks[c - 1].norm == "," && toks[j + 1].norm == "," &&
                     toks[c - 2].kind == TokKind::kWord && !toks[c - 2].cap;
      sp.person = sp.name.find(' ') != std::string::npos || speaks || apposed;
      if (sp.rule.find("title:") == std::string::npos) sp.rule += apposed_title(toks, i);
      if (sp.person) out.push_back(sp);
    }
    i = j + 1;
  }
  return out;
}

// Two full names can be one person when one holds the other's words ("Vladimir Putin", "Vladimir V. Putin").
bool same_person(const std::string& a, const std::string& b) {
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = a.size() < b.size() ? b : a;
  return l.compare(0, s.find(' '), s, 0, s.find(' ')) == 0;  // same first name
}

std::string NameBook::fullest(const std::string& name) const {
  const std::string key = surname_of(name);
  const bool single = name.find(' ') == std::string::npos;
  const std::string* found = nullptr;  // full names are never empty
  for (const auto& kv : by_surname) {
    // a surname, or a first name alone ("Peter said"), may stand for one full name
    const std::string& full = kv.second;
    bool fits = kv.first == key || (single && full.size() > name.size() && full[name.size()] == ' ' &&
                                    full.compare(0, name.size(), name) == 0);
    if (!fits) continue;
    if (found && !same_person(*found, full)) return name;  // two people: say no more than the text
    if (!found || full.size() > found->size()) found = &full;
  }
  return found && found->size() > name.size() ? *found : name;
}

}  // namespace qx
}  // namespace fc
