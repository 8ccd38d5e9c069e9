// How entity mentions of several sources are grouped: people by full name, organisations by full name, acronym or
// the one longer name that contains a short form, and untyped names by what other sources call them.
#pragma once
#include <deque>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "align/findings.h"

namespace fc {

/// What all sources together say about the names in them (views into the mentions' keys and texts).
struct NameIndex {
  std::unordered_map<std::string_view, std::set<std::string_view>> full;  // person last-word key -> full keys
  std::unordered_set<std::string_view> given;  // first words of full person keys ("irkl" of "irkl tsm")
  std::unordered_set<std::string_view> orgs, places, names;  // keys typed ORG, PLACE; names used mid-sentence
  std::unordered_set<std::string_view> firm_places;  // keys typed PLACE by more than a weak cue ("in", "'s")
  std::unordered_set<std::string_view> words;  // keys of lone name words written mid-sentence ("Nordbane")
  std::set<std::string> place_words;  // one-word places as written, lower case, "river" left out ("lesna")
  std::unordered_map<std::string, std::string> terms;  // acronym of a term -> its words ("RSV" -> "respiratory ...")
  std::unordered_map<std::string, std::string> alias;  // org key or acronym -> the key its group goes by
  std::unordered_map<std::string_view, std::string_view> first_word;  // "brghtmrkt" -> the one org key it opens
  std::unordered_map<std::string_view, std::string_view> person_alias;  // "gnrk as" ("Genrik Aas") -> "hnrk as"
  std::unordered_set<std::string_view> titled;  // full person keys some source gives a title ("coach Marco Ferrante")
  std::unordered_map<std::string_view, std::string_view> reordered;  // "inspctrt fr dt prtctn" -> "dt prtctn inspctrt"
};

/// The words of an organisation key in sorted order, without "of", "for", "the", "and", with "bureau" read as
/// "office": the same name in another word order or translation ("Inspectorate for Data Protection" = "Data
/// Protection Inspectorate", "Bureau for Prevention of Fraud" = "Office for the Prevention of Fraud").
std::string org_word_bag(std::string_view key);

/// Links organisation keys of one word bag (org_word_bag) to one of them in `ix.reordered`.
void link_reordered(NameIndex& ix);

/// Links full person keys that are given_name_variant of each other in `ix.person_alias`.
void link_given_variants(NameIndex& ix);

/// Links full person keys equal once transliterated letters are folded (h/g, a word's first vowel), unless one source
/// writes both (then they are two people), in `ix.person_alias`.
void link_transliterated(NameIndex& ix, const std::vector<SourceFindings>& all);

/// The key a person goes by: its own or the variant it is linked to.
std::string_view person_key(std::string_view key, const NameIndex& ix);

/// The one person key known in full that `key` is or is a given-name or transliteration variant of; "" if none or
/// several.
std::string_view variant_of_known(std::string_view key, const NameIndex& ix);

/// True if two full person keys differ only by the first letter of a given name of four letters or more, in a pair
/// that transliterations swap ("Genrik"/"Henrik", "Yiorgos"/"Giorgos", "Yusuf"/"Jusuf"): one person's name.
bool given_name_variant(std::string_view a, std::string_view b);

/// Indexes the entity mentions of all sources.
NameIndex index_names(const std::vector<SourceFindings>& all);

/// Group key of a mention: "P|key" for people, "O|"/"L|"/"N|" for organisations, places and other names; "" to
/// leave it out.
std::string group_key(const EntityMention& m, const NameIndex& ix);

/// Mentions of defined terms in sources that only spell them out ("the respiratory syncytial virus" where another
/// source wrote "respiratory syncytial virus (RSV)"), found by their words: (source index, mention) pairs.
std::vector<std::pair<size_t, EntityMention>> spelled_terms(const std::vector<SourceFindings>& all, const NameIndex& ix);

/// The place word that ends an organisation's name ("Valoria" of "National Bank of Valoria"), as a lone-name mention
/// that joins the place where another source names it: (source index, mention) pairs.
std::vector<std::pair<size_t, EntityMention>> places_in_orgs(const std::vector<SourceFindings>& all);

/// Lone names opening a sentence or headline that the story names elsewhere as a place, a firm or a mid-sentence name
/// ("Belmarra brokers ..."), which the extractor leaves out: (source index, mention) pairs, rule ent.name.start.known.
std::vector<std::pair<size_t, EntityMention>> known_sentence_starts(const std::vector<SourceFindings>& all,
                                                                    const NameIndex& ix);

/// Organisation names of three words or more that a source writes in lower case and in its own word order ("the
/// national centre for the cyber security"), found by the words of a name another source gives: (source, mention).
std::vector<std::pair<size_t, EntityMention>> spelled_orgs(const std::vector<SourceFindings>& all);

/// True if the mention spells its organisation in full: not a bare acronym ("MHPA") and not a short form of a
/// longer name another mention gives ("Hydrometeorological Institute"); only full names count as spellings.
bool full_org_name(const EntityMention& m, const NameIndex& ix);

/// A mention of one source with the group key it goes by.
struct KeyedMention {
  size_t src = 0;
  const EntityMention* m = nullptr;
  std::string key;
};

/// Splits by spelling the keys under which one source writes two one-word names of other letters ("Calvoria" and
/// "Calvair" both keyed "clvr"): the source tells them apart, so they are two names, not two spellings of one.
void split_told_apart(std::vector<KeyedMention>& keyed);

/// Two-word names a source writes with the head noun in lower case ("the stadium Meridian", "the dam of Valdecruz",
/// "the Valdecruz dam") where another source gives "Meridian Stadium": mentions (rule ent.name.head_word, kept in
/// `store`) keyed as that name, added to `keyed`.
void head_word_names(const std::vector<SourceFindings>& all, std::deque<EntityMention>& store,
                     std::vector<KeyedMention>& keyed);

}  // namespace fc
