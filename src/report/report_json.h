// The one serializer of the versioned report, and of the dates/quotes finding lists the CLI prints.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/report.h"
#include "extract/dates.h"
#include "extract/quotes.h"

namespace fc {

/// The report schema id written into every report.
inline constexpr const char* kReportSchema = "fact-compare/report/1";

/// Serializes a finished report (UTF-16 offsets) as JSON, schema fact-compare/report/1.
std::string report_to_json(const Report& report);

/// A plain-text rendering of the report for terminals.
std::string report_to_text(const Report& report);

/// JSON array of {start,end,text,type,value,rule} with UTF-16 offsets into `text`.
std::string timexes_to_json(std::string_view text, const std::vector<Timex>& found);

/// JSON array of {start,end,text,speaker,speaker_start,speaker_end,kind,rule} with UTF-16 offsets into `text`.
std::string quotes_to_json(std::string_view text, const std::vector<Quote>& found);

}  // namespace fc
