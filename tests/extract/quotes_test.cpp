#include "extract/quotes.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

// The quote whose text starts with `prefix`; fails the test if there is none.
fc::Quote find(const std::vector<fc::Quote>& qs, const std::string& prefix) {
  for (const fc::Quote& q : qs) {
    if (q.text.compare(0, prefix.size(), prefix) == 0) return q;
  }
  FAIL("no quote starting with: " << prefix);
  return {};
}

bool has(const std::vector<fc::Quote>& qs, const std::string& prefix) {
  for (const fc::Quote& q : qs) if (q.text.compare(0, prefix.size(), prefix) == 0) return true;
  return false;
}

}  // namespace

TEST_CASE("straight, curly, single, guillemet and low-high marks all open quotes", "[quotes]") {
  const std::string text =
      "\"We start at dawn,\" Ola Ek said.\n"
      "\xE2\x80\x9CWe end at dusk,\xE2\x80\x9D Ola Ek added.\n"
      "'Bring water,' said Ida Roos.\n"
      "\xC2\xABNo comment\xC2\xBB, replied Jon Berg.\n"
      "\xE2\x80\x9EWe are ready\xE2\x80\x9C, said Uwe Brandt.";
  const auto qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 5);
  CHECK(find(qs, "We start").speaker == "Ola Ek");
  CHECK(find(qs, "We end").speaker == "Ola Ek");
  CHECK(find(qs, "Bring water").speaker == "Ida Roos");
  CHECK(find(qs, "No comment").speaker == "Jon Berg");
  CHECK(find(qs, "We are ready").speaker == "Uwe Brandt");
  for (const fc::Quote& q : qs) CHECK(text.substr(q.start, q.end - q.start) == q.text);
}

TEST_CASE("a nested quote stays inside its outer quote", "[quotes]") {
  const auto qs = fc::extract_quotes("\"They told us 'wait a week' and then left,\" said Pia Lund.");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "They told us 'wait a week' and then left");
  CHECK(qs[0].speaker == "Pia Lund");
}

TEST_CASE("a quote running over paragraphs continues at the next opening mark", "[quotes]") {
  const std::string text =
      "\"The first winter was the worst. We had no heating.\n\n"
      "\"By spring we had built the stove ourselves,\" said Bo Nyman.\n\nThe village grew.";
  const auto qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].text == "The first winter was the worst. We had no heating. By spring we had built the stove ourselves");
  CHECK(qs[0].speaker == "Bo Nyman");
  CHECK(qs[0].rule.find("multi-paragraph") != std::string::npos);
}

TEST_CASE("a partial quote inside a sentence is attributed to the sentence's speaker", "[quotes]") {
  const auto qs = fc::extract_quotes("Critic Eva Moll described the film as having \"no heart at all\".");
  REQUIRE(qs.size() == 1);
  CHECK(qs[0].kind == "partial");
  CHECK(qs[0].text == "no heart at all");
  CHECK(qs[0].speaker == "Eva Moll");
}

TEST_CASE("a closing mark glued to the next word still closes the quote", "[quotes]") {
  const std::string text =
      "\xE2\x80\x9CWe will sign it without delay\xE2\x80\x9CMayor Rui Sol said after the vote. "
      "\xE2\x80\x9CThe money is there,\xE2\x80\x9D he added.";
  const auto qs = fc::extract_quotes(text);
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].text == "We will sign it without delay");
  CHECK(qs[0].speaker == "Rui Sol");
  CHECK(qs[1].text == "The money is there");
  CHECK(qs[1].speaker == "Rui Sol");
}

TEST_CASE("a stray mark does not swallow the rest of the text", "[quotes]") {
  const std::string text =
      "The 5\" pipe burst, workers said.\n\"Nobody was hurt,\" said Lea Dahl.\n\"The street reopens today,\" police said.";
  const auto qs = fc::extract_quotes(text);
  CHECK(find(qs, "Nobody was hurt").speaker == "Lea Dahl");
  CHECK(find(qs, "The street reopens today").speaker == "police");
}

TEST_CASE("unquoted sayings after a speech verb and a colon, or a saying cue", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"As boys we always said: the early bird gets the worm. It stuck with me,\" Leo Falk said.\n"
      "Asked about the loss, Ann Kerr replied with the comment that a draw would have been fair.");
  const fc::Quote inside = find(qs, "the early bird");
  CHECK(inside.kind == "saying");
  CHECK(inside.text == "the early bird gets the worm");
  CHECK(inside.speaker == "Leo Falk");
  const fc::Quote cue = find(qs, "a draw would");
  CHECK(cue.kind == "saying");
  CHECK(cue.speaker == "Ann Kerr");
}

TEST_CASE("a saying named before a colon is a saying without a speech verb", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"Where I grew up, on the docks, we had a saying: a calm sea never made a sailor. I still believe it,\" "
      "Captain Nora Lind said.\nThe report mentioned the saying that nobody else used.");
  const fc::Quote inside = find(qs, "a calm sea");
  CHECK(inside.kind == "saying");
  CHECK(inside.text == "a calm sea never made a sailor");
  CHECK(inside.rule.rfind("cue:saying-colon", 0) == 0);
  CHECK(inside.speaker == "Nora Lind");
  for (const fc::Quote& q : qs) CHECK(q.text.find("nobody else") == std::string::npos);  // no colon, no saying
}

