// Date alignment on thin word overlap: event classes, shared participants, a year's neighbours, glued times.
#include <catch2/catch.hpp>

#include <string>

#include "align/align.h"
#include "align/context.h"
#include "align/dates_align_items.h"
#include "date_fixture.h"

namespace {

using Story = fctest::DateStory;


using fctest::fact_of;

// Padding sentences with other days, so each story has several date items as news does.
const char* kOther = " Schools stayed shut on Tuesday. A relief concert is planned for Saturday.";
const std::vector<std::pair<std::string, std::string>> kOtherDates = {{"Tuesday", "2021-03-16"},
                                                                      {"Saturday", "2021-03-20"}};

std::vector<std::pair<std::string, std::string>> with_other(std::pair<std::string, std::string> d) {
  std::vector<std::pair<std::string, std::string>> out = kOtherDates;
  out.insert(out.begin(), std::move(d));
  return out;
}

}  // namespace

// The name sits more than ten words from the date, outside the words compared around it.
std::vector<fc::Fact> rain_story(const std::string& who_b) {
  Story s;
  s.add("a", std::string("Rain set in, according to the Alpine Weather Office, which keeps gauges on every slope and "
                         "publishes hourly readings, on Monday.") + kOther, with_other({"Monday", "2021-03-15"}));
  s.add("b", std::string("The heavy rainfall started on 15 March across the ridge and the lower farms on both banks "
                         "of the river, " + who_b + " told a briefing.") + kOther,
        with_other({"15 March", "2021-03-15"}));
  s.add("c", std::string("Downpours followed the storm.") + kOther, kOtherDates);
  return fc::align_dates(s.findings);
}

