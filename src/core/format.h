// Number formatting without printf: printf's float code (and its long double arithmetic) is about 8 KB of the
// WebAssembly module, for the three formats the core prints.
#pragma once
#include <string>

namespace fc {

/// printf("%.<precision>g", v): the exact binary value rounded half-even to `precision` significant digits (1-17).
std::string format_g(double v, int precision);

/// printf("%0<width>d", v): at least `width` characters, zero-padded after any minus sign.
std::string format_padded(long v, int width);

}  // namespace fc
