// Temporal tagger: every rule row's example fires its rule, reporters' weekday usage, reference shifts, odd input.
#include <catch2/catch.hpp>

#include <string>

#include "extract/dates.h"
#include "rules/rules.h"

namespace {

const fc::CivilDate kThursday{2021, 3, 18};

std::vector<fc::Timex> tag(const std::string& text, std::optional<fc::CivilDate> dct = kThursday) {
  return fc::tag_dates(text, dct);
}

const fc::Timex* find(const std::vector<fc::Timex>& found, const std::string& text) {
  for (const fc::Timex& t : found) {
    if (t.text == text) return &t;
  }
  return nullptr;
}

std::string value_of(const std::string& sentence, const std::string& text, std::optional<fc::CivilDate> dct = kThursday) {
  const auto found = tag(sentence, dct);
  const fc::Timex* t = find(found, text);
  return t ? t->value : "<not tagged>";
}

}  // namespace

TEST_CASE("every pattern row's example fires its own rule", "[dates]") {
  const auto rows = fc::rule_rows("en/dates_patterns.tsv");
  REQUIRE(rows.size() > 50);
  for (const fc::RuleRow& r : rows) {
    REQUIRE(r.fields.size() == 6);
    const std::string id(r.fields[0]), norm(r.fields[2]), example(r.fields[5]);
    INFO("dates_patterns.tsv:" << r.line << " " << id << " example: " << example);
    const auto found = tag(example);
    if (norm == "skip") {
      CHECK(found.empty());  // the row exists to keep its example from being tagged
      continue;
    }
    bool fired = false;
    for (const fc::Timex& t : found) fired = fired || t.rule == id;
    CHECK(fired);
  }
}

TEST_CASE("every vocabulary row's example is tagged over one of its words", "[dates]") {
  for (const char* table : {"en/dates_months.tsv", "en/dates_weekdays.tsv", "en/dates_numbers.tsv",
                            "en/dates_units.tsv", "en/dates_holidays.tsv", "en/dates_words.tsv"}) {
    const auto rows = fc::rule_rows(table);
    REQUIRE(rows.size() > 5);
    for (const fc::RuleRow& r : rows) {
      const bool words_table = std::string(table) == "en/dates_words.tsv";
      const std::string cls = words_table ? std::string(r.fields[1]) : "";
      const std::string example(r.fields.back());
      INFO(table << ":" << r.line << " " << r.fields[0] << " example: " << example);
      const auto found = tag(example);
      if (cls == "NOTYEAR" || cls == "NAMEDDAY" || cls == "NOTYEARBEFORE") {
        CHECK(found.empty());  // these rows stop a tag
        continue;
      }
      REQUIRE_FALSE(found.empty());
      std::string covered;
      for (const fc::Timex& t : found) covered += " " + t.text + " ";
      std::string lowered;
      for (char c : covered) lowered += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      bool hit = cls == "MONTHCTX";  // context words sit outside the span by design
      const std::string words(r.fields[words_table ? 2 : 1]);
      size_t pos = 0;
      while (pos <= words.size()) {
        size_t bar = words.find('|', pos);
        if (bar == std::string::npos) bar = words.size();
        const std::string w = words.substr(pos, bar - pos);
        if (!w.empty() && lowered.find(w) != std::string::npos) hit = true;
        pos = bar + 1;
      }
      CHECK(hit);
    }
  }
}

TEST_CASE("every tense cue's example points the weekday the cue's way", "[dates]") {
  for (const fc::RuleRow& r : fc::rule_rows("en/dates_tense.tsv")) {
    const std::string example(r.fields[4]), orient(r.fields[2]);
    INFO("dates_tense.tsv:" << r.line << " " << r.fields[0] << " example: " << example);
    const fc::CivilDate sunday{2021, 3, 21};  // no example names a Sunday, so none falls on the anchor itself
    const auto found = tag(example, sunday);
    REQUIRE(found.size() == 1);
    const auto day = fc::parse_iso_date(found[0].value);
    REQUIRE(day);
    if (orient == "past") CHECK(*day < sunday);
    if (orient == "future") CHECK(sunday < *day);
  }
}

TEST_CASE("the tables load without malformed rows", "[dates]") {
  for (const char* t : {"en/dates_patterns.tsv", "en/dates_words.tsv", "en/dates_tense.tsv"}) {
    INFO(t);
    CHECK_FALSE(fc::rule_file(t).empty());
  }
}

