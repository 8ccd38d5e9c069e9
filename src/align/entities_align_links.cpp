// Links between entity keys that name one thing in several sources: people whose given names are transliterated
// with another first letter, organisations named in another word order.
#include <algorithm>
#include <map>
#include <set>

#include "align/entities_align_keys.h"

namespace fc {
namespace {

std::string_view last_word(std::string_view key) {
  size_t sp = key.rfind(' ');
  return sp == std::string_view::npos ? key : key.substr(sp + 1);
}

}  // namespace

std::string org_word_bag(std::string_view key) {
  std::vector<std::string_view> words;
  for (size_t at = 0; at <= key.size();) {
    size_t sp = key.find(' ', at);
    if (sp == std::string_view::npos) sp = key.size();
    std::string_view w = key.substr(at, sp - at);
    if (w == "br") w = "ofc";  // "bureau" and "office" translate one word
    if (!w.empty() && w != "of" && w != "fr" && w != "th" && w != "and") words.push_back(w);
    at = sp + 1;
  }
  std::sort(words.begin(), words.end());
  std::string out;
  for (std::string_view w : words) out += (out.empty() ? "" : " ") + std::string(w);
  return out;
}

bool given_name_variant(std::string_view a, std::string_view b) {
  const size_t sa = a.find(' '), sb = b.find(' ');
  if (sa == std::string_view::npos || sa != sb || sa < 4 || a.substr(sa) != b.substr(sb) || a.substr(1, sa - 1) != b.substr(1, sb - 1))
    return false;
  const char x = std::min(a[0], b[0]), y = std::max(a[0], b[0]);
  return (x == 'g' && y == 'h') || (x == 'g' && y == 'y') || (x == 'j' && y == 'y');
}

namespace {

std::vector<std::string_view> bag_words(std::string_view bag) {
  std::vector<std::string_view> out;
  for (size_t at = 0; at <= bag.size();) {
    size_t sp = std::min(bag.find(' ', at), bag.size());
    out.push_back(bag.substr(at, sp - at));
    at = sp + 1;
  }
  return out;
}

// True if key word `p` is the plural of key word `w`: an "s" added, or "ts" folded to "c" ("dpst", "dpsc").
bool plural_key(std::string_view p, std::string_view w) {
  if (w.size() < 3 || p.size() != w.size() + (w.back() == 't' ? 0 : 1)) return false;
  if (w.back() == 't') return p.back() == 'c' && p.substr(0, p.size() - 1) == w.substr(0, w.size() - 1);
  return p.back() == 's' && p.substr(0, w.size()) == w;
}

// True if two word bags of three words or more match word for word, one word at most only by a stem of four key
// letters or more that the other word starts with ("Volcano" of "Volcanological Observatory of the Atlantic"); a
// bag of three words or more also matches one with a single qualifier more, matched strictly ("Interbank Fund of
// Guarantee of the Deposits" = "Deposit Guarantee Fund").
bool bags_close(std::string_view a, std::string_view b) {
  std::vector<std::string_view> x = bag_words(a), y = bag_words(b);
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() < 3 || y.size() > x.size() + 1) return false;
  size_t loose = x.size() == y.size() ? 0 : 1;  // the qualifier uses up the one loose word
  for (std::string_view w : x) {
    auto same = std::find_if(y.begin(), y.end(), [&](std::string_view v) { return v == w || plural_key(v, w) || plural_key(w, v); });
    if (same == y.end()) {
      same = std::find_if(y.begin(), y.end(), [&](std::string_view v) {
        const size_t n = std::min(v.size(), w.size());
        return n >= 4 && v.size() != w.size() && v.substr(0, n) == w.substr(0, n);
      });
      if (same == y.end() || ++loose > 1) return false;
    }
    y.erase(same);
  }
  return true;
}

}  // namespace

// Organisations named in two or more word orders or translations go by one of their keys: the one an acronym is
// defined for, else the smallest; names whose keys carry two different acronyms stay apart.
void link_reordered(NameIndex& ix) {
  std::map<std::string, std::vector<std::string_view>> bags;
  for (std::string_view k : ix.orgs) {
    if (k.find(' ') != std::string_view::npos) bags[org_word_bag(k)].push_back(k);
  }
  // a bag close to exactly one other joins it (its keys move over; the other bag's acronym guard still applies)
  for (auto a = bags.begin(); a != bags.end(); ++a) {
    auto match = bags.end();
    size_t n = 0;
    for (auto b = bags.begin(); b != bags.end(); ++b) {
      if (b != a && !b->second.empty() && bags_close(a->first, b->first)) match = b, ++n;
    }
    if (n != 1 || a->second.empty()) continue;
    match->second.insert(match->second.end(), a->second.begin(), a->second.end());
    a->second.clear();
  }
  for (auto& [bag, keys] : bags) {
    if (keys.size() < 2 || bag.find(' ') == std::string::npos) continue;
    std::sort(keys.begin(), keys.end());
    std::string_view rep = keys[0];
    std::set<std::string> acronyms;
    for (std::string_view k : keys) {
      auto a = ix.alias.find(std::string(k));
      if (a != ix.alias.end() && a->second[0] == '#') acronyms.insert(a->second), rep = k;
    }
    if (acronyms.size() > 1) continue;
    for (std::string_view k : keys) if (k != rep) ix.reordered[k] = rep;
  }
}

