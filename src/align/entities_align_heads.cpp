// Two-word names whose head noun a source writes in lower case, before or after the name word, as translations and
// loose styles do ("the stadium Meridian", "the dam of Valdecruz", "the Valdecruz dam" for "Meridian Stadium",
// "Valdecruz Dam"): found by the head and the name word of a name another source gives in capitals.
#include <map>
#include <unordered_set>

#include "align/entities_align_keys.h"

namespace fc {
namespace {

bool upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }
bool lower_ascii(char c) { return c >= 'a' && c <= 'z'; }

// (name word as written, head in lower case) -> the model mention and key; a null mention when two keys share it;
// with the heads and name words in lower case, so that most tokens are passed over without building a string.
struct Models {
  std::map<std::pair<std::string, std::string>, const KeyedMention*> by;
  std::unordered_set<std::string> heads, names;
  const KeyedMention* find(std::string_view name, std::string_view head) const {
    auto it = by.find({std::string(name), std::string(head)});
    return it == by.end() ? nullptr : it->second;
  }
};

Models models_of(const std::vector<KeyedMention>& keyed) {
  Models out;
  for (const KeyedMention& k : keyed) {
    const std::string& c = k.m->canonical;
    const size_t sp = c.find(' ');
    if (k.key.empty() || k.m->type == "PERSON" || sp == std::string::npos || c.find(' ', sp + 1) != std::string::npos)
      continue;
    if (sp < 3 || c.size() - sp - 1 < 3 || !upper_ascii(c[0]) || !upper_ascii(c[sp + 1])) continue;
    std::string head = c.substr(sp + 1);
    head[0] = static_cast<char>(head[0] + 32);
    auto [at, fresh] = out.by.try_emplace({c.substr(0, sp), head}, &k);
    if (!fresh && at->second && at->second->key != k.key) at->second = nullptr;
    std::string name = c.substr(0, sp);
    for (char& ch : name) ch = upper_ascii(ch) ? static_cast<char>(ch + 32) : ch;
    out.heads.insert(head), out.names.insert(std::move(name));
  }
  return out;
}

// True if the source has a mention over [start, end) other than the name word alone at [ws, we).
bool taken(const SourceFindings& f, size_t start, size_t end, size_t ws, size_t we) {
  for (const EntityMention& m : f.entities) {
    if (m.start < end && m.end > start && !(m.start == ws && m.end == we)) return true;
  }
  return false;
}

std::string_view word_at(const SourceFindings& f, size_t i) {
  const Token& t = f.index.tokens[i];
  return std::string_view(f.source->text).substr(t.start, t.end - t.start);
}

// The model a run [i, j] of one source names with the head word in lower case, or nullptr: "head (of (the)) Name"
// or "(the) Name head" after a word, the name word as the model writes it and no capitalised word running on.
const KeyedMention* head_match(const SourceFindings& f, size_t i, const Models& models, size_t* j) {
  const std::vector<Token>& t = f.index.tokens;
  const std::string_view w = word_at(f, i);
  if (t[i].kind != TokenKind::kWord || w.empty()) return nullptr;
  auto open = [&](size_t k) { return k >= t.size() || t[k].kind != TokenKind::kWord || !t[k].capitalized; };
  if (i + 1 >= t.size() || t[i + 1].kind != TokenKind::kWord) return nullptr;  // the usual case: nothing to hash
  if (lower_ascii(w[0])) {  // "stadium Meridian", "dam of Valdecruz", "dam of the Valdecruz"
    if ((!t[i + 1].capitalized && t[i + 1].norm != "of") || !models.heads.count(t[i].norm)) return nullptr;
    size_t k = i + 1;
    if (k < t.size() && t[k].norm == "of") ++k;
    if (k < t.size() && t[k].norm == "the" && k > i + 1) ++k;
    if (k >= t.size() || t[k].kind != TokenKind::kWord || !t[k].capitalized || !open(k + 1)) return nullptr;
    const KeyedMention* m = models.find(word_at(f, k), w);
    if (m) *j = k;
    return m;
  }
  // a word before it, in lower case or "the": a capital opening a sentence may be any word ("Central bank staff ...")
  if (!t[i].capitalized || t[i + 1].capitalized || !open(i + 2) || i == 0 || t[i - 1].kind != TokenKind::kWord ||
      (!open(i - 1) && t[i - 1].norm != "the") || !models.names.count(t[i].norm))
    return nullptr;
  const std::string_view h = word_at(f, i + 1);  // "Valdecruz dam"
  if (h.empty() || !lower_ascii(h[0])) return nullptr;
  const KeyedMention* m = models.find(w, h);
  if (m) *j = i + 1;
  return m;
}

}  // namespace

void head_word_names(const std::vector<SourceFindings>& all, std::deque<EntityMention>& store,
                     std::vector<KeyedMention>& keyed) {
  const Models models = models_of(keyed);
  if (models.by.empty()) return;
  std::vector<KeyedMention> found;
  for (size_t s = 0; s < all.size(); ++s) {
    const SourceFindings& f = all[s];
    if (!f.source) continue;
    for (size_t i = 0; i < f.index.tokens.size(); ++i) {
      size_t j = i;
      const KeyedMention* model = head_match(f, i, models, &j);
      if (!model) continue;
      const std::vector<Token>& t = f.index.tokens;
      const size_t name = lower_ascii(word_at(f, i)[0]) ? j : i;  // the capitalised name word of the run
      if (taken(f, t[i].start, t[j].end, t[name].start, t[name].end)) continue;
      EntityMention m;
      m.start = t[i].start, m.end = t[j].end;
      m.text = m.canonical = f.source->text.substr(m.start, m.end - m.start);
      m.key = model->m->key, m.type = model->m->type, m.rule = "ent.name.head_word";
      store.push_back(std::move(m));
      found.push_back({s, &store.back(), model->key});
      i = j;
    }
  }
  for (KeyedMention& k : found) keyed.push_back(std::move(k));
}

}  // namespace fc
