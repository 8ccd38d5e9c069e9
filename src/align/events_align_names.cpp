// Event alignment: how sources name one participant or amount: names spelled a letter apart ("Ihor" / "Igor
// Danyliuk"), people counted alike under different nouns ("two men" / "two suspects"), amounts that tell acts
// apart or one act by its sum.
#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>

#include "align/events_align_link.h"
#include "core/parse_number.h"

namespace fc {
namespace {

// A name key of two words or more ("ihr dnlk"), not an amount ("#4 million") or a common-noun agent ("~plc").
bool multiword_name(const std::string& w) {
  return !w.empty() && w[0] != '#' && w[0] != '~' && w.find(' ') != std::string::npos;
}

// True if a and b differ by one letter changed, added or dropped.
bool one_edit(std::string_view a, std::string_view b) {
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) return a.substr(i + 1) == b.substr(i + 1);
  return a.substr(i) == b.substr(i + 1);
}

// Two keys of one name: as many words, each the same or (three letters or more) one letter apart, two apart in all;
// when no word is the same, every word has four letters or more ("artm hlvk" / "artym glvk", not "jn sk" / "jan sok").
bool alike(std::string_view x, std::string_view y) {
  auto a = key_words(x), b = key_words(y);  // multiword keys never carry the "~" of a common noun
  if (a.size() != b.size()) return false;
  size_t edits = 0, shortest = 99;
  for (size_t i = 0; i < a.size(); ++i) {
    shortest = std::min({shortest, a[i].size(), b[i].size()});
    if (a[i] == b[i]) continue;
    if (a[i].size() < 3 || b[i].size() < 3 || !one_edit(a[i], b[i])) return false;
    ++edits;
  }
  return edits >= 1 && edits <= 2 && (edits < a.size() || shortest >= 4);
}

void add_key(const std::string& w, std::vector<std::string>* keys) {
  if (multiword_name(w) && std::find(keys->begin(), keys->end(), w) == keys->end()) keys->push_back(w);
}

// "#2024": a year, not an amount (four digits from 1900 to 2100, no unit).
bool year_word(const std::string& w) {
  if (w.size() != 5 || w[0] != '#') return false;
  for (size_t i = 1; i < 5; ++i) if (w[i] < '0' || w[i] > '9') return false;
  return (w[1] == '1' && w[2] == '9') || (w[1] == '2' && (w[2] == '0' || w.compare(1, 4, "2100") == 0));
}

}  // namespace

std::vector<double> event_amounts(const EventMention& e) {
  std::vector<double> out;
  for (const std::string& w : e.words) {
    if (w.empty() || w[0] != '#' || year_word(w)) continue;  // "arrested in March 2024" / "jailed for 12 years"
    std::string digits;
    // "#380,000" and "#380 000" (groups split by a space, as translated copy writes them) are one amount.
    for (size_t i = 1; i < w.size(); ++i) {
      const bool group = w[i] == ' ' && i + 1 < w.size() && w[i + 1] >= '0' && w[i + 1] <= '9';
      if (w[i] == ' ' && !group) break;
      if (w[i] != ',' && !group) digits += w[i];
    }
    double v = fc::parse_double(digits.c_str());
    if (w.find("million") != std::string::npos) v *= 1e6;
    if (w.find("billion") != std::string::npos || w.find("milliard") != std::string::npos) v *= 1e9;
    if (v > 0) out.push_back(v);
  }
  return out;
}

bool amounts_apart(const std::vector<double>& a, const std::vector<double>& b) {
  if (a.empty() || b.empty()) return false;
  for (double p : a) {
    for (double q : b) if (std::fabs(p - q) <= 0.2 * std::max(p, q)) return false;
  }
  return true;
}

bool amounts_apart(const EventMention& x, const EventMention& y) { return amounts_apart(event_amounts(x), event_amounts(y)); }

bool same_big_amount(const std::vector<double>& a, const std::vector<double>& b) {
  for (double p : a) {
    if (p < 1000) continue;
    for (double q : b) if (std::fabs(p - q) <= 1e-9 * p) return true;
  }
  return false;
}

bool same_big_amount(const EventMention& x, const EventMention& y) {
  return same_big_amount(event_amounts(x), event_amounts(y));
}

std::map<std::string, std::string> spelled_alike(const std::vector<EventItem>& items) {
  std::vector<std::string> keys;  // distinct name keys in order of first use
  for (const EventItem& it : items) {
    add_key(it.e->agent, &keys);
    add_key(it.e->patient, &keys);
    for (const std::string& w : it.e->words) add_key(w, &keys);
  }
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < keys.size(); ++i) {
    if (out.count(keys[i])) continue;
    for (size_t j = i + 1; j < keys.size(); ++j) {
      if (!out.count(keys[j]) && alike(keys[i], keys[j])) out[keys[j]] = keys[i];
    }
  }
  return out;
}

EventMention spelled_one_way(const EventMention& e, const std::map<std::string, std::string>& alias) {
  EventMention out = e;
  auto one = [&](std::string* w) {
    auto it = alias.find(*w);
    if (it != alias.end()) *w = it->second;
  };
  one(&out.agent), one(&out.patient);
  for (std::string& w : out.words) one(&w);
  for (std::string& w : out.core) one(&w);
  for (std::string& w : out.names) one(&w);
  return out;
}

bool same_people(const EventMention& x, const EventMention& y) {
  static const char* kPeople[] = {"man", "woman", "person", "people", "suspect", "individual", "youth", "teenager"};
  auto people = [](const std::string& p) { return std::find(std::begin(kPeople), std::end(kPeople), p) != std::end(kPeople); };
  if (x.patient == y.patient || !people(x.patient) || !people(y.patient)) return false;
  for (const std::string& w : x.words) {
    if (w.size() > 1 && w[0] == '#' && std::find(y.words.begin(), y.words.end(), w) != y.words.end()) return true;
  }
  return false;
}

}  // namespace fc
