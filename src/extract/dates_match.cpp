// Pattern matching over tokens: every row of dates_patterns.tsv is tried at each position, longest match wins.
#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

// The best match so far at one start position.
struct Best {
  bool found = false;
  size_t span_end = 0;
  size_t row = 0;
  Match match;
};

struct Run {
  const Pattern& p;
  const std::vector<Tok>& toks;
  const std::vector<uint64_t>& masks;  // start_mask() of every token
  const std::vector<int>& lits;        // literal id of every token (-1: no pattern names it)
  size_t start;
  std::vector<Slot>& slots;                 // captures along the current path
  std::vector<std::vector<Slot>>& scratch;  // candidates per element depth, reused across patterns
  Best& best;
};

// One alternative of an element at `pos`: the token ranges it can cover, with their slots.
void alternatives(const Element::Alt& alt, const std::vector<Tok>& toks, const std::vector<uint64_t>& masks,
                  const std::vector<int>& lits, size_t pos, std::vector<Slot>& out) {
  if (pos >= toks.size()) return;
  if (alt.is_class) {
    if (alt.cls_id < 64 && !((masks[pos] >> alt.cls_id) & 1)) return;
    match_class(alt.s, toks, pos, out);
    return;
  }
  if (lits[pos] == alt.lit_id) {
    Slot s;
    s.cls = "";
    s.value = alt.s;
    s.tb = pos;
    s.te = pos + 1;
    out.push_back(s);
  }
}

void offer(Run& r, size_t span_end) {
  if (span_end <= r.start) return;
  Best& b = r.best;
  // Longest span first; between equally long ones the earlier row (the table is ordered for that).
  const bool better = !b.found || span_end > b.span_end || (span_end == b.span_end && r.p.row < b.row);
  if (!better) return;
  b.found = true;
  b.span_end = span_end;
  b.row = r.p.row;
  b.match.pat = &r.p;
  b.match.tb = r.start;
  b.match.te = span_end;
  b.match.slots.clear();
  for (const Slot& s : r.slots) {
    if (!s.cls.empty() && s.te <= span_end) b.match.slots.push_back(s);
  }
}

// Matches elements [ei, end) from token `pos`; `span_end` is where the span ends if the rest is context.
void step(Run& r, size_t ei, size_t pos, size_t span_end) {
  const std::vector<Element>& el = r.p.elems;
  if (ei == el.size()) {
    offer(r, span_end);
    return;
  }
  const Element& e = el[ei];
  if (e.optional) step(r, ei + 1, pos, span_end);
  std::vector<Slot>& found = r.scratch[ei];  // sized by try_pattern; deeper calls use deeper entries
  found.clear();
  for (const Element::Alt& alt : e.alts) alternatives(alt, r.toks, r.masks, r.lits, pos, found);
  for (const Slot& s : found) {
    r.slots.push_back(s);
    step(r, ei + 1, s.te, e.context ? span_end : s.te);
    r.slots.pop_back();
  }
}

// A leading context element must cover exactly the token before the span.
bool leading_context_ok(const Element& e, const std::vector<Tok>& toks, const std::vector<uint64_t>& masks,
                        const std::vector<int>& lits, size_t start) {
  if (start == 0) return false;
  std::vector<Slot> found;
  for (const Element::Alt& alt : e.alts) alternatives(alt, toks, masks, lits, start - 1, found);
  for (const Slot& s : found) {
    if (s.te == start) return true;
  }
  return false;
}

// True if the pattern's span could begin at a token with this class mask and literal id.
bool may_start(const Pattern& p, int lit, uint64_t mask) {
  if (mask & p.start_classes) return true;
  for (int l : p.start_literals) {
    if (l == lit) return true;
  }
  return false;
}

struct Buffers {
  std::vector<Slot> slots;
  std::vector<std::vector<Slot>> scratch;
};

void try_pattern(const Pattern& p, const std::vector<Tok>& toks, const std::vector<uint64_t>& masks,
                 const std::vector<int>& lits, size_t start, Buffers& buf, Best& best) {
  const uint64_t mask = masks[start];
  if (p.elems.empty() || p.combine) return;
  size_t first = 0;
  if (p.elems[0].context) {
    if (!may_start(p, lits[start], mask) || !leading_context_ok(p.elems[0], toks, masks, lits, start)) return;
    first = 1;
  } else if (!may_start(p, lits[start], mask)) {
    return;
  }
  buf.slots.clear();
  if (buf.scratch.size() < p.elems.size()) buf.scratch.resize(p.elems.size());  // never during the recursion
  Run r{p, toks, masks, lits, start, buf.slots, buf.scratch, best};
  step(r, first, start, start);
}

}  // namespace

std::vector<Match> find_matches(const std::vector<Tok>& toks) {
  const Tables& t = tables();
  std::vector<Match> out;
  std::vector<uint64_t> masks(toks.size());
  std::vector<int> lits(toks.size(), -1);
  for (size_t k = 0; k < toks.size(); ++k) {
    masks[k] = start_mask(toks[k]);
    auto lit = t.literals.find(toks[k].norm);
    if (lit != t.literals.end()) lits[k] = lit->second;
  }
  Buffers buf;
  size_t i = 0;
  while (i < toks.size()) {
    Best best;
    if (toks[i].kind != TokKind::kPunct || toks[i].norm == "'" || toks[i].norm == "(") {
      if (masks[i] != 0 || lits[i] >= 0) {
        for (const Pattern& p : t.patterns) try_pattern(p, toks, masks, lits, i, buf, best);
      }
    }
    if (best.found) {
      out.push_back(best.match);
      i = best.span_end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace dates
}  // namespace fc
