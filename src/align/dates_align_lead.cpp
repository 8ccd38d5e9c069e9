// Date alignment: the lead of a news report states its main event and that event's day.
#include <algorithm>

#include "align/dates_align_groups.h"
#include "align/dates_align_items.h"
#include "align/union_find.h"

namespace fc {
namespace dates_align {
namespace {

// True when the sentence's last token closes a sentence: '.', '!' or '?', or a quote mark right after one.
bool closes(const TextIndex& idx, const Sentence& s) {
  for (size_t t = s.end_token; t > s.first_token; --t) {
    const Token& tok = idx.tokens[t - 1];
    if (tok.kind == TokenKind::kQuote) continue;
    return tok.kind == TokenKind::kPunct && (tok.norm == "." || tok.norm == "!" || tok.norm == "?");
  }
  return false;
}

// How many shared entries two ascending lists hold, leaving out those `skip` flags.
size_t shared(const std::vector<uint32_t>& x, const std::vector<uint32_t>& y, const std::vector<char>* skip) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < x.size() && j < y.size();) {
    if (x[i] < y[j]) { ++i; continue; }
    if (y[j] < x[i]) { ++j; continue; }
    n += skip && (*skip)[x[i]] ? 0 : 1;
    ++i, ++j;
  }
  return n;
}

}  // namespace

size_t lead_end(const TextIndex& idx) {
  for (size_t s = 0; s < idx.sentences.size() && s < 4; ++s) {
    const Sentence& sen = idx.sentences[s];
    size_t words = 0;
    for (size_t t = sen.first_token; t < sen.end_token; ++t) words += idx.tokens[t].kind == TokenKind::kWord;
    if (words >= 6 && closes(idx, sen)) return sen.end;
  }
  return 0;
}

void count_lead_days(DateStory& story) {
  std::vector<uint32_t> keys;
  for (size_t lo = 0, hi = 0; lo < story.items.size(); lo = hi) {  // items come grouped by source
    keys.clear();
    for (hi = lo; hi < story.items.size() && story.items[hi].src == story.items[lo].src; ++hi) {
      if (story.items[hi].lead && story.key_one_day[story.items[hi].key]) keys.push_back(story.items[hi].key);
    }
    std::sort(keys.begin(), keys.end());
    const auto days = static_cast<uint32_t>(std::unique(keys.begin(), keys.end()) - keys.begin());
    for (size_t i = lo; i < hi; ++i) story.items[i].lead_days = story.items[i].lead ? days : 0;
  }
}

bool lead_pair(const DateStory& story, size_t a, size_t b) {
  const DateItem &x = story.items[a], &y = story.items[b];
  if (!x.lead || !y.lead || x.src == y.src || x.key != y.key || !story.key_one_day[x.key]) return false;
  if (x.side >= 0 || y.side >= 0) return false;  // a lead's coming days are plans, and a story holds many
  const double ov = story.bags.overlap(a, b);
  if (x.lead_days > 1 || y.lead_days > 1) return ov >= 0.2;
  if (shared(x.classes, y.classes, nullptr) > 0 || shared(x.names, y.names, &story.word_is_number) > 0) return true;
  return ov >= 0.05;
}

void join_leads(const std::vector<size_t>& members, const DateStory& story, UnionFind& uf, Groups& groups) {
  if (std::none_of(members.begin(), members.end(), [&](size_t m) { return story.items[m].lead; })) return;
  std::vector<size_t> leads;
  for (size_t m : members) {
    if (story.items[m].lead && story.items[m].side < 0) leads.push_back(story.items[m].src);
  }
  std::sort(leads.begin(), leads.end());
  const size_t count = static_cast<size_t>(std::unique(leads.begin(), leads.end()) - leads.begin());
  if (count < 3 || 2 * count < story.texts.size()) return;
  for (size_t i = 0; i < members.size(); ++i) {
    if (!story.items[members[i]].lead) continue;
    for (size_t j = i + 1; j < members.size(); ++j) {
      // Pairs already joined are skipped before the bag overlap: a block of thousands of leads costs finds only.
      const size_t ra = uf.find(members[i]), rb = uf.find(members[j]);
      if (ra == rb || !lead_pair(story, members[i], members[j])) continue;
      uf.unite(ra, rb);
      groups.join(ra, rb, uf.find(ra));
    }
  }
}

}  // namespace dates_align
}  // namespace fc
