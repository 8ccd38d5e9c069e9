#include "cli/files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace fc::cli {
namespace {

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string file_stem(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

}  // namespace

Error read_input(const std::string& path, std::string& out) {
  if (path == "-") {
    std::ostringstream buf;
    buf << std::cin.rdbuf();
    out = buf.str();
    return {};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return {ErrorCode::kIo, path + ": cannot open: " + std::strerror(errno)};
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) return {ErrorCode::kIo, path + ": read error"};
  return {};
}

IngestResult load_sources(const std::vector<std::string>& paths) {
  IngestResult all;
  for (const std::string& path : paths) {
    std::string content;
    if (Error e = read_input(path, content)) {
      all.error = e;
      return all;
    }
    IngestResult one = ends_with(path, ".txt") ? source_from_txt(file_stem(path), path, content)
                                               : parse_sources_json(content);
    if (one.error) {
      all.error = one.error;
      if (!ends_with(path, ".txt")) all.error.message = (path == "-" ? "<stdin>" : path) + ": " + one.error.message;
      return all;
    }
    for (Source& s : one.sources) all.sources.push_back(std::move(s));
    for (std::string& w : one.warnings) all.warnings.push_back((path == "-" ? "<stdin>" : path) + ": " + w);
  }
  if (Error e = validate_sources(all.sources)) all.error = e;
  return all;
}

}  // namespace fc::cli
