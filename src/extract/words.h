// Small word helpers shared by the number, entity and event extractors and their aligners.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace fc {

/// True for closed-class English words (articles, pronouns, prepositions, auxiliaries, conjunctions).
bool is_function_word(std::string_view norm);

/// Every word is_function_word() accepts.
std::vector<std::string_view> function_word_list();

/// Singular of a lower-case plural noun by regular English rules ("countries" -> "country"); irregulars
/// come from the plural rows of en/num_units.tsv. Words that are not plural come back unchanged.
std::string noun_lemma(std::string_view norm);

/// True if `norm` looks like a regular or irregular English plural noun.
bool looks_plural(std::string_view norm);

/// Plural of a lemma for labels ("language" -> "languages", "country" -> "countries").
std::string noun_plural(std::string_view lemma);

/// A number for people: integers without decimals, large ones with a scale word ("40 billion").
std::string format_number(double v);

}  // namespace fc
