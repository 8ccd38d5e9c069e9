// The CLI's subcommands; each returns the process exit code.
#pragma once
#include <string>
#include <vector>

namespace fc::cli {

/// `compare [--format json|text] [--no-single] FILE...`
int run_compare(const std::vector<std::string>& args);
/// `dates [--published YYYY-MM-DD] [FILE|-]`
int run_dates(const std::vector<std::string>& args);
/// `quotes [FILE|-]`
int run_quotes(const std::vector<std::string>& args);
/// Usage text.
const char* usage();

}  // namespace fc::cli
