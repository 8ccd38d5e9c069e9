// The four views of a report. Each returns a DOM fragment built from text nodes only; ctx carries the report,
// the active verdict filter, a WeakMap from each mention button to its {fact, mention}, and `chunks`
// (chunks.js), which builds long lists of facts in slices.
import { h, srOnly, str } from './dom.js';

/** Verdicts in display order, with a text label and an icon so colour never carries the verdict alone. */
export const VERDICTS = [
  { key: 'conflict', label: 'Conflict', icon: '✗' },
  { key: 'variant', label: 'Variant', icon: '≈' },
  { key: 'agree', label: 'Agree', icon: '✓' },
  { key: 'single', label: 'Single source', icon: '•' },
];
const KINDS = { date: 'Dates', quote: 'Quotes', number: 'Numbers', entity: 'Names', event: 'Events' };

/**
 * A tiny report touching every style of every view. The element renders it invisibly while the engine loads,
 * so the browser resolves the fonts (a synchronous round trip to the browser process per size and weight on
 * Linux) and compiles the view code before the real facts arrive.
 */
export const SAMPLE_REPORT = {
  sources: [{ id: 'a', outlet: 'A', published: '2021-03-18' }, { id: 'b', outlet: 'B', published: '2021-03-19', published_inferred: true }],
  facts: [
    { id: 'd', kind: 'date', label: 'Jan. 26', verdict: 'conflict', why: 'x', values: ['2021-01-26', '2021-01-27'],
      mentions: [{ source: 'a', text: 'Jan. 26', value: '2021-01-26' }, { source: 'b', text: 'Jan. 27', value: '2021-01-27' }] },
    { id: 'q', kind: 'quote', label: 'x', speaker: 'y', verdict: 'variant', why: 'x', flags: ['x'],
      variants: [{ text: 'a b', sources: ['a'] }, { text: 'a c', sources: ['b'] }],
      mentions: [{ source: 'a', text: 'a b' }, { source: 'b', text: 'a c' }],
      diffs: [{ a: 'a', b: 'b', ops: [{ op: '=', text: 'a' }, { op: '-', text: 'b' }, { op: '+', text: 'c' }], flags: ['word: b -> c'] }] },
    { id: 'n', kind: 'number', label: '5', verdict: 'agree', mentions: [{ source: 'a', text: 'five', value: '5' }] },
    { id: 's', kind: 'entity', label: 'x', verdict: 'single', mentions: [{ source: 'b', text: 'x' }] },
  ],
  summary: {},
  warnings: ['x'],
};

/** The verdict as an icon plus words. */
export function badge(verdict) {
  const v = VERDICTS.find((x) => x.key === verdict) || { key: 'single', label: str(verdict) || 'Unknown', icon: '?' };
  return h('span', { class: `badge v-${v.key}`, part: 'badge' }, h('span', { 'aria-hidden': 'true' }, v.icon), v.label);
}

/** A source's display name: outlet, else title, else id. */
export function sourceName(source) {
  return str(source && (source.outlet || source.title || source.id)) || 'Unnamed source';
}

function factAttrs(fact, tagClass) {
  return { class: `fact ${tagClass || ''}`.trim(), part: 'fact', 'data-kind': str(fact.kind), 'data-verdict': str(fact.verdict), 'data-id': str(fact.id) };
}

function visibleFacts(ctx, kind) {
  return (ctx.report.facts || []).filter((f) => (!kind || f.kind === kind) && ctx.visible(f));
}

