// Parsing numbers without libc's strtod: its decimal code (with long double arithmetic) is about 12 KB of the
// WebAssembly module, while simdjson, linked anyway, already holds an exact decimal-to-double conversion.
#pragma once

namespace fc {

/// What std::strtod(s, nullptr) returns: leading spaces, a sign, then the longest decimal or hexadecimal number,
/// "inf", "infinity" or "nan" (any case) at the start of `s`, exactly rounded; 0 if there is none.
double parse_double(const char* s);

}  // namespace fc
