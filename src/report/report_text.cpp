#include <string>

#include "report/report_json.h"

namespace fc {

std::string report_to_text(const Report& report) {
  std::string out;
  out += "fact-compare report: " + std::to_string(report.sources.size()) + " sources, " +
         std::to_string(report.facts.size()) + " facts\n";
  for (const ReportSource& s : report.sources) {
    out += "  source " + s.id + (s.outlet.empty() ? "" : " (" + s.outlet + ")") + " published " +
           (s.published.empty() ? "unknown" : s.published) + (s.published_inferred ? " (inferred)" : "") + "\n";
  }
  for (const Fact& f : report.facts) {
    out += "\n[" + f.verdict + "] " + f.kind + ": " + f.label + "\n";
    if (!f.why.empty()) out += "  why: " + f.why + "\n";
    for (const Mention& m : f.mentions) {
      out += "  - " + m.source + " \"" + m.text + "\"" + (m.value.empty() ? "" : " = " + m.value) + "  (" + m.rule + ")\n";
    }
    for (const std::string& flag : f.flags) out += "  ! " + flag + "\n";
  }
  for (const std::string& w : report.warnings) out += "\nwarning: " + w + "\n";
  return out;
}

}  // namespace fc