function shorten(text, max) {
  const s = str(text);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** A button that opens the mention highlighted in its source text; `label` replaces the mention text. */
function mentionButton(ctx, fact, mention, { withSource = true, max = 90, label = null } = {}) {
  const name = sourceName(ctx.sourceById(mention.source));
  const button = h('button', { type: 'button', class: 'mention', part: 'mention' },
    withSource && !label ? h('span', { class: 'src' }, `${name}:`) : null,
    label || shorten(mention.text, max), srOnly(label ? ' — show in source' : ` — show in ${name}`));
  ctx.mentions.set(button, { fact, mention }); // one click listener on the panel serves every button
  return button;
}

function mentionList(ctx, fact) {
  const items = (fact.mentions || []).map((m) => h('li', null, mentionButton(ctx, fact, m)));
  return items.length ? h('ul', { class: 'mentions', 'aria-label': 'Mentions' }, items) : null;
}

function empty(ctx, what) {
  const filtered = ctx.filter.size > 0;
  return h('p', { class: 'empty' }, filtered ? `No ${what} match the selected verdicts.` : `No ${what} in this story.`);
}

/** Summary view: every fact as a card, in report order (conflicts first). */
export function summaryView(ctx) {
  const facts = visibleFacts(ctx);
  const list = ctx.chunks.fill(h('ol', { class: 'facts' }), facts, (fact) => h('li', factAttrs(fact),
    h('div', { class: 'fact-head' }, badge(fact.verdict), h('span', { class: 'kind' }, KINDS[fact.kind] || str(fact.kind)),
      h('span', { class: 'label' }, str(fact.label))),
    fact.why ? h('p', { class: 'why' }, str(fact.why)) : null,
    mentionList(ctx, fact)));
  const warnings = (ctx.report.warnings || []).map((w) => h('li', null, str(w)));
  return [facts.length ? list : empty(ctx, 'facts'),
    warnings.length ? h('div', { class: 'meta' }, h('h3', null, 'Warnings'), h('ul', null, warnings)) : null];
}

/** Table view: one real table per kind, one column per source. */
export function tableView(ctx) {
  const sources = ctx.report.sources || [];
  const tables = Object.keys(KINDS).map((kind) => {
    const facts = visibleFacts(ctx, kind);
    if (!facts.length) return null;
    const head = h('tr', null, h('th', { scope: 'col' }, 'Fact'), h('th', { scope: 'col' }, 'Verdict'),
      sources.map((s) => h('th', { scope: 'col' }, sourceName(s),
        h('span', { class: 'meta col-date' }, s.published ? formatDay(s.published) : 'no date'))));
    const rows = ctx.chunks.fill(h('tbody'), facts, (fact) => h('tr', factAttrs(fact),
      h('th', { scope: 'row' }, str(fact.label)), h('td', null, badge(fact.verdict)),
      sources.map((s) => tableCell(ctx, fact, s))));
    const caption = h('caption', null, `${KINDS[kind]} (${facts.length})`);
    return h('div', { class: 'scroll', role: 'region', tabindex: '0', 'aria-label': `${KINDS[kind]} by source` },
      h('table', { part: 'table' }, caption, h('thead', null, head), rows));
  }).filter(Boolean);
  return tables.length ? tables : empty(ctx, 'facts');
}

function tableCell(ctx, fact, source) {
  const mentions = (fact.mentions || []).filter((m) => m.source === source.id);
  if (!mentions.length) return h('td', { class: 'none' }, h('span', { 'aria-hidden': 'true' }, '—'), srOnly('not mentioned'));
  // For dates and numbers, what each source's words resolve to is the point of the comparison: show it.
  const resolved = (m) => (fact.kind === 'date' || fact.kind === 'number') && m.value && m.value !== m.text
    ? h('span', { class: 'meta value' }, `= ${fact.kind === 'date' ? formatValue(m.value) : str(m.value)}`) : null;
  return h('td', null, mentions.map((m) => [mentionButton(ctx, fact, m, { withSource: false, max: 60 }), resolved(m)]));
}

/** Words named in diff flags such as "unrelated word: unprecedented -> unpublished". */
function flaggedWords(flags) {
  const words = new Set();
  for (const flag of flags || []) {
    const tail = str(flag).split(':').pop();
    for (const w of tail.split(/->|→|,|\s+/)) if (w.trim()) words.add(w.trim().toLowerCase().replace(/^\W+|\W+$/gu, ''));
  }
  words.delete('');
  return words;
}

function diffLine(ops, flagged) {
  const raw = ops.some((o) => /^\s|\s$/.test(str(o.text)));
  const parts = [];
  ops.forEach((op, i) => {
    const text = str(op.text);
    // Ops are tokens: a space between words, none before closing punctuation or after an opening bracket.
    if (i > 0 && !raw && !/^[,.;:!?)\]}’”]/.test(text) && !/[([{‘“]$/.test(str(ops[i - 1].text))) parts.push(' ');
    if (op.op === '=') return parts.push(text);
    const changes = text.toLowerCase().split(/\s+/).some((w) => flagged.has(w.replace(/^\W+|\W+$/gu, '')));
    const tag = op.op === '-' ? 'del' : 'ins';
    parts.push(h(tag, { class: changes ? 'changes' : null },
      srOnly(op.op === '-' ? '[removed: ' : '[added: '), text, changes ? srOnly(' — changes the meaning') : null, srOnly(']')));
    if (changes) parts.push(h('span', { 'aria-hidden': 'true', class: 'v-conflict' }, '⚠'));
  });
  return parts;
}

/** The fact's flags not already listed under one of its diffs. */
function factFlags(fact) {
  const shown = new Set((fact.diffs || []).flatMap((d) => d.flags || []));
  return (fact.flags || []).filter((f) => !shown.has(f));
}

function quoteCard(ctx, fact) {
  const variants = fact.variants && fact.variants.length ? fact.variants
    : (fact.mentions || []).map((m) => ({ text: m.text, sources: [m.source] }));
  const blocks = variants.map((v) => h('figure', { class: 'variant', part: 'quote' },
    h('blockquote', null, str(v.text)),
    h('figcaption', { class: 'who' }, (v.sources || []).map((id) => {
      const mention = (fact.mentions || []).find((m) => m.source === id);
      const name = sourceName(ctx.sourceById(id));
      return mention ? mentionButton(ctx, fact, mention, { label: name }) : h('span', null, `${name} `);
    }))));
  const diffs = (fact.diffs || []).map((d) => h('div', { class: 'diff' },
    h('h4', { class: 'meta' }, `${sourceName(ctx.sourceById(d.a))} → ${sourceName(ctx.sourceById(d.b))}`),
    h('p', null, diffLine(d.ops || [], flaggedWords(d.flags))),
    (d.flags || []).length ? h('ul', { class: 'flags' }, d.flags.map((f) => h('li', null, str(f)))) : null));
  // Labels usually name the speaker already ("Putin: ..."); add the speaker only when they do not.
  const speaker = str(fact.speaker);
  const label = shorten(fact.label, 120);
  const named = !speaker || label.includes(speaker.split(/\s+/).pop());
  return h('article', factAttrs(fact), h('div', { class: 'fact-head' }, badge(fact.verdict),
    h('h3', { class: 'label' }, named ? label : `${speaker}: ${label}`)),
    fact.why ? h('p', { class: 'why' }, str(fact.why)) : null,
    h('div', { class: 'variants' }, blocks), diffs,
    factFlags(fact).length ? h('ul', { class: 'flags' }, factFlags(fact).map((f) => h('li', null, str(f)))) : null);
}

/** Quotes view: each quote's renderings side by side with the word diff; variants first. */
export function quotesView(ctx) {
  const quotes = visibleFacts(ctx, 'quote');
  const rank = (f) => ((f.variants || []).length > 1 ? 0 : 1);
  const sorted = quotes.map((f, i) => [f, i]).sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1]).map((x) => x[0]);
  return sorted.length ? ctx.chunks.fill(h('div', { class: 'facts' }), sorted, (f) => quoteCard(ctx, f)) : empty(ctx, 'quotes');
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
let dayFormat = null; // one formatter for all dates: toLocaleDateString builds a new one per call (~0.1 ms)

