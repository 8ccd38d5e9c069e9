#include <catch2/catch.hpp>

#include "report/json_writer.h"

TEST_CASE("JSON strings escape what JSON and JavaScript need", "[report]") {
  std::string out;
  fc::append_json_string(out, std::string("a\"b\\c\n\x01\x7f \xE2\x80\xA8 </script>", 22));
  CHECK(out == "\"a\\\"b\\\\c\\n\\u0001\\u007f \\u2028 </script>\"");
}

TEST_CASE("the writer nests containers with one fixed layout", "[report]") {
  fc::JsonWriter w;
  w.begin_object();
  w.field("k", "v");
  w.key("list");
  w.begin_array();
  w.number(1);
  w.boolean(false);
  w.null();
  w.end_array();
  w.key("empty");
  w.begin_object();
  w.end_object();
  w.end_object();
  CHECK(w.str() == "{\n  \"k\": \"v\",\n  \"list\": [\n    1,\n    false,\n    null\n  ],\n  \"empty\": {}\n}");
}

TEST_CASE("long plain runs, escapes between them and deep nesting keep the layout", "[report]") {
  std::string out;
  const std::string plain = "0123456789abcdef 0123456789 caf\xC3\xA9 \xF0\x9F\x98\x80";
  fc::append_json_string(out, plain + "\"" + plain + "\t\xE2\x80\xA9" + plain + "\xE2\x80\x94");
  CHECK(out == "\"" + plain + "\\\"" + plain + "\\t\\u2029" + plain + "\xE2\x80\x94\"");
  fc::JsonWriter w;
  std::string want;
  for (int d = 0; d < 40; ++d) {
    w.begin_array();
    want += (d ? "\n" + std::string(2 * d, ' ') : "") + "[";
  }
  w.number(7);
  want += "\n" + std::string(80, ' ') + "7";
  for (int d = 39; d >= 0; --d) {
    w.end_array();
    want += "\n" + std::string(2 * d, ' ') + "]";
  }
  CHECK(w.str() == want);
}
