// Date facts, collection: every source's date mentions with their values, keys and judging words (collect_dates()).
#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "align/align.h"
#include "core/sort.h"
#include "align/dates_align_items.h"
#include "compare/verdict.h"
#include "pipeline/anchor.h"

namespace fc {
namespace dates_align {
namespace {

bool resolved(const std::string& v) {
  return !v.empty() && v[0] >= '0' && v[0] <= '9' && v.find('X') == std::string::npos;
}

// For a source with no anchor at all, "XXXX-05-15" takes the year nearest the story's latest date.
bool fill_story_year(std::vector<std::string>& values, const std::optional<CivilDate>& ref) {
  bool filled = false;
  for (std::string& v : values) {
    if (v.size() < 7 || v.compare(0, 5, "XXXX-") != 0 || v[5] < '0' || v[5] > '9') continue;
    const std::string md = v.substr(5, 5);
    auto d = parse_iso_date("2000-" + (md.size() == 5 && md[2] == '-' ? md : md.substr(0, 2) + "-15"));
    if (!d) continue;
    auto full = with_story_year(*d, ref);
    if (!full) continue;
    v = std::to_string(full->year) + v.substr(4);
    filled = true;
  }
  return filled;
}

// True when the date hangs on a speech verb just before it ("said on Friday", "told reporters Friday").
// `first_after` is the first token ending after the date's start.
bool speech_date(const TextIndex& idx, size_t first_after) {
  static constexpr std::string_view kSpeech[] = {"said", "says", "told", "announced", "stated", "claimed", "added",
                                                 "declared", "explained", "reported", "wrote", "reporters"};
  size_t i = first_after;
  size_t looked = 0;
  while (i > 0 && looked < 3) {
    const std::string_view w = idx.tokens[--i].norm;
    if (w == "on" || w == "late" || w == "early" || w == ",") { ++looked; continue; }
    for (std::string_view v : kSpeech) {
      if (w == v) return true;
    }
    return false;
  }
  return false;
}

// True when a word within eight tokens of the date, in its sentence, tells its event as one of several ("another
// arrest on Wednesday", "a second blast", "struck again"): a day that differs from another source's may be the
// next event of the kind, not a dispute. `first_after` is the first token ending after the date's start.
bool repeat_cue(const TextIndex& idx, size_t first_after, size_t start) {
  static constexpr std::string_view kRepeat[] = {"another", "again", "second", "third", "fourth", "further",
                                                 "fresh", "renewed", "repeated", "latest"};
  if (idx.sentences.empty()) return false;
  const Sentence& s = idx.sentences[idx.sentence_at(start)];
  const size_t lo = std::max(s.first_token, first_after > 8 ? first_after - 8 : 0);
  const size_t hi = std::min(s.end_token, first_after + 12);
  for (size_t i = lo; i < hi; ++i) {
    for (std::string_view w : kRepeat) {
      if (idx.tokens[i].norm == w) return true;
    }
  }
  return false;
}

// The first token ending after `start`, scanning on from `cursor` (the answer for an earlier start, else 0).
size_t first_token_after(const TextIndex& idx, size_t start, size_t& cursor, size_t& cursor_start) {
  if (start < cursor_start) cursor = 0;
  while (cursor < idx.tokens.size() && idx.tokens[cursor].end <= start) ++cursor;
  cursor_start = start;
  return cursor;
}

// The item's key: its values' days (a time of day "2021-03-18T22:14" is compared by its day), sorted, '|'-joined.
std::string value_key(const std::vector<std::string>& values) {
  if (values.size() == 1) return values.front().substr(0, values.front().find('T'));
  std::vector<std::string> vals = values;
  fc::sort_by(vals.begin(), vals.end());
  std::string key;
  for (const std::string& v : vals) {
    if (!key.empty()) key += '|';
    key.append(v, 0, v.find('T'));
  }
  return key;
}

// Turns interned ids (key ids, word ids) into ranks; sets the tables indexed by rank.
void rank_story(DateStory& story, const std::vector<std::string>& key_of_id, const ContextVocab& vocab,
                const std::vector<uint32_t>& sentence_df, size_t sentences) {
  std::vector<uint32_t> key_order(key_of_id.size());
  for (uint32_t i = 0; i < key_order.size(); ++i) key_order[i] = i;
  fc::sort_by(key_order.begin(), key_order.end(), [&](uint32_t a, uint32_t b) { return key_of_id[a] < key_of_id[b]; });
  std::vector<uint32_t> key_rank(key_order.size());
  for (uint32_t r = 0; r < key_order.size(); ++r) {
    key_rank[key_order[r]] = r;
    const std::string& k = key_of_id[key_order[r]];
    story.keys.push_back(k);
    story.key_one_day.push_back(k.size() >= 10 && k[4] == '-' && k[7] == '-' && k.find('|') == std::string::npos);
  }
  const std::vector<uint32_t> word_rank = vocab.lexical_ranks();
  story.word_is_class.assign(vocab.size(), 0);
  story.word_text.resize(vocab.size());
  story.word_is_number.assign(vocab.size(), 0);
  story.word_is_measure.assign(vocab.size(), 0);
  for (uint32_t w = 0; w < vocab.size(); ++w) {
    const char first = vocab.word(w)[0];
    story.word_is_class[word_rank[w]] = first == '#';
    story.word_text[word_rank[w]] = vocab.word(w);
    for (std::string_view m : {"#raise", "#cut", "#peak"}) story.word_is_measure[word_rank[w]] |= vocab.word(w) == m;
    const std::string& word = vocab.word(w);
    const bool digit = first >= '0' && first <= '9';
    story.word_is_number[word_rank[w]] = !digit ? 0 : word.find_first_of(".,") != std::string::npos ? 2 : 1;
  }
  std::vector<size_t> df(vocab.size(), 0);
  for (DateItem& it : story.items) {
    it.key = key_rank[it.key];
    for (uint32_t& w : it.ctx) w = word_rank[w];
    for (uint32_t& w : it.classes) w = word_rank[w];
    std::sort(it.classes.begin(), it.classes.end());
    it.classes.erase(std::unique(it.classes.begin(), it.classes.end()), it.classes.end());
    for (uint32_t& w : it.sent) w = word_rank[w];
    std::sort(it.sent.begin(), it.sent.end());
    for (std::vector<uint32_t>* list : {&it.names, &it.near, &it.heads, &it.head_words}) {
      for (uint32_t& w : *list) w = word_rank[w];
      std::sort(list->begin(), list->end());
      list->erase(std::unique(list->begin(), list->end()), list->end());
    }
    std::sort(it.ctx.begin(), it.ctx.end());
    it.ctx.erase(std::unique(it.ctx.begin(), it.ctx.end()), it.ctx.end());
    for (uint32_t w : it.ctx) ++df[w];
    story.bags.add_terms(it.ctx);
  }
  story.bags.finish();
  story.name_df.assign(vocab.size(), 0);
  for (const DateItem& it : story.items) {
    for (uint32_t w : it.names) ++story.name_df[w];
  }
  story.word_weight.resize(df.size());
  const double docs = static_cast<double>(story.items.size() + 1);
  for (size_t w = 0; w < df.size(); ++w) story.word_weight[w] = std::log(1.0 + docs / (1.0 + static_cast<double>(df[w])));
  weigh_sentence_terms(story, sentence_df, word_rank, sentences);
}

constexpr size_t kHeadWindow = 6;  // tokens each side where the dated event is named

// The words an item is judged by: around it, the event classes, names and numbers of its sentence, and for a
// bare year its nearest words.
void fill_words(DateItem& it, bool year, ContextVocab& vocab) {
  const Timex& t = *it.timex;
  it.ctx.reserve(24);  // at most 10 tokens each side, and a few more in the span's own sentence
  vocab.context_ids(t.start, t.end, 10, it.ctx);
  vocab.sentence_classes(t.start, it.classes);
  vocab.sentence_names(t.start, t.end, it.names);
  if (year) vocab.nearest_words(t.start, t.end, 3, it.near);
  sentence_terms(t.start, t.end, vocab, it.sent);
  // the event a date belongs to is named next to it ("broke out on Monday", "a parade on Sunday"), not anywhere in
  // its window ("recalled on Tuesday fryers sold in ..." dates the recall, not the sales)
  const size_t from = it.ctx.size();
  vocab.context_ids(t.start, t.end, kHeadWindow, it.ctx);
  for (size_t i = from; i < it.ctx.size(); ++i) {
    (vocab.word(it.ctx[i])[0] == '#' ? it.heads : it.head_words).push_back(it.ctx[i]);
  }
  it.ctx.resize(from);
}

}  // namespace

DateStory collect_dates(const std::vector<SourceFindings>& all) {
  std::optional<CivilDate> ref;
  for (const SourceFindings& f : all) {
    if (f.anchor && (!ref || *ref < *f.anchor)) ref = f.anchor;
  }
  DateStory story;
  ContextVocab vocab;
  std::unordered_map<std::string, uint32_t> key_ids;
  std::vector<std::string> key_of_id;
  std::vector<std::string> filled;  // a source without an anchor: values with the story year
  std::vector<uint32_t> sentence_df;
  size_t sentences = 0;
  for (size_t s = 0; s < all.size(); ++s) {
    story.texts.push_back(all[s].source->text);
    vocab.begin_source(all[s].index);
    count_sentence_terms(all[s].index, vocab, sentence_df, sentences);
    size_t cursor = 0, cursor_start = 0;
    const size_t lead = lead_end(all[s].index);
    for (const Timex& t : all[s].dates) {
      if (t.type != "DATE" && t.type != "TIME") continue;
      if (is_dateline(all[s].source->text, t.start, t.end)) continue;  // the filing day, not an event's
      DateItem it;
      it.src = s;
      it.timex = &t;
      const std::vector<std::string>* values = &t.values;
      if (!all[s].anchor) {
        filled = t.values;
        if (fill_story_year(filled, ref)) {
          it.year_from_story = true;
          for (const std::string& v : filled) it.filled_value += (it.filled_value.empty() ? "" : "|") + v;
          values = &filled;
        }
      }
      if (values->empty() || !std::all_of(values->begin(), values->end(), resolved)) continue;
      const size_t first_after = first_token_after(all[s].index, t.start, cursor, cursor_start);
      it.speech = speech_date(all[s].index, first_after);
      it.speaker = speech_speaker(all[s].index, first_after);
      it.repeat = repeat_cue(all[s].index, first_after, t.start);
      std::string key = value_key(*values);
      it.side = period_side(key, all[s].anchor);
      it.distant = distant_period(key, all[s].anchor);
      it.since = first_after > 0 && all[s].index.tokens[first_after - 1].norm == "since";
      it.anchored = t.rule == "d_relday";
      it.lead = t.start < lead;
      it.anchor_day = all[s].anchor ? days_from_civil(*all[s].anchor) : 0;
      it.vague = key.find('W') != std::string::npos && vague_period(t.text);  // only weeks use it
      it.latest = latest_inside(t.text, key, all[s].anchor);
      auto k = key_ids.find(key);  // find first: emplace would allocate a node for every item
      if (k == key_ids.end()) {
        k = key_ids.emplace(std::move(key), static_cast<uint32_t>(key_of_id.size())).first;
        key_of_id.push_back(k->first);
      }
      it.key = k->second;  // an id until rank_story() makes it a rank
      fill_words(it, key_of_id[it.key].size() == 4, vocab);
      const DateItem* prev = story.items.empty() ? nullptr : &story.items.back();
      it.glued = prev && prev->src == s && prev->key == it.key && prev->timex->end <= t.start &&
                 t.start - prev->timex->end <= 4;  // "11pm on Tuesday": one time, told in two pieces
      story.items.push_back(std::move(it));
    }
  }
  rank_story(story, key_of_id, vocab, sentence_df, sentences);
  mark_sole(story.items, story.keys.size());
  count_lead_days(story);
  find_twins(story);
  return story;
}

}  // namespace dates_align
}  // namespace fc
