// Number extraction: every rule row's example fires its rule; dates, times and codes are not numbers.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "extract/numbers.h"
#include "extract/words.h"
#include "rules/rules.h"

namespace {

bool fires(const std::string& example, const std::string& id) {
  for (const fc::NumberMention& m : fc::extract_numbers(example)) {
    std::string r = "+" + m.rule + "+";
    if (r.find("+" + id + "+") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("each number table example fires its own rule", "[numbers]") {
  for (const char* table : {"en/num_words.tsv", "en/num_vague.tsv", "en/num_units.tsv"}) {
    auto rows = fc::rule_rows(table);
    REQUIRE(rows.size() > 5);
    for (const fc::RuleRow& r : rows) {
      std::string id(r.fields[0]), kind = r.fields.size() > 1 ? std::string(r.fields[1]) : "";
      std::string example(r.fields.back());
      INFO(table << ":" << r.line << " " << id << " example: " << example);
      if (kind == "skip" || kind == "month" || kind == "convert" || kind == "plural" || kind == "plural_suffix" ||
          kind == "suffix_exception")
        continue;
      CHECK(fires(example, id));
    }
  }
}

TEST_CASE("skip rows: the example holds no number", "[numbers]") {
  for (const fc::RuleRow& r : fc::rule_rows("en/num_units.tsv")) {
    std::string kind(r.fields[1]), example(r.fields.back());
    if (kind != "skip" && kind != "month") continue;
    INFO(r.fields[0] << " example: " << example);
    CHECK(fc::extract_numbers(example).empty());
  }
}

TEST_CASE("convert and plural rows shape the counted noun", "[numbers]") {
  for (const fc::RuleRow& r : fc::rule_rows("en/num_units.tsv")) {
    std::string kind(r.fields[1]), example(r.fields.back());
    if (kind != "convert" && kind != "plural") continue;
    INFO(r.fields[0] << " example: " << example);
    auto m = fc::extract_numbers(example);
    REQUIRE(m.size() == 1);
    CHECK(m[0].counts == (kind == "plural" ? std::string(r.fields[3]) : std::string(r.fields[2])));
  }
}

TEST_CASE("suffix rows: compound plurals count their singular, exceptions stay as they are", "[numbers]") {
  for (const fc::RuleRow& r : fc::rule_rows("en/num_units.tsv")) {
    std::string kind(r.fields[1]), surface(r.fields[2]), example(r.fields.back());
    INFO(r.fields[0] << " example: " << example);
    if (kind == "plural_suffix") {
      auto m = fc::extract_numbers(example);
      REQUIRE(m.size() == 1);
      CHECK(m[0].counts.size() > surface.size());
      CHECK(m[0].counts.compare(m[0].counts.size() - r.fields[3].size(), r.fields[3].size(), r.fields[3]) == 0);
    }
    if (kind == "suffix_exception") {
      CHECK(fc::noun_lemma(surface) == surface);
      CHECK_FALSE(fc::looks_plural(surface));
      CHECK(fc::noun_plural(surface) == surface + "s");
    }
  }
}

TEST_CASE("num_nouns rows: each noun example counts its noun, each word example holds its word", "[numbers]") {
  auto rows = fc::rule_rows("en/num_nouns.tsv");
  REQUIRE(rows.size() > 5);
  for (const fc::RuleRow& r : rows) {
    std::string kind(r.fields[1]), word(r.fields[2]), example(r.fields.back());
    INFO(r.fields[0] << " example: " << example);
    if (kind == "word") {
      CHECK(example.find(word) != std::string::npos);
      continue;
    }
    auto m = fc::extract_numbers(example);
    REQUIRE(m.size() == 1);
    CHECK(m[0].counts == word);
  }
}

TEST_CASE("counted nouns, ranges and units", "[numbers]") {
  auto m = fc::extract_numbers("The service reports in 27 languages in 23 countries.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "language");
  CHECK(m[0].low == 27);
  CHECK(m[1].counts == "country");
  CHECK(m[1].text == "23 countries");

  m = fc::extract_numbers("She has spent more than four decades in politics.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].vague);
  CHECK(m[0].low == 4);
  CHECK(m[0].high == 6);  // open bound closed at x1.5 (en/num_vague.tsv)
  CHECK(m[0].counts == "decade");
  CHECK(m[0].text == "more than four decades");

  m = fc::extract_numbers("a rally of tens of thousands of supporters");
  REQUIRE(m.size() == 1);
  CHECK(m[0].vague);
  CHECK(m[0].low == 20000);
  CHECK(m[0].counts == "supporter");

  m = fc::extract_numbers("a deal worth US$40 billion, or £13 billion");
  REQUIRE(m.size() == 2);
  CHECK(m[0].unit == "USD");
  CHECK(m[0].low == 40e9);
  CHECK(m[1].unit == "GBP");

  m = fc::extract_numbers("turnout rose to 61.5% from 58 per cent");
  REQUIRE(m.size() == 2);
  CHECK(m[0].unit == "percent");
  CHECK(m[0].low == 61.5);
  CHECK(m[1].low == 58);

  m = fc::extract_numbers("twenty-seven members voted");
  REQUIRE(m.size() == 1);
  CHECK(m[0].low == 27);
}

TEST_CASE("dates, times, years, codes and pronouns are not numbers", "[numbers]") {
  const char* none[] = {
      "They last spoke on Jan. 26 days after the vote.", "The post went up at 22:14 local time.",
      "The 2014 annexation of the peninsula.", "the November 2020 election", "COVID-19 cases and G7 talks",
      "an A330-200 landed", "a Boeing 737 landed", "It takes one to know one.", "the two leaders spoke",
      "the Nord Stream 2 pipeline", "see /2021/03/19/ for more", "a 16x9 image", "",
      "on 17 March in the city"};
  for (const char* s : none) {
    INFO(s);
    CHECK(fc::extract_numbers(s).empty());
  }
}

TEST_CASE("odd input does not crash", "[numbers]") {
  std::string junk = "$ $$ % 1,,2 .5 9999999999999999999999 billion billion \xE2\x80\x99s \xC2 \xFF";
  CHECK_NOTHROW(fc::extract_numbers(junk));
  std::string big(200000, '7');
  CHECK(fc::extract_numbers(big).size() <= 1);
}

TEST_CASE("count words after a number: casualties, km, singular currency words", "[numbers]") {
  auto m = fc::extract_numbers("Seven dead and nineteen wounded after the blast.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "dead");
  CHECK(m[0].low == 7);
  CHECK(m[1].counts == "injured");
  m = fc::extract_numbers("The crash left 19 injured workers in hospital.");  // the adjective is not the count
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts != "injured");
  m = fc::extract_numbers("The limit is 30 km/h near schools.");
  for (const fc::NumberMention& x : m) CHECK(x.counts != "kilometre");
  m = fc::extract_numbers("Smoke drifted 30 km south.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "kilometre");
  m = fc::extract_numbers("Fines reach 20,000 euro per case.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].unit == "EUR");
  CHECK(m[0].low == 20000);
}

TEST_CASE("the nominal value is the number as written, before a modifier", "[numbers]") {
  auto m = fc::extract_numbers("about 450 people and more than 20% of them");
  REQUIRE(m.size() == 2);
  CHECK(m[0].nominal == 450);
  CHECK(m[1].nominal == 20);
  m = fc::extract_numbers("Rates rose by 25 basis points.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "basis point");
}

TEST_CASE("fractions: shares as percentages, a quarter point as percentage points, periods left out", "[numbers]") {
  auto m = fc::extract_numbers("Firms taking more than a fifth of their money from abroad must register.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].unit == "percent");
  CHECK(m[0].nominal == 20);
  CHECK(m[0].vague);
  m = fc::extract_numbers("The bank cut by a quarter point.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "percentage point");
  CHECK(m[0].low == 0.25);
  m = fc::extract_numbers("Two thirds of the members agreed.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].low == Approx(66.7));
  for (const char* text : {"Sales grew in the first half of the year.", "She won a third term.",
                           "They waited three quarters of an hour."}) {
    INFO(text);
    for (const fc::NumberMention& x : fc::extract_numbers(text)) CHECK(x.unit != "percent");
  }
}

TEST_CASE("digit groups separated by spaces are one number, a day before a count is not", "[numbers]") {
  auto value_of = [](const std::string& text, const std::string& counts) {
    for (const fc::NumberMention& m : fc::extract_numbers(text)) {
      if (m.counts == counts) return m.nominal;
    }
    return -1.0;
  };
  CHECK(value_of("The 3 150 miners went back underground.", "miner") == 3150);
  CHECK(value_of("Some 2\xC2\xA0" "600 households lost power.", "household") == 2600);          // no-break space
  CHECK(value_of("A total of 1\xE2\x80\xAF" "400\xE2\x80\xAF" "000 ballots were cast.", "ballot") == 1400000);
  CHECK(value_of("On June 4 300 nurses joined the strike.", "nurse") == 300);  // June 4, then 300 nurses
  CHECK(value_of("In 2018 700 farms closed.", "farm") == 700);                // a year never leads a group
  CHECK(value_of("The 12 4000 figure is a typo.", "figure") != 124000);       // groups are exactly three digits
}

TEST_CASE("currency codes before the number and metric abbreviations", "[numbers]") {
  auto m = fc::extract_numbers("The council set aside EUR 25 million for repairs and USD 3 billion came later.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].unit == "EUR");
  CHECK(m[0].low == 25e6);
  CHECK(m[0].text == "EUR 25 million");
  CHECK(m[1].unit == "USD");
  CHECK(fc::extract_numbers("She kept a EUR note in her wallet.").empty());
  auto mm = fc::extract_numbers("Up to 95 mm of rain fell on the coast.");
  REQUIRE(mm.size() == 1);
  CHECK(mm[0].counts == "millimetre");
  CHECK(mm[0].vague);
}

TEST_CASE("casualty counts: missing, killed by, and a death toll a dozen words back", "[numbers]") {
  auto m = fc::extract_numbers("Four people have died and three are missing after the landslide.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "dead");
  CHECK(m[1].counts == "missing");
  CHECK(m[1].rule.find("num.casualty.missing") != std::string::npos);
  auto killed = fc::extract_numbers("The storm of 1998 killed 14 people in the valley.");
  REQUIRE(killed.size() == 1);
  CHECK(killed[0].counts == "dead");
  auto toll = fc::extract_numbers("The death toll from the storms in the northern coastal region has climbed to six.");
  REQUIRE(toll.size() == 1);
  CHECK(toll[0].counts == "dead");
  auto from = fc::extract_numbers("Two people from Upper Tarvik are still missing.");
  REQUIRE(from.size() == 1);
  CHECK(from[0].counts == "missing");
  auto still = fc::extract_numbers("Two climbers are still missing on the ridge.");
  REQUIRE(still.size() == 1);
  CHECK(still[0].counts == "missing");  // climbers are people: what happened to them is the count
  auto things = fc::extract_numbers("Two containers are still missing from the yard.");
  REQUIRE(things.size() == 1);
  CHECK(things[0].counts == "container");  // a count of things keeps its noun
}

TEST_CASE("ratios read as shares, ranges written with or", "[numbers]") {
  auto m = fc::extract_numbers("Nine in ten pupils passed, and three out of four teachers agreed.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].unit == "percent");
  CHECK(m[0].nominal == 90);
  CHECK(m[0].vague);
  CHECK(m[0].low == Approx(85));
  CHECK(m[0].high == Approx(95));
  CHECK(m[1].value == "~75%");
  CHECK(fc::extract_numbers("She was born in 1970 and won 5 in 2010.").size() <= 1);
  auto rate = fc::extract_numbers("A bus leaves one in 10 minutes.");
  for (const fc::NumberMention& x : rate) CHECK(x.unit != "percent");
  auto r = fc::extract_numbers("The fever lasted one or two days; the rash a week or two.");
  REQUIRE(r.size() == 2);
  CHECK(r[0].value == "1-2 day");
  CHECK(r[0].vague);
  CHECK(r[1].value == "1-2 week");
  CHECK(r[1].text == "a week or two");
  auto far = fc::extract_numbers("They won one or 50 games.");
  for (const fc::NumberMention& x : far) CHECK(x.value != "1-50 game");
}

TEST_CASE("age groups: bounds and single ages after a cue", "[numbers]") {
  auto m = fc::extract_numbers("The shot is for adults aged 65 and over; critics wanted it for over-50s, not only "
                               "people older than 65 years.");
  REQUIRE(m.size() == 3);
  for (const fc::NumberMention& x : m) CHECK(x.counts == "age");
  CHECK(m[0].value == ">65 age");
  CHECK(m[0].low == 65);
  CHECK(m[1].value == ">50 age");
  CHECK(m[2].text == "older than 65 years");
  auto one = fc::extract_numbers("A woman aged 58 died in the crash.");
  REQUIRE(one.size() == 1);
  CHECK(one[0].counts == "age");  // not 58 dead
  CHECK_FALSE(one[0].vague);
  auto span = fc::extract_numbers("Voters aged 18 to 24 stayed home.");
  REQUIRE(span.size() == 1);
  CHECK(span[0].value == "18-24 age");
  CHECK(fc::extract_numbers("He sold over-the-counter drugs.").empty());
}

TEST_CASE("counts of people in care: intensive care, critical condition, hospital", "[numbers]") {
  auto m = fc::extract_numbers("Thirty people were hurt, six of whom remain in intensive care.");
  REQUIRE(m.size() == 2);
  CHECK(m[1].counts == "in intensive care");
  auto h = fc::extract_numbers("Nine people are still in hospital, two in critical condition.");
  REQUIRE(h.size() == 2);
  CHECK(h[0].counts == "in hospital");
  CHECK(h[1].counts == "in critical condition");
  for (const fc::NumberMention& x : fc::extract_numbers("The ward has 40 beds; 4 in hospital wards were empty."))
    CHECK(x.counts != "in hospital");
}

TEST_CASE("a decimal comma with one or two digits is a decimal mark, thousands keep three", "[numbers]") {
  auto m = fc::extract_numbers("Net profit rose by 7,5 percent to 3,25 milliard euro, with 12,400 staff.");
  REQUIRE(m.size() == 3);
  CHECK(m[0].low == Approx(7.5));
  CHECK(m[0].rule.find("num.digits_decimal_comma") != std::string::npos);
  CHECK(m[1].low == Approx(3.25e9));
  CHECK(m[2].low == Approx(12400));
  CHECK(m[2].rule.find("decimal_comma") == std::string::npos);
}

TEST_CASE("a magnitude after 'the death toll from' is no count of the dead", "[numbers]") {
  auto m = fc::extract_numbers("The death toll from Monday's magnitude 7.1 earthquake rose to 64, officials said.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts != "dead");
  CHECK(m[1].counts == "dead");
  CHECK(m[1].low == Approx(64));
}

TEST_CASE("a compound duration is one figure in its smaller unit, neither part alone", "[numbers]") {
  for (const char* text : {"The engine stopped two minutes and 40 seconds into the flight.",
                           "The engine stopped 2 minutes 40 seconds into the flight."}) {
    auto m = fc::extract_numbers(text);
    REQUIRE(m.size() == 1);
    CHECK(m[0].value == "160 second");
  }
  for (const fc::NumberMention& m : fc::extract_numbers("The talks lasted 2 hours 40 seconds, oddly."))
    CHECK(m.counts != "second");  // not the next unit down: left as two figures, neither read as the other
  auto plain = fc::extract_numbers("The engine stopped 160 seconds into the flight.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].low == Approx(160));
}

TEST_CASE("'m' after a currency sign is millions, alone it is no scale", "[numbers]") {
  auto m = fc::extract_numbers("The club paid €38m up front and £4.5m more later.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == "EUR 38 million");
  CHECK(m[1].value == "GBP 4.5 million");
  for (const fc::NumberMention& x : fc::extract_numbers("She won the 100m race in the rain."))
    CHECK(x.value.find("million") == std::string::npos);
}

TEST_CASE("written numbers join hyphen units, unknown currencies after a scale are counted", "[numbers]") {
  auto m = fc::extract_numbers("He agreed a three-year deal after a 45-minute meeting.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].value == "3 year");
  CHECK(m[1].value == "45 minute");
  auto k = fc::extract_numbers("The cabinet set aside 4 billion dinar for the farms.");
  REQUIRE(k.size() == 1);
  CHECK(k[0].counts == "dinar");
  auto a = fc::extract_numbers("The winger is 19 years old and fast.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].counts == "age");
}

TEST_CASE("casualty phrases: lost their lives, the number of the dead, confirmed dead", "[numbers]") {
  auto a = fc::extract_numbers("At least 40 people have lost their lives in the floods.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].counts == "dead");
  auto b = fc::extract_numbers("The number of the dead in the floods that hit the valley on Monday has risen to 17.");
  REQUIRE(b.size() == 1);
  CHECK(b[0].counts == "dead");
  auto c = fc::extract_numbers("Officials say 31 people have been confirmed dead.");
  REQUIRE(c.size() == 1);
  CHECK(c[0].counts == "dead");
}

TEST_CASE("partitives count the group, a sum after 'from' keeps the currency", "[numbers]") {
  auto a = fc::extract_numbers("Nine of the miners were brought up on Friday.");
  REQUIRE(a.size() == 1);
  CHECK(a[0].counts == "miner");
  auto b = fc::extract_numbers("Sales rose to 42 million euros from 35 million a year earlier.");
  REQUIRE(b.size() == 2);
  CHECK(b[1].value == "EUR 35 million");
}

TEST_CASE("a partitive before another number leaves that number its own count", "[numbers]") {
  for (const fc::NumberMention& x : fc::extract_numbers("Six of the nine judges backed the appeal."))
    CHECK(x.text.find("Six of") == std::string::npos);  // six is no count of "the nine judges"
  auto m = fc::extract_numbers("Six of 14 judges backed the appeal.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].text == "14 judges");
}

TEST_CASE("two modifiers joined by 'and' before the counted noun", "[numbers]") {
  auto m = fc::extract_numbers("The chain runs 640 grocery and discount stores.");
  REQUIRE(m.size() == 1);
  CHECK(m[0].counts == "store");
  auto p = fc::extract_numbers("The firm hired 300 men and women.");
  REQUIRE(p.size() == 1);
  CHECK(p[0].counts == "man");
}

TEST_CASE("a noun priced per share is money, and a verb after a number makes it the subject", "[numbers]") {
  auto m = fc::extract_numbers("The bidder offered 2,700 crowns a share, and 480 dinars per share for the rest.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].unit == "crowns");
  CHECK(m[0].counts.empty());
  CHECK(m[1].unit == "dinars");
  // A counted noun without the price cue still counts: "2,700 crowns" alone may be coins or anything else.
  auto plain = fc::extract_numbers("The museum holds 2,700 crowns and tiaras.");
  REQUIRE(plain.size() == 1);
  CHECK(plain[0].counts == "crown");
  auto rally = fc::extract_numbers("About 240 attended protests in the square, where 12 planned protests were banned.");
  REQUIRE(rally.size() == 2);
  CHECK(rally[0].counts.empty());
  CHECK(rally[1].counts == "protest");
  // After a scale word "crowns" is a currency, as the Nordic "kroner" is anywhere.
  auto scaled = fc::extract_numbers("It lost 1.2 billion crowns after pledging 40 million kroner.");
  REQUIRE(scaled.size() == 2);
  CHECK(scaled[0].unit == scaled[1].unit);
}

TEST_CASE("a tally after a verb of approving, and a for-against list, count votes", "[numbers]") {
  auto passed = fc::extract_numbers("The upper house approved 52 to 31 on Tuesday, and the bill passed 49 to 34.");
  REQUIRE(passed.size() == 4);
  CHECK(passed[0].counts == "vote");
  CHECK(passed[1].counts == "vote against");
  CHECK(passed[2].counts == "vote");  // "passed 49 to 34" is a tally, not "more than 49"
  CHECK_FALSE(passed[2].vague);
  CHECK(passed[3].counts == "vote against");
  auto listed = fc::extract_numbers("The clerk read out the tally: 52 for, 31 against.");
  REQUIRE(listed.size() == 2);
  CHECK(listed[0].counts == "vote");
  CHECK(listed[1].counts == "vote against");
  // "for" without a tally after it is no vote: "52 for the season" counts nothing as a vote.
  auto plain = fc::extract_numbers("He scored 52 for the club, and 31 of them came away.");
  for (const auto& m : plain) CHECK(m.counts.rfind("vote", 0) != 0);
}

TEST_CASE("counted members who abstained are abstentions, and \"against voted N\" votes against", "[numbers]") {
  auto m = fc::extract_numbers("Seven councillors abstained. Against voted 40 councillors.");
  REQUIRE(m.size() == 2);
  CHECK(m[0].counts == "abstention");
  CHECK(m[1].counts == "vote against");
}
