// Whole-pipeline properties on generated stories: news-like sentences shared between sources with changed numbers,
// dates, quote marks and names, mixed with odd text (combining marks, bidi controls, emoji, control characters,
// runs of one character, very long words). Whatever the text, analyze() must finish, and its report must be
// well formed: evidence inside each source, verdicts that match the sources they name, valid UTF-8 everywhere,
// and the same report twice.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "analyze.h"
#include "report/report_json.h"
#include "text/utf8.h"

namespace {

/// A small deterministic generator (xorshift), the same on every platform and standard library.
struct Rng {
  uint64_t s;
  uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  size_t below(size_t n) { return static_cast<size_t>(next() % n); }
  bool chance(unsigned percent) { return below(100) < percent; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }
};

const std::vector<std::string> kNames = {"Maria Olsen", "Olsen", "Minister Olsen", "Ali Haddad", "Haddad",
                                         "Dr. Chen Wei", "Jan Petrov", "May Lindqvist", "Ivan Kova\xC4\x8D",
                                         "J\xC3\xBCrgen M\xC3\xBCller", "the mayor", "NATO", "the Harbour Authority",
                                         "the Ministry of Health", "Kremlin", "White House"};
const std::vector<std::string> kVerbs = {"said", "told reporters", "announced", "denied", "resigned",
                                         "was arrested", "met", "recalled its ambassador", "signed the deal",
                                         "rejected the offer", "called", "proposed talks", "was evacuated",
                                         "warned", "spoke by telephone"};
const std::vector<std::string> kDates = {"on Monday", "Tuesday", "yesterday", "last week", "on March 3",
                                         "3 March 2024", "2024-03-03", "Jan. 26", "earlier this year", "in 1989",
                                         "the 1990s", "next Friday", "tomorrow or, say, on Monday", "on 31 February",
                                         "on day 14", "9/11", "32 March", "in May", "this Tuesday", "at 3 a.m.",
                                         "on Thursday, 14 September", "two days later", "since 2009"};
const std::vector<std::string> kNumbers = {"214", "241", "2,300", "2.300", "1.5 km", "nearly 300", "hundreds of",
                                           "dozens of", "\xE2\x82\xAC" "4.6bn", "4.6 billion euros", "99.9%",
                                           "12 per cent", "three", "forty-two", "a third of", "-5", "1e9",
                                           "999999999999999999999999999", "0.0000001", "1,2,3", "10-12", "7,40",
                                           "$3 million", "six-metre", "No. 1", "4-2", "the 37-year-old"};
const std::vector<std::string> kNouns = {"people", "homes", "passengers", "jobs", "flights", "votes", "troops",
                                         "the talks", "the river", "the bank", "the fire", "the court", "workers",
                                         "ambassador", "sanctions", "an inquiry", "the ferry", "the vote"};
const std::vector<std::string> kOpen = {"\"", "\xE2\x80\x9C", "'", "\xE2\x80\x98", "\xC2\xAB", "\xE2\x80\x9E", ""};
const std::vector<std::string> kClose = {"\"", "\xE2\x80\x9D", "'", "\xE2\x80\x99", "\xC2\xBB", ""};
const std::vector<std::string> kOdd = {"\xCC\x81", "\xE2\x80\x8B", "\xE2\x80\x8F", "\xC2\xA0", "\xF0\x9F\x98\x80",
                                       "\xE2\x80\xA8", "\xCE\xA9", "\xC3\x9F", "\xC4\xB0", "\xEF\xBB\xBF", "\t", "\x01",
                                       "\r", "\n", "\n\n", " - ", "\xE2\x80\x94", "(", ")", "...", "?", "!", ";", ":"};

/// One news-like sentence: who did what, when, how many, sometimes with a quote.
std::string sentence(Rng& r) {
  std::string s = r.pick(kNames) + " " + r.pick(kVerbs);
  if (r.chance(60)) s += " " + r.pick(kDates);
  if (r.chance(60)) s += " after " + r.pick(kNumbers) + " " + r.pick(kNouns) + " were counted";
  if (r.chance(35)) {
    s += ", " + r.pick(kOpen) + "We will not " + r.pick(kVerbs) + " " + r.pick(kNouns) + r.pick(kClose);
    if (r.chance(50)) s += " " + r.pick(kNames) + " said";
  }
  return s + (r.chance(85) ? ". " : " ");
}

/// A retelling of one sentence: a changed number, date or name, odd characters, or the same words.
std::string retell(Rng& r, const std::string& s) {
  std::string out = s;
  const size_t what = r.below(5);
  const std::vector<std::string>& from = what == 0 ? kNumbers : what == 1 ? kDates : kNames;
  if (what <= 2) {
    for (const std::string& old : from) {
      const size_t at = out.find(old);
      if (at == std::string::npos) continue;
      out.replace(at, old.size(), r.pick(from));
      break;
    }
  } else if (what == 3) {
    out.insert(r.below(out.size() + 1), r.pick(kOdd));  // may split a UTF-8 sequence: repaired below
  }
  return out;
}

/// A pathological run: one character or word repeated, or a very long word.
std::string oddity(Rng& r) {
  switch (r.below(5)) {
    case 0: return std::string(1 + r.below(3000), "\"'.,-( "[r.below(7)]);
    case 1: { std::string s; for (size_t i = r.below(400); i > 0; --i) s += "said "; return s; }
    case 2: return std::string(1 + r.below(5000), 'x');
    case 3: { std::string s; for (size_t i = r.below(300); i > 0; --i) s += r.pick(kNumbers) + " "; return s; }
    default: { std::string s; for (size_t i = r.below(200); i > 0; --i) s += r.pick(kOdd); return s; }
  }
}

/// Replaces bytes of broken UTF-8 sequences by '?', as ingest would refuse them.
std::string repair(const std::string& s) {
  std::string out;
  for (size_t pos = 0; pos < s.size();) {
    const size_t start = pos;
    const char32_t cp = fc::next_code_point(s, pos);
    if (cp == 0xFFFD && !(pos - start == 3 && s.compare(start, 3, "\xEF\xBF\xBD") == 0)) out += '?';
    else out.append(s, start, pos - start);
  }
  return out;
}

std::vector<fc::Source> story(Rng& r) {
  std::vector<std::string> shared;
  for (size_t i = 4 + r.below(20); i > 0; --i) shared.push_back(sentence(r));
  std::vector<fc::Source> sources(1 + r.below(7));
  const std::vector<std::string> dates = {"", "2021-03-18", "2024-02-29", "2026-09-14T08:30Z", "1999-12-31"};
  for (size_t i = 0; i < sources.size(); ++i) {
    fc::Source& s = sources[i];
    s.id = "s" + std::to_string(i + 1);
    s.published = r.pick(dates);
    if (r.chance(30)) s.text = "VARRANO, " + r.pick(kDates) + " (Wire) - ";
    for (const std::string& line : shared) {
      if (r.chance(55)) s.text += r.chance(40) ? retell(r, line) : line;
      if (r.chance(10)) s.text += sentence(r);
    }
    if (r.chance(8)) s.text += oddity(r);
    s.text = repair(s.text);
    if (s.text.empty()) s.text = ".";
  }
  return sources;
}

const fc::Source* find_source(const std::vector<fc::Source>& sources, const std::string& id) {
  for (const fc::Source& s : sources)
    if (s.id == id) return &s;
  return nullptr;
}

/// Every fact's evidence lies inside a source of the story, and its verdict fits the sources it names.
void check_report(const std::vector<fc::Source>& sources, const fc::Report& report) {
  const std::set<std::string> kinds = {"date", "quote", "number", "entity", "event"};
  const std::set<std::string> verdicts = {"agree", "variant", "conflict", "single"};
  std::set<std::string> ids;
  for (const fc::Fact& f : report.facts) {
    INFO("fact " << f.id << " " << f.kind << " " << f.verdict << ": " << f.label);
    CHECK(ids.insert(f.id).second);
    CHECK(kinds.count(f.kind) == 1);
    CHECK(verdicts.count(f.verdict) == 1);
    CHECK(fc::is_valid_utf8(f.label));
    CHECK(fc::is_valid_utf8(f.why));
    CHECK(!f.label.empty());
    REQUIRE(!f.mentions.empty());
    std::set<std::string> named;
    for (const fc::Mention& m : f.mentions) {
      const fc::Source* s = find_source(sources, m.source);
      REQUIRE(s != nullptr);
      named.insert(m.source);
      CHECK(!m.rule.empty());
      CHECK(fc::is_valid_utf8(m.value));
      const fc::Utf16Offsets u16(s->text);
      REQUIRE(m.start <= m.end);
      REQUIRE(m.end <= u16.length());
      size_t found = std::string::npos;  // the mention's text sits where its UTF-16 offsets say
      for (size_t at = s->text.find(m.text); at != std::string::npos && found == std::string::npos;
           at = s->text.find(m.text, at + 1))
        if (u16(at) == m.start && u16(at + m.text.size()) == m.end) found = at;
      CHECK(found != std::string::npos);
    }
    if (f.verdict == "single") CHECK(named.size() == 1);
    else CHECK(named.size() >= 2);
  }
  for (const std::string& w : report.warnings) CHECK(fc::is_valid_utf8(w));
}

}  // namespace

TEST_CASE("generated stories with odd text give well-formed, repeatable reports", "[analyze][robustness]") {
  for (uint64_t seed = 1; seed <= 120; ++seed) {
    Rng r{seed * 0x9E3779B97F4A7C15ull};
    const std::vector<fc::Source> sources = story(r);
    INFO("seed " << seed);
    const fc::Report report = fc::analyze(sources, fc::Options{});
    REQUIRE(report.sources.size() == sources.size());
    check_report(sources, report);
    CHECK(fc::report_to_json(fc::analyze(sources, fc::Options{})) == fc::report_to_json(report));
  }
}
