// Organisation names a source writes in lower case, in its own word order ("the national centre for the cyber
// security" for "National Cyber Security Centre"), as translations often do: found by the name's words.
#include <algorithm>
#include <deque>
#include <map>
#include <unordered_set>

#include "align/entities_align_keys.h"

namespace fc {
namespace {

constexpr size_t kMinWords = 3;  // "product safety agency" alone could be any agency; three words name one
constexpr size_t kMaxWords = 6;

bool joiner(std::string_view w) { return w == "of" || w == "for" || w == "the" || w == "and"; }

// A lower-case word as compared: a plural "s" dropped ("accidents" = "accident").
std::string_view word_form(std::string_view w) {
  if (w.size() > 4 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
  return w;
}

std::string lower(std::string_view w) {
  std::string out(w);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  return out;
}

// The sorted words of a name without joiners, space-separated; "" when it has fewer than kMinWords.
std::string bag_of(const std::vector<std::string>& words) {
  std::vector<std::string> w;
  for (const std::string& x : words) if (!joiner(x)) w.push_back(x);
  if (w.size() < kMinWords || w.size() > kMaxWords) return "";
  std::sort(w.begin(), w.end());
  std::string out;
  for (const std::string& x : w) out += (out.empty() ? "" : " ") + x;
  return out;
}

struct OrgBags {
  std::map<std::string, const EntityMention*> by_bag;  // word bag -> one mention naming the organisation
  std::deque<std::string> store;                       // the bags' words (a deque: views into it stay valid)
  std::unordered_set<std::string_view> words;          // every word of the bags
};

OrgBags org_bags(const std::vector<SourceFindings>& all) {
  OrgBags b;
  for (const SourceFindings& f : all) {
    for (const EntityMention& m : f.entities) {
      if (m.type != "ORG" || m.rule == "ent.org.acronym") continue;
      std::vector<std::string> words;
      for (size_t at = 0; at <= m.canonical.size();) {
        size_t sp = std::min(m.canonical.find(' ', at), m.canonical.size());
        words.emplace_back(word_form(lower(std::string_view(m.canonical).substr(at, sp - at))));
        at = sp + 1;
      }
      const std::string bag = bag_of(words);
      if (bag.empty() || b.by_bag.count(bag)) continue;
      b.by_bag.emplace(bag, &m);
      for (const std::string& w : words) {
        if (!joiner(w) && !b.words.count(w)) b.words.insert(b.store.emplace_back(w));
      }
    }
  }
  return b;
}

// True if the source already names an organisation at [start, end) or one with this key.
bool named_here(const SourceFindings& f, size_t start, size_t end, const std::string& key) {
  for (const EntityMention& m : f.entities) {
    if (m.key == key || (m.start < end && m.end > start)) return true;
  }
  return false;
}

}  // namespace

std::vector<std::pair<size_t, EntityMention>> spelled_orgs(const std::vector<SourceFindings>& all) {
  std::vector<std::pair<size_t, EntityMention>> out;
  const OrgBags b = org_bags(all);
  if (b.by_bag.empty()) return out;
  for (size_t s = 0; s < all.size(); ++s) {
    const std::vector<Token>& t = all[s].index.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      if (t[i].kind != TokenKind::kWord || !b.words.count(word_form(t[i].norm))) continue;
      std::vector<std::string> words;  // the run of the bags' words and joiners from i
      size_t j = i, last = i;
      for (; j < t.size() && t[j].kind == TokenKind::kWord && words.size() < 2 * kMaxWords; ++j) {
        const std::string_view w = word_form(t[j].norm);
        if (!joiner(w) && !b.words.count(w)) break;
        words.emplace_back(w);
        if (!joiner(w)) last = j;
      }
      words.resize(last - i + 1);
      auto it = b.by_bag.find(bag_of(words));
      if (it == b.by_bag.end() || named_here(all[s], t[i].start, t[last].end, it->second->key)) continue;
      EntityMention m;
      m.start = t[i].start, m.end = t[last].end;
      m.text = m.canonical = all[s].source->text.substr(m.start, m.end - m.start);
      m.key = it->second->key, m.type = "ORG", m.rule = "ent.org.spelled";
      out.emplace_back(s, std::move(m));
      i = last;
    }
  }
  return out;
}

}  // namespace fc
