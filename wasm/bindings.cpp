// The only file that touches Emscripten: Embind exports over the same core the CLI uses.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "analyze.h"
#include "ingest/ingest.h"
#include "report/report_json.h"
#include "text/utf8.h"

namespace {

using emscripten::val;

// Results cross into JS as {value} or {error, code}; wasm/pre.js turns errors into thrown JS Errors,
// because throwing from C++ through Embind would need exception support and leak the wasm stack.
val ok(const std::string& value) {
  // the engine's TextDecoder reads the bytes straight from wasm memory: Embind's own std::string conversion walks
  // every byte in JS, about a tenth of analyze() time in node for a big report
  static const val decoder = val::global("TextDecoder").new_();
  const auto* bytes = reinterpret_cast<const unsigned char*>(value.data());
  val out = val::object();
  out.set("value", decoder.call<val>("decode", val(emscripten::typed_memory_view(value.size(), bytes))));
  return out;
}

val error(const fc::Error& e) {
  val out = val::object();
  out.set("error", e.message);
  out.set("code", std::string(fc::error_name(e.code)));
  return out;
}

// analyze() of `size` bytes at `data`, which wasm/pre.js wrote into wasm memory with TextEncoder: Embind's
// std::string conversion walks the input twice in JS (length, then bytes), a few ms for a story of 200 sources.
val analyze_utf8(uintptr_t data, size_t size) {
  fc::IngestResult in = fc::parse_sources_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (in.error) return error(in.error);
  fc::Report report = fc::analyze(in.sources, fc::Options{});
  report.warnings.insert(report.warnings.begin(), in.warnings.begin(), in.warnings.end());
  return ok(fc::report_to_json(report));
}

val dates_raw(const std::string& text, const std::string& published) {
  size_t bad = 0;
  if (!fc::is_valid_utf8(text, &bad)) {
    return error({fc::ErrorCode::kInvalidUtf8, "text: invalid UTF-8 at byte " + std::to_string(bad)});
  }
  std::optional<fc::CivilDate> anchor;
  if (!published.empty()) {
    anchor = fc::is_valid_published(published) ? fc::parse_iso_date(published.substr(0, 10)) : std::nullopt;
    if (!anchor) return error({fc::ErrorCode::kBadPublished, "published: \"" + published + "\" is not YYYY-MM-DD"});
  }
  return ok(fc::timexes_to_json(text, fc::tag_dates(text, anchor)));
}

val quotes_raw(const std::string& text) {
  size_t bad = 0;
  if (!fc::is_valid_utf8(text, &bad)) {
    return error({fc::ErrorCode::kInvalidUtf8, "text: invalid UTF-8 at byte " + std::to_string(bad)});
  }
  return ok(fc::quotes_to_json(text, fc::extract_quotes(text)));
}

std::string version() { return fc::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(fact_compare) {
  emscripten::function("_analyzeUtf8", &analyze_utf8);
  emscripten::function("_datesRaw", &dates_raw);
  emscripten::function("_quotesRaw", &quotes_raw);
  emscripten::function("version", &version);
}
