// Ingest: input JSON (the input contract) and .txt files become validated Sources, or a clear Error.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "core/source.h"

namespace fc {

/// Sources read from one input, with non-fatal remarks (e.g. an unknown field was ignored).
struct IngestResult {
  std::vector<Source> sources;
  std::vector<std::string> warnings;
  Error error;  // set when the input was rejected; sources are then empty
};

/// Parses `{"sources":[{"id","outlet","url","published","language","title","text"}]}` with simdjson.
/// Only text is required; ids default to s1, s2, ... Errors name the JSON path, source and byte offset/line.
IngestResult parse_sources_json(std::string_view json);

/// Builds a source from a .txt file: an optional leading "date YYYY-MM-DD" line gives the publication date.
/// `name` (the file name) is used in error messages; the id is `stem`.
IngestResult source_from_txt(std::string_view stem, std::string_view name, std::string_view content);

/// Checks the sources of one story together: at least one, unique ids, valid UTF-8, valid dates.
Error validate_sources(const std::vector<Source>& sources);

/// True if `s` has the form YYYY-MM-DD[THH:MM[:SS][Z|+HH:MM|-HH:MM]] with a real calendar date.
bool is_valid_published(std::string_view s);

/// "line L, column C" of byte `offset` in `text` (1-based), for error messages.
std::string line_column(std::string_view text, size_t offset);

}  // namespace fc
