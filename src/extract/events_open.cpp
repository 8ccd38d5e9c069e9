// Event extractor: open verbs, the content verbs no table row names ("the dam burst", "parliament will be dissolved").
#include "extract/events_open.h"

#include <map>
#include <unordered_set>

#include "extract/events_internal.h"
#include "extract/lexicon.h"

namespace fc {
namespace {

// Verbs that report, frame, link or describe rather than tell an act: never an open event.
bool light_verb(const ScanTok& w) {
  static const std::unordered_set<std::string> kLight = {
      "added", "stated", "noted", "reported", "asked", "used", "based", "expected", "needed", "wanted", "tried",
      "seemed", "appeared", "included", "involved", "continued", "started", "remained", "followed", "described",
      "believed", "estimated", "announced", "explained", "insisted", "claimed", "confirmed", "referred",
      "compared", "considered", "allowed", "required", "aimed", "planned", "decided", "hoped", "happened",
      "occurred", "looked", "showed", "suggested", "indicated", "argued", "acknowledged", "declined", "refused",
      "failed", "managed", "helped", "urged", "welcomed", "quoted", "cited", "named", "listed", "located", "owned",
      "operated", "headed", "dated", "related", "concerned", "supposed", "scheduled", "called", "answered",
      "replied", "responded", "commented", "emphasised", "emphasized", "stressed", "underlined", "learned",
      "wondered", "worried", "feared", "informed", "contacted", "published", "posted", "covered", "ended",
      "finished", "lasted", "stayed", "returned", "turned", "changed", "played", "worked", "lived", "posed",
      "marked", "preferred", "liked", "loved", "united", "advanced", "surprised", "shocked", "pleased",
      "disappointed", "interested", "entitled", "accused", "alleged", "assumed", "caused", "created",
      "recorded", "registered", "counted", "numbered", "reached", "passed", "filled", "faced", "placed",
      "seated", "visited", "remembered", "recalled", "mentioned", "reflected", "represented", "repeated",
      "promised", "pledged", "offered", "agreed", "wished", "crowded", "packed", "exceeded", "totalled",
      "totaled", "equalled", "topped", "accounted", "amounted", "ranked", "rated", "valued", "priced", "aged",
      "booked", "ticketed", "scaled", "sized", "skilled", "trained", "qualified", "experienced", "dedicated",
      "designed", "intended", "supported", "backed", "opposed", "favoured", "favored", "rejected", "injured",
      "wounded", "hurt", "hundred", "speed", "breed", "greed", "sacred", "naked", "wicked", "rugged", "beloved",
      "kindred", "ragged", "jagged", "indeed"};
  return kLight.count(w.norm) > 0;
}

// Irregular pasts and participles of content verbs (the table names the common light ones).
bool irregular_past(const ScanTok& w) {
  static const std::unordered_set<std::string> kPast = {"fell", "fallen", "rose", "risen", "broke", "broken", "burst", "fled", "shook",
                                "shaken", "sank", "sunk", "swept", "sent", "sold", "froze", "frozen", "fought",
                                "drove", "driven", "wrote", "written", "paid", "spread", "hid", "hidden", "bled",
                                "shot", "blew", "blown", "dug"};
  return w.norm.size() >= 3 && w.norm.size() <= 7 && kPast.count(w.norm) > 0;
}

// The past that stands for every form of an irregular verb ("fallen", "fall" -> "fell"); "" for a regular one.
std::string irregular_stem(const std::string& s) {
  static const std::map<std::string, std::string> kStem = {
      {"fallen", "fell"}, {"fall", "fell"},   {"risen", "rose"},   {"rise", "rose"},    {"broken", "broke"},
      {"break", "broke"}, {"flee", "fled"},   {"shaken", "shook"}, {"shake", "shook"},  {"sunk", "sank"},
      {"sink", "sank"},   {"sweep", "swept"}, {"send", "sent"},    {"sell", "sold"},    {"frozen", "froze"},
      {"freeze", "froze"}, {"fight", "fought"}, {"driven", "drove"}, {"drive", "drove"}, {"written", "wrote"},
      {"write", "wrote"}, {"pay", "paid"},    {"hidden", "hid"},   {"hide", "hid"},     {"bleed", "bled"},
      {"shoot", "shot"},  {"blown", "blew"},  {"blow", "blew"},    {"dig", "dug"},      {"fell", "fell"},
      {"rose", "rose"},   {"broke", "broke"}, {"burst", "burst"},  {"fled", "fled"},    {"shook", "shook"},
      {"sank", "sank"},   {"swept", "swept"}, {"sent", "sent"},    {"sold", "sold"},    {"froze", "froze"},
      {"fought", "fought"}, {"drove", "drove"}, {"wrote", "wrote"}, {"paid", "paid"},   {"spread", "spread"},
      {"hid", "hid"},     {"bled", "bled"},   {"shot", "shot"},    {"blew", "blew"},    {"dug", "dug"}};
  auto it = kStem.find(s);
  if (it != kStem.end()) return it->second;
  return "";
}

// A past of a content verb: "-ed" (five letters or more) or an irregular past ("fell", "burst").
bool past_form(const ScanTok& w) {
  const std::string& s = w.norm;
  return (s.size() >= 5 && s.compare(s.size() - 2, 2, "ed") == 0) || irregular_past(w);
}

// Plain forms that link, report or frame: "will remain closed", "would say", "will have to".
bool light_plain(const ScanTok& w) {
  static const WordSet kLight = {"be", "have", "remain", "stay", "become", "continue", "need", "want", "try", "seem",
                                 "get", "make", "take", "give", "go", "come", "say", "tell", "ask", "use", "keep",
                                 "let", "look", "see", "know", "think", "help", "start", "begin", "do", "include",
                                 "allow", "require", "depend", "face", "mean", "like", "hope", "expect", "decide"};
  return kLight.has(w);
}

// "said it would send", "announced that it would close": a reporting or deciding verb earlier in the sentence makes
// "would" the future of what was said; without one it is a condition ("people would find it interesting").
bool reported_would(const std::vector<ScanTok>& t, size_t would) {
  static const WordSet kReport = {"said", "says", "told", "announced", "stated", "confirmed", "decided", "agreed",
                                  "promised", "pledged", "vowed", "warned", "added", "declared", "indicated",
                                  "signalled", "signaled", "threatened", "insisted", "wrote", "reported", "saying",
                                  "adding", "announcing", "warning", "stating", "promising", "vowing", "insisting"};
  for (size_t k = would; k > 0 && would - k < 10 && t[k - 1].sentence == t[would].sentence; --k) {
    if (kReport.has(t[k - 1])) return true;
  }
  return false;
}

// A plain verb form right after "will" / "shall" / a reported "would" (past "not", "also", "then"): "will send".
bool plain_after_will(const std::vector<ScanTok>& t, size_t v) {
  size_t k = v;
  while (k > 0 && v - k < 2 && (t[k - 1].is("not") || t[k - 1].is("also") || t[k - 1].is("then"))) --k;
  if (k == 0 || !(t[k - 1].is("will") || t[k - 1].is("would") || t[k - 1].is("shall"))) return false;
  if (t[k - 1].is("would") && !reported_would(t, k - 1)) return false;
  const std::string& s = t[v].norm;
  return s.size() >= 3 && s.back() != 's' && s.compare(s.size() - 2, 2, "ed") != 0 &&
         (s.size() < 3 || s.compare(s.size() - 3, 3, "ing") != 0) && !light_plain(t[v]);
}

}  // namespace

bool open_irregular_past(const ScanTok& w) { return irregular_past(w); }

std::string open_stem(const std::string& form) {
  const std::string irregular = irregular_stem(form);
  if (!irregular.empty()) return irregular;
  std::string s = form;
  if (s.size() > 4 && s.compare(s.size() - 3, 3, "ied") == 0) return s.substr(0, s.size() - 3) + "y";
  if (s.size() > 4 && s.compare(s.size() - 2, 2, "ed") == 0) s.erase(s.size() - 2);
  else if (s.size() > 3 && s.back() == 'd' && s[s.size() - 2] == 'e') s.erase(s.size() - 1);
  if (s.size() > 3 && s.back() == 'e') s.pop_back();
  if (s.size() > 3 && s.back() == s[s.size() - 2]) s.pop_back();  // "stopped" / "stop", "called" / "call"
  return s;
}

bool open_verb_row(const std::vector<ScanTok>& t, size_t v, VerbRow* row) {
  const ScanTok& w = t[v];
  if (w.kind != ScanKind::kWord || (w.cap && !w.sentence_start)) return false;
  if (!past_form(w) && !plain_after_will(t, v)) return false;
  if (function_word(w) || light_verb(w)) return false;
  if (w.norm.find('-') != std::string::npos) return false;  // "well-known", "state-owned": adjectives
  row->id = "ev.open";
  row->action = "+" + open_stem(w.norm);
  row->condition = "-";
  return true;
}

namespace events_detail {
namespace {

// "shares rose 4.8 percent", "the column rose 8 km": with no doer, an amount after the verb is how much, so the
// subject (before the auxiliaries from token k) is what the act is about.
void amount_object(const Ctx& c, size_t v, size_t k, EventMention* ev) {
  const auto& t = c.t;
  size_t n = v + 1;
  if (n + 1 < t.size() && t[n].kind != ScanKind::kNumber && function_word(t[n])) ++n;  // "rose by 4%", "fell to 2"
  static const WordSet kMeasure = {"percent", "per", "points", "point", "metres", "meters", "kilometres", "km", "mm",
                                   "cm", "degrees", "percentage", "%", "litres", "tonnes", "tons", "centimetres"};
  const bool amount = n + 1 < t.size() && t[n].kind == ScanKind::kNumber &&
                      (t[n + 1].kind != ScanKind::kWord || kMeasure.has(t[n + 1]) || t[n + 1].sentence != t[n].sentence);
  if (!ev->agent.empty() || ev->patient_first || !amount || k == 0) return;
  std::vector<std::string> words;
  const size_t subject = events_detail::subject_words(c, k, &words);
  if (words.empty() || subject >= k) return;
  ev->patient = ev->patient_name = words.back(), ev->patient_first = true;
  ev->words.insert(ev->words.end(), words.begin(), words.end());
  ev->start = std::min(ev->start, t[subject].start);
}

}  // namespace

// An open verb's mention keeps its verb as written; with nothing it acts on (no object, no subject noun, or a
// pronoun only) it tells too little to compare.
bool open_event(const Ctx& c, size_t v, EventMention* ev) {
  if (ev->patient.empty() || ev->negated) return false;
  // "examine whether rain weakened it", "they fear prices will rise": not told as done
  static const WordSet kIf = {"whether", "if", "unless", "fear", "fears", "feared", "worry", "worries", "hope", "hopes"};
  for (size_t k = v; k > 0 && v - k < 8 && c.t[k - 1].sentence == c.t[v].sentence; --k) {
    if (kIf.has(c.t[k - 1])) return false;
  }
  // "the board is looking at whether rain weakened the embankment": a doer only right before the verb (past
  // auxiliaries), never the subject of a clause further back.
  static const WordSet kAux = {"will", "would", "shall", "has", "have", "had", "was", "were", "is", "are", "be", "been",
                               "also", "then", "later", "reportedly", "already"};
  size_t k = v;
  while (k > 0 && kAux.has(c.t[k - 1])) --k;
  for (size_t j = v; j > 0 && v - j < 4; --j) {  // "will not load": never told against an affirmed telling
    if (c.t[j - 1].is("not") || c.t[j - 1].is("never") || c.t[j - 1].is("n't")) return false;
  }
  if (!ev->agent.empty() && (k == 0 || (c.ent_at[k - 1] < 0 && !c.t[k - 1].is("police")))) {
    ev->agent.clear(), ev->agent_name.clear();
    if (ev->start < c.t[k].start) ev->start = c.t[ev->patient_first ? k : v].start;
  }
  static const char* const kVague[] = {"it", "they", "them", "this", "that", "which", "who", "he", "she", "him", "her",
                                      "thing", "things", "way", "time", "part", "number", "lot", "one"};
  for (const char* w : kVague) {
    if (ev->patient == w) return false;
  }
  amount_object(c, v, k, ev);
  ev->verb = c.t[v].norm;
  ev->text = std::string(c.text.substr(ev->start, ev->end - ev->start));
  return true;
}

}  // namespace events_detail
}  // namespace fc
