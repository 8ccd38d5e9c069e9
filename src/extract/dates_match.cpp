// Pattern matching over tokens: every row of dates_patterns.tsv is tried at each position, longest match wins.
#include <algorithm>
#include <cstdint>
#include <utility>

#include "extract/dates_internal.h"

namespace fc {
namespace dates {
namespace {

constexpr uint32_t kLiteral = UINT32_MAX;  // a candidate that is a literal token, captured by no slot
constexpr size_t kWindow = 16;             // token positions whose class matches stay memoized (a power of 2)
constexpr size_t kArenaLimit = 4096;       // slots kept before the memo starts over (between start positions)

// One way an element can cover tokens from a position: the slot it captures (arena index) and where it ends.
struct Cand {
  uint32_t slot = kLiteral;
  size_t te = 0;
};

// Class matches per (class, position), computed once: many patterns try the same class at the same token.
class Memo {
 public:
  explicit Memo(const std::vector<Tok>& toks) : toks_(toks), key_(kWindow * 64, kNone), range_(kWindow * 64) {
    arena_.reserve(256);
    tmp_.reserve(16);
  }

  /// Arena range of the slots of class `cls` at `pos`.
  std::pair<uint32_t, uint32_t> get(int cls, size_t pos) {
    if (cls < 0 || cls >= 64) return compute(cls, pos);
    const size_t k = (pos % kWindow) * 64 + static_cast<size_t>(cls);
    if (key_[k] != pos) {
      key_[k] = static_cast<uint32_t>(pos);
      range_[k] = compute(cls, pos);
    }
    return range_[k];
  }
  const Slot& slot(uint32_t i) const { return arena_[i]; }
  /// Drops every memoized slot once there are many (only between start positions, when none is in use).
  void trim() {
    if (arena_.size() < kArenaLimit) return;
    arena_.clear();
    std::fill(key_.begin(), key_.end(), kNone);
  }