TEST_CASE("weekdays as reporters use them", "[dates]") {
  // Dated Thursday 2021-03-18, a past-tense report.
  CHECK(value_of("The minister said on Thursday the plan was dead.", "Thursday") == "2021-03-18");
  CHECK(value_of("The minister said on Wednesday the plan was dead.", "Wednesday") == "2021-03-17");
  CHECK(value_of("The minister will be in Georgia on Friday.", "Friday") == "2021-03-19");
  CHECK(value_of("The minister will be in Georgia on Thursday.", "Thursday") == "2021-03-18");
  CHECK(value_of("Officials arrested him last Friday.", "last Friday") == "2021-03-12");
  CHECK(value_of("The court sits next Monday.", "next Monday") == "2021-03-22");
  // With no tense cue, a weekday four days back or three ahead is the past one: news reports what happened.
  CHECK(value_of("Heavy snow across the northern valleys on Sunday.", "Sunday") == "2021-03-14");
  CHECK(value_of("Heavy snow across the northern valleys on Saturday.", "Saturday") == "2021-03-20");
  // A period said to start on a day, under a past verb, still starts on the coming one.
  CHECK(value_of("The council declared a week of mourning starting on Monday.", "Monday") == "2021-03-22");
  // "the last days", "the coming weeks": a plural unit without a count is no single day or week.
  CHECK(value_of("Water levels rose in the last days.", "the last days") == "PAST_REF");
  CHECK(value_of("Talks resume in the coming weeks.", "the coming weeks") == "FUTURE_REF");
  // A dateline in translated copy: "14 of March".
  CHECK(value_of("TIRSA, 14 of March (Agency) - The strike ended.", "14 of March") == "2021-03-14");
  // A disjunction keeps both values, joined for `value`.
  const auto found = tag("He proposed talks on Friday or Monday.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].values == std::vector<std::string>{"2021-03-19", "2021-03-22"});
  CHECK(found[0].value == "2021-03-19|2021-03-22");
  CHECK(found[0].rule == "x_or");
}

TEST_CASE("the reference time moves to an earlier day of the sentence", "[dates]") {
  // Dated Friday: the proposal was made on Thursday, for a show on the following Friday or Monday.
  const fc::CivilDate friday{2021, 3, 19};
  CHECK(value_of("The idea, floated late Thursday, was a chat to be aired on Friday or Monday.", "Friday or Monday",
                 friday) == "2021-03-19|2021-03-22");
  CHECK(value_of("On March 10 the envoy left, and the talks collapsed the next day.", "the next day") == "2021-03-11");
  // With no day named just before, "the next day" is placed (past) but not dated.
  CHECK(value_of("The talks collapsed the next day.", "the next day") == "PAST_REF");
  // "the next morning" steps on from the day the story tells, as "the next day" does; "next morning" is tomorrow's
  CHECK(value_of("The barge sank on Monday. Divers found the wreck the next morning.", "next morning") ==
        "2021-03-16TMO");
  CHECK(value_of("The talks collapsed the next morning.", "next morning") == "PAST_REF");  // no day: undated
  CHECK(value_of("Divers will go down again next morning.", "next morning") == "2021-03-19TMO");
}

TEST_CASE("a clause opened by 'that' after the day says nothing about the day's tense", "[dates]") {
  // dated Thursday: the announcing was on Wednesday, the mill closes later
  CHECK(value_of("The firm is cutting costs, announcing on Wednesday that the Dorne mill will close.", "Wednesday") ==
        "2021-03-17");
  CHECK(value_of("The firm will announce on Wednesday how many jobs go.", "Wednesday") == "2021-03-24");
}

TEST_CASE("a month-day date is not eaten by a following duration", "[dates]") {
  const auto found = tag("They last spoke on Jan. 26 days after the inauguration.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "Jan. 26");
  CHECK(found[0].value == "2021-01-26");
}

TEST_CASE("without an anchor relative expressions keep placeholders", "[dates]") {
  CHECK(value_of("The mayor spoke on Friday.", "Friday", std::nullopt) == "XXXX-WXX-5");
  CHECK(value_of("The vote is tomorrow.", "tomorrow", std::nullopt) == "FUTURE_REF");
  CHECK(value_of("The vote was on March 3.", "March 3", std::nullopt) == "XXXX-03-03");
  CHECK(value_of("The vote was on March 3, 2020.", "March 3, 2020", std::nullopt) == "2020-03-03");
}

TEST_CASE("offsets are byte offsets into the untouched text", "[dates]") {
  const std::string text = "\xE2\x80\x9C" "Caf\xC3\xA9 owners\xE2\x80\x9D said on Thursday \xE2\x80\x93 not Friday.";
  for (const fc::Timex& t : tag(text)) {
    CHECK(text.substr(t.start, t.end - t.start) == t.text);
  }
  CHECK(find(tag(text), "Thursday") != nullptr);
}

TEST_CASE("dates: odd input never crashes or hangs", "[dates]") {
  CHECK(tag("").empty());
  CHECK(tag("\x01\x02\x7f\xff\xfe").empty());
  CHECK(tag(std::string(1, '\0') + "on Monday").size() == 1);
  CHECK_NOTHROW(tag("'''''' ((((( ::::: ///// ----- 12:99 99/99/9999 0000-00-00 3/ /4 ' '9"));
  std::string big;
  for (int i = 0; i < 4000; ++i) big += "On Monday, 3 May 2021, he said two years ago. ";
  const auto found = tag(big);
  CHECK(found.size() >= 4000);
  CHECK(fc::tag_dates(big, std::nullopt).size() == found.size());
}

TEST_CASE("publication date from a dateline", "[dates][infer]") {
  auto d = fc::infer_published("Headline here\nBy Staff\nMARCH 18, 2021 22:14\nThe minister said on Thursday...");
  REQUIRE(d);
  CHECK(d->date == fc::CivilDate{2021, 3, 18});
  CHECK(d->year_known);
  CHECK(d->how.find("MARCH 18, 2021") != std::string::npos);
}

TEST_CASE("publication day from an agency dateline, year left to the caller", "[dates][infer]") {
  auto d = fc::infer_published("VALDORIA, May 16 (Harbor Wire) - Dock workers walked out on Wednesday.");
  REQUIRE(d);
  CHECK_FALSE(d->year_known);
  CHECK(d->date.month == 5);
  CHECK(d->date.day == 16);
  CHECK(d->how.find("agency dateline") == 0);
}

TEST_CASE("a place, a yearless date and a dash open the text: a dateline, whatever the dash", "[dates][infer]") {
  const std::vector<std::string> lines = {
      "OSLAND, March 9 \xE2\x80\x93 The harbour board met on Monday.",
      "Port Vell, 9 March \xE2\x80\x94 The harbour board met on Monday.",
      "OSLAND, March 9 (Coast Wire) -- The harbour board met on Monday.",
      "## OSLAND, March 9 - The harbour board met on Monday."};
  for (const std::string& t : lines) {
    auto d = fc::infer_published(t);
    REQUIRE(d);
    CHECK_FALSE(d->year_known);
    CHECK(d->date.month == 3);
    CHECK(d->date.day == 9);
    CHECK(d->how.find("dateline") != std::string::npos);
  }
  const size_t at = lines[0].find("March 9");
  CHECK(fc::is_dateline(lines[0], at, at + 7));
}

TEST_CASE("a dateline's place may name its region: 'OSLAND, Vessmark, March 9 -'", "[dates][infer]") {
  const std::string t = "OSLAND, Vessmark, March 9 (Coast Wire) - The harbour board met on Monday.";
  const size_t at = t.find("March 9");
  CHECK(fc::is_dateline(t, at, at + 7));
  auto d = fc::infer_published(t);
  REQUIRE(d);
  CHECK(d->date.day == 9);
  // two commas of running text are no place and region
  const std::string u = "Osland, Vessmark, and Tull, March 9 - all voted.";
  const size_t bt = u.find("March 9");
  CHECK_FALSE(fc::is_dateline(u, bt, bt + 7));
}

TEST_CASE("a date after a comma in running text is no dateline", "[dates][infer]") {
  const std::string t = "Officials in Osland said the board met, March 9 - the day before the vote.";
  const size_t at = t.find("March 9");
  CHECK_FALSE(fc::is_dateline(t, at, at + 7));
  const std::string u = "The board, in the end, met on March 9 - a Monday.";
  const size_t bt = u.find("March 9");
  CHECK_FALSE(fc::is_dateline(u, bt, bt + 7));
  CHECK_FALSE(fc::infer_published("In Osland, March 9 passed quietly."));
}

TEST_CASE("publication date from the latest reported saying", "[dates][infer]") {
  auto d = fc::infer_published(
      "A spokesman said on March 19 that the offer stood. The leader had spoken on March 18, 2021, and an aide "
      "said on March 17, 2021 that no reply came.");
  REQUIRE(d);
  CHECK(d->year_known);
  CHECK(d->date == fc::CivilDate{2021, 3, 17});  // the only saying with a known year wins over a yearless one
  auto y = fc::infer_published("A spokesman said on March 19 that the offer stood. An aide said on March 12 it did not.");
  REQUIRE(y);
  CHECK_FALSE(y->year_known);
  CHECK(y->date.month == 3);
  CHECK(y->date.day == 19);
  CHECK(y->how.find("March 19") != std::string::npos);
}

TEST_CASE("no publication date when the text gives none", "[dates][infer]") {
  CHECK_FALSE(fc::infer_published("The minister spoke by phone on Jan. 26 with his counterpart."));
  CHECK_FALSE(fc::infer_published(""));
}

TEST_CASE("a prepared text tags and infers the same as the text itself, under any anchor", "[dates][prepared]") {
  const std::vector<std::string> texts = {
      "VALDORIA, May 16 (Harbor Wire) - Dock workers walked out on Wednesday and talks resume Friday or Monday.",
      "A spokesman said on March 19 that the offer stood. The next day, two weeks ago, at 10 a.m. it changed.",
      "Headline\nMARCH 18, 2021 22:14\nThe minister said on Thursday he would travel in the spring of 2022.", ""};
  for (const std::string& t : texts) {
    const fc::PreparedDates p = fc::prepare_dates(t);
    REQUIRE(static_cast<bool>(p));
    for (const std::optional<fc::CivilDate>& dct : {std::optional<fc::CivilDate>(), std::optional(kThursday)}) {
      const auto a = fc::tag_dates(t, dct), b = fc::tag_dates(p, dct);
      REQUIRE(a.size() == b.size());
      for (size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].start == b[i].start);
        CHECK(a[i].end == b[i].end);
        CHECK(a[i].value == b[i].value);
        CHECK(a[i].type == b[i].type);
        CHECK(a[i].rule == b[i].rule);
      }
    }
    const auto x = fc::infer_published(t), y = fc::infer_published(p);
    REQUIRE(static_cast<bool>(x) == static_cast<bool>(y));
    if (x) CHECK(x->how == y->how);
  }
  CHECK(fc::tag_dates(fc::PreparedDates(), kThursday).empty());
  CHECK_FALSE(fc::infer_published(fc::PreparedDates()));
}

