// The temporal tagger: tokens -> pattern matches -> normalized values, with the reference time moving through the text.
#include "extract/dates.h"

#include <algorithm>

#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

struct Item {
  size_t tb = 0, te = 0;  // token span of the match (merges widen it)
  Norm n;
  int orient = 0;
  std::string cue;
  size_t sentence = 0;
  std::string rule;
  bool dead = false;
};

// Tokens strictly between two items are all in `allowed` (and there are at most `max` of them).
bool gap_only(const std::vector<Tok>& toks, size_t from, size_t to, std::initializer_list<std::string_view> allowed,
              size_t max, bool need_or) {
  if (from > to || to - from > max) return false;
  bool saw_or = false;
  for (size_t k = from; k < to; ++k) {
    bool ok = false;
    for (std::string_view a : allowed) ok = ok || is(toks[k].norm, a);
    if (!ok) return false;
    saw_or = saw_or || is(toks[k].norm, "or");
  }
  return !need_or || saw_or;
}

// "Friday or Monday": item `a` and an expression starting at token `b_tb` are alternatives.
bool or_joined(const std::vector<Tok>& toks, const Item& a, size_t b_tb) {
  return a.n.type == "DATE" &&
         gap_only(toks, a.te, b_tb, {",", "or", "say", "perhaps", "maybe", "possibly", "either", "on", "even"}, 5, true);
}

// "March 18, 2021 22:14", "12:00 UTC Monday": a time of day takes its date from a day right next to it.
void merge_datetimes(const std::vector<Tok>& toks, std::vector<Item>& items) {
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& a = items[i];
    Item& b = items[i + 1];
    if (a.dead || b.dead) continue;
    Item* day = a.n.day && a.n.type == "DATE" ? &a : b.n.day && b.n.type == "DATE" ? &b : nullptr;
    Item* time = day == &a ? &b : &a;
    if (!day || time->n.clock.empty() || time->n.type != "TIME") continue;
    // "March 18, 2021 22:14", "Friday at 10 a.m.", "12:00 UTC Monday" are one expression;
    // "16:15 UTC, June 1st" stays two, the time taking the date.
    if (!gap_only(toks, a.te, b.tb, {",", "at", "on"}, 2, false)) continue;
    if (day == &b && b.tb > a.te) {
      a.n.values = {iso_day(*day->n.day) + time->n.clock};
      continue;
    }
    a.te = b.te;
    a.n.values = {iso_day(*day->n.day) + time->n.clock};
    a.n.type = "TIME";
    a.n.clock.clear();
    a.rule = "x_datetime";
    b.dead = true;
    ++i;
  }
}

// True for a day counted from the day the text last named ("a day earlier", "two days later", "the next day").
bool counted_from_reference(const Item& it) {
  return it.rule == "d_later" || it.rule == "d_nextday" || it.rule == "d_prevday" || it.rule == "d_unit_prev";
}

// "a day earlier, on Tuesday" / "on Wednesday, two days later": a counted day set off by a comma beside a day the
// text names outright is that day (the reference it counts from may be another sentence's day).
void merge_appositions(const std::vector<Tok>& toks, std::vector<Item>& items) {
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& a = items[i];
    Item& b = items[i + 1];
    if (a.dead || b.dead || a.sentence != b.sentence || a.n.type != "DATE" || b.n.type != "DATE") continue;
    if (counted_from_reference(a) == counted_from_reference(b) || !a.n.day || !b.n.day) continue;
    if (!gap_only(toks, a.te, b.tb, {",", "on"}, 2, false) || a.te >= b.tb || !is(toks[a.te].norm, ",")) continue;
    Item& counted = counted_from_reference(a) ? a : b;
    const Item& named = &counted == &a ? b : a;
    // "on Monday, a day later the party split" runs two clauses together: the counted day opens the second one
    const bool closes = b.te >= toks.size() || toks[b.te].break_before ||
                        is(toks[b.te].norm, ",") || is(toks[b.te].norm, ".") || is(toks[b.te].norm, "than");
    if (&counted == &b && !closes) continue;
    counted.n.values = named.n.values;
    counted.n.day = named.n.day;
  }
}

