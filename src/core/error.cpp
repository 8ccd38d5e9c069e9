#include "core/error.h"

namespace fc {

const char* error_name(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk: return "ok";
    case ErrorCode::kMalformedJson: return "malformed_json";
    case ErrorCode::kNotAnObject: return "not_an_object";
    case ErrorCode::kNoSources: return "no_sources";
    case ErrorCode::kSourceNotObject: return "source_not_object";
    case ErrorCode::kMissingText: return "missing_text";
    case ErrorCode::kNotAString: return "not_a_string";
    case ErrorCode::kInvalidUtf8: return "invalid_utf8";
    case ErrorCode::kDuplicateId: return "duplicate_id";
    case ErrorCode::kBadPublished: return "bad_published";
    case ErrorCode::kUnknownField: return "unknown_field";
    case ErrorCode::kIo: return "io";
    case ErrorCode::kUsage: return "usage";
  }
  return "unknown";
}

}  // namespace fc