// People whose full keys are transliteration variants of each other go by the smaller key; the other leaves the
// surname's list, so a surname alone still finds its one person.
void link_given_variants(NameIndex& ix) {
  for (auto& [last, keys] : ix.full) {
    for (std::string_view a : keys) {
      for (std::string_view b : keys) {
        if (b < a && given_name_variant(a, b) && !ix.person_alias.count(b)) ix.person_alias[a] = b;
      }
    }
    for (const auto& ab : ix.person_alias) keys.erase(ab.first);
  }
}

namespace {

// A full person key with the letters transliterations swap folded: "h" read as "g" ("Ihor" = "Igor", "Holovko" =
// "Golovko", Ukrainian and Russian spellings) and the first vowel of a word of three key letters or more read as
// one ("Eirini" = "Irini", keys "ern" and "irn").
std::string loose_person_key(std::string_view key) {
  std::string out(key);
  // a name of three words or more ("Hamad bin Rashid") may come through French, which writes "sh" as "ch"
  // ("Hamed ben Rached"); three words matching keep two people of shorter names ("Li Chen", "Li Shen") apart
  if (std::count(out.begin(), out.end(), ' ') >= 2) {
    for (size_t at = out.find("ch"); at != std::string::npos; at = out.find("ch", at + 1)) out[at] = 's';
  }
  for (size_t i = 0; i < out.size(); ++i) {
    if (out[i] == 'h') out[i] = 'g';
    const bool starts = i == 0 || out[i - 1] == ' ';
    size_t end = out.find(' ', i);
    if (end == std::string::npos) end = out.size();
    if (starts && end - i >= 3 && std::string_view("aeiouy").find(out[i]) != std::string_view::npos) out[i] = 'a';
  }
  return out;
}

// The key with the words after the given name read as one: a double surname written with a hyphen in one source
// and a space in another ("Cortés-Rivas", "Cortes Rivas") is one name.
std::string joined_surname(std::string key) {
  const size_t given = key.find(' ');
  if (given != std::string::npos) key.erase(std::remove(key.begin() + static_cast<std::ptrdiff_t>(given) + 1, key.end(), ' '), key.end());
  return key;
}

}  // namespace

void link_transliterated(NameIndex& ix, const std::vector<SourceFindings>& all) {
  std::map<std::string, std::set<std::string_view>> by_loose;
  for (const auto& [last, keys] : ix.full) {
    for (std::string_view k : keys) if (!ix.person_alias.count(k)) by_loose[joined_surname(loose_person_key(k))].insert(k);
  }
  std::set<std::pair<std::string_view, std::string_view>> together;  // keys one source writes both of: two people
  for (const SourceFindings& f : all) {
    std::set<std::string_view> mine;
    for (const EntityMention& m : f.entities) {
      if (m.type == "PERSON" && m.key.find(' ') != std::string::npos) mine.insert(m.key);
    }
    for (std::string_view a : mine) for (std::string_view b : mine) if (a < b) together.emplace(a, b);
  }
  for (const auto& [loose, keys] : by_loose) {
    if (keys.size() < 2) continue;
    const std::string_view rep = *keys.begin();
    bool apart = false;
    for (std::string_view a : keys) for (std::string_view b : keys) apart = apart || together.count({a, b});
    if (apart) continue;
    for (std::string_view k : keys) {
      if (k == rep) continue;
      ix.person_alias[k] = rep;
      // a surname alone still finds its one person: the variant leaves the list its surname shares with `rep`
      if (last_word(k) == last_word(rep)) ix.full[last_word(k)].erase(k);
    }
  }
}

// The key a person goes by: its own or the variant it is linked to.
std::string_view person_key(std::string_view key, const NameIndex& ix) {
  auto it = ix.person_alias.find(key);
  return it == ix.person_alias.end() ? key : it->second;
}

namespace {

// A name of three words or more whose surname another alphabet spells otherwise ("Hamed ben Rached" for "Hamad bin
// Rashid"): the one person whose loose key it shares, maybe after a leading title word; "" if none or several.
std::string_view long_variant_of_known(std::string_view key, const NameIndex& ix) {
  if (std::count(key.begin(), key.end(), ' ') < 2) return {};
  const std::string loose = loose_person_key(key);
  std::string_view found;
  for (const auto& [last, keys] : ix.full) {
    for (std::string_view k : keys) {
      const std::string other = loose_person_key(k);  // "Sheikh Hamad bin Rashid": a title word kept in the name
      const bool titled = other.size() > loose.size() && other.compare(other.size() - loose.size(), loose.size(), loose) == 0 &&
                          other[other.size() - loose.size() - 1] == ' ';
      if ((other != loose && !titled) || k == found) continue;
      if (!found.empty()) return {};
      found = k;
    }
  }
  return found;
}

}  // namespace

// A full key that no source typed as a person, matched to the one person whose key is a variant of it.
std::string_view variant_of_known(std::string_view key, const NameIndex& ix) {
  auto it = ix.full.find(last_word(key));
  if (it == ix.full.end()) return long_variant_of_known(key, ix);
  if (it->second.count(key)) return key;
  std::string_view found;
  const std::string loose = loose_person_key(key);
  for (std::string_view k : it->second) {
    if (!given_name_variant(key, k) && loose_person_key(k) != loose) continue;
    if (!found.empty()) return {};
    found = k;
  }
  return found;
}

}  // namespace fc
