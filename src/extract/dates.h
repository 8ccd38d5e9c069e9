// Temporal expressions: tagging and TIMEX3 normalization anchored on the publication date.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"

namespace fc {

/// One temporal expression found in a text.
struct Timex {
  size_t start = 0;  // UTF-8 byte offsets into the text
  size_t end = 0;
  std::string text;
  std::string type;   // DATE | TIME | DURATION | SET
  std::string value;  // TIMEX3 value; for "Friday or Monday" the values joined with '|'
  std::vector<std::string> values;  // each alternative value (size >= 1)
  std::string rule;   // id of the rule that fired (a row id in src/rules/en/*.tsv)
};

namespace dates {
struct Prepared;
}

/// The part of tagging that does not depend on the anchor (tokens, pattern matches, the tense around each), so
/// one text can be tagged under several anchors for the price of one: infer_published() without an anchor, then
/// tag_dates() with the resolved one. Holds a view of the text, which must outlive it. Cheap to copy.
class PreparedDates {
 public:
  PreparedDates() = default;
  /// True once prepare_dates() filled it.
  explicit operator bool() const { return impl_ != nullptr; }
  /// The tagger's data (internal).
  const dates::Prepared& impl() const { return *impl_; }

 private:
  friend PreparedDates prepare_dates(std::string_view text);
  std::shared_ptr<const dates::Prepared> impl_;
};

/// Tokenizes and matches `text` once (see PreparedDates).
PreparedDates prepare_dates(std::string_view text);

/// Tags and normalizes every temporal expression in `text`, anchored on `anchor` (the publication date).
std::vector<Timex> tag_dates(std::string_view text, const std::optional<CivilDate>& anchor);

/// The same as tag_dates(text, anchor) for the text `prepared` was made from (non-empty).
std::vector<Timex> tag_dates(const PreparedDates& prepared, const std::optional<CivilDate>& anchor);

/// A publication date inferred from the text itself, with how it was found.
struct InferredDate {
  CivilDate date;
  std::string how;  // e.g. "dateline 'MARCH 18, 2021'" or "latest past-tense date 'March 19'"
  bool year_known = true;  // false: month and day come from the text, date.year is 0 (the caller supplies it)
  int weekday = 0;  // 1..7 (Monday..Sunday): only the weekday is known ("PORTO, Thursday -"); date is unset
};

/// True when [start, end) of `text` is the date of a dateline opening a line near the top ("KORVA, April 7 –",
/// "TIRSA, 13 June (Agency) -"): the day the story was filed, not the day of an event it reports.
bool is_dateline(std::string_view text, size_t start, size_t end);

/// Infers a publication date for a source that has none (dateline, then latest reported past date).
std::optional<InferredDate> infer_published(std::string_view text);

/// The same as infer_published(text) for the text `prepared` was made from (non-empty).
std::optional<InferredDate> infer_published(const PreparedDates& prepared);

}  // namespace fc
