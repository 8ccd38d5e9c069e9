// fact-compare: the command-line tool over the same analyze() the browser uses.
#include <iostream>
#include <string>
#include <vector>

#include "analyze.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    std::cout << fc::cli::usage();
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    std::cout << "fact-compare " << fc::version() << "\n";
    return 0;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  if (command == "compare") return fc::cli::run_compare(args);
  if (command == "dates") return fc::cli::run_dates(args);
  if (command == "quotes") return fc::cli::run_quotes(args);
  std::cerr << "fact-compare: unknown command \"" << command << "\"\n" << fc::cli::usage();
  return 2;
}
