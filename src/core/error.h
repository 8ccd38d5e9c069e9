// Errors as values: one table of codes with their messages, never exceptions across layers.
#pragma once
#include <string>

namespace fc {

/// Every way input can be rejected; the message says what and where.
enum class ErrorCode {
  kOk = 0,
  kMalformedJson,
  kNotAnObject,
  kNoSources,
  kSourceNotObject,
  kMissingText,
  kNotAString,
  kInvalidUtf8,
  kDuplicateId,
  kBadPublished,
  kUnknownField,
  kIo,
  kUsage,
};

/// Short stable name of an error code, e.g. "invalid_utf8".
const char* error_name(ErrorCode code);

/// An error with a human message naming the source id or index, JSON path or byte offset.
struct Error {
  ErrorCode code = ErrorCode::kOk;
  std::string message;
  explicit operator bool() const { return code != ErrorCode::kOk; }
};

}  // namespace fc
