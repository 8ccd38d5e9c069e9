#include <simdjson.h>

#include <utility>

#include "ingest/ingest.h"
#include "text/utf8.h"

namespace fc {
namespace {

namespace od = simdjson::ondemand;

// Parsing state for one input document, so errors can say where they are.
struct Reader {
  std::string_view json;
  simdjson::padded_string padded;
  od::document doc;
  IngestResult result;

  // "byte N (line L, column C)" of where the parser stands, when simdjson can tell.
  std::string where() {
    const char* at = nullptr;
    if (doc.current_location().get(at) == simdjson::SUCCESS && at >= padded.data()) {
      const size_t off = static_cast<size_t>(at - padded.data());
      return " at byte " + std::to_string(off) + " (" + line_column(json, off) + ")";
    }
    return "";
  }

  bool fail(ErrorCode code, const std::string& message) {
    result.error = {code, message};
    result.sources.clear();
    return false;
  }

  bool malformed(simdjson::error_code e, const std::string& path) {
    return fail(ErrorCode::kMalformedJson, "malformed JSON in " + path + where() + ": " + simdjson::error_message(e));
  }

  bool read_field(od::field& field, Source& src, size_t index, bool& has_text);
  bool read_source(od::value value, size_t index);
  bool read_root();
};

bool Reader::read_field(od::field& field, Source& src, size_t index, bool& has_text) {
  const std::string base = "sources[" + std::to_string(index) + "]";
  std::string_view key;
  if (auto e = field.unescaped_key(false).get(key)) return malformed(e, base);
  std::string* slot = key == "id" ? &src.id : key == "outlet" ? &src.outlet : key == "url" ? &src.url
                    : key == "published" ? &src.published : key == "language" ? &src.language
                    : key == "title" ? &src.title : key == "text" ? &src.text : nullptr;
  const std::string path = base + "." + std::string(key);
  od::json_type type;
  if (auto e = field.value().type().get(type)) return malformed(e, path);
  if (!slot) {
    result.warnings.push_back("ignored unknown field " + path);
    return true;  // the unread value is skipped by the iterator
  }
  if (type == od::json_type::null && key != "text") return true;
  if (type != od::json_type::string) {
    return fail(key == "text" ? ErrorCode::kNotAString : ErrorCode::kNotAString,
                path + ": must be a string" + where());
  }
  std::string_view value;
  if (auto e = field.value().get_string().get(value)) return malformed(e, path);
  slot->assign(value.data(), value.size());
  if (key == "text") has_text = true;
  return true;
}

bool Reader::read_source(od::value value, size_t index) {
  const std::string path = "sources[" + std::to_string(index) + "]";
  od::object obj;
  if (auto e = value.get_object().get(obj)) {
    if (e == simdjson::INCORRECT_TYPE) return fail(ErrorCode::kSourceNotObject, path + ": must be an object" + where());
    return malformed(e, path);
  }
  Source src;
  bool has_text = false;
  for (auto field_result : obj) {
    od::field field;
    if (auto e = std::move(field_result).get(field)) return malformed(e, path);
    if (!read_field(field, src, index, has_text)) return false;
  }
  if (!has_text) return fail(ErrorCode::kMissingText, path + ": missing required field \"text\"");
  if (src.id.empty()) src.id = "s" + std::to_string(index + 1);
  result.sources.push_back(std::move(src));
  return true;
}

bool Reader::read_root() {
  od::object root;
  if (auto e = doc.get_object().get(root)) {
    if (e == simdjson::INCORRECT_TYPE) {
      return fail(ErrorCode::kNotAnObject, "the input must be a JSON object {\"sources\": [...]}" + where());
    }
    return malformed(e, "the input");
  }
  bool seen = false;
  for (auto field_result : root) {
    od::field field;
    if (auto e = std::move(field_result).get(field)) return malformed(e, "the input");
    std::string_view key;
    if (auto e = field.unescaped_key(false).get(key)) return malformed(e, "the input");
    if (key != "sources") {
      result.warnings.push_back("ignored unknown top-level field \"" + std::string(key) + "\"");
      continue;
    }
    seen = true;
    od::array arr;
    if (auto e = field.value().get_array().get(arr)) {
      if (e == simdjson::INCORRECT_TYPE) return fail(ErrorCode::kNoSources, "sources: must be an array" + where());
      return malformed(e, "sources");
    }
    size_t index = 0;
    for (auto element : arr) {
      od::value value;
      if (auto e = std::move(element).get(value)) return malformed(e, "sources[" + std::to_string(index) + "]");
      if (!read_source(value, index++)) return false;
    }
  }
  if (!seen) return fail(ErrorCode::kNoSources, "missing field \"sources\": expected {\"sources\": [...]}");
  if (!doc.at_end()) return fail(ErrorCode::kMalformedJson, "malformed JSON: unexpected content after the input object" + where());
  return true;
}

}  // namespace

IngestResult parse_sources_json(std::string_view json) {
  Reader r;
  r.json = json;
  size_t bad = 0;
  if (!is_valid_utf8(json, &bad)) {
    r.fail(ErrorCode::kInvalidUtf8, "invalid UTF-8 at byte " + std::to_string(bad) + " (" + line_column(json, bad) + ")");
    return r.result;
  }
  r.padded = simdjson::padded_string(json);
  od::parser parser;
  if (auto e = parser.iterate(r.padded).get(r.doc)) {
    r.fail(ErrorCode::kMalformedJson, std::string("malformed JSON: ") + simdjson::error_message(e));
    return r.result;
  }
  if (!r.read_root()) return r.result;
  if (Error e = validate_sources(r.result.sources)) {
    r.fail(e.code, e.message);
  }
  return r.result;
}

}  // namespace fc
