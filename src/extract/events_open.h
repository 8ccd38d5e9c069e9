// Open verbs: content verbs that no row of the event table names, read as events of their own verb.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "extract/event_tables.h"
#include "extract/scan.h"

namespace fc {

/// For token v, a past form ("burst", "dissolved") or a plain form after "will" ("will send"), that no table row
/// names and that tells an act (no reporting or linking verb): a row of condition "-" whose action is "+" and the
/// verb's stem ("+dissolv" for "dissolve", "dissolved"), so only mentions of one verb are compared. False otherwise.
bool open_verb_row(const std::vector<ScanTok>& t, size_t v, VerbRow* row);

/// True for an irregular past that only a verb can be ("burst", "fled", "fallen"): it needs no subject before it.
bool open_irregular_past(const ScanTok& w);

/// The stem that open verb forms of one verb share: "stopped" / "stop" -> "stop", "freed" / "free" -> "fre".
std::string open_stem(const std::string& form);

}  // namespace fc