/** "2021-03-19" -> a localized date; anything else is shown as given. */
export function formatDay(value) {
  const m = DAY.exec(str(value));
  if (!m) return str(value);
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (Number.isNaN(date.getTime())) return str(value);
  dayFormat = dayFormat || new Intl.DateTimeFormat(undefined, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  return dayFormat.format(date);
}

function formatValue(value) {
  return str(value).split('|').map((part) => (DAY.test(part) ? formatDay(part) + part.slice(10).replace('T', ' ') : part)).join(' or ');
}

function timelineEntries(ctx) {
  // Partial values ("2020", "2021-03", "2021-W11") sort by their prefix and are shown as given.
  const entries = visibleFacts(ctx, 'date').map((fact) => ({ day: (str((fact.values || [])[0]).match(/^\d{4}[-\w]*/) || [''])[0], fact }));
  for (const s of ctx.report.sources || []) {
    const day = (str(s.published).match(DAY) || [''])[0];
    if (day) entries.push({ day, source: s });
  }
  // Code-point order on purpose: locale collation puts '~' (undated) before digits.
  const key = (e) => `${e.day || '~'}${e.source ? '0' : '1'}`;
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return entries;
}

function timelineItem(ctx, entry) {
  const full = DAY.test(entry.day);
  const when = h('time', { class: 'when', datetime: full ? entry.day.slice(0, 10) : null }, entry.day ? formatDay(entry.day) : 'Undated');
  if (entry.source) {
    const s = entry.source;
    return h('li', { class: 'published' }, when, ' — ', `${sourceName(s)} published`, s.published_inferred ? ' (date inferred)' : '');
  }
  const fact = entry.fact;
  const values = (fact.values || []).map(formatValue).join('; ');
  return h('li', factAttrs(fact), when, h('div', { class: 'fact-head' }, badge(fact.verdict),
    h('span', { class: 'label' }, str(fact.label))),
    values && values !== formatDay(entry.day) && !fact.why ? h('p', { class: 'why' }, `Resolved: ${values}`) : null,
    fact.why ? h('p', { class: 'why' }, str(fact.why)) : null, mentionList(ctx, fact));
}

/** Timeline view: the story's dates in order, with each source's publication date for reference. */
export function timelineView(ctx) {
  const entries = timelineEntries(ctx);
  if (!entries.some((e) => e.fact)) return empty(ctx, 'dates');
  const undated = (ctx.report.sources || []).filter((s) => !s.published).map(sourceName);
  return [ctx.chunks.fill(h('ol', { class: 'timeline', part: 'timeline' }), entries, (e) => timelineItem(ctx, e)),
    undated.length ? h('p', { class: 'meta' }, `No publication date: ${undated.join(', ')}`) : null];
}