void merge_disjunctions(const std::vector<Tok>& toks, std::vector<Item>& items) {
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    Item& a = items[i];
    Item& b = items[i + 1];
    if (a.dead || b.dead || a.n.type != "DATE" || b.n.type != "DATE" || a.sentence != b.sentence) continue;
    if (!or_joined(toks, a, b.tb)) continue;
    a.te = b.te;
    a.n.values.insert(a.n.values.end(), b.n.values.begin(), b.n.values.end());
    a.rule = "x_or";
    b.dead = true;
    ++i;
  }
}

// First and one-past-last token of every sentence.
void sentence_bounds(const std::vector<size_t>& sids, std::vector<size_t>& begin, std::vector<size_t>& end) {
  const size_t n = sids.empty() ? 0 : sids.back() + 1;
  begin.assign(n, 0);
  end.assign(n, 0);
  for (size_t i = 0; i < sids.size(); ++i) {
    if (i == 0 || sids[i] != sids[i - 1]) begin[sids[i]] = i;
    end[sids[i]] = i + 1;
  }
}

// +1 if `to` lies after `from`, -1 if before, 0 on the same day.
int direction(const CivilDate& from, const CivilDate& to) { return from < to ? 1 : to < from ? -1 : 0; }

// Remembers what later expressions are anchored on: the last day named, and the last month/quarter/year.
void remember(const Item& it, NormContext& ctx, std::optional<CivilDate>& sentence_day, size_t& ref_sentence) {
  if (it.n.day) {
    ctx.ref_day = it.n.day;
    ref_sentence = it.sentence;
    if (ctx.dct && *it.n.day < *ctx.dct) sentence_day = it.n.day;
  }
  const std::string& v = it.n.values.front();
  const bool period = it.n.type == "DATE" && v.size() >= 4 && parse_int(v.substr(0, 4)) > 0 &&
                      (v.size() == 4 || v.size() == 7);
  if (period) ctx.last_period = v;
}

// A word that introduces a date before a bare month ("in May", "since March", "early June").
bool date_lead(std::string_view w) {
  for (const char* lead : {"in", "since", "until", "till", "by", "from", "of", "early", "late", "mid", "last", "next",
                           "this", "through", "during", "before", "after", "on", "for", "to", "between", "and", "or"}) {
    if (w == lead) return true;
  }
  return false;
}

// A bare month name that opens a person's name ("Foreign Minister Jan Petrov", "April Ryan asked"): a capitalised
// word that names no date follows at once, and no word that introduces a date comes before it.
bool month_as_name(const Match& m, const std::vector<Tok>& toks) {
  if (m.te != m.tb + 1 || m.te >= toks.size() || m.pat->id != "d_month") return false;
  const Tok& next = toks[m.te];
  if (next.kind != TokKind::kWord || !next.cap || !next.space_before || next.break_before || next.lit >= 0) return false;
  return m.tb == 0 || toks[m.tb].break_before || toks[m.tb - 1].kind != TokKind::kWord || !date_lead(toks[m.tb - 1].norm);
}

