// Placeholders until the extractors land; each is replaced by its own file (dates.cpp, quotes.cpp, ...).
#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/numbers.h"
#include "extract/quotes.h"

namespace fc {
std::vector<Timex> tag_dates(std::string_view, const std::optional<CivilDate>&) { return {}; }
std::optional<InferredDate> infer_published(std::string_view) { return std::nullopt; }
std::vector<Quote> extract_quotes(std::string_view) { return {}; }
std::vector<NumberMention> extract_numbers(std::string_view) { return {}; }
std::vector<EntityMention> extract_entities(std::string_view) { return {}; }
std::vector<EventMention> extract_events(std::string_view) { return {}; }
}  // namespace fc