TEST_CASE("one event worded apart joins on a shared class and a shared rare name, not on the class alone",
          "[align][dates]") {
  const auto same = rain_story("the Alpine Weather Office");
  const fc::Fact* f = fact_of(same, "a", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
  const auto other = rain_story("a farmer");
  const fc::Fact* g = fact_of(other, "a", "Monday");
  REQUIRE(g);
  CHECK(g->mentions.size() == 1);
}

TEST_CASE("two events on one day named with no shared class or participant stay apart", "[align][dates]") {
  Story s;
  s.add("a", std::string("Lorries queued at the border crossing on Monday.") + kOther, with_other({"Monday", "2021-03-15"}));
  s.add("b", std::string("A choir from Velden sang at the cathedral on 15 March.") + kOther,
        with_other({"15 March", "2021-03-15"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}

TEST_CASE("synonyms of one event fold to one class: crested / peaked, founded / established", "[align][dates]") {
  Story s;
  s.add("a", std::string("The Vessa crested on Monday near the old mill.") + kOther, with_other({"Monday", "2021-03-15"}));
  s.add("b", std::string("Downstream, the water peaked on Monday afternoon.") + kOther,
        with_other({"Monday afternoon", "2021-03-15"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
}

std::vector<fc::Fact> exports_story(const std::string& figure_b) {
  Story s;
  s.add("a", std::string("Exports grew 4.7% in February from a year earlier, the customs office said in a statement.") +
                 kOther, with_other({"February", "2021-02"}));
  s.add("b", std::string("Shipments abroad rose " + figure_b + " percent in February from the same month last year as "
                         "demand recovered.") + kOther, with_other({"February", "2021-02"}));
  return fc::align_dates(s.findings);
}

TEST_CASE("a shared number in both sentences is a participant: the same month's figure", "[align][dates]") {
  const auto same = exports_story("4.7");
  const fc::Fact* f = fact_of(same, "a", "February");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  const auto other = exports_story("3.1");  // one loosely shared word alone is not enough
  const fc::Fact* g = fact_of(other, "a", "February");
  REQUIRE(g);
  CHECK(g->mentions.size() == 1);
}

TEST_CASE("a bare year joins when the same word stands next to it: 'the 1998 quake' / 'a quake in 1998'",
          "[align][dates]") {
  Story s;
  s.add("a", std::string("Older residents said the 1998 quake had been far worse.") + kOther,
        with_other({"1998", "1998"}));
  s.add("b", std::string("The last strong quake in the province, in 1998, destroyed the bridge.") + kOther,
        with_other({"1998", "1998"}));
  s.add("c", std::string("A museum about the town opened in 1998 near the harbour.") + kOther,
        with_other({"1998", "1998"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "1998");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  const fc::Fact* museum = fact_of(facts, "c", "1998");
  REQUIRE(museum);
  CHECK(museum->mentions.size() == 1);
}

TEST_CASE("a time glued to its day ('9pm on Monday') counts once, so the day stays sole", "[align][dates]") {
  Story s;
  s.add("a", std::string("The blaze broke out at a timber yard in Orlen at 9pm on Monday.") + kOther,
        {{"9pm", "2021-03-15"}, {"Monday", "2021-03-15"}, {"Tuesday", "2021-03-16"}, {"Saturday", "2021-03-20"}});
  s.add("b", std::string("Firefighters fought the Orlen timber yard blaze late on Monday.") + kOther,
        with_other({"Monday", "2021-03-15"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "b", "Monday");
  REQUIRE(f);
  CHECK(f->mentions.size() >= 2);
}

TEST_CASE("a day inside 'earlier this year' agrees with it when the kind of event matches", "[align][dates]") {
  Story s;
  s.add("a", std::string("The mayor already met the rail union earlier this year, her office noted.") + kOther,
        with_other({"earlier this year", "2021"}));
  s.add("b", std::string("She last met the union leaders on Feb. 9 at the depot.") + kOther,
        with_other({"Feb. 9", "2021-02-09"}));
  s.add("c", std::string("The two sides last met on 9 February.") + kOther, with_other({"9 February", "2021-02-09"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "earlier this year");
  REQUIRE(f);
  CHECK(f->mentions.size() == 3);
  CHECK(f->verdict == "agree");
  CHECK(f->why.find("lies within 'earlier this year'") != std::string::npos);
}

TEST_CASE("'earlier this year' leaves out the last week: a meeting two days ago is another event", "[align][dates]") {
  Story s;
  s.add("a", std::string("The mayor already met the rail union earlier this year, her office noted.") + kOther,
        with_other({"earlier this year", "2021"}));
  s.add("b", std::string("She met the union leaders on March 16 at the depot.") + kOther,
        {{"March 16", "2021-03-16"}, {"Saturday", "2021-03-20"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "earlier this year");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}

TEST_CASE("a named coarser period ('next month') stays a variant of the day inside it", "[align][dates]") {
  Story s;
  s.add("a", std::string("The new governor will be sworn in next month in the assembly hall.") + kOther,
        with_other({"next month", "2021-04"}));
  s.add("b", std::string("The new governor will be sworn in on April 12 in the assembly hall.") + kOther,
        with_other({"April 12", "2021-04-12"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "next month");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "variant");
}

TEST_CASE("one plan in the same coming weekend joins on a shared participant, past weeks do not", "[align][dates]") {
  Story s;
  s.add("a", std::string("Minister Korvin said he will be away fishing in the north this weekend.") + kOther,
        {{"this weekend", "2021-W11-WE"}, {"Tuesday", "2021-03-16"}});
  s.add("b", std::string("Minister Korvin added that he would spend the weekend at a lake cabin.") + kOther,
        {{"weekend", "2021-W11-WE"}, {"Tuesday", "2021-03-16"}});
  s.add("c", std::string("Minister Korvin, who has led the ministry since the elections and faces a confidence vote, "
                         "gave an interview this week.") + kOther,
        {{"this week", "2021-W11"}, {"Tuesday", "2021-03-16"}});
  s.add("d", std::string("Minister Korvin, who chairs the farm board and sits in the upper chamber for the south, "
                         "signed a grain accord this week.") + kOther,
        {{"this week", "2021-W11"}, {"Tuesday", "2021-03-16"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "this weekend");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
  const fc::Fact* week = fact_of(facts, "c", "this week");
  REQUIRE(week);
  CHECK(week->mentions.size() == 1);
}

TEST_CASE("a two-word event row folds the pair in running text, names skip calendar words and the span",
          "[align][dates]") {
  const fc::TextIndex idx = fc::index_text("Nurses at Velden Clinic walked out on Monday over 4.5 percent pay. "
                                           "Velden staff voted.");
  fc::ContextVocab vocab;
  vocab.begin_source(idx);
  const size_t monday = idx.text.find("Monday");
  std::vector<uint32_t> classes, names;
  vocab.sentence_classes(monday, classes);
  REQUIRE(classes.size() == 1);
  CHECK(vocab.word(classes[0]) == "#strike");
  vocab.sentence_names(monday, monday + 6, names);
  std::vector<std::string> words;
  for (uint32_t id : names) words.push_back(vocab.word(id));
  // "Nurses" opens the sentence and is capitalized nowhere else; "Monday" is a weekday; "4.5" is a number
  CHECK(words == std::vector<std::string>{"velden", "clinic", "4.5"});
}

TEST_CASE("a week holds its days: 'the end of the week' agrees with Friday, and so does 'next week' with a day in it",
          "[align][dates]") {
  Story s;
  s.add("a", std::string("Transport Minister Aldo Brisk will meet the hauliers at the end of the week.") + kOther,
        with_other({"the end of the week", "2021-W11"}));
  s.add("b", std::string("Transport Minister Aldo Brisk said he would meet the hauliers on Friday.") + kOther,
        with_other({"Friday", "2021-03-19"}));
  s.add("c", std::string("The new ferry timetable of the Lindel line starts next week, the operator said.") + kOther,
        with_other({"next week", "2021-W12"}));
  s.add("d", std::string("The Lindel line's new ferry timetable starts on March 24.") + kOther,
        with_other({"March 24", "2021-03-24"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "the end of the week");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
  CHECK(f->why.find("'Friday' lies within 'the end of the week'") != std::string::npos);
  const fc::Fact* g = fact_of(facts, "c", "next week");
  REQUIRE(g);
  CHECK(g->mentions.size() == 2);
  CHECK(g->verdict == "agree");  // a week told only relative to now claims no day of its own
}

TEST_CASE("'earlier this week' holds the days before the anchor day", "[align][dates]") {
  Story s;
  s.add("a", std::string("Dockers at Rask harbour already met the port board earlier this week.") + kOther,
        with_other({"earlier this week", "2021-W11"}));
  s.add("b", std::string("Dockers at Rask harbour met the port board on Monday.") + kOther,
        with_other({"Monday", "2021-03-15"}));
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "earlier this week");
  REQUIRE(f);
  CHECK(f->mentions.size() == 2);
  CHECK(f->verdict == "agree");
}

TEST_CASE("period bounds and sides: ISO weeks start on Monday, a weekend is its Saturday and Sunday", "[align][dates]") {
  using fc::dates_align::period_bounds;
  auto day = [](int y, int m, int d) { return fc::days_from_civil(fc::CivilDate{y, m, d}); };
  long first = 0, last = 0;
  REQUIRE(period_bounds("2021-W11", first, last));
  CHECK((first == day(2021, 3, 15) && last == day(2021, 3, 21)));
  REQUIRE(period_bounds("2021-W11-WE", first, last));
  CHECK((first == day(2021, 3, 20) && last == day(2021, 3, 21)));
  REQUIRE(period_bounds("2020-W53", first, last));  // 2020 has 53 ISO weeks
  CHECK(first == day(2020, 12, 28));
  REQUIRE(period_bounds("2024-02", first, last));
  CHECK(last == day(2024, 2, 29));
  CHECK_FALSE(period_bounds("2021-FA", first, last));
  const std::optional<fc::CivilDate> thursday = fc::CivilDate{2021, 3, 18};
  CHECK(fc::dates_align::period_side("2021-W11-WE", thursday) == 1);
  CHECK(fc::dates_align::period_side("2021-W11", thursday) == 0);
  CHECK(fc::dates_align::period_side("2021-02", thursday) == -1);
  CHECK(fc::dates_align::period_side("2021-03-18", thursday) == -1);  // the anchor day counts as before it
}

TEST_CASE("two coming-week plans sharing only a number stay apart", "[align][dates]") {
  Story s;
  s.add("a", std::string("Some 20 ministers will gather in the capital next week.") + kOther,
        {{"next week", "2021-W12"}, {"Tuesday", "2021-03-16"}});
  s.add("b", std::string("A tariff of 20 percent on steel takes effect next week.") + kOther,
        {{"next week", "2021-W12"}, {"Tuesday", "2021-03-16"}});
  const auto facts = fc::align_dates(s.findings);
  const fc::Fact* f = fact_of(facts, "a", "next week");
  REQUIRE(f);
  CHECK(f->mentions.size() == 1);
}
