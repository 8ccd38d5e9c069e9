// A lone dissent found by its sentence (join_aligned_dissents): one source counts with a kind of the others' noun,
// in a sentence that retells theirs, a value they state and it does not.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "align/align.h"
#include "extract/quotes.h"
#include "story_fixture.h"

namespace {

// Sources written "YYYY-MM-DD|text": the date becomes the source's publication day.
struct Dated {
  fctest::NumberSources inner;
  explicit Dated(const std::vector<std::string>& dated) : inner(texts(dated)) {
    for (size_t i = 0; i < dated.size(); ++i) {
      const std::string& d = dated[i];
      inner.findings[i].anchor = fc::CivilDate{std::stoi(d.substr(0, 4)), std::stoi(d.substr(5, 2)), std::stoi(d.substr(8, 2))};
      inner.findings[i].quotes = fc::extract_quotes(inner.src[i].text);
    }
  }
  static std::vector<std::string> texts(const std::vector<std::string>& dated) {
    std::vector<std::string> out;
    for (const std::string& d : dated) out.push_back(d.substr(11));
    return out;
  }
};

// Three sources agreeing on 64 of the crew, with the sentence of a fourth source appended.
std::vector<std::string> with_fourth(const std::string& fourth, size_t agreeing = 3) {
  std::vector<std::string> out = {
      "2026-04-02|The ferry Nordlys ran aground off Kesby with 64 crew on board, the coast guard said on Thursday.",
      "2026-04-02|The Nordlys ran aground near Kesby on Thursday with 64 sailors aboard.",
      "2026-04-02|Coast guard boats reached the stranded Nordlys and its 64 crew members off Kesby."};
  out.resize(agreeing);
  out.push_back(fourth);
  return out;
}

// The verdicts of the number facts holding `text`.
std::vector<std::string> verdicts_of(const std::vector<std::string>& dated, const std::string& text) {
  Dated s(dated);
  std::vector<std::string> out;
  for (const fc::Fact& f : fc::align_numbers(s.inner.findings)) {
    for (const fc::Mention& m : f.mentions) if (m.text == text) out.push_back(f.verdict);
  }
  return out;
}

}  // namespace

TEST_CASE("a lone count with a kind of the others' noun, in a matching sentence, dissents", "[align][numbers][dissent]") {
  Dated s(with_fourth("2026-04-03|All 71 fishermen on the Nordlys, which ran aground near Kesby, are safe, the owner said."));
  const std::vector<fc::Fact> facts = fc::align_numbers(s.inner.findings);
  const fc::Fact* hit = nullptr;
  for (const fc::Fact& f : facts) {
    for (const fc::Mention& m : f.mentions) if (m.text == "71 fishermen") hit = &f;
  }
  REQUIRE(hit);
  CHECK(hit->verdict == "conflict");
  CHECK(hit->mentions.size() == 4);
  CHECK(hit->why.find("states the others' value nowhere") != std::string::npos);
}

TEST_CASE("a lone count stays apart when the evidence is thin", "[align][numbers][dissent]") {
  // Its sentence tells of something else.
  CHECK(verdicts_of(with_fourth("2026-04-03|The union says 71 fishermen in the port of Kesby have joined the dock strike."),
                    "71 fishermen") == std::vector<std::string>{"single"});
  // Its source also states the others' value: the two may be two counts, or an update it explains.
  CHECK(verdicts_of(with_fourth("2026-04-03|All 71 fishermen on the Nordlys, which ran aground near Kesby, are safe, the "
                                "owner said. Its 64 crew had been checked."),
                    "71 fishermen") == std::vector<std::string>{"single"});
  // Only two sources agree.
  CHECK(verdicts_of(with_fourth("2026-04-03|All 71 fishermen on the Nordlys, which ran aground near Kesby, are safe, the "
                                "owner said.", 2),
                    "71 fishermen") == std::vector<std::string>{"single"});
  // Beyond a week it is another moment's count.
  CHECK(verdicts_of(with_fourth("2026-04-12|All 71 fishermen on the Nordlys, which ran aground near Kesby, are safe, the "
                                "owner said."),
                    "71 fishermen") == std::vector<std::string>{"single"});
}

TEST_CASE("a dissent from reports days apart is a conflict labelled unclear", "[align][numbers][dissent]") {
  Dated s(with_fourth("2026-04-05|All 71 fishermen on the Nordlys, which ran aground near Kesby, are safe, the owner said."));
  bool seen = false;
  for (const fc::Fact& f : fc::align_numbers(s.inner.findings)) {
    if (f.verdict != "conflict") continue;
    seen = true;
    CHECK(f.label.find("unclear") != std::string::npos);
  }
  CHECK(seen);
}

TEST_CASE("a speaker's own span of time never dissents from the others' count", "[align][numbers][dissent]") {
  const std::vector<std::string> three = {
      "2026-02-10|Velmor airport was closed for 38 hours after a blizzard buried its runways, officials said on "
      "Tuesday.",
      "2026-02-10|The airport at Velmor reopened on Tuesday after it was closed for 38 hours by heavy snow.",
      "2026-02-10|Heavy snow closed Velmor airport for 38 hours, the operator said on Tuesday, stranding travellers."};
  // In a quotation: a passenger's own wait, however well the sentence matches.
  std::vector<std::string> quoted = three;
  quoted.push_back("2026-02-10|\"We sat here for thirty hours at the airport with no news,\" said one passenger on "
                   "Tuesday.");
  CHECK(verdicts_of(quoted, "thirty hours") == std::vector<std::string>{"single"});
  // Told by the newsroom, but of another wait: a shared unit and place are no shared thing.
  std::vector<std::string> waited = three;
  waited.push_back("2026-02-10|Passengers sat at the airport for thirty hours with no news on Tuesday.");
  CHECK(verdicts_of(waited, "thirty hours") == std::vector<std::string>{"single"});
}
