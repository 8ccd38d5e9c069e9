// <fact-compare>: shows what several news sources say about one event, fact by fact.
// Attributes src, view, compact, theme, core-src are mirrored by properties; `sources` takes an input object;
// `report` is read-only. Events: `compared` (detail: report) and `error` (detail: Error).
import { CSS } from './styles.js';
import { h, mark, str } from './dom.js';
import { Chunks } from './chunks.js';
import { sourceViewer } from './viewer.js';
import { analyze, preload, resolveUrls, settings } from './loader.js';
import { SAMPLE_REPORT, VERDICTS, quotesView, summaryView, tableView, timelineView } from './render.js';

const VIEWS = [
  { key: 'summary', label: 'Summary', render: summaryView },
  { key: 'table', label: 'By source', render: tableView },
  { key: 'quotes', label: 'Quotes', render: quotesView },
  { key: 'timeline', label: 'Timeline', render: timelineView },
];
const LAZY_FACTS = 80; // from this many facts, cards off screen are not laid out until scrolled to (styles.js)
let sheet = null; // one constructable stylesheet shared by every instance
let uid = 0;

function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

/** Input size in UTF-16 units, used to decide whether a Worker is worth it. */
function inputSize(input) {
  return (input.sources || []).reduce((n, s) => n + str(s && s.text).length, 0);
}

/** The custom element class; subclass it to register under another tag name. */
export class FactCompare extends HTMLElement {
  static get observedAttributes() { return ['src', 'view', 'compact', 'theme', 'core-src']; }

  /** URL of fact-compare-core.mjs for every element on the page (default: next to this script). */
  static get coreUrl() { return settings.coreUrl; }
  static set coreUrl(url) { settings.coreUrl = url || null; }
  /** URL of fact-compare-core.wasm (default: next to the core script). */
  static get wasmUrl() { return settings.wasmUrl; }
  static set wasmUrl(url) { settings.wasmUrl = url || null; }
  /** URL of fact-compare-worker.js (default: next to this script). */
  static get workerUrl() { return settings.workerUrl; }
  static set workerUrl(url) { settings.workerUrl = url || null; }
  /** Total text length (UTF-16 units) from which analysis runs in a Worker; Infinity disables the Worker. */
  static get workerThreshold() { return settings.workerThreshold; }
  static set workerThreshold(n) { settings.workerThreshold = Number(n); }

  constructor() {
    super();
    mark('start'); // upgrade/creation: for a parsed element this precedes its src attribute being seen
    this._id = `fc${++uid}`;
    this._input = null;
    this._report = null;
    this._filter = new Set();
    this._run = 0;
    this._loadedSrc = null;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this._build(root);
  }

