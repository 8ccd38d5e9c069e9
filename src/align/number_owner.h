// Words of a number mention that narrow what it counts ("league" of "19 league goals") or say whose the counted
// things are ("nine Norvenian diplomats", "nine staff of the Dravonian embassy").
#pragma once
#include <string>

#include "align/findings.h"

namespace fc::num_align {

/// The word that narrows a counted noun inside the mention ("league" of "19 league goals", "injured" of "19 injured
/// workers"), lower-case; empty when the number stands right before its noun or the word is part of the noun.
std::string narrowing_word(const NumberMention& m);

/// The lower-case name of whose the counted things are: a capitalised adjective of a people inside the mention after
/// its number ("nine Norvenian diplomats") or in "of the ..." right after it ("nine staff of the Dravonian embassy"),
/// else a capitalised possessive right before it ("Norvenia's nine diplomats"); "" if none. `text` is the source's.
std::string owner_of(const std::string& text, const NumberMention& m);

}  // namespace fc::num_align
