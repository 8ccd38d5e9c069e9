// The one entry point: sources in, report out. The CLI, the wasm binding and the tests all call it.
#pragma once
#include <vector>

#include "core/report.h"
#include "core/source.h"

namespace fc {

/// Analysis options.
struct Options {
  bool include_single = true;  // keep facts only one source states
};

/// Runs the whole pipeline. Sources must come from ingest (valid UTF-8, unique ids, valid dates).
/// Mention offsets in the returned report are UTF-16 code units into each source's text.
Report analyze(const std::vector<Source>& sources, const Options& options);

/// The library version, e.g. "0.1.0".
const char* version();

}  // namespace fc
