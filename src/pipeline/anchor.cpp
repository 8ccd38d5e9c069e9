#include "pipeline/anchor.h"

#include <cstdlib>
#include <unordered_set>

#include "extract/dates.h"
#include "text/text.h"

namespace fc {
namespace {

std::vector<std::string> word_shingles(const std::string& text) {
  const TextIndex idx = index_text(text);
  std::vector<std::string> words;
  for (const Token& t : idx.tokens) {
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) words.push_back(t.norm);
  }
  std::vector<std::string> out;
  for (size_t i = 0; i + 4 <= words.size(); ++i) {
    out.push_back(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2] + ' ' + words[i + 3]);
  }
  return out;
}

// A source that repeats much of another dated one (wire copy) shares its date.
std::optional<size_t> near_duplicate(const std::vector<Source>& sources, size_t i) {
  double best = 0;
  std::optional<size_t> pick;
  for (size_t j = 0; j < sources.size(); ++j) {
    if (j == i || sources[j].published.empty()) continue;
    const double c = containment(sources[i].text, sources[j].text);
    if (c > best) {
      best = c;
      pick = j;
    }
  }
  return best >= 0.3 ? pick : std::nullopt;
}

}  // namespace

// The latest publication date given in the story, the reference for a month and day without a year.
std::optional<CivilDate> story_reference(const std::vector<Source>& sources) {
  std::optional<CivilDate> best;
  for (const Source& s : sources) {
    if (s.published.empty()) continue;
    auto d = parse_iso_date(std::string_view(s.published).substr(0, 10));
    if (d && (!best || *best < *d)) best = d;
  }
  return best;
}

// Completes a month and day with the year that puts it nearest the story's reference date.
std::optional<CivilDate> with_story_year(CivilDate d, const std::optional<CivilDate>& ref) {
  if (!ref) return std::nullopt;
  std::optional<CivilDate> best;
  long best_gap = 0;
  for (int y = ref->year - 1; y <= ref->year + 1; ++y) {
    if (d.day > days_in_month(y, d.month)) continue;
    const CivilDate c{y, d.month, d.day};
    const long gap = std::labs(days_from_civil(c) - days_from_civil(*ref));
    if (!best || gap < best_gap) {
      best = c;
      best_gap = gap;
    }
  }
  return best;
}

double containment(const std::string& a, const std::string& b) {
  const std::vector<std::string> sa = word_shingles(a);
  if (sa.empty()) return 0;
  const std::vector<std::string> sb = word_shingles(b);
  const std::unordered_set<std::string> set(sb.begin(), sb.end());
  size_t hit = 0;
  for (const std::string& g : sa) hit += set.count(g);
  return static_cast<double>(hit) / static_cast<double>(sa.size());
}

std::vector<Anchor> resolve_anchors(const std::vector<Source>& sources, std::vector<std::string>& warnings) {
  std::vector<Anchor> out(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    Anchor& a = out[i];
    if (!s.published.empty()) {
      a.date = parse_iso_date(std::string_view(s.published).substr(0, 10));
      continue;
    }
    std::optional<InferredDate> found = infer_published(s.text);
    const bool dateline = found && found->how.rfind("dateline", 0) == 0;
    std::optional<size_t> twin = dateline ? std::nullopt : near_duplicate(sources, i);
    if (twin) {
      a.date = parse_iso_date(std::string_view(sources[*twin].published).substr(0, 10));
      a.how = "shares most of its wording with source \"" + sources[*twin].id + "\", published " +
              sources[*twin].published.substr(0, 10);
    } else if (found && found->year_known) {
      a.date = found->date;
      a.how = found->how;
    } else if (found) {
      a.date = with_story_year(found->date, story_reference(sources));
      a.how = found->how + ", with the year of the story's other sources";
    }
    if (a.date) {
      a.inferred = true;
      warnings.push_back("source \"" + s.id + "\" has no publication date; inferred " + to_iso(*a.date) + " from " +
                         a.how);
    } else {
      warnings.push_back("source \"" + s.id + "\" has no publication date and none could be inferred; "
                         "relative dates in it stay unresolved");
    }
  }
  return out;
}

}  // namespace fc
