// What a bare number counts, read from the words around it: a degree sign after it ("41°C", "41C"), "age" a few words
// before it ("raised the retirement age from 63 to 65"), and a vote ("voted 118 to 97", "97 against", "6 abstained").
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/lexicon.h"
#include "extract/number_tables.h"
#include "extract/numbers_internal.h"
#include "extract/words.h"

namespace fc::num_detail {

namespace {

// The value of a run of ASCII digits that the caller has checked (no strtod: it would pull C's float parsing into
// the wasm download).
double digits_value(std::string_view d) {
  double v = 0;
  for (char c : d) v = v * 10 + (c - '0');
  return v;
}

bool bare(const Quantity& q) { return q.unit.empty() && q.counts.empty() && !q.ordinal && !q.amount && !q.range; }

// "41C", "41°C", "41 °C", "41°": a temperature sign right after the number at token j; advances j.
bool degree_sign(const std::vector<ScanTok>& t, size_t& j, Quantity& q) {
  if (!bare(q) || j >= t.size()) return false;
  size_t k = j;
  const bool sign = t[k].is("\xC2\xB0");  // the degree sign
  if (sign) ++k;
  const bool letter = k < t.size() && (t[k].is("c") || t[k].is("f")) && t[k].upper && (sign || !t[k].space_before);
  if (!sign && !letter) return false;
  if (!sign && t[j].space_before) return false;
  if (letter) ++k;
  if (k < t.size() && t[k].kind == ScanKind::kWord && !t[k].space_before) return false;  // "41Cx" is a code
  q.counts = "degree";
  add_rule(q, "num.degree.sign");
  j = k;
  return true;
}

// "the retirement age from 63 to 65", "at the age of 84", "the age of retirement raises from 63 years": a number
// right after from/to/at/of with "age" a few words before, in the same clause, is an age.
bool age_before(const std::vector<ScanTok>& t, size_t core, Quantity& q) {
  if (!(bare(q) || q.counts == "year") || q.low != q.high || q.low < 10 || q.low > 110 || q.first != core || core < 2)
    return false;
  const ScanTok& pre = t[core - 1];
  if (!pre.is("from") && !pre.is("to") && !pre.is("at") && !pre.is("of")) return false;
  for (size_t n = 2; n <= 7 && n <= core; ++n) {
    const ScanTok& w = t[core - n];
    if (w.is("age")) {
      q.counts = "age";
      add_rule(q, "num.age.context");
      return true;
    }
    if (w.kind == ScanKind::kPunct || w.cap) return false;  // another clause or a name: "Age UK"
  }
  return false;
}

// A verb a vote tally follows: "passed 81 to 64", "rejected 40 to 95".
bool tally_verb(const ScanTok& w) {
  static const char* kVerbs[] = {"voted", "passed", "approved", "adopted", "carried", "rejected", "defeated"};
  for (const char* v : kVerbs) if (w.is(v)) return true;
  return false;
}

// The counted noun of a vote at the number: "voted 118" (or "voted 112 deputies"), "118 in favour", "118 deputies in
// favour" count votes for; "97 against", "by 118 votes to 97", "voted 118 to 97" votes against; "6 abstained"
// abstentions. "" if none.
const char* vote_noun(const std::vector<ScanTok>& t, size_t core, size_t j, const Quantity& q) {
  const bool person = q.counts.empty() || num_tables().persons.count(q.counts) > 0;
  if (!person || !q.unit.empty() || q.vague || q.ordinal) return "";
  auto at = [&](size_t k, const char* w) { return k < t.size() && t[k].is(w); };
  if (at(j, "in") && (at(j + 1, "favour") || at(j + 1, "favor"))) return "vote";
  if (at(j, "against") && (j + 1 >= t.size() || t[j + 1].kind == ScanKind::kPunct || at(j + 1, "and") ||
                           at(j + 1, "while") || at(j + 1, "with")))
    return "vote against";
  if (at(j, "abstained")) return "abstention";  // "6 abstained", "six deputies abstained"
  // "voted 118", and as translations put it "against voted 64 deputies"
  if (core >= 1 && t[core - 1].is("voted") && q.first == core)
    return core >= 2 && t[core - 2].is("against") ? "vote against" : "vote";
  // "passed 81 to 64", "approved the budget 12 to 3" read as "voted 81 to 64"; "81 for, 64 against" is a tally too.
  const bool figure_after = j + 1 < t.size() && t[j + 1].kind == ScanKind::kNumber;
  if (q.counts.empty() && core >= 1 && tally_verb(t[core - 1]) && q.first == core && at(j, "to") && figure_after)
    return "vote";
  if (q.counts.empty() && at(j, "for") && at(j + 1, ",") && j + 3 < t.size() &&
      t[j + 2].kind == ScanKind::kNumber && t[j + 3].is("against"))
    return "vote";
  // the second figure of a tally: "voted 118 to 97", "by 118 votes to 97", "seven votes against two"
  if (!q.counts.empty() || core < 3) return "";
  if (!t[core - 1].is("to") && !t[core - 1].is("against")) return "";
  const ScanTok& before = t[core - 2];
  const bool votes = before.is("votes") && (t[core - 3].kind == ScanKind::kNumber || num_index().word[t[core - 3].word]);
  const bool voted = before.kind == ScanKind::kNumber && (t[core - 3].is("voted") || tally_verb(t[core - 3]));
  return votes || voted ? "vote against" : "";
}

}  // namespace

bool glued_degree(const std::vector<ScanTok>& t, size_t j, Quantity& q, double* v) {
  static const char* kHeat[] = {"temperature", "temperatures", "heat", "heatwave", "thermometer", "thermometers",
                                "mercury", "degrees", "celsius", "fahrenheit", "high", "highs", "low", "lows"};
  const std::string& n = t[j].norm;
  if (t[j].kind != ScanKind::kWord || n.size() < 2 || n.size() > 6 || (n.back() != 'c' && n.back() != 'f')) return false;
  // "41c", or one decimal digit after a point or comma: "46.7c", "46,7c"
  const size_t point = n.size() >= 4 && (n[n.size() - 3] == '.' || n[n.size() - 3] == ',') ? n.size() - 3 : n.size();
  if (point == n.size() && n.size() > 4) return false;
  for (size_t i = 0; i + 1 < n.size(); ++i) if (i != point && (n[i] < '0' || n[i] > '9')) return false;
  // The scanner keeps no case: "41c" may be cents, so a word of heat nearby must say it is a temperature.
  // A word of heat a few words before it or after it ("recorded 46.7C, the highest temperature ...").
  bool heat = false;
  for (size_t k = j; k > 0 && j - k < 6 && !heat; --k) {
    for (const char* w : kHeat) heat = heat || t[k - 1].is(w);
  }
  for (size_t k = j + 1; k < t.size() && k - j <= 5 && !heat; ++k) {
    for (const char* w : kHeat) heat = heat || t[k].is(w);
  }
  if (!heat) return false;
  const std::string_view whole = std::string_view(n).substr(0, std::min(point, n.size() - 1));
  *v = digits_value(whole) + (point < n.size() ? (n[point + 1] - '0') / 10.0 : 0.0);
  q.counts = "degree";
  q.plain_int = point == n.size();
  add_rule(q, "num.digits+num.degree.sign");
  return true;
}

namespace {

// A word of winning or losing up to three words before token j: "beat them 36-48"... "lost 36:48", "voted 2-5".
bool score_cue(const std::vector<ScanTok>& t, size_t j) {
  static const char* kCues[] = {"beat", "beats", "won", "win", "wins", "lost", "lose", "loses", "losing", "winning",
                                "led", "leading", "trailed", "trailing", "result", "score", "scoreline", "victory",
                                "defeat", "draw", "drew", "voted"};
  for (size_t k = j; k > 0 && j - k < 3; --k) {
    if (t[k - 1].kind != ScanKind::kWord) return false;
    for (const char* w : kCues) if (t[k - 1].is(w)) return true;
  }
  return false;
}

// True if tokens j..j+2 ("2:17") are part of a running time: a colon glued on either side ("2:17:40" is h:mm:ss)
// or seconds written with a leading zero ("4:05"); a time is a duration, never a score.
bool race_time(const std::vector<ScanTok>& t, size_t j) {
  const bool before = j >= 2 && t[j - 1].is(":") && !t[j].space_before && !t[j - 1].space_before &&
                      t[j - 2].kind == ScanKind::kNumber;
  const bool after = j + 4 < t.size() && t[j + 3].is(":") && !t[j + 3].space_before && !t[j + 4].space_before &&
                     t[j + 4].kind == ScanKind::kNumber;
  const std::string& sec = t[j + 2].norm;
  return before || after || (sec.size() == 2 && sec[0] == '0' && t[j].norm.size() <= 2);
}

// One side of a score: 0-200 in digits.
bool side(std::string_view x, double* v) {
  if (x.empty() || x.size() > 3 || x.find_first_not_of("0123456789") != std::string_view::npos) return false;
  *v = digits_value(x);
  return *v <= 200;
}

// "a town of some 90,000", "the city of 2 million": a bare count after a place noun and "of" counts its residents.
bool residents(const std::vector<ScanTok>& t, Quantity& q) {
  static const char* kPlaces[] = {"town", "city", "village", "island", "country", "nation", "municipality",
                                  "district", "region", "province", "state", "suburb", "port", "capital"};
  if (!q.unit.empty() || !q.counts.empty() || q.ordinal || q.amount || q.range || q.first < 2 || q.low < 100 ||
      !t[q.first - 1].is("of"))
    return false;
  for (const char* w : kPlaces) {
    if (!t[q.first - 2].is(w)) continue;
    q.counts = "resident";
    add_rule(q, "num.place.residents");
    return true;
  }
  return false;
}

}  // namespace

bool hyphen_noun(const NumTables& tb, const std::string& norm, Quantity& q, double* v) {
  // Words after a number and a hyphen that count nothing: "two-way", "three-fold", "two-thirds", "one-off".
  static const char* kNot[] = {"way", "fold", "off", "time", "times", "third", "thirds", "quarter", "quarters", "half",
                               "odd", "plus", "old", "all", "nil", "love", "something", "strong", "long", "wide", "high", "deep", "tall", "day", "year", "month",
                               "week", "hour", "minute"};
  const size_t dash = norm.find('-');
  if (dash == std::string::npos || dash == 0 || norm.find('-', dash + 1) != std::string::npos) return false;
  const std::string head = norm.substr(0, dash), noun = norm.substr(dash + 1);
  if (noun.size() < 3 || noun.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) return false;
  if (is_function_word(noun) || (noun.size() > 4 && noun.compare(noun.size() - 2, 2, "ed") == 0)) return false;
  for (const char* w : kNot) if (noun == w) return false;
  if (tb.words.count(noun)) return false;  // "twenty-three", "forty-first": a number written out
  double value = 0;
  if (head.find_first_not_of("0123456789,") == std::string::npos) {
    std::string digits;
    for (char c : head) if (c != ',') digits += c;
    if (digits.empty() || digits.size() > 7) return false;
    value = digits_value(digits);
  } else {
    auto w = tb.words.find(head);
    if (w == tb.words.end() || w->second.kind != "cardinal") return false;
    value = w->second.value;
    q.written = true;
  }
  if (value < 2) return false;
  *v = value;
  q.counts = noun_lemma(noun);
  q.hyphen_unit = true;
  q.plain_int = !q.written;
  add_rule(q, "num.hyphen.noun");
  return true;
}

size_t score_at(const std::vector<ScanTok>& t, size_t j, Quantity& q) {
  double a = 0, b = 0;
  size_t used = 0;
  const std::string& n = t[j].norm;
  const size_t dash = n.find('-');
  if (t[j].kind == ScanKind::kWord && dash != std::string::npos && side(std::string_view(n).substr(0, dash), &a) &&
      side(std::string_view(n).substr(dash + 1), &b)) {
    used = 1;  // "88-81": a range when the second is larger ("30-40 people"), unless a score word comes before
    if (a < b && !score_cue(t, j)) return 0;
    add_rule(q, "num.score.dash");
  } else if (t[j].kind == ScanKind::kNumber && j + 2 < t.size() && t[j + 1].is(":") && !t[j + 1].space_before &&
             !t[j + 2].space_before && side(t[j].norm, &a) && side(t[j + 2].norm, &b)) {
    used = 3;  // "88:81": a clock time when it could be one ("10:30"), unless a score word comes before
    if (race_time(t, j) || (a <= 24 && b <= 59 && !score_cue(t, j))) return 0;
    add_rule(q, "num.score.colon");
  } else {
    return 0;
  }
  if (j + used < t.size() && t[j + used].kind == ScanKind::kWord && !t[j + used].space_before) return 0;
  // One value per result whichever side is named first ("won 88-81" / "lost 81:88"): the larger side in thousands.
  q.low = q.high = q.nominal = std::max(a, b) * 1000 + std::min(a, b);
  q.counts = "score";
  q.hyphen_unit = true;  // the score is its own unit: no counted noun after it
  return used;
}

bool context_cues(const std::vector<ScanTok>& t, size_t core, size_t& j, Quantity& q) {
  if (degree_sign(t, j, q) || age_before(t, core, q) || residents(t, q)) return true;
  const char* vote = vote_noun(t, core, j, q);
  if (*vote == '\0') return false;
  q.counts = vote;
  add_rule(q, q.counts == "vote against" ? "num.vote.against" : q.counts == "abstention" ? "num.vote.abstained"
                                                                                          : "num.vote.for");
  if (j < t.size() && t[j].is("in") && q.counts == "vote") j += 2;  // "in favour" (vote_noun checked both)
  else if (j < t.size() && (t[j].is("against") || t[j].is("abstained"))) ++j;
  return true;
}

}  // namespace fc::num_detail
