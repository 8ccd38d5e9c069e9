// Title and outlet for sources that do not give them (a .txt file, a bare JSON text), derived from the text.
#pragma once
#include <string>
#include <string_view>

namespace fc {

/// The first line of the text when it reads like a headline (short, no final period), else "".
std::string derive_title(std::string_view text);

/// The news agency of a wire dateline near the top ("MOSCOW (Reuters) -", "(Bloomberg) --"), else "".
std::string derive_outlet(std::string_view text);

}  // namespace fc
