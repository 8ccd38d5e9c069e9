// The report model: what analyze() returns and src/report serializes (schema fact-compare/report/1).
#pragma once
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace fc {

/// Where one source states a fact. Offsets are UTF-8 byte offsets here; the serializer converts them.
struct Mention {
  std::string source;  // source id
  std::string text;    // exact source text of [start, end)
  std::string value;   // normalized value ("2021-03-19", "2021-03-19|2021-03-22", quote text ...)
  size_t start = 0;
  size_t end = 0;
  std::string rule;  // id of the rule that produced the finding
  std::vector<std::pair<std::string, std::string>> extra;  // kind-specific string fields (e.g. "type": "DATE")
};

/// One rendering of a fact and the sources that use it.
struct Variant {
  std::string text;
  std::vector<std::string> sources;
};

/// One token-level edit between two renderings: '=' kept, '-' only in a, '+' only in b.
struct DiffOp {
  char op = '=';
  std::string text;
};

/// Word diff between the renderings of two sources, with meaning-changing differences named.
struct WordDiff {
  std::string a;  // source id
  std::string b;  // source id
  std::vector<DiffOp> ops;
  std::vector<std::string> flags;  // e.g. "unrelated word: unprecedented -> unpublished"
};

/// A fact compared across sources.
struct Fact {
  std::string id;       // "f1", ... in report order
  std::string kind;     // date | quote | number | entity | event
  std::string label;    // what a reader sees
  std::string verdict;  // agree | variant | conflict | single
  std::string why;      // short reason for the verdict
  std::vector<std::string> values;  // normalized values
  std::string speaker;  // quotes only; "" = unknown (serialized as null)
  std::vector<Mention> mentions;
  std::vector<Variant> variants;
  std::vector<WordDiff> diffs;
  std::vector<std::string> flags;  // meaning-changing differences, "unclear" markers ...
};

/// A source as reported: its id, fields, and whether its date was inferred.
struct ReportSource {
  std::string id, outlet, url, published, language, title;
  bool published_inferred = false;
  size_t text_utf16_length = 0;
};

/// The whole analysis result.
struct Report {
  std::vector<ReportSource> sources;
  std::vector<Fact> facts;
  std::vector<std::string> warnings;
};

}  // namespace fc
