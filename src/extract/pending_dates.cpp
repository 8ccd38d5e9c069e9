// Placeholder until the temporal tagger lands; delete this file when it does.
#include "extract/dates.h"

namespace fc {
std::vector<Timex> tag_dates(std::string_view, const std::optional<CivilDate>&) { return {}; }
std::optional<InferredDate> infer_published(std::string_view) { return std::nullopt; }
}  // namespace fc
