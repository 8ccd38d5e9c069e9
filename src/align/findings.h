// Per-source findings: everything the extractors found in one source, ready for alignment.
#pragma once
#include <optional>
#include <vector>

#include "core/date.h"
#include "core/source.h"
#include "extract/dates.h"
#include "extract/entities.h"
#include "extract/events.h"
#include "extract/numbers.h"
#include "extract/quotes.h"
#include "text/text.h"

namespace fc {

/// One source and what was found in it. Offsets are UTF-8 byte offsets into source->text.
struct SourceFindings {
  const Source* source = nullptr;
  std::optional<CivilDate> anchor;  // publication date (given or inferred)
  TextIndex index;
  std::vector<Timex> dates;
  std::vector<Quote> quotes;
  std::vector<NumberMention> numbers;
  std::vector<EntityMention> entities;
  std::vector<EventMention> events;
};

}  // namespace fc
