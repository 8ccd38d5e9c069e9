// Date alignment: background dates, far from the news, and the words next to bare years.
#include <algorithm>
#include <string_view>
#include <vector>

#include "align/dates_align_items.h"

namespace fc {
namespace dates_align {

bool same_stem(std::string_view x, std::string_view y) {
  if (x.size() > y.size()) std::swap(x, y);
  if (x.size() < 4 || x[0] == '#' || (x[0] >= '0' && x[0] <= '9')) return false;
  const size_t n = std::min<size_t>(x.size(), 6);
  return y.compare(0, n, x, 0, n) == 0 && (n == 6 || n == x.size());
}

size_t common_near(const DateStory& story, const std::vector<uint32_t>& x, const std::vector<uint32_t>& y) {
  size_t n = 0;
  for (uint32_t a : x) {
    for (uint32_t b : y) {
      if (a == b || same_stem(story.word_text[a], story.word_text[b])) {
        ++n;
        break;
      }
    }
  }
  return n;
}

bool background_pair(const DateStory& story, size_t a, size_t b, const Shared& s, double sim) {
  const DateItem &x = story.items[a], &y = story.items[b];
  if (!x.distant || !y.distant) return false;
  const bool kind = s.classes > 0 || s.names > 0 || s.near > 0;  // the kind of event, a participant, a word by both
  if (x.since || y.since) return kind;
  return story.keys[x.key].size() > 4 || kind || s.others > 0 || sim >= 0.05;
}

}  // namespace dates_align
}  // namespace fc
