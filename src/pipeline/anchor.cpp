#include "pipeline/anchor.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/dates.h"
#include "pipeline/anchor_corroborate.h"
#include "pipeline/anchor_shingles.h"

namespace fc {
namespace {

constexpr const char* kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

std::vector<uint64_t> sorted(std::vector<uint64_t> v) {
  std::sort(v.begin(), v.end());
  return v;
}

std::vector<uint64_t> unique_of_sorted(std::vector<uint64_t> v) {
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

// Share of the sorted `grams` (with repeats) found in the sorted set `other`: one merge walk.
double contained(const std::vector<uint64_t>& grams, const std::vector<uint64_t>& other) {
  if (grams.empty()) return 0;
  size_t hit = 0, j = 0;
  for (uint64_t g : grams) {
    while (j < other.size() && other[j] < g) ++j;
    hit += j < other.size() && other[j] == g ? 1 : 0;
  }
  return static_cast<double>(hit) / static_cast<double>(grams.size());
}

// Each source's 4-gram hashes (sorted, with repeats; and as a set), computed at most once however many sources
// are compared with it.
class ShingleCache {
 public:
  explicit ShingleCache(const std::vector<Source>& sources) : sources_(sources), seq_(sources.size()), set_(sources.size()) {}
  const std::vector<uint64_t>& seq(size_t i) {
    if (!seq_[i]) seq_[i] = sorted(shingle_hashes(sources_[i].text));
    return *seq_[i];
  }
  const std::vector<uint64_t>& set(size_t i) {
    if (!set_[i]) set_[i] = unique_of_sorted(seq(i));
    return *set_[i];
  }

 private:
  const std::vector<Source>& sources_;
  std::vector<std::optional<std::vector<uint64_t>>> seq_, set_;
};

// A source that repeats much of another dated one (wire copy) shares its date.
std::optional<size_t> near_duplicate(const std::vector<Source>& sources, size_t i, ShingleCache& cache) {
  double best = 0;
  std::optional<size_t> pick;
  for (size_t j = 0; j < sources.size(); ++j) {
    if (j == i || sources[j].published.empty()) continue;
    const double c = cache.seq(i).empty() ? 0 : contained(cache.seq(i), cache.set(j));
    if (c > best) {
      best = c;
      pick = j;
    }
  }
  return best >= 0.3 ? pick : std::nullopt;
}

// The day with weekday `wd` (1 = Monday) nearest `ref`: a dateline's weekday within three days of the story.
std::optional<CivilDate> nearest_weekday(int wd, const std::optional<CivilDate>& ref) {
  if (!ref || wd < 1 || wd > 7) return std::nullopt;
  long diff = (wd - 1) - weekday(*ref);
  if (diff > 3) diff -= 7;
  if (diff < -3) diff += 7;
  return add_days(*ref, diff);
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
  const std::vector<uint64_t> sa = sorted(shingle_hashes(a));
  return sa.empty() ? 0 : contained(sa, unique_of_sorted(sorted(shingle_hashes(b))));
}

std::vector<Anchor> resolve_anchors(const std::vector<Source>& sources, std::vector<std::string>& warnings) {
  std::vector<PreparedDates> prepared;
  return resolve_anchors(sources, warnings, prepared);
}

std::vector<Anchor> resolve_anchors(const std::vector<Source>& sources, std::vector<std::string>& warnings,
                                    std::vector<PreparedDates>& prepared) {
  prepared.assign(sources.size(), PreparedDates());
  std::vector<Anchor> out(sources.size());
  ShingleCache shingles(sources);
  std::vector<std::optional<CivilDate>> given(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!sources[i].published.empty()) given[i] = parse_iso_date(std::string_view(sources[i].published).substr(0, 10));
  }
  DatedEvidenceCache evidence;  // gathered for the first source that needs it
  for (size_t i = 0; i < sources.size(); ++i) {
    const Source& s = sources[i];
    Anchor& a = out[i];
    if (!s.published.empty()) {
      a.date = parse_iso_date(std::string_view(s.published).substr(0, 10));
      continue;
    }
    prepared[i] = prepare_dates(s.text);
    std::optional<InferredDate> found = infer_published(prepared[i]);
    const bool dateline = found && found->how.rfind("dateline", 0) == 0;
    std::optional<size_t> twin = dateline ? std::nullopt : near_duplicate(sources, i, shingles);
    if (twin) {
      a.date = parse_iso_date(std::string_view(sources[*twin].published).substr(0, 10));
      a.how = "shares most of its wording with source \"" + sources[*twin].id + "\", published " +
              sources[*twin].published.substr(0, 10);
    } else if (found && found->weekday != 0) {
      a.date = nearest_weekday(found->weekday, story_reference(sources));
      a.how = found->how + ", the " + std::string(kWeekdays[found->weekday - 1]) +
              " nearest the story's latest publication date";
    } else if (found && found->year_known) {
      a.date = found->date;
      a.how = found->how;
    } else if (found) {
      a.date = with_story_year(found->date, story_reference(sources));
      a.how = found->how + ", with the year of the story's other sources";
    } else {
      a.date = corroborated_anchor(sources, given, i, prepared[i], evidence, a.how);
    }
    if (a.date) {
      a.inferred = true;
      warnings.push_back("source \"" + s.id + "\" has no publication date; inferred " + to_iso(*a.date) + " from " +
                         a.how);
    } else {
      const std::string why = found && found->weekday != 0 ? " (its dateline names only a weekday and no other source is dated)" : "";
      warnings.push_back("source \"" + s.id + "\" has no publication date and none could be inferred" + why +
                         "; relative dates in it stay unresolved");
    }
  }
  return out;
}

}  // namespace fc