TEST_CASE("a day declared to be a day of something is the coming one, whatever the verb's tense", "[dates][tense]") {
  CHECK(value_of("The council has declared Saturday a day of remembrance for the flood victims.", "Saturday") ==
        "2021-03-20");
  CHECK(value_of("The mayor named Monday as a public holiday for the festival.", "Monday") == "2021-03-22");
  CHECK(value_of("The council met on Saturday, a day after the flood.", "Saturday") == "2021-03-13");
}

TEST_CASE("a bare clock time takes the day named in the sentence before", "[dates][time]") {
  const auto found = tag("The ferry left the harbour late on Tuesday. It sank shortly after 11 p.m. near the cape.");
  const fc::Timex* t = find(found, "11 p.m.");
  REQUIRE(t);
  CHECK(t->value == "2021-03-16T23:00");
  const auto alone = tag("The ferry left the harbour. It sank shortly after 11 p.m. near the cape.");
  const fc::Timex* u = find(alone, "11 p.m.");
  REQUIRE(u);
  CHECK(u->value == "2021-03-18T23:00");
}

TEST_CASE("a day up to three weeks past the anchor keeps its year whatever the verb's tense", "[dates]") {
  // kThursday is 2021-03-18: the meeting is two days ahead though the sentence is in the past tense.
  CHECK(value_of("The ministry announced a meeting with the unions on 20 March.", "20 March") == "2021-03-20");
  CHECK(value_of("The court said it ruled on March 2.", "March 2") == "2021-03-02");
  // Far from the anchor, the tense still decides: a past event in October is last year's October.
  CHECK(value_of("The ministry announced the cuts on October 12.", "October 12") == "2020-10-12");
}

