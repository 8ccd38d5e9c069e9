// Reading the CLI's inputs: files or standard input, as JSON stories or .txt sources.
#pragma once
#include <string>
#include <vector>

#include "ingest/ingest.h"

namespace fc::cli {

/// Reads a whole file ("-" = standard input) into `out`; on failure returns an Error naming the path.
Error read_input(const std::string& path, std::string& out);

/// Loads sources from each path (.txt one source, else JSON input), appending warnings.
IngestResult load_sources(const std::vector<std::string>& paths);

}  // namespace fc::cli
