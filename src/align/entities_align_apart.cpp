// Names that one source tells apart: a group key is a consonant skeleton, so two different one-word names can share
// it ("Calvoria" the country, "Calvair" its airline); when some source writes both, they are two names.
#include <algorithm>
#include <map>
#include <set>

#include "align/entities_align_keys.h"

namespace fc {
namespace {

// A one-word name in lower case when it is plain ASCII letters; "" otherwise (a name with accents may be the same
// name with and without them, "Kostović" and "Kostovic", which a source may well mix).
std::string plain_word(const std::string& name) {
  std::string out;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
    else if (c >= 'a' && c <= 'z') out += c;
    else return "";
  }
  return out;
}

// True if two plain words are other names, not one name with a plural or possessive "s" ("Calvair", "Calvairs").
bool other_names(const std::string& a, const std::string& b) {
  if (a == b) return false;
  const std::string& s = a.size() < b.size() ? a : b;
  const std::string& l = &s == &a ? b : a;
  return !(l.size() == s.size() + 1 && l.back() == 's' && l.compare(0, s.size(), s) == 0);
}

// A group key without its kind: a source may type the two names differently ("in Calvair", "Calvoria said").
std::string body(const std::string& key) { return key.size() > 2 && key[1] == '|' ? key.substr(2) : key; }

}  // namespace

void split_told_apart(std::vector<KeyedMention>& keyed) {
  std::map<std::pair<std::string, size_t>, std::set<std::string>> written;  // (key body, source) -> plain words
  for (const KeyedMention& k : keyed) {
    if (k.key.empty()) continue;
    const std::string w = plain_word(k.m->canonical);
    if (!w.empty()) written[{body(k.key), k.src}].insert(w);
  }
  std::set<std::string> apart;
  for (const auto& [ks, words] : written) {
    for (auto a = words.begin(); a != words.end() && !apart.count(ks.first); ++a) {
      for (auto b = std::next(a); b != words.end(); ++b) {
        if (other_names(*a, *b)) {
          apart.insert(ks.first);
          break;
        }
      }
    }
  }
  if (apart.empty()) return;
  for (KeyedMention& k : keyed) {
    if (k.key.empty() || !apart.count(body(k.key))) continue;
    const std::string w = plain_word(k.m->canonical);
    if (!w.empty()) k.key += "/" + w;
  }
}

}  // namespace fc