std::vector<Item> normalize_all(const Prepared& p, const std::optional<CivilDate>& anchor) {
  const std::vector<Tok>& toks = p.toks;
  NormContext ctx;
  ctx.dct = anchor;
  std::vector<Item> items;
  items.reserve(p.matches.size());
  std::optional<CivilDate> sentence_day, day_in_sentence;
  size_t current = static_cast<size_t>(-1), ref_sentence = 0;
  for (size_t k = 0; k < p.matches.size(); ++k) {
    const Match& m = p.matches[k];
    if (month_as_name(m, toks)) continue;
    Item it;
    it.sentence = p.sids[m.tb];
    if (it.sentence != current) {
      sentence_day.reset();
      day_in_sentence.reset();
    }
    current = it.sentence;
    it.orient = p.orient[k];
    it.cue = p.cues[k];
    if (!items.empty() && items.back().sentence == it.sentence && or_joined(toks, items.back(), m.tb) &&
        items.back().orient != 0) {
      it.orient = items.back().orient;  // "Friday or Monday": both options lie on the same side
    }
    ctx.orient = it.orient;
    ctx.sentence_ref = sentence_day;
    ctx.ref_day_close = ctx.ref_day && it.sentence <= ref_sentence + 1;
    it.n = normalize(m, toks, ctx);
    if (!it.n.ok || it.n.values.empty()) continue;
    if (!it.n.clock.empty() && day_in_sentence) {
      it.n.values = {iso_day(*day_in_sentence) + it.n.clock};  // "flew Tuesday ... at 18:00 UTC"
    } else if (!it.n.clock.empty() && ctx.ref_day && ref_sentence + 1 == it.sentence) {
      it.n.values = {iso_day(*ctx.ref_day) + it.n.clock};  // "late on Tuesday. The blaze broke out after 11 p.m."
    }
    if (it.n.day) day_in_sentence = it.n.day;
    if (it.n.day && ctx.dct && direction(*ctx.dct, *it.n.day) != 0) it.orient = direction(*ctx.dct, *it.n.day);
    it.rule = m.pat->id;
    it.tb = m.tb;
    it.te = m.te;
    remember(it, ctx, sentence_day, ref_sentence);
    items.push_back(std::move(it));
  }
  merge_datetimes(toks, items);
  merge_appositions(toks, items);
  merge_disjunctions(toks, items);
  return items;
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : "|") + s;
  return out;
}

}  // namespace

void prepare(std::string_view text, Prepared& p) {
  p.text = text;
  tokenize(text, p.norms, p.toks);
  annotate(p.toks);
  p.sids = sentence_ids(p.toks);
  sentence_bounds(p.sids, p.sentence_begin, p.sentence_end);
  p.matches = find_matches(p.toks);
  p.orient.clear();
  p.cues.clear();
  for (const Match& m : p.matches) {
    const size_t s = p.sids[m.tb];
    std::string cue;
    p.orient.push_back(orientation(p.toks, p.sentence_begin[s], p.sentence_end[s], m.tb, m.te, &cue));
    p.cues.push_back(std::move(cue));
  }
}

std::vector<Found> tag(std::string_view text, const std::optional<CivilDate>& anchor) {
  Prepared p;
  prepare(text, p);
  return tag(p, anchor);
}

std::vector<Found> tag(const Prepared& p, const std::optional<CivilDate>& anchor) {
  const std::string_view text = p.text;
  const std::vector<Tok>& toks = p.toks;
  std::vector<Found> out;
  std::vector<Item> items = normalize_all(p, anchor);
  out.reserve(items.size());
  for (Item& it : items) {
    if (it.dead) continue;
    Found f;
    f.timex.start = toks[it.tb].start;
    f.timex.end = toks[it.te - 1].end;
    f.timex.text = std::string(text.substr(f.timex.start, f.timex.end - f.timex.start));
    f.timex.type = it.n.type;
    f.timex.values = it.n.values;
    f.timex.value = join(it.n.values);
    f.timex.rule = it.rule;
    f.orient = it.orient;
    f.cue = it.cue;
    f.day = it.n.day;
    f.sentence = it.sentence;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace dates

PreparedDates prepare_dates(std::string_view text) {
  auto impl = std::make_shared<dates::Prepared>();
  dates::prepare(text, *impl);
  PreparedDates out;
  out.impl_ = std::move(impl);
  return out;
}

std::vector<Timex> tag_dates(std::string_view text, const std::optional<CivilDate>& anchor) {
  std::vector<dates::Found> found = dates::tag(text, anchor);
  std::vector<Timex> out;
  out.reserve(found.size());
  for (dates::Found& f : found) out.push_back(std::move(f.timex));
  return out;
}

std::vector<Timex> tag_dates(const PreparedDates& prepared, const std::optional<CivilDate>& anchor) {
  std::vector<Timex> out;
  if (!prepared) return out;
  std::vector<dates::Found> found = dates::tag(prepared.impl(), anchor);
  out.reserve(found.size());
  for (dates::Found& f : found) out.push_back(std::move(f.timex));
  return out;
}

}  // namespace fc
