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
