#include "ingest/ingest.h"
#include "text/utf8.h"

namespace fc {

IngestResult source_from_txt(std::string_view stem, std::string_view name, std::string_view content) {
  IngestResult r;
  size_t bad = 0;
  if (!is_valid_utf8(content, &bad)) {
    r.error = {ErrorCode::kInvalidUtf8, std::string(name) + ": invalid UTF-8 at byte " + std::to_string(bad) + " (" +
                                            line_column(content, bad) + ")"};
    return r;
  }
  Source src;
  src.id = std::string(stem);
  size_t pos = 0;
  while (pos < content.size() && (content[pos] == ' ' || content[pos] == '\t' || content[pos] == '\n' ||
                                  content[pos] == '\r')) {
    ++pos;
  }
  // A leading "date YYYY-MM-DD" gives the publication date; the text is what follows it and its whitespace.
  if (content.substr(pos, 5) == "date ") {
    std::string_view rest = content.substr(pos + 5);
    size_t len = 0;
    while (len < rest.size() && rest[len] != ' ' && rest[len] != '\t' && rest[len] != '\n' && rest[len] != '\r') ++len;
    const std::string_view value = rest.substr(0, len);
    if (!is_valid_published(value)) {
      r.error = {ErrorCode::kBadPublished, std::string(name) + ": line 1: \"date " + std::string(value) +
                                               "\" is not a date of the form YYYY-MM-DD"};
      return r;
    }
    src.published = std::string(value);
    pos += 5 + len;
    while (pos < content.size() && (content[pos] == ' ' || content[pos] == '\t' || content[pos] == '\n' ||
                                    content[pos] == '\r')) {
      ++pos;
    }
    src.text = std::string(content.substr(pos));
  } else {
    src.text = std::string(content);
  }
  r.sources.push_back(std::move(src));
  return r;
}

}  // namespace fc
