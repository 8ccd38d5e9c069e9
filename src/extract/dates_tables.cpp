// Loads the tagger's TSV tables (src/rules/en/dates_*.tsv) into vocabularies, patterns and tense cues.
#include <cstdlib>
#include <string>

#include "extract/dates_internal.h"
#include "core/parse_number.h"
#include "rules/rules.h"

namespace fc {
namespace dates {
namespace {

std::vector<std::string> words_of(std::string_view phrase) {
  std::vector<std::string> out;
  // Reused across the table's phrases (tables load once, on one thread): two allocations less per phrase.
  static std::vector<char> norms;
  static std::vector<Tok> toks;
  tokenize(phrase, norms, toks);
  for (const Tok& t : toks) out.emplace_back(t.norm);
  return out;
}

// Adds one entry per '|'-separated phrase of `words`.
void add_entries(Tables& t, const std::string& id, const std::string& cls, std::string_view words,
                 const std::string& value, bool ambiguous) {
  const int cls_id = t.class_id(cls);  // once per row (split_field yields at least one phrase): same ids
  const double num = fc::parse_double(value.c_str());
  for (std::string_view phrase : split_field(words, '|')) {
    auto e = std::make_unique<LexEntry>();
    e->id = id;
    e->cls = cls;
    e->cls_id = cls_id;
    e->value = value;
    e->num = num;
    e->ambiguous = ambiguous;
    e->words = words_of(phrase);
    if (e->words.empty()) continue;
    t.by_first[e->words.front()].push_back(e.get());
    t.entries.push_back(std::move(e));
  }
}

// Reads a vocabulary table whose columns are `id words ... value ...`; `cls` "" means the class is column 1.
void load_vocab(Tables& t, const char* path, const char* cls, size_t words_col, size_t value_col, size_t min_cols) {
  for (const RuleRow& r : rule_rows(path)) {
    if (r.fields.size() < min_cols) {
      t.errors.push_back(std::string(path) + ":" + std::to_string(r.line) + ": too few fields");
      continue;
    }
    std::string c = cls ? cls : std::string(r.fields[1]);
    if (std::string_view(path) == "en/dates_numbers.tsv") c = r.fields[2] == "ord" ? "ORDW" : "NUMW";
    const bool ambiguous = std::string_view(path) == "en/dates_months.tsv" && r.fields[3] == "1";
    add_entries(t, std::string(r.fields[0]), c, r.fields[words_col], std::string(r.fields[value_col]), ambiguous);
  }
}

Element parse_element(std::string tok) {
  Element e;
  if (tok.size() > 2 && tok.front() == '[' && tok.back() == ']') {
    e.context = true;
    tok = tok.substr(1, tok.size() - 2);
  }
  if (tok.size() > 1 && tok.back() == '?') {
    e.optional = true;
    tok.pop_back();
  }
  for (std::string_view a : split_field(tok, '|')) {
    Element::Alt alt;
    alt.is_class = !a.empty() && a[0] >= 'A' && a[0] <= 'Z';
    alt.s = a;
    e.alts.push_back(alt);
  }
  return e;
}

// What can begin a pattern's span: its first element after leading context, and any optional ones before it.
void starters(Pattern& p) {
  const size_t first = !p.elems.empty() && p.elems[0].context ? 1 : 0;
  for (size_t ei = first; ei < p.elems.size(); ++ei) {
    for (const Element::Alt& a : p.elems[ei].alts) {
      if (a.is_class) p.start_classes |= a.cls_id < 64 ? uint64_t{1} << a.cls_id : ~uint64_t{0};
      if (!a.is_class) p.start_literals.push_back(a.lit_id);
    }
    if (!p.elems[ei].optional) break;
  }
}

void load_patterns(Tables& t) {
  size_t row = 0;
  for (const RuleRow& r : rule_rows("en/dates_patterns.tsv")) {
    if (r.fields.size() < 6) {
      t.errors.push_back("en/dates_patterns.tsv:" + std::to_string(r.line) + ": too few fields");
      continue;
    }
    Pattern p;
    p.id = std::string(r.fields[0]);
    p.type = std::string(r.fields[1]);
    p.norm = std::string(r.fields[2]);
    p.param = std::string(r.fields[3]);
    p.example = std::string(r.fields[5]);
    p.row = row++;
    p.combine = p.norm.rfind("combine", 0) == 0;
    for (std::string_view e : split_field(r.fields[4], ' ')) {
      if (e.empty()) continue;
      p.elems.push_back(parse_element(std::string(e)));
      for (Element::Alt& a : p.elems.back().alts) {
        if (a.is_class) a.cls_id = t.class_id(a.s);
        if (!a.is_class) a.lit_id = t.literals.emplace(a.s, static_cast<int>(t.literals.size())).first->second;
        if (a.is_class) t.pattern_classes |= a.cls_id < 64 ? uint64_t{1} << a.cls_id : 0;
      }
      Element& el = p.elems.back();
      el.all_literal = true;
      for (const Element::Alt& a : el.alts) el.all_literal = el.all_literal && !a.is_class;
    }
    starters(p);
    t.patterns.push_back(std::move(p));
  }
}

void load_cues(Tables& t) {
  for (const RuleRow& r : rule_rows("en/dates_tense.tsv")) {
    if (r.fields.size() < 5) {
      t.errors.push_back("en/dates_tense.tsv:" + std::to_string(r.line) + ": too few fields");
      continue;
    }
    for (std::string_view phrase : split_field(r.fields[1], '|')) {
      TenseCue c;
      c.id = std::string(r.fields[0]);
      c.words = words_of(phrase);
      c.orient = r.fields[2] == "future" ? 1 : -1;
      c.strong = r.fields[3] == "strong";
      if (c.words.empty()) continue;
      t.cue_by_first[c.words.front()].push_back(t.cues.size());
      t.cues.push_back(std::move(c));
    }
  }
}

// One entry per word the matcher may look up: what begins with it, and its literal id.
void index_words(Tables& t) {
  for (const auto& kv : t.by_first) {
    WordInfo& w = t.words[std::string_view(kv.first)];
    w.lex = kv.second;
    for (const LexEntry* e : kv.second) {
      if (e->words.size() > 1) w.multi.push_back(e);
      if (e->words.size() == 1) w.single |= class_bits(e->cls_id);
    }
  }
  for (const auto& kv : t.cue_by_first) t.words[std::string_view(kv.first)].cues = kv.second;
  for (const auto& kv : t.literals) t.words[std::string_view(kv.first)].lit = kv.second;
}

void set_bit(std::vector<uint64_t>& bits, size_t i) {
  if (bits.size() <= i / 64) bits.resize(i / 64 + 1, 0);
  bits[i / 64] |= uint64_t{1} << (i % 64);
}

void init_sets(StartSets& s, size_t literals, size_t words) {
  s.by_class.assign(64, std::vector<uint64_t>(words, 0));
  s.by_lit.assign(literals, std::vector<uint64_t>(words, 0));
  s.always.assign(words, 0);
}

// Adds pattern `i` to the sets of every alternative of `e`.
void add_element(StartSets& s, const Element& e, size_t i) {
  for (const Element::Alt& a : e.alts) {
    if (a.is_class && a.cls_id >= 0 && a.cls_id < 64) set_bit(s.by_class[a.cls_id], i);
    if (a.is_class && (a.cls_id < 0 || a.cls_id >= 64)) set_bit(s.always, i);
    if (!a.is_class && a.lit_id >= 0) set_bit(s.by_lit[a.lit_id], i);
  }
}

// A pattern whose span begins with a one-token literal element, followed by at least one required element.
void index_literal_first(Tables& t, const Pattern& p, size_t i) {
  const size_t f = p.elems[0].context ? 1 : 0;
  if (f >= p.elems.size() || !p.elems[f].all_literal) return;
  size_t req = f + 1;
  while (req < p.elems.size() && p.elems[req].optional) ++req;
  if (req >= p.elems.size()) return;  // everything after it is optional: no condition on the next token
  set_bit(t.lit_first, i);
  if (p.elems[f].optional) set_bit(t.lit_first_optional, i);
  add_element(t.firsts, p.elems[f], i);
  for (size_t e = f + 1; e <= req; ++e) add_element(t.rests, p.elems[e], i);
}

// For each start class and literal, the patterns (by index) whose span it may begin; see may_start().
void index_starts(Tables& t) {
  const size_t words = (t.patterns.size() + 63) / 64;
  init_sets(t.starts, t.literals.size(), words);
  init_sets(t.firsts, t.literals.size(), words);
  init_sets(t.rests, t.literals.size(), words);
  t.lit_first.assign(words, 0);
  t.lit_first_optional.assign(words, 0);
  for (size_t i = 0; i < t.patterns.size(); ++i) {
    const Pattern& p = t.patterns[i];
    if (p.elems.empty() || p.combine) continue;
    if (p.start_classes == ~uint64_t{0}) set_bit(t.starts.always, i);
    for (int c = 0; c < 64; ++c) {
      if ((p.start_classes >> c) & 1) set_bit(t.starts.by_class[c], i);
    }
    for (int l : p.start_literals) {
      if (l >= 0) set_bit(t.starts.by_lit[l], i);
    }
    index_literal_first(t, p, i);
  }
}

Tables load() {
  Tables t;
  // Shape classes first, in ShapeClass order, so their ids are fixed whether or not a pattern names them.
  for (const char* s : {"NUM", "ORD", "UNITS", "NUMW", "ORDW", "UNIT", "YY", "DECADE", "NUMSIGNED", "AMPM", "DAY",
                        "YEAR", "BAREYEAR", "ISODATE", "SLASHDATE", "HM", "HHMM", "HOUR", "INT"}) {
    t.class_id(s);
  }
  load_vocab(t, "en/dates_months.tsv", "MONTH", 1, 2, 5);
  load_vocab(t, "en/dates_weekdays.tsv", "WEEKDAY", 1, 2, 4);
  load_vocab(t, "en/dates_numbers.tsv", "NUMW", 1, 3, 5);
  load_vocab(t, "en/dates_units.tsv", "UNIT", 1, 2, 4);
  load_vocab(t, "en/dates_holidays.tsv", "HOLIDAY", 1, 2, 4);
  load_vocab(t, "en/dates_words.tsv", nullptr, 2, 3, 5);
  load_patterns(t);
  load_cues(t);
  index_words(t);
  index_starts(t);
  t.month = t.class_id("MONTH");
  t.weekday = t.class_id("WEEKDAY");
  t.holiday = t.class_id("HOLIDAY");
  t.namedday = t.class_id("NAMEDDAY");
  t.monthctx = t.class_id("MONTHCTX");
  t.notyear = t.class_id("NOTYEAR");
  t.notyearbefore = t.class_id("NOTYEARBEFORE");
  return t;
}

}  // namespace

int Tables::class_id(const std::string& name) {
  for (size_t i = 0; i < class_names.size(); ++i) {
    if (class_names[i] == name) return static_cast<int>(i);
  }
  class_names.push_back(name);
  return static_cast<int>(class_names.size() - 1);
}

int Tables::find_class(const std::string& name) const {
  for (size_t i = 0; i < class_names.size(); ++i) {
    if (class_names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

const Tables& tables() {
  static const Tables t = load();
  return t;
}

std::string_view class_name(int id) {
  const Tables& t = tables();
  return id >= 0 && static_cast<size_t>(id) < t.class_names.size() ? std::string_view(t.class_names[id])
                                                                   : std::string_view();
}

const Slot* Match::get(std::string_view cls) const {
  for (const Slot& s : slots) {
    if (s.cls == cls) return &s;
  }
  return nullptr;
}

}  // namespace dates
}  // namespace fc