TEST_CASE("a partial quote echoing a person's full quote takes that person, not the organisation", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"The depot is fully stocked and ready,\" City Hall spokeswoman Mara Quist said on Monday.\n"
      "The city council later said the depot was \"fully stocked\" for the winter.\n"
      "The council said the roads were \"a priority\" this year.");
  CHECK(find(qs, "The depot is").speaker == "Mara Quist");
  const fc::Quote echo = find(qs, "fully stocked");
  CHECK(echo.speaker == "Mara Quist");
  CHECK(echo.rule.find("echoes-quote") != std::string::npos);
  CHECK(find(qs, "a priority").speaker == "council");  // words nobody said in full stay with the organisation
}

TEST_CASE("scare quotes and titles are not statements", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "The so-called \"experts\" were wrong, and the show \"Morning Harbour\" was cancelled.");
  REQUIRE(qs.size() == 2);
  CHECK(qs[0].kind == "scare");
  CHECK(qs[0].speaker.empty());
  CHECK(qs[1].kind == "title");
}

TEST_CASE("attribution forms: said X, X told, according to, in a post, added", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"Rates stay put,\" said central bank governor Nils Aas.\n"
      "\"We expect a calm summer,\" Aas told reporters in Oslo.\n"
      "\"I was never asked,\" Tove Lie said in a Facebook post.\n"
      "The deal is \"almost done\", according to Kari Holm, a trade official.\n"
      "\"We will see,\" Holm added.");
  CHECK(find(qs, "Rates stay put").speaker == "Nils Aas");
  CHECK(find(qs, "We expect").speaker == "Nils Aas");
  CHECK(find(qs, "I was never asked").speaker == "Tove Lie");
  CHECK(find(qs, "almost done").speaker == "Kari Holm");
  CHECK(find(qs, "We will see").speaker == "Kari Holm");
}

TEST_CASE("titles and appositions give the person's name", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"The border stays open,\" Interior Ministry spokesman Ivan Petrov said.\n"
      "\"Nothing has been decided,\" said the minister's spokeswoman, Olga Sidorova.");
  CHECK(find(qs, "The border").speaker == "Ivan Petrov");
  CHECK(find(qs, "Nothing has").speaker == "Olga Sidorova");
}

TEST_CASE("pronouns and continuation paragraphs go to the last fitting speaker", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "Coach Mia Rask watched the match from the stands.\n"
      "\"We were too slow,\" she said.\n"
      "\"Next week will be different.\"\n"
      "Her captain, Sara Blom, disagreed. \"We played well,\" Blom said.");
  CHECK(find(qs, "We were too slow").speaker == "Mia Rask");
  CHECK(find(qs, "Next week").speaker == "Mia Rask");
  CHECK(find(qs, "Next week").rule.find("continuation") != std::string::npos);
  CHECK(find(qs, "We played well").speaker == "Sara Blom");
}

TEST_CASE("organisations speak, surnames resolve to the fullest name, unknown stays empty", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "President Lena Vik met the press.\n"
      "\"Talks continue,\" the Foreign Office said.\n"
      "\"I am hopeful,\" Vik said.\n"
      "\"It will fail,\" one diplomat predicted.");
  CHECK(find(qs, "Talks continue").speaker == "Foreign Office");
  CHECK(find(qs, "I am hopeful").speaker == "Lena Vik");
  const fc::Quote unknown = find(qs, "It will fail");
  CHECK(unknown.speaker.empty());
  CHECK(unknown.speaker_start == 0);
  CHECK(unknown.speaker_end == 0);
}

TEST_CASE("quotes: odd input never crashes or hangs", "[quotes]") {
  CHECK(fc::extract_quotes("").empty());
  CHECK(fc::extract_quotes("\"").empty());
  CHECK(fc::extract_quotes("\"\"").empty());
  std::string weird = std::string("\x01\x02\"\x7F\xFF\xFE\"", 8) + "\xE2\x80" + "\xC2";
  CHECK_NOTHROW(fc::extract_quotes(weird));
  std::string marks(200000, '"');
  std::string many;
  for (int i = 0; i < 3000; ++i) many += "\"Yes,\" she said. 'No' \xC2\xAB maybe \xE2\x80\x9C ";
  CHECK_NOTHROW(fc::extract_quotes(marks));
  CHECK_NOTHROW(fc::extract_quotes(many));
}

