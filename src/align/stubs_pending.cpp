// Placeholders until the aligners land; each is replaced by its own file.
#include "align/align.h"

namespace fc {
std::vector<Fact> align_quotes(const std::vector<SourceFindings>&) { return {}; }
std::vector<Fact> align_numbers(const std::vector<SourceFindings>&) { return {}; }
std::vector<Fact> align_entities(const std::vector<SourceFindings>&) { return {}; }
std::vector<Fact> align_events(const std::vector<SourceFindings>&) { return {}; }
}  // namespace fc