  _build(root) {
    this._status = h('div', { class: 'sr', role: 'status', 'aria-live': 'polite', part: 'status' });
    this._progressText = h('span', null, '');
    this._progress = h('div', { class: 'progress', part: 'progress', hidden: true },
      h('progress', { 'aria-label': 'Comparing sources' }), this._progressText);
    this._error = h('div', { class: 'error', role: 'alert', part: 'error', hidden: true });
    this._bar = h('div', { class: 'bar', part: 'summary', role: 'group', 'aria-label': 'Verdicts (press to filter)', hidden: true },
      VERDICTS.map((v) => this._filterButton(v)));
    this._tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Views', part: 'tabs', hidden: true },
      VIEWS.map((v) => this._tabButton(v)));
    this._panel = this._buildPanel();
    this._viewer = sourceViewer(this._id);
    this._warm = h('div', { class: 'warm', 'aria-hidden': 'true', inert: true });
    root.append(this._status, this._progress, this._error, this._bar, this._tabs, this._panel, this._viewer.dialog, this._warm);
  }

  _buildPanel() {
    const panel = h('div', { role: 'tabpanel', part: 'view', id: `${this._id}-panel`, hidden: true });
    this._mentions = new WeakMap(); // mention button -> {fact, mention}, filled by the views
    panel.addEventListener('click', (event) => {
      const button = event.target.closest('.mention');
      const found = button && this._mentions.get(button);
      if (found) this._openMention(found.fact, found.mention, button);
    });
    return panel;
  }

  /** Lays out the current view of SAMPLE_REPORT invisibly for one frame (see there why). */
  _warmUp() {
    if (!this._warm.isConnected || this._report) return;
    const view = VIEWS.find((v) => v.key === this.view);
    const chunks = new Chunks();
    this._warm.replaceChildren(...[view.render(this._viewContext(SAMPLE_REPORT, chunks))].flat(2).filter(Boolean));
    chunks.run(() => {});
    requestAnimationFrame(() => setTimeout(() => this._warm.remove(), 0));
  }

  _filterButton(v) {
    const button = h('button', { type: 'button', class: `filter v-${v.key}`, part: 'filter', 'aria-pressed': 'false', 'data-verdict': v.key },
      h('span', { 'aria-hidden': 'true' }, v.icon), h('span', { class: 'n' }, '0'), ` ${v.label}`);
    button.addEventListener('click', () => {
      if (this._filter.has(v.key)) this._filter.delete(v.key); else this._filter.add(v.key);
      button.setAttribute('aria-pressed', String(this._filter.has(v.key)));
      this._renderView();
    });
    return button;
  }

  _tabButton(v) {
    const tab = h('button', { type: 'button', role: 'tab', class: 'tab', part: 'tab', id: `${this._id}-tab-${v.key}`,
      'aria-controls': `${this._id}-panel`, 'data-view': v.key }, v.label);
    tab.addEventListener('click', () => { this.view = v.key; });
    tab.addEventListener('keydown', (event) => this._tabKey(event, v.key));
    return tab;
  }

  _tabKey(event, key) {
    const i = VIEWS.findIndex((v) => v.key === key);
    const moves = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: VIEWS.length - 1 };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = VIEWS[(moves[event.key] + VIEWS.length) % VIEWS.length].key;
    this.view = next;
    this.shadowRoot.getElementById(`${this._id}-tab-${next}`).focus();
  }

  connectedCallback() {
    this._syncTabs();
    if (this.src && this._loadedSrc !== this.src) this._loadSrc(); // requests go out first
    this._warmUp();
  }

  attributeChangedCallback(name, oldValue, value) {
    if (oldValue === value) return;
    if (name === 'src' && value && this.isConnected) this._loadSrc();
    if (name === 'view') { this._syncTabs(); this._renderView(); }
  }

  get src() { return this.getAttribute('src') || ''; }
  set src(value) { this.setAttribute('src', value); }
  get view() {
    const v = this.getAttribute('view');
    return VIEWS.some((x) => x.key === v) ? v : 'summary';
  }
  set view(value) { this.setAttribute('view', value); }
  get compact() { return this.hasAttribute('compact'); }
  set compact(on) { this.toggleAttribute('compact', Boolean(on)); }
  get theme() { return ['light', 'dark'].includes(this.getAttribute('theme')) ? this.getAttribute('theme') : 'auto'; }
  set theme(value) { this.setAttribute('theme', value); }
  get coreSrc() { return this.getAttribute('core-src') || ''; }
  set coreSrc(value) { if (value) this.setAttribute('core-src', value); else this.removeAttribute('core-src'); }

  /** The input object ({sources: [...]}) last given or loaded. */
  get sources() { return this._input; }
  set sources(input) {
    this._input = input;
    this._compare();
  }

  /** The last report (read-only), or null. */
  get report() { return this._report; }

  async _loadSrc() {
    const src = this.src;
    this._loadedSrc = src;
    const run = ++this._run;
    try {
      this._showProgress('Loading the story…');
      preload(resolveUrls(this.coreSrc)); // the engine downloads while the story does
      const res = await fetch(new URL(src, document.baseURI), { credentials: 'same-origin' });
      if (!res.ok) throw new Error(`fact-compare: cannot load ${src} (HTTP ${res.status})`);
      const input = await res.json();
      if (run !== this._run) return;
      this.sources = input;
    } catch (err) {
      if (run === this._run) this._fail(err);
    }
  }

  async _compare() {
    const run = ++this._run;
    try {
      const input = this._input;
      if (!input || typeof input !== 'object' || !Array.isArray(input.sources)) {
        throw new Error('fact-compare: input must be an object with a "sources" array');
      }
      const json = JSON.stringify(input);
      const onStage = (stage) => {
        if (run !== this._run) return;
        const n = input.sources.length;
        this._showProgress(stage === 'load' ? 'Loading the comparison engine…' : `Comparing ${n} source${n === 1 ? '' : 's'}…`);
      };
      const text = await analyze(json, { urls: resolveUrls(this.coreSrc), size: inputSize(input), onStage });
      if (run !== this._run) return;
      mark('analyzed');
      const report = JSON.parse(text);
      this._report = report;
      this._compared = new CustomEvent('compared', { detail: report, bubbles: true, composed: true });
      this._render();
      mark('rendered');
      this._dispatchCompared();
    } catch (err) {
      if (run === this._run) this._fail(err);
    }
  }

  _showProgress(text) {
    this._progressText.textContent = text;
    this._progress.hidden = false;
    this._error.hidden = true;
  }

  _fail(err) {
    const error = err instanceof Error ? err : new Error(String(err));
    this._warm.remove();
    this._progress.hidden = true;
    this._error.textContent = error.message;
    this._error.hidden = false;
    this.dispatchEvent(new CustomEvent('error', { detail: error }));
  }

  _render() {
    this._warm.remove();
    const summary = this._report.summary || {};
    for (const button of this._bar.querySelectorAll('.filter')) {
      button.querySelector('.n').textContent = String(summary[button.dataset.verdict] || 0);
    }
    this._progress.hidden = true;
    this._error.hidden = true;
    this._bar.hidden = false;
    this._tabs.hidden = false;
    this._panel.hidden = false;
    this._renderView();
    const total = summary.facts !== undefined ? summary.facts : (this._report.facts || []).length;
    // Announced once per report, not on every filter change, so screen readers are not flooded.
    this._status.textContent = `${total} facts compared across ${(this._report.sources || []).length} sources: ` +
      VERDICTS.map((v) => `${summary[v.key] || 0} ${v.label.toLowerCase()}`).join(', ') + '.';
  }

  _syncTabs() {
    for (const tab of this._tabs.querySelectorAll('[role=tab]')) {
      const selected = tab.dataset.view === this.view;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    this._panel.setAttribute('aria-labelledby', `${this._id}-tab-${this.view}`);
  }

  /** Fires `compared` for the last report once its view is complete (long views are built in slices). */
  _dispatchCompared() {
    if (!this._compared || !this._chunks.complete) return;
    const event = this._compared;
    this._compared = null;
    this.dispatchEvent(event);
  }

  _viewContext(report, chunks) {
    return {
      report,
      chunks,
      filter: this._filter,
      visible: (fact) => this._filter.size === 0 || this._filter.has(fact.verdict),
      sourceById: (id) => (report.sources || []).find((s) => s.id === id) || { id },
      mentions: this._mentions,
    };
  }

  _renderView() {
    if (!this._report) return;
    const view = VIEWS.find((v) => v.key === this.view);
    if (this._chunks) this._chunks.cancel();
    const chunks = new Chunks();
    this._chunks = chunks;
    this._panel.classList.toggle('lazy', (this._report.facts || []).length > LAZY_FACTS);
    this._panel.replaceChildren(...[view.render(this._viewContext(this._report, chunks))].flat(2).filter(Boolean));
    chunks.run(() => this._dispatchCompared());
  }

  /** The input text of a report source: matched by id, else by position (ids default to s1, s2, ...). */
  _sourceText(id) {
    const list = (this._input && this._input.sources) || [];
    const index = (this._report.sources || []).findIndex((s) => s.id === id);
    const byId = list.find((s, i) => s && (s.id !== undefined ? str(s.id) : `s${i + 1}`) === id);
    const source = byId || list[index];
    return source ? str(source.text) : '';
  }

  _openMention(fact, mention, opener) {
    const source = (this._report.sources || []).find((s) => s.id === mention.source) || { id: mention.source };
    this._viewer.show(source, this._sourceText(mention.source), fact, mention, opener);
  }
}

/** Registers the element under `tag` (a subclass, so one page can hold several tag names, e.g. in tests). */
export function define(tag = 'fact-compare') {
  if (!customElements.get(tag)) customElements.define(tag, tag === 'fact-compare' ? FactCompare : class extends FactCompare {});
  return customElements.get(tag);
}

define();