TEST_CASE("random mixes of marks, words and breaks keep offsets inside the text", "[quotes]") {
  const char* const kPieces[] = {"\"", "'", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x98", "\xE2\x80\x99", "\xC2\xAB",
                                 "\xC2\xBB", "\xE2\x80\x9E", " ", "\n", "\n\n", ".", ",", ":", " said ", " he ",
                                 " Anna Berg ", "We", " win", "the", " according to ", "\xE2\x80\x94", "\xFF", "\x01"};
  unsigned seed = 12345;
  for (int round = 0; round < 1500; ++round) {
    std::string text;
    const int n = static_cast<int>(seed % 60);
    for (int i = 0; i < n; ++i) {
      seed = seed * 1103515245u + 12345u;
      text += kPieces[(seed >> 16) % (sizeof(kPieces) / sizeof(kPieces[0]))];
    }
    seed = seed * 1103515245u + 12345u;
    const auto qs = fc::extract_quotes(text);
    for (const fc::Quote& q : qs) {
      REQUIRE(q.start <= q.end);
      REQUIRE(q.end <= text.size());
      REQUIRE(q.speaker_start <= q.speaker_end);
      REQUIRE(q.speaker_end <= text.size());
      REQUIRE_FALSE(q.kind.empty());
      REQUIRE_FALSE(q.rule.empty());
    }
  }
}

TEST_CASE("organisations after 'according to', roles before names, and a bare quote after reported speech", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "The talks are \"over for now\", according to the Foreign Ministry.\n"
      "\"I missed my wedding,\" said passenger Lou Tran, 31.\n"
      "A source close to the ministry said: \"Nobody expected this.\"\n"
      "Shop owner Vera Lind said sales had halved. \"We may close in May.\"");
  CHECK(find(qs, "over for now").speaker == "Foreign Ministry");
  CHECK(find(qs, "I missed").speaker == "Lou Tran");
  CHECK(find(qs, "Nobody expected").speaker.empty());
  CHECK(find(qs, "We may close").speaker == "Vera Lind");
}

TEST_CASE("a surname shared by two people is not expanded, a lone first name is", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "Walter Brandt and his son Peter Brandt run the shop.\n"
      "\"We open at eight,\" Brandt said.\n"
      "\"I do the books,\" Peter said.");
  CHECK(find(qs, "We open").speaker == "Brandt");
  CHECK(find(qs, "I do the books").speaker == "Peter Brandt");
}

TEST_CASE("speakers with a role before the name, and 'the minister' after a title in apposition", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "The minister of transport, Lina Frey, visited the depot.\n\n"
      "\"The trains will run again on Monday,\" declared the minister.\n\n"
      "\"We waited four hours,\" said retired teacher Hanna Lauk.");
  CHECK(find(qs, "The trains will run").speaker == "Lina Frey");
  CHECK(find(qs, "We waited four hours").speaker == "Hanna Lauk");
}

TEST_CASE("a role of an organisation followed by a name without a comma names that person", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"The bridge holds for now\", declared the chief of the inspectorate Tomas Vrba.\n\n"
      "\"Repairs start in spring\", announced the head of the Northern Rail Company.");
  CHECK(find(qs, "The bridge holds").speaker == "Tomas Vrba");
  CHECK(find(qs, "The bridge holds").rule.find("role-of") != std::string::npos);
  CHECK(find(qs, "Repairs start").speaker != "Northern Rail Company");
}

TEST_CASE("a person 'of' an organisation speaks, and 'the Ministry of the Interior' is one organisation", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "\"Fares stay frozen,\" Petra Holm of the Commuters' Association told the radio.\n\n"
      "\"Two lanes reopen tonight,\" Ivo Rask of the highway agency said.\n\n"
      "\"We have no record of it,\" the Ministry of the Interior said.");
  CHECK(find(qs, "Fares stay frozen").speaker == "Petra Holm");
  CHECK(find(qs, "Two lanes reopen").speaker == "Ivo Rask");
  CHECK(find(qs, "Two lanes reopen").rule.find("of-org") != std::string::npos);
  CHECK(find(qs, "We have no record").speaker == "Ministry of the Interior");
}

TEST_CASE("a person after 'the President of the Republic' is a person, a coordinated agency name is not", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "The Office of Roads and Bridge Maintenance reported damage. The President of the Republic Lina Darov came to "
      "the port. She declared: \"The harbour reopens in spring.\"\n\n"
      "\"Every invoice will be checked\", said the finance director Aron Pekk.");
  CHECK(find(qs, "The harbour reopens").speaker == "Lina Darov");
  CHECK(find(qs, "Every invoice").speaker == "Aron Pekk");
}

TEST_CASE("a role and a name in apposition name the speaker, a phrase naming someone else does not", "[quotes]") {
  const auto qs = fc::extract_quotes(
      "The head of the clinic, the surgeon Pia Norlund, declared: \"No patient was put at risk.\"\n\n"
      "The owner of the mill, baker Emil Sand, said: \"We open again next week.\"\n\n"
      "The bakery, owned by Emil Sand, said: \"Bread prices stay the same.\"\n\n"
      "The health minister Owen Marsh spoke of \"a shameful attack on the sick\".");
  CHECK(find(qs, "No patient").speaker == "Pia Norlund");
  CHECK(find(qs, "We open again").speaker == "Emil Sand");
  CHECK(find(qs, "Bread prices").speaker != "Emil Sand");
  CHECK(find(qs, "a shameful attack").speaker == "Owen Marsh");
  CHECK(find(qs, "a shameful attack").rule.find("verb:speak-of") != std::string::npos);
}