 private:
  std::pair<uint32_t, uint32_t> compute(int cls, size_t pos) {
    tmp_.clear();
    match_class(cls, toks_, pos, tmp_);
    const auto begin = static_cast<uint32_t>(arena_.size());
    for (Slot& s : tmp_) arena_.push_back(std::move(s));
    return {begin, static_cast<uint32_t>(arena_.size())};
  }
  const std::vector<Tok>& toks_;
  static constexpr uint32_t kNone = UINT32_MAX;
  std::vector<uint32_t> key_;  // position each memo cell holds (kNone: none)
  std::vector<std::pair<uint32_t, uint32_t>> range_;
  std::vector<Slot> arena_, tmp_;
};

// The best match so far at one start position.
struct Best {
  bool found = false;
  size_t span_end = 0;
  size_t row = 0;
  Match match;
};

struct Run {
  const Pattern& p;
  const std::vector<Tok>& toks;  // annotated
  size_t start;
  Memo& memo;
  std::vector<uint32_t>& slots;             // captures along the current path (arena indices or kLiteral)
  std::vector<std::vector<Cand>>& scratch;  // candidates per element depth, reused across patterns
  Best& best;
};

// One alternative of an element at `pos`: the token ranges it can cover, with their slots.
void alternatives(const Element::Alt& alt, const std::vector<Tok>& toks, Memo& memo, size_t pos,
                  std::vector<Cand>& out) {
  if (pos >= toks.size()) return;
  if (alt.is_class) {
    if (alt.cls_id < 64 && !((toks[pos].mask >> alt.cls_id) & 1)) return;
    const std::pair<uint32_t, uint32_t> range = memo.get(alt.cls_id, pos);
    for (uint32_t i = range.first; i < range.second; ++i) out.push_back(Cand{i, memo.slot(i).te});
    return;
  }
  if (toks[pos].lit == alt.lit_id) out.push_back(Cand{kLiteral, pos + 1});
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
  for (uint32_t i : r.slots) {
    if (i == kLiteral) continue;
    const Slot& s = r.memo.slot(i);
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
  std::vector<Cand>& found = r.scratch[ei];  // sized by try_pattern; deeper calls use deeper entries
  found.clear();
  for (const Element::Alt& alt : e.alts) alternatives(alt, r.toks, r.memo, pos, found);
  for (const Cand& c : found) {
    r.slots.push_back(c.slot);
    step(r, ei + 1, c.te, e.context ? span_end : c.te);
    r.slots.pop_back();
  }
}

// A leading context element must cover exactly the token before the span.
bool leading_context_ok(const Element& e, const std::vector<Tok>& toks, Memo& memo, size_t start,
                        std::vector<Cand>& found) {
  if (start == 0) return false;
  found.clear();
  for (const Element::Alt& alt : e.alts) alternatives(alt, toks, memo, start - 1, found);
  for (const Cand& c : found) {
    if (c.te == start) return true;
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
  explicit Buffers(const std::vector<Tok>& toks) : memo(toks) {}
  Memo memo;
  std::vector<uint32_t> slots;
  std::vector<std::vector<Cand>> scratch;
  std::vector<Cand> context;
  std::vector<uint64_t> candidates, rest_here, rest_next;
  size_t rest_at = SIZE_MAX;  // the token rest_next was computed for
};

void try_pattern(const Pattern& p, const std::vector<Tok>& toks, size_t start, Buffers& buf, Best& best) {
  const uint64_t mask = toks[start].mask;
  if (p.elems.empty() || p.combine) return;
  size_t first = 0;
  if (p.elems[0].context) {
    if (!may_start(p, toks[start].lit, mask)) return;
    if (!leading_context_ok(p.elems[0], toks, buf.memo, start, buf.context)) return;
    first = 1;
  } else if (!may_start(p, toks[start].lit, mask)) {
    return;
  }
  buf.slots.clear();
  if (buf.scratch.size() < p.elems.size()) buf.scratch.resize(p.elems.size());  // never during the recursion
  Run r{p, toks, start, buf.memo, buf.slots, buf.scratch, best};
  step(r, first, start, start);
}

void or_into(std::vector<uint64_t>& out, const std::vector<uint64_t>& bits) {
  for (size_t w = 0; w < out.size(); ++w) out[w] |= bits[w];
}

// Patterns whose `first` set (a StartSets table) admits token `tok`.
void admitted(const StartSets& s, const Tok& tok, std::vector<uint64_t>& out) {
  out = s.always;
  for (uint64_t m = tok.mask; m != 0; m &= m - 1) or_into(out, s.by_class[__builtin_ctzll(m)]);
  if (tok.lit >= 0) or_into(out, s.by_lit[tok.lit]);
}

// Bit set of the patterns worth trying at token `i`: those it may start, less the literal-first ones whose
// next elements cannot begin where they would have to (see Tables::lit_first).
void candidates(const Tables& t, const std::vector<Tok>& toks, size_t i, Buffers& buf) {
  std::vector<uint64_t>& out = buf.candidates;
  admitted(t.starts, toks[i], out);
  if (buf.rest_at == i) {
    buf.rest_here.swap(buf.rest_next);  // what token i admits was worked out as the next token of i - 1
  } else {
    admitted(t.rests, toks[i], buf.rest_here);
  }
  buf.rest_at = i + 1;
  if (i + 1 < toks.size()) {
    admitted(t.rests, toks[i + 1], buf.rest_next);
  } else {
    buf.rest_next.assign(out.size(), 0);
  }
  const int lit = toks[i].lit;
  for (size_t w = 0; w < out.size(); ++w) {
    const uint64_t first = lit >= 0 ? t.firsts.by_lit[lit][w] : 0;
    const uint64_t ok = (t.lit_first_optional[w] & buf.rest_here[w]) | (first & buf.rest_next[w]);
    out[w] &= ~t.lit_first[w] | ok;
  }
}

}  // namespace

std::vector<Match> find_matches(const std::vector<Tok>& toks) {
  const Tables& t = tables();
  std::vector<Match> out;
  Buffers buf(toks);
  size_t i = 0;
  while (i < toks.size()) {
    Best best;
    if (toks[i].kind != TokKind::kPunct || is(toks[i].norm, "'") || is(toks[i].norm, "(")) {
      if (toks[i].mask != 0 || toks[i].lit >= 0) {
        buf.memo.trim();
        candidates(t, toks, i, buf);
        for (size_t w = 0; w < buf.candidates.size(); ++w) {
          for (uint64_t m = buf.candidates[w]; m != 0; m &= m - 1) {
            try_pattern(t.patterns[w * 64 + __builtin_ctzll(m)], toks, i, buf, best);
          }
        }
      }
    }
    if (best.found) {
      out.push_back(std::move(best.match));
      i = best.span_end;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace dates
}  // namespace fc
