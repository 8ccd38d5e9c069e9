#include "report/report_json.h"

#include "analyze.h"
#include "report/json_writer.h"
#include "text/utf8.h"

namespace fc {
namespace {

void write_string_list(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
  w.key(key);
  w.begin_array();
  for (const std::string& s : items) w.string(s);
  w.end_array();
}

void write_source(JsonWriter& w, const ReportSource& s) {
  w.begin_object();
  w.field("id", s.id);
  w.field("outlet", s.outlet);
  w.field("url", s.url);
  w.key("published");
  if (s.published.empty()) w.null(); else w.string(s.published);
  w.key("published_inferred");
  w.boolean(s.published_inferred);
  w.field("language", s.language);
  w.field("title", s.title);
  w.key("text_length");
  w.number(s.text_utf16_length);
  w.end_object();
}

void write_mention(JsonWriter& w, const Mention& m) {
  w.begin_object();
  w.field("source", m.source);
  w.field("text", m.text);
  w.field("value", m.value);
  w.key("start");
  w.number(m.start);
  w.key("end");
  w.number(m.end);
  w.field("rule", m.rule);
  for (const auto& [k, v] : m.extra) w.field(k, v);
  w.end_object();
}

void write_diff(JsonWriter& w, const WordDiff& d) {
  w.begin_object();
  w.field("a", d.a);
  w.field("b", d.b);
  w.key("ops");
  w.begin_array();
  for (const DiffOp& op : d.ops) {
    w.begin_object();
    w.field("op", std::string_view(&op.op, 1));
    w.field("text", op.text);
    w.end_object();
  }
  w.end_array();
  write_string_list(w, "flags", d.flags);
  w.end_object();
}

void write_fact(JsonWriter& w, const Fact& f) {
  w.begin_object();
  w.field("id", f.id);
  w.field("kind", f.kind);
  w.field("label", f.label);
  w.field("verdict", f.verdict);
  w.field("why", f.why);
  write_string_list(w, "values", f.values);
  if (f.kind == "quote") {
    w.key("speaker");
    if (f.speaker.empty()) w.null(); else w.string(f.speaker);
  }
  w.key("mentions");
  w.begin_array();
  for (const Mention& m : f.mentions) write_mention(w, m);
  w.end_array();
  w.key("variants");
  w.begin_array();
  for (const Variant& v : f.variants) {
    w.begin_object();
    w.field("text", v.text);
    write_string_list(w, "sources", v.sources);
    w.end_object();
  }
  w.end_array();
  w.key("diffs");
  w.begin_array();
  for (const WordDiff& d : f.diffs) write_diff(w, d);
  w.end_array();
  write_string_list(w, "flags", f.flags);
  w.end_object();
}

void write_summary(JsonWriter& w, const Report& r) {
  size_t counts[4] = {0, 0, 0, 0};
  static const char* kVerdicts[] = {"agree", "variant", "conflict", "single"};
  for (const Fact& f : r.facts) {
    for (int i = 0; i < 4; ++i) {
      if (f.verdict == kVerdicts[i]) ++counts[i];
    }
  }
  w.key("summary");
  w.begin_object();
  w.key("facts");
  w.number(r.facts.size());
  for (int i = 0; i < 4; ++i) {
    w.key(kVerdicts[i]);
    w.number(counts[i]);
  }
  w.end_object();
}

// About how long the report's JSON is, layout and field names included, a little over rather than under, so the
// text is allocated once: each byte reserved is also zeroed (and, natively, a page faulted in) before it is written.
// The constants are the bytes of layout around each item at its indentation (reports come out 9-22% under it).
size_t estimated_size(const Report& r) {
  size_t n = 1024 + 512 * r.sources.size();
  for (const Fact& f : r.facts) {
    n += 280 + f.label.size() + f.why.size() + 24 * f.flags.size() + 160 * f.diffs.size();
    for (const std::string& v : f.values) n += 12 + v.size();
    for (const Mention& m : f.mentions) {
      n += 168 + m.source.size() + m.text.size() + m.value.size() + m.rule.size() + 40 * m.extra.size();
    }
    for (const WordDiff& d : f.diffs) n += 112 * d.ops.size() + 64 * d.flags.size();
    for (const Variant& v : f.variants) n += 96 + v.text.size() + 24 * v.sources.size();
  }
  return n;  // the layout constants leave room for escapes (a quote mark inside a text takes two bytes)
}

}  // namespace

std::string report_to_json(const Report& report) {
  JsonWriter w;
  w.reserve(estimated_size(report));
  w.begin_object();
  w.field("schema", kReportSchema);
  w.field("version", version());
  w.key("sources");
  w.begin_array();
  for (const ReportSource& s : report.sources) write_source(w, s);
  w.end_array();
  w.key("facts");
  w.begin_array();
  for (const Fact& f : report.facts) write_fact(w, f);
  w.end_array();
  write_summary(w, report);
  write_string_list(w, "warnings", report.warnings);
  w.end_object();
  std::string out = w.take();
  out.push_back('\n');
  return out;
}

std::string timexes_to_json(std::string_view text, const std::vector<Timex>& found) {
  const Utf16Offsets u16(text);
  JsonWriter w;
  w.begin_array();
  for (const Timex& t : found) {
    w.begin_object();
    w.key("start");
    w.number(u16(t.start));
    w.key("end");
    w.number(u16(t.end));
    w.field("text", t.text);
    w.field("type", t.type);
    w.field("value", t.value);
    w.field("rule", t.rule);
    w.end_object();
  }
  w.end_array();
  std::string out = w.take();
  out.push_back('\n');
  return out;
}

std::string quotes_to_json(std::string_view text, const std::vector<Quote>& found) {
  const Utf16Offsets u16(text);
  JsonWriter w;
  w.begin_array();
  for (const Quote& q : found) {
    w.begin_object();
    w.key("start");
    w.number(u16(q.start));
    w.key("end");
    w.number(u16(q.end));
    w.field("text", q.text);
    w.key("speaker");
    if (q.speaker.empty()) w.null(); else w.string(q.speaker);
    w.key("speaker_start");
    if (q.speaker.empty()) w.null(); else w.number(u16(q.speaker_start));
    w.key("speaker_end");
    if (q.speaker.empty()) w.null(); else w.number(u16(q.speaker_end));
    w.field("kind", q.kind);
    w.field("rule", q.rule);
    w.end_object();
  }
  w.end_array();
  std::string out = w.take();
  out.push_back('\n');
  return out;
}

}  // namespace fc