TEST_CASE("a capitalized May is the month, not the modal, and 'held' is a past cue", "[dates]") {
  const fc::CivilDate june{2024, 6, 13};
  // The month named before a second month must not make it a future one.
  CHECK(value_of("Bread prices climbed in May from a lower rate in April.", "April", june) == "2024-04");
  CHECK(value_of("Fuel may cost more in April.", "April", june) == "2025-04");  // the modal still looks ahead
  // "ahead of" after the date says nothing of its tense; the participle before it does.
  CHECK(value_of("The vote, held on May 30, left the mayor ahead of his rival.", "May 30", june) == "2024-05-30");
  CHECK(value_of("The vote will be held on July 30.", "July 30", june) == "2024-07-30");
}

TEST_CASE("a time with seconds is a clock time only beside 'at', a zone or a.m./p.m.", "[dates][time]") {
  // Race results and records: durations, not moments of the race day.
  CHECK(value_of("The cyclist finished in 3:12:45 on Sunday.", "3:12:45") == "<not tagged>");
  CHECK(value_of("Her winning time of 2:21:08 beat the field.", "2:21:08") == "<not tagged>");
  CHECK(value_of("He clocked 1:05:30, a course record.", "1:05:30") == "<not tagged>");
  // Real clock times keep their seconds' sign.
  CHECK(value_of("The alarm sounded at 08:30:15 GMT.", "08:30:15 GMT") == "2021-03-18T08:30Z");
  CHECK(value_of("The alarm sounded 8:30:15 p.m. local time.", "8:30:15 p.m.") == "2021-03-18T20:30");
  CHECK(value_of("The alarm sounded at 08:30:15.", "08:30:15") == "2021-03-18T08:30");
  CHECK(value_of("The shop opened at 7:45 on Monday.", "7:45") != "<not tagged>");
}
