// Quotations and who said them.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fc {

/// One quotation found in a text.
struct Quote {
  size_t start = 0;  // UTF-8 byte offsets of the quoted words (inside the marks)
  size_t end = 0;
  std::string text;
  std::string speaker;  // "" when the text does not say
  size_t speaker_start = 0;  // span of the speaker mention that resolved it (0,0 if none)
  size_t speaker_end = 0;
  std::string kind;  // direct | partial | saying | scare | title
  std::string rule;  // id of the extraction/attribution rule
};

/// Finds quotations (straight, curly, guillemets, multi-paragraph, colon sayings) and attributes them.
std::vector<Quote> extract_quotes(std::string_view text);

}  // namespace fc
