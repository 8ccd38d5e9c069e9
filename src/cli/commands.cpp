#include "cli/commands.h"

#include <iostream>
#include <optional>

#include "analyze.h"
#include "cli/files.h"
#include "report/report_json.h"
#include "text/utf8.h"

namespace fc::cli {
namespace {

int fail(const std::string& message, int code = 1) {
  std::cerr << "fact-compare: " << message << "\n";
  return code;
}

// Reads one text argument (a file or "-"), checking UTF-8.
bool read_text(const std::vector<std::string>& files, std::string& text, int& code) {
  if (files.size() > 1) {
    code = fail("expected at most one FILE\n" + std::string(usage()), 2);
    return false;
  }
  const std::string path = files.empty() ? "-" : files[0];
  if (Error e = read_input(path, text)) {
    code = fail(e.message);
    return false;
  }
  size_t bad = 0;
  if (!is_valid_utf8(text, &bad)) {
    code = fail((path == "-" ? std::string("<stdin>") : path) + ": invalid UTF-8 at byte " + std::to_string(bad));
    return false;
  }
  return true;
}

}  // namespace

const char* usage() {
  return "usage:\n"
         "  fact-compare compare [--format json|text] [--no-single] FILE...\n"
         "      FILE: a story JSON {\"sources\":[...]} or a .txt source (optional first line: date YYYY-MM-DD); - = stdin JSON\n"
         "  fact-compare dates [--published YYYY-MM-DD] [FILE|-]\n"
         "  fact-compare quotes [FILE|-]\n"
         "  fact-compare --help | --version\n";
}

int run_compare(const std::vector<std::string>& args) {
  std::string format = "json";
  Options options;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--format" && i + 1 < args.size()) {
      format = args[++i];
    } else if (args[i].rfind("--format=", 0) == 0) {
      format = args[i].substr(9);
    } else if (args[i] == "--no-single") {
      options.include_single = false;
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return fail("unknown option " + args[i] + "\n" + usage(), 2);
    } else {
      files.push_back(args[i]);
    }
  }
  if (format != "json" && format != "text") return fail("--format must be json or text, not " + format, 2);
  if (files.empty()) return fail("compare needs at least one FILE\n" + std::string(usage()), 2);
  IngestResult in = load_sources(files);
  if (in.error) return fail(in.error.message);
  Report report = analyze(in.sources, options);
  report.warnings.insert(report.warnings.begin(), in.warnings.begin(), in.warnings.end());
  std::cout << (format == "json" ? report_to_json(report) : report_to_text(report));
  return 0;
}

int run_dates(const std::vector<std::string>& args) {
  std::optional<CivilDate> anchor;
  std::vector<std::string> files;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--published" && i + 1 < args.size()) {
      anchor = parse_iso_date(std::string_view(args[i + 1]).substr(0, 10));
      if (!anchor || args[i + 1].size() < 10) return fail("--published: \"" + args[i + 1] + "\" is not YYYY-MM-DD", 2);
      ++i;
    } else if (args[i] != "-" && args[i].size() > 1 && args[i][0] == '-') {
      return fail("unknown option " + args[i] + "\n" + usage(), 2);
    } else {
      files.push_back(args[i]);
    }
  }
  std::string text;
  int code = 0;
  if (!read_text(files, text, code)) return code;
  std::cout << timexes_to_json(text, tag_dates(text, anchor));
  return 0;
}

int run_quotes(const std::vector<std::string>& args) {
  for (const std::string& a : args) {
    if (a != "-" && a.size() > 1 && a[0] == '-') return fail("unknown option " + a + "\n" + usage(), 2);
  }
  std::string text;
  int code = 0;
  if (!read_text(args, text, code)) return code;
  std::cout << quotes_to_json(text, extract_quotes(text));
  return 0;
}

}  // namespace fc::cli
