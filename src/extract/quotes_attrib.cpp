// Attribution: who said each quote ("X said", "said X", "according to X", pronouns, continuation paragraphs).
#include <algorithm>

#include "extract/quotes_internal.h"

namespace fc {
namespace qx {
namespace {

struct Found {
  Speaker sp;
  std::string rule;
};

// "…," Peskov said / said Peskov / he added: the attribution right after the closing mark.
Found after_quote(std::string_view text, const std::vector<Tok>& toks, size_t i) {
  Found f;
  while (i < toks.size() && (toks[i].norm == "," || toks[i].norm == "-" || toks[i].norm == "\u2014")) ++i;
  if (i >= toks.size() || boundary(toks, i) || toks[i].quote != -1) return f;
  // "…", has declared the minister: a perfect tense inverted, as translated news often words it
  const bool aux = toks[i].norm == "has" || toks[i].norm == "have" || toks[i].norm == "had";
  VerbHit h = speech_verb_at(toks, aux ? i + 1 : i);
  if (!h.id.empty()) {
    size_t s = h.last + 1;  // "…", has declared Monday the prosecutor: a day between verb and speaker
    const bool day = s < toks.size() && ((toks[s].bits & kCalendar) != 0 || toks[s].norm == "yesterday" ||
                                         toks[s].norm == "today");
    if (day) ++s;
    f.sp = speaker_starting_at(text, toks, s, std::min(toks.size(), s + 11));
    f.rule = "verb:" + std::string(h.id) + ";after-inverted";
    return f;
  }
  for (size_t k = i + 1; k < toks.size() && k <= i + 14; ++k) {
    const bool possessive = toks[k].norm == "'" && !toks[k].space_before && toks[k - 1].norm.back() == 's';
    if (boundary(toks, k) || (toks[k].kind == TokKind::kMark && !possessive)) break;  // "the Owners' Federation"
    h = speech_verb_at(toks, k);
    if (h.id.empty()) continue;
    size_t last = k - 1;
    while (last > i && skippable(toks[last])) --last;
    // "…," the governor of the bank, Ana Berg, promised: a role with the name in apposition before the verb
    if (toks[last].norm == "," && last > i + 1) {
      Speaker in = subject_of(text, toks, k, i);
      if (!in.name.empty() && in.start >= toks[i].start) return Found{in, "verb:" + std::string(h.id) + ";after;apposition"};
    }
    if (k > i + 9) return f;  // without an apposition the speaker phrase is short
    f.sp = speaker_ending_at(text, toks, last, i);
    // the whole stretch before the verb must be the speaker phrase
    if (!f.sp.name.empty() || !f.sp.rule.empty()) f.rule = "verb:" + std::string(h.id) + ";after";
    if (f.sp.start > toks[i].start + 60) f = Found{};
    return f;
  }
  return f;
}

// X said "…" / X described Y as "…": the nearest speech verb before the quote in its sentence.
Found before_quote(std::string_view text, const std::vector<Tok>& toks, size_t open, int self) {
  Found f;
  if (open == 0) return f;
  size_t floor = sentence_floor(toks, open, self);
  for (size_t k = open; k-- > floor;) {
    if (toks[k].norm == "according" && k + 1 < open && toks[k + 1].norm == "to") {
      f.sp = speaker_starting_at(text, toks, k + 2, open);
      f.rule = "according-to";
      return f;
    }
    VerbHit h = speech_verb_at(toks, k);
    if (h.id.empty() || h.last >= open) continue;
    if (k > 0 && (toks[k - 1].norm == "been" || toks[k - 1].norm == "be" || toks[k - 1].norm == "being")) continue;
    Speaker sp = subject_of(text, toks, k, floor);
    if (f.rule.empty()) f.rule = "verb:" + std::string(h.id) + ";before";
    // a verb without a subject may be a noun ("a conference call"): an earlier verb may still name the speaker
    const std::string_view form = toks[h.last].norm;
    const bool past = form.size() > 2 && form.compare(form.size() - 2, 2, "ed") == 0;
    if (!sp.name.empty() || !sp.rule.empty() || past || toks[h.last].norm == "said" || toks[h.last].norm == "told") {
      f.sp = sp;
      f.rule = "verb:" + std::string(h.id) + ";before";
      return f;
    }
  }
  return f;
}

// X wrote that it was "…" and that he took "…": a partial quote after another quote of its sentence takes the speech
// verb before that quote (the verbs between them, if any, were read first).
Found before_earlier_quote(std::string_view text, const std::vector<Tok>& toks, size_t open, int self) {
  Found f;
  const size_t floor = open == 0 ? 0 : sentence_floor(toks, open, self);
  if (floor == 0 || toks[floor - 1].quote == -1 || boundary(toks, floor - 1)) return f;
  size_t start = floor - 1;  // the sentence start, across the quotes inside it
  while (start > 0 && !(boundary(toks, start - 1) && toks[start - 1].quote == -1)) --start;
  for (size_t k = floor - 1; k-- > start;) {
    if (toks[k].quote != -1) continue;
    VerbHit h = speech_verb_at(toks, k);
    if (h.id.empty() || h.last >= open) continue;
    f.sp = subject_of(text, toks, k, start);
    if (!f.sp.name.empty()) f.rule = "verb:" + std::string(h.id) + ";before;across-quote";
    return f;
  }
  return f;
}

// "according to X" after the quote, in the same sentence.
Found according_after(std::string_view text, const std::vector<Tok>& toks, size_t i) {
  Found f;
  for (size_t k = i; k + 2 < toks.size() && k < i + 12; ++k) {
    if (boundary(toks, k) || toks[k].quote != -1) break;
    if (toks[k].norm == "according" && toks[k + 1].norm == "to") {
      f.sp = speaker_starting_at(text, toks, k + 2, std::min(toks.size(), k + 12));
      f.rule = "according-to";
      return f;
    }
  }
  return f;
}

// "it said": the organisation that last spoke before token `p` ("The council said in a statement ...").
Speaker last_org(std::string_view text, const std::vector<Tok>& toks, size_t p) {
  for (size_t k = p; k-- > 0 && p - k < 400;) {
    if (toks[k].quote != -1 || speech_verb_at(toks, k).id.empty()) continue;
    Speaker s = subject_of(text, toks, k, sentence_floor(toks, k, -1));
    if (s.rule.rfind("org:", 0) == 0) {
      s.rule = "pronoun:it;" + s.rule;
      return s;
    }
  }
  return Speaker{"", 0, 0, false, "pronoun:it"};
}

bool at_paragraph_start(const std::vector<Tok>& toks, size_t open) {
  return open == 0 || toks[open - 1].kind == TokKind::kBreak;
}

// Paragraph number of every token (line breaks counted), so lookups stay constant-time on long texts.
std::vector<size_t> paragraph_numbers(const std::vector<Tok>& toks) {
  std::vector<size_t> out(toks.size() + 1, 0);
  for (size_t k = 0; k < toks.size(); ++k) out[k + 1] = out[k] + (toks[k].kind == TokKind::kBreak);
  return out;
}

// "the company said" after "the rocket company Orbita ...": the organisation's name given earlier with that noun.
Speaker named_org(const std::vector<Tok>& toks, std::string_view text, Speaker sp) {
  if (sp.rule.rfind("org:", 0) != 0 || sp.name.find(' ') != std::string::npos || sp.name.empty() ||
      (sp.name[0] >= 'A' && sp.name[0] <= 'Z')) {
    return sp;
  }
  for (size_t k = 0; k + 1 < toks.size() && toks[k].start < sp.start; ++k) {
    if (toks[k].norm != sp.name || toks[k].quote != -1 || !toks[k + 1].cap || !name_word(toks[k + 1])) continue;
    size_t j = k + 1;
    while (j + 1 < toks.size() && name_word(toks[j + 1]) && toks[j + 1].space_before) ++j;
    return Speaker{std::string(text.substr(toks[k + 1].start, toks[j].end - toks[k + 1].start)), sp.start, sp.end,
                   false, sp.rule + ";named-earlier"};
  }
  return sp;
}

// Nothing but quotes from token `after` to the end of its paragraph.
bool bare_until_break(const std::vector<Tok>& toks, size_t after) {
  for (size_t k = after; k < toks.size() && toks[k].kind != TokKind::kBreak; ++k) {
    if (toks[k].kind == TokKind::kWord && toks[k].quote == -1) return false;
  }
  return true;
}

// "X said deliveries had stopped. \"We have bread.\"": a bare quote right after a reported-speech sentence.
Found previous_sentence(std::string_view text, const std::vector<Tok>& toks, size_t open) {
  Found f;
  if (open == 0 || toks[open - 1].quote != -1 || !ends_sentence(toks, open - 1)) return f;
  const size_t floor = sentence_floor(toks, open - 1, -1);
  for (size_t k = open - 1; k-- > floor;) {
    if (toks[k].quote != -1) return f;  // that sentence quotes someone itself
    VerbHit h = speech_verb_at(toks, k);
    if (h.id.empty()) continue;
    f.sp = subject_of(text, toks, k, floor);
    if (!f.sp.name.empty() || !f.sp.rule.empty()) f.rule = "verb:" + std::string(h.id) + ";previous-sentence";
    return f;
  }
  return f;
}

// The speech verb and speaker phrase of one quote: after it first for a direct quote, before it for a partial one.
Found find_attribution(std::string_view text, const std::vector<Tok>& toks, const Quote& q, int self, size_t open,
                       size_t after) {
  const bool direct = q.kind == "direct";
  // after a full stop inside the marks a new sentence starts; after ? or ! only a lower-case verb attributes
  const char last = q.end > q.start ? text[q.end - 1] : ' ';
  const bool closed = last == '.' || ((last == '?' || last == '!') && after < toks.size() && toks[after].cap);
  auto post = [&]() { return closed ? Found{} : after_quote(text, toks, after); };
  Found f = direct ? post() : before_quote(text, toks, open, self);
  if (f.rule.empty()) f = direct ? before_quote(text, toks, open, self) : post();
  if (f.rule.empty()) f = according_after(text, toks, after);
  if (f.rule.empty() && !direct) f = before_earlier_quote(text, toks, open, self);
  if (f.rule.empty() && direct && bare_until_break(toks, after)) f = previous_sentence(text, toks, open);
  return f;
}

// True if the person mention is titled: a title word right before it ("Prime Minister Ana Berg") or apposed to it
// before or after (", the leader of ...").
bool titled_person(const std::vector<Tok>& toks, const Speaker& m) {
  const size_t first = tok_at(toks, m.start), after = tok_at(toks, m.end);
  if (m.rule.find("title:") != std::string::npos || (first > 0 && first <= toks.size() && is_title(toks[first - 1])))
    return true;
  if (after >= toks.size() || toks[after].norm != ",") return false;
  for (size_t k = after + 1; k < toks.size() && k <= after + 3 && toks[k].kind == TokKind::kWord; ++k) {
    if (is_title(toks[k])) return true;
  }
  return false;
}

// "Prime Minister Ana Berg travelled to Nova Luka. \"...\" she said": of two names in one sentence, a "he"/"she"
// means the titled one that comes first (the sentence's subject) rather than an untitled name after it (a place or
// an organisation's tail, "Party of Democratic Renewal", that reads like a name). Index of the person meant.
size_t subject_over_object(const std::vector<Tok>& toks, const std::vector<Speaker>& people, size_t last) {
  if (last == 0 || titled_person(toks, people[last])) return last;
  const size_t floor = sentence_floor(toks, tok_at(toks, people[last].start), -1);
  for (size_t k = last; k-- > 0;) {
    const size_t first = tok_at(toks, people[k].start);
    if (first < floor) break;
    if (titled_person(toks, people[k])) return k;
  }
  return last;
}

// Pronouns and descriptions point back: "it" to the last organisation that spoke, "the judge" to the last person
// with that title, "the Italian" to the last person quoted, "he"/"she" to the last person named outside quotes.
Speaker resolve_reference(std::string_view text, const std::vector<Tok>& toks, Speaker sp,
                          const std::vector<Speaker>& people, const Speaker& last_speaker) {
  if (sp.rule == "pronoun:it") return last_org(text, toks, tok_at(toks, sp.start));
  if (sp.rule.rfind("pronoun:", 0) != 0 && sp.rule.rfind("description:", 0) != 0) return sp;
  const std::string pr = sp.rule;
  const std::string title = pr.rfind("description:title:", 0) == 0 ? pr.substr(12) : "";
  const size_t at = sp.start;
  sp = pr == "description:demonym" ? last_speaker : Speaker{};
  if (pr != "description:demonym") {
    size_t found = people.size();
    for (size_t k = 0; k < people.size(); ++k) {
      const Speaker& m = people[k];
      if (m.end <= at && (title.empty() || m.rule.find(title) != std::string::npos)) found = k;
    }
    if (found < people.size()) sp = people[title.empty() ? subject_over_object(toks, people, found) : found];
  }
  sp.rule = pr;
  return sp;
}

}  // namespace

void attribute(std::string_view text, const std::vector<Tok>& toks, std::vector<Quote>& quotes,
               const std::vector<int>& parent, const std::vector<std::pair<size_t, size_t>>& bounds) {
  const NameBook names = collect_names(text, toks);
  const std::vector<Speaker> people = person_mentions(text, toks, names);
  const std::vector<size_t> para = paragraph_numbers(toks);
  Speaker last_speaker;
  int prev = -1;  // last statement quote, for continuation paragraphs
  for (size_t qi = 0; qi < quotes.size(); ++qi) {
    Quote& q = quotes[qi];
    if (q.kind == "scare" || q.kind == "title") { q.rule += "|none"; continue; }
    if (parent[qi] >= 0) {  // a saying inside a quote belongs to the quote's speaker
      const Quote& p = quotes[static_cast<size_t>(parent[qi])];
      q.speaker = p.speaker;
      q.speaker_start = p.speaker_start;
      q.speaker_end = p.speaker_end;
      q.rule += "|inside";
      continue;
    }
    const size_t open = tok_at(toks, bounds[qi].first), after = tok_at(toks, bounds[qi].second);
    Found f = find_attribution(text, toks, q, static_cast<int>(qi), open, after);
    Speaker sp = named_org(toks, text, resolve_reference(text, toks, f.sp, people, last_speaker));
    // a bare quote paragraph continues the direct quote before it, in the same or the previous paragraph
    if (f.rule.empty() && q.kind == "direct" && prev >= 0 && bare_until_break(toks, after)) {
      const Quote& p = quotes[static_cast<size_t>(prev)];
      const size_t pp = para[std::min(tok_at(toks, p.end), toks.size())], qp = para[std::min(open, toks.size())];
      if (p.kind == "direct" && !p.speaker.empty() && (pp == qp || (pp + 1 == qp && at_paragraph_start(toks, open)))) {
        sp = Speaker{p.speaker, p.speaker_start, p.speaker_end, true, ""};
        f.rule = "continuation";
      }
    }
    if (!sp.name.empty() && f.rule != "continuation" && sp.rule.find("org:") == std::string::npos) {
      const std::string full = names.fullest(sp.name);
      if (full != sp.name) { sp.person = true; sp.name = full; }
    }
    q.speaker = sp.name;
    q.speaker_start = sp.name.empty() ? 0 : sp.start;
    q.speaker_end = sp.name.empty() ? 0 : sp.end;
    q.rule += "|" + (f.rule.empty() ? std::string("none") : f.rule) + (sp.rule.empty() ? "" : ";" + sp.rule);
    if (q.kind == "direct" || q.kind == "partial") prev = static_cast<int>(qi);
    if (sp.person && !sp.name.empty()) last_speaker = Speaker{sp.name, sp.start, sp.end, true, ""};
  }
}

}  // namespace qx
}  // namespace fc
