#include "pipeline/anchor_corroborate.h"

#include "pipeline/anchor_evidence.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string_view>
#include <unordered_map>

namespace fc {
namespace dates_corroborate {

// Words that say nothing about which happening a sentence tells: function words and the words of dates.
bool skipped(std::string_view w) {
  static constexpr std::string_view kSkip[] = {
      "that", "with", "from", "this", "have", "been", "were", "which", "said", "would", "their", "after", "about",
      "also", "they", "will", "when", "than", "more", "into", "over", "only", "other", "some", "what", "there",
      "these", "them", "then", "before", "while", "where", "could", "should", "being", "under", "last", "next",
      "yesterday", "today", "tonight", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "morning", "afternoon", "evening", "night", "week", "weekend", "month", "year",
      "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
      "december", "earlier", "later", "early", "late", "past", "since", "until", "during"};
  for (std::string_view s : kSkip) {
    if (w == s) return true;
  }
  return false;
}

// The sentence around byte `pos`: from after the previous '.', '!', '?' or newline to the next one.
std::string_view sentence_at(std::string_view text, size_t pos) {
  size_t a = pos;
  while (a > 0 && std::string_view(".!?\n").find(text[a - 1]) == std::string_view::npos) --a;
  size_t b = std::min(pos, text.size());
  while (b < text.size() && std::string_view(".!?\n").find(text[b]) == std::string_view::npos) ++b;
  return text.substr(a, b - a);
}

// The sentence's distinct words of four letters or more (ASCII lower-cased, other bytes kept), skipped ones out.
std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  std::string w;
  for (size_t i = 0; i <= s.size(); ++i) {
    const unsigned char c = i < s.size() ? static_cast<unsigned char>(s[i]) : ' ';
    if ((c >= 'a' && c <= 'z') || c >= 0x80) {
      w += static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      w += static_cast<char>(c - 'A' + 'a');
    } else {
      if (w.size() >= 4 && !skipped(w)) out.push_back(w);
      w.clear();
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// The part of the sentence around [start, end) of `text` reaching `k` words either side: the clause that tells
// what happened that day rather than the story's topic.
std::string_view window_at(std::string_view text, size_t start, size_t end, int k) {
  const std::string_view s = sentence_at(text, start);
  const size_t lo = static_cast<size_t>(s.data() - text.data()), hi = lo + s.size();
  size_t a = start;
  for (int n = 0; a > lo && n <= k;) {
    --a;
    if (text[a] == ' ' && a + 1 < start && text[a + 1] != ' ') ++n;
  }
  size_t b = std::min(end, hi);
  for (int n = 0; b < hi && n <= k; ++b) {
    if (text[b] == ' ' && b > end) ++n;
  }
  return text.substr(a, b - a);
}

// Words either side of a date that may tell its event.
constexpr int kWindow = 10;

// `text` ASCII lower-cased.
static std::string lowered(std::string_view text) {
  std::string low;
  for (char c : text) low += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return low;
}

bool names_weekday(std::string_view text) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday"};
  const std::string low = lowered(text);
  for (std::string_view c : kDays) {
    if (low.find(c) != std::string::npos) return true;
  }
  return false;
}

// True when the mention is told from the day of writing: a weekday, "yesterday", "today", "tonight",
// "tomorrow". Calendar dates do not move with the anchor; "that day" points back to another date.
bool from_writing(std::string_view text) {
  const std::string low = lowered(text);
  static constexpr std::string_view kCues[] = {"yesterday", "today", "tonight", "tomorrow"};
  for (std::string_view c : kCues) {
    if (low.find(c) != std::string::npos) return true;
  }
  return names_weekday(text);
}

// True when `pos` lies inside quoted speech of its paragraph: a quote's "tomorrow" counts from when it was said.
bool in_quote(std::string_view text, size_t pos) {
  size_t a = text.rfind('\n', pos);
  a = a == std::string_view::npos ? 0 : a;
  int straight = 0, open = 0;
  for (size_t i = a; i < pos && i < text.size(); ++i) {
    if (text[i] == '"') ++straight;
    if (text.compare(i, 3, "\xE2\x80\x9C") == 0) ++open;
    if (text.compare(i, 3, "\xE2\x80\x9D") == 0) --open;
  }
  return straight % 2 == 1 || open > 0;
}

// A timex's day (days_from_civil) when it names exactly one day.
std::optional<long> one_day(const Timex& t) {
  if (t.value.find('|') != std::string::npos || t.value.size() < 10) return std::nullopt;
  auto d = parse_iso_date(std::string_view(t.value).substr(0, 10));
  if (!d) return std::nullopt;
  return days_from_civil(*d);
}

// Word weights log((n + 1) / (df + 0.5)) over the sentences of every source.
void weigh(const std::vector<Source>& sources, Evidence& ev) {
  std::unordered_map<std::string, int> df;
  size_t n = 0;
  for (const Source& s : sources) {
    std::string_view t = s.text;
    for (size_t pos = 0; pos < t.size();) {
      std::string_view sent = sentence_at(t, pos);
      for (const std::string& w : words_of(sent)) ++df[w];
      ++n;
      pos = static_cast<size_t>(sent.data() - t.data()) + sent.size() + 1;
    }
  }
  for (const auto& [w, c] : df) ev.weight[w] = std::log((static_cast<double>(n) + 1) / (c + 0.5));
}

// Dated sources spread over more days than this give no single frame for the undated one.
constexpr long kSpreadDays = 21;

}  // namespace dates_corroborate

struct DatedEvidence {
  dates_corroborate::Evidence ev;
  long lo = 0, hi = 0;
  bool any = false;
};

void DatedEvidenceDeleter::operator()(DatedEvidence* p) const { delete p; }

namespace {

// Gathers the dated sources' single-day mentions and the story's word weights.
DatedEvidenceCache gather(const std::vector<Source>& sources, const std::vector<std::optional<CivilDate>>& dated) {
  using namespace dates_corroborate;
  DatedEvidenceCache out(new DatedEvidence());
  for (size_t j = 0; j < sources.size(); ++j) {
    if (!dated[j]) continue;
    const long d = days_from_civil(*dated[j]);
    out->lo = out->any ? std::min(out->lo, d) : d;
    out->hi = out->any ? std::max(out->hi, d) : d;
    out->any = true;
    for (const Timex& t : tag_dates(sources[j].text, dated[j])) {
      auto day = one_day(t);
      if (!day) continue;
      out->ev.by_day[*day].push_back(words_of(window_at(sources[j].text, t.start, t.end, kWindow)));
      if (names_weekday(t.text)) out->ev.weekday_named.insert(*day);
    }
  }
  out->ev.first_published = out->lo;
  out->ev.last_published = out->hi;
  if (out->any) weigh(sources, out->ev);
  return out;
}

}  // namespace

std::optional<CivilDate> corroborated_anchor(const std::vector<Source>& sources,
                                             const std::vector<std::optional<CivilDate>>& dated, size_t u,
                                             const PreparedDates& prepared, DatedEvidenceCache& cache,
                                             std::string& how) {
  using namespace dates_corroborate;
  if (u >= sources.size() || dated.size() != sources.size() || dated[u] || !prepared) return std::nullopt;
  if (!cache) cache = gather(sources, dated);
  const Evidence& ev = cache->ev;
  const long lo = cache->lo, hi = cache->hi;
  if (!cache->any || hi - lo > kSpreadDays) return std::nullopt;
  std::map<size_t, Mention> mentions;  // by start offset
  for (long a = lo - 3; a <= hi + 3; ++a) {
    for (const Timex& t : tag_dates(prepared, civil_from_days(a))) {
      auto day = one_day(t);
      if (!day || !from_writing(t.text) || in_quote(sources[u].text, t.start)) continue;
      Mention& m = mentions[t.start];
      if (m.day_at.empty()) {
        m.text = t.text;
        m.words = words_of(window_at(sources[u].text, t.start, t.end, kWindow));
        m.weekday = names_weekday(t.text);
      }
      m.day_at[a] = *day;
    }
  }
  for (auto& [start, m] : mentions) {
    const long off = m.day_at.begin()->second - m.day_at.begin()->first;
    m.moving = m.day_at.size() == static_cast<size_t>(hi - lo + 7);
    for (const auto& [a, d] : m.day_at) m.moving = m.moving && d - a == off;
  }
  std::optional<CivilDate> day = decide(mentions, ev, how);
  return day ? day : decide_by_vote(mentions, ev, how);
}

}  // namespace fc
