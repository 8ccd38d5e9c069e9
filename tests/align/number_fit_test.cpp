// Number alignment beyond shared words: synonyms of what is counted, a lone count joining the one cluster of its
// noun that it fits, and what stays apart (a second fitting cluster, a generic noun, another day).
#include <catch2/catch.hpp>

#include <set>

#include "align/align.h"
#include "story_fixture.h"

namespace {

struct Sources : fctest::NumberSources {
  using NumberSources::NumberSources;
  std::vector<fc::Fact> facts() const { return fc::align_numbers(findings); }
};

// Number of sources of the fact holding the most sources.
size_t widest(const std::vector<fc::Fact>& facts) {
  size_t best = 0;
  for (const fc::Fact& f : facts) {
    std::set<std::string> srcs;
    for (const fc::Mention& m : f.mentions) srcs.insert(m.source);
    if (srcs.size() > best) best = srcs.size();
  }
  return best;
}

}  // namespace

TEST_CASE("synonyms of a counted noun agree: mountaineers are climbers, travellers passengers", "[align][numbers]") {
  Sources s({"Six climbers were stranded on the glacier.", "Six mountaineers spent the night in a crevasse.",
             "Rescuers reached six alpinists at dawn."});
  CHECK(widest(s.facts()) == 3);
}

TEST_CASE("a lone count joins the one cluster of its noun that it fits", "[align][numbers]") {
  Sources s({"About 60 firefighters fought the blaze overnight.", "Some 60 firefighters were at the scene.",
             "In total 62 firefighters were deployed, the brigade said."});
  CHECK(widest(s.facts()) == 3);
  // two clusters of the noun fit: which one it belongs to is unclear, so it stays apart
  Sources two({"About 200 firefighters fought the blaze. Later more than 180 firefighters came back.",
               "Some 200 firefighters were at the scene. In the morning more than 180 firefighters returned.",
               "In total 190 firefighters were deployed, the brigade said."});
  for (const fc::Fact& f : two.facts())
    for (const fc::Mention& m : f.mentions) if (m.text == "190 firefighters") CHECK(f.mentions.size() == 1);
}

TEST_CASE("a lone generic count does not join on its value alone", "[align][numbers]") {
  Sources s({"About 60 firefighters fought the blaze overnight.", "Some 60 firefighters were at the scene.",
             "In total 62 people watched from the road."});
  CHECK(widest(s.facts()) == 2);
}

TEST_CASE("a lone count joins a cluster of a broader noun it fits: fishermen among crew members", "[align][numbers]") {
  Sources s({"The coast guard said twelve crew members would be freed.", "Twelve crew members will go home.",
             "Twelve of the fishermen are expected home tomorrow."});
  CHECK(widest(s.facts()) == 3);
}

TEST_CASE("a distinctive value agrees across days, a sum to three digits needs no shared word", "[align][numbers]") {
  Sources peak({"On Saturday they set out for the 3,215-metre summit.", "On Monday crews reached the top (3,215 m)."});
  CHECK(widest(peak.facts()) == 2);
  Sources small({"On Saturday they climbed 300 metres.", "On Monday crews climbed 300 metres."});
  CHECK(widest(small.facts()) == 1);  // a round value on two days: two moments
  Sources price({"It sold for 49.95 euros in shops.", "Buyers can get their EUR 49.95 back."});
  CHECK(widest(price.facts()) == 2);
  Sources round({"It sold for 50 euros in shops.", "Buyers can get their EUR 50 back."});
  CHECK(widest(round.facts()) == 1);
}

TEST_CASE("two lone vague counts of one noun, each the other's only fit, agree on a shared word", "[align][numbers]") {
  Sources s({"About 2,100 homes were flooded in the valley.", "More than 2 thousand homes were flooded, officials said."});
  CHECK(widest(s.facts()) == 2);
  Sources none({"About 2,100 homes were flooded in the valley.", "More than 2 thousand homes stand empty in winter."});
  CHECK(widest(none.facts()) == 1);  // no shared word besides the noun: left apart
}

TEST_CASE("a lone count of people or an age joins the one cluster it fits, a small one does not", "[align][numbers]") {
  Sources s({"The trial enrolled 12,480 volunteers.", "In all 12,480 volunteers took part in the trial.",
             "Around 12,000 people were in the study."});
  CHECK(widest(s.facts()) == 3);
  Sources age({"The 31-year-old striker signed for the club on Monday.", "Berg, 31, signed for the club on Monday.",
               "Berg is 31 years old."});
  CHECK(widest(age.facts()) == 3);
  Sources small({"About 40 volunteers cleared the beach.", "Some 40 volunteers came to the beach.",
                 "Around 40 people watched."});
  CHECK(widest(small.facts()) == 2);
}

TEST_CASE("cases and incidents of a thing agree with reports of it when the sentence shares a word", "[align][numbers]") {
  Sources s({"The regulator logged 23 reports of overheating.", "There were 23 cases of overheating, it said."});
  CHECK(widest(s.facts()) == 2);
}

TEST_CASE("a lone count fits a cluster by what it says, not only by a wide range", "[align][numbers]") {
  // "more than 2,000" reaches 3,000 by its range, but 2,600 people at a rally are not the evacuated residents
  Sources s({"Rescuers evacuated more than 2,000 residents.", "More than 2,000 residents were evacuated.",
             "Some 2,600 people joined a rally in the capital."});
  CHECK(widest(s.facts()) == 2);
}

TEST_CASE("a lone share does not join on fit: shares of one group may measure different things", "[align][numbers]") {
  Sources s({"About 40% of voters backed the plan.", "Some 40% of voters backed the plan, officials said.",
             "Turnout reached 42% of voters."});
  CHECK(widest(s.facts()) == 2);
}

TEST_CASE("a number in words rounds as its digits would, a vague amount is no rival cluster", "[align][numbers]") {
  // "Two hundred" allows 190-210 as "200" does, so 204 fits; "hundreds of flights" states no number to rival it
  Sources s({"Hundreds of flights were cancelled. About 200 flights were cancelled on Friday.",
             "Two hundred scheduled flights were cancelled on Friday.",
             "Officials said 204 scheduled flights were cancelled."});
  CHECK(widest(s.facts()) == 3);
}

TEST_CASE("a lone count of residents joins the one count of people it fits, when no count of residents does",
          "[align][numbers]") {
  Sources s({"Officials moved about 1,700 people from three hamlets on Friday.",
             "Roughly 1,700 persons from three hamlets left their homes.",
             "Some 1,700 residents are sleeping in the sports hall tonight."});
  CHECK(widest(s.facts()) == 3);
  // small counts stay apart: "four residents" may be anyone
  Sources few({"Officials moved four people from the hamlet on Friday.", "Four persons from the hamlet left on Friday.",
               "Four residents are sleeping in the sports hall tonight."});
  CHECK(widest(few.facts()) == 2);
}
