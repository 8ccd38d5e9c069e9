// Browser tests of the <fact-compare> element against a stand-in core (fixtures/mock-core.mjs), loaded through
// the documented FactCompare.coreUrl override, on pages served with the strict CSP. Each test registers its own
// tag name so element variants never collide.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, buildWeb, serve, openPage, cspViolations, resultsDir } from './helpers.mjs';

let browser;
let server;
let origin;

before(async () => {
  ({ server, origin } = await serve(buildWeb()));
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

const STORY = {
  sources: [
    { id: 'a', outlet: 'Alpha Post', published: '2021-03-18', url: 'https://alpha.example/story',
      text: 'They last spoke on Jan. 26. He said "we shall meet on Friday or Monday if they agree" on air.' },
    { id: 'b', outlet: 'Beta News', published: '2021-03-19',
      text: 'The call on Jan. 26 was short. He said "we shall meet tomorrow or, say, on Monday if they agree" then left.' },
  ],
};

/** Opens the test page, registers `tag`, and returns helpers bound to it. */
async function setup(t, tag, options) {
  const { context, page, problems } = await openPage(browser, origin, options);
  t.after(() => context.close());
  const response = await page.goto(`${origin}/fixtures/element.html`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await page.waitForSelector('html[data-ready]');
  await page.evaluate((name) => window.FC.define(name), tag);
  return { page, problems };
}

/** Creates an element, sets its input, and resolves with the report from the `compared` event. */
function compare(page, tag, input, attrs = {}) {
  return page.evaluate(({ tag, input, attrs }) => new Promise((resolve, reject) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.addEventListener('compared', (e) => resolve(e.detail));
    el.addEventListener('error', (e) => reject(e.detail));
    document.getElementById('host').append(el);
    el.sources = input;
  }), { tag, input, attrs });
}

async function assertClean(page, problems) {
  assert.deepEqual(problems, []);
  assert.deepEqual(await cspViolations(page), []);
}

test('properties mirror attributes; compared carries the read-only report', async (t) => {
  const { page, problems } = await setup(t, 'fc-props');
  const report = await compare(page, 'fc-props', STORY);
  assert.equal(report.schema, 'fact-compare/report/1');
  const r = await page.evaluate(() => {
    'use strict';
    const el = document.querySelector('fc-props');
    const out = { sameReport: el.report === el.report && el.report.summary.facts === el.report.facts.length };
    el.view = 'table';
    out.viewAttr = el.getAttribute('view');
    el.setAttribute('view', 'quotes');
    out.viewProp = el.view;
    el.setAttribute('view', 'nonsense');
    out.fallbackView = el.view;
    el.compact = true;
    out.compactAttr = el.hasAttribute('compact');
    el.setAttribute('theme', 'dark');
    out.theme = el.theme;
    el.coreSrc = '/x/core.mjs';
    out.coreSrcAttr = el.getAttribute('core-src');
    el.coreSrc = '';
    try { el.report = null; out.readOnly = false; } catch (e) { out.readOnly = e instanceof TypeError; }
    out.facts = [...el.shadowRoot.querySelectorAll('[part~=fact]')].map((f) => `${f.dataset.kind}/${f.dataset.verdict}`);
    return out;
  });
  assert.deepEqual(r.viewAttr, 'table');
  assert.equal(r.viewProp, 'quotes');
  assert.equal(r.fallbackView, 'summary');
  assert.equal(r.compactAttr, true);
  assert.equal(r.theme, 'dark');
  assert.equal(r.coreSrcAttr, '/x/core.mjs');
  assert.equal(r.readOnly, true);
  assert.ok(r.sameReport);
  assert.equal(r.facts.length, report.facts.length);
  assert.ok(r.facts.includes('date/agree'), r.facts.join());
  await assertClean(page, problems);
});

test('bad input and a missing src fire error events with the message shown', async (t) => {
  const { page, problems } = await setup(t, 'fc-errors');
  const messages = await page.evaluate(async () => {
    const once = (el) => new Promise((resolve) => el.addEventListener('error', (e) => resolve(e.detail.message)));
    const a = document.createElement('fc-errors');
    document.getElementById('host').append(a);
    const first = once(a);
    a.sources = { notSources: true };
    const b = document.createElement('fc-errors');
    const second = once(b);
    b.src = '/fixtures/no-such-story.json';
    document.getElementById('host').append(b);
    const c = document.createElement('fc-errors');
    document.getElementById('host').append(c);
    const third = once(c);
    c.sources = { sources: [{ id: 'x' }] }; // no text: the core rejects it
    const alerts = () => [...document.querySelectorAll('fc-errors')].map((el) => el.shadowRoot.querySelector('[role=alert]').textContent);
    return [await first, await second, await third, ...alerts()];
  });
  assert.match(messages[0], /sources/);
  assert.match(messages[1], /no-such-story\.json.*404/);
  assert.match(messages[2], /text/);
  assert.equal(messages[3], messages[0]);
  // The 404 is the one expected console error.
  assert.deepEqual(problems.filter((p) => !/404/.test(p)), []);
});

const PAYLOAD = (field) => `<img src=x onerror="window.__pwned='${field}'"><script>window.__pwned='${field}'</script><b>${field}</b>`;

test('hostile input in every field stays inert text', async (t) => {
  const { page, problems } = await setup(t, 'fc-hostile');
  const hostile = {
    sources: [
      { id: PAYLOAD('id'), outlet: PAYLOAD('outlet'), title: PAYLOAD('title'), url: "javascript:window.__pwned='url'",
        published: '2021-03-18', text: `On Jan. 26 he said "<img src=x onerror=window.__pwned=1> is a tag in here" and left. ${PAYLOAD('text')}` },
      { id: 'ok', outlet: '<svg onload=window.__pwned=2>', url: 'https://fine.example/a?b=<c>', title: "'\"><iframe src=javascript:1>",
        text: `Jan. 26 again. "<img src=x onerror=window.__pwned=1> is a tag over there" ${PAYLOAD('text2')}` },
    ],
  };
  await compare(page, 'fc-hostile', hostile);
  for (const view of ['summary', 'table', 'quotes', 'timeline']) {
    await page.evaluate((v) => { document.querySelector('fc-hostile').view = v; }, view);
    const r = await page.evaluate(() => {
      const root = document.querySelector('fc-hostile').shadowRoot;
      return {
        pwned: window.__pwned,
        injected: root.querySelectorAll('img, script, iframe, svg, b').length,
        hrefs: [...root.querySelectorAll('a')].map((a) => a.href),
        text: root.textContent,
      };
    });
    assert.equal(r.pwned, undefined, view);
    assert.equal(r.injected, 0, view);
    assert.ok(r.hrefs.every((h) => h.startsWith('https:')), r.hrefs.join());
    assert.ok(r.text.includes('<svg onload=window.__pwned=2>') || view === 'quotes', `${view} shows markup as text`);
  }
  // Open the source viewer on the hostile source's quote: the markup is shown literally and the javascript: URL is no link.
  await page.evaluate(() => { document.querySelector('fc-hostile').view = 'summary'; });
  await page.locator('fc-hostile').getByRole('button', { name: /is a tag in here/ }).first().click();
  const viewer = await page.evaluate(() => {
    const root = document.querySelector('fc-hostile').shadowRoot;
    const dialog = root.querySelector('dialog');
    return { open: dialog.open, mark: root.querySelector('mark').textContent, links: dialog.querySelectorAll('a').length,
      injected: dialog.querySelectorAll('img, script, iframe, svg, b').length, pwned: window.__pwned };
  });
  assert.equal(viewer.open, true);
  assert.equal(viewer.mark, '<img src=x onerror=window.__pwned=1> is a tag in here');
  assert.equal(viewer.links, 0);
  assert.equal(viewer.injected, 0);
  assert.equal(viewer.pwned, undefined);
  await assertClean(page, problems);
});

test('keyboard only: filter, switch views, open a mention and close it', async (t) => {
  const { page, problems } = await setup(t, 'fc-keys');
  await compare(page, 'fc-keys', STORY);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const inner = el && el.shadowRoot ? el.shadowRoot.activeElement : el;
    return inner ? `${inner.tagName.toLowerCase()}|${inner.getAttribute('role') || ''}|${inner.textContent.trim().slice(0, 40)}` : '';
  });
  await page.keyboard.press('Tab');
  assert.match(await focused(), /^button\|\|✗0 Conflict/);
  await page.keyboard.press('Tab');
  assert.match(await focused(), /Variant/);
  await page.keyboard.press('Tab');
  assert.match(await focused(), /Agree/);
  await page.keyboard.press('Enter');
  const filtered = await page.evaluate(() => {
    const root = document.querySelector('fc-keys').shadowRoot;
    return { pressed: root.querySelector('[data-verdict=agree]').getAttribute('aria-pressed'),
      verdicts: [...root.querySelectorAll('[part~=fact]')].map((f) => f.dataset.verdict) };
  });
  assert.equal(filtered.pressed, 'true');
  assert.ok(filtered.verdicts.length > 0 && filtered.verdicts.every((v) => v === 'agree'), filtered.verdicts.join());
  await page.keyboard.press('Enter'); // filter off again
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.match(await focused(), /^button\|tab\|Summary/);
  await page.keyboard.press('ArrowRight');
  assert.match(await focused(), /^button\|tab\|By source/);
  assert.equal(await page.evaluate(() => document.querySelector('fc-keys').view), 'table');
  await page.keyboard.press('Tab'); // the scrollable table region
  assert.match(await focused(), /^div\|region\|/);
  await page.keyboard.press('Tab'); // first mention in the table
  assert.match(await focused(), /^button\|\|Jan\. 26/);
  await page.keyboard.press('Enter');
  const opened = await page.evaluate(() => {
    const root = document.querySelector('fc-keys').shadowRoot;
    return { open: root.querySelector('dialog').open, mark: root.querySelector('mark').textContent,
      title: root.activeElement.textContent };
  });
  assert.deepEqual(opened, { open: true, mark: 'Jan. 26', title: 'Alpha Post' });
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.querySelector('fc-keys').shadowRoot.querySelector('dialog').open), false);
  assert.match(await focused(), /^button\|\|Jan\. 26/);
  await assertClean(page, problems);
});

test('dark mode follows prefers-color-scheme, the theme attribute overrides it, print is plain', async (t) => {
  const { page, problems } = await setup(t, 'fc-dark', { colorScheme: 'dark' });
  await compare(page, 'fc-dark', STORY);
  const bg = () => page.evaluate(() => getComputedStyle(document.querySelector('fc-dark')).backgroundColor);
  assert.equal(await bg(), 'rgb(13, 17, 23)');
  await page.locator('fc-dark').screenshot({ path: join(resultsDir(), 'element-dark.png') });
  await page.evaluate(() => document.querySelector('fc-dark').setAttribute('theme', 'light'));
  assert.equal(await bg(), 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.evaluate(() => document.querySelector('fc-dark').setAttribute('theme', 'dark'));
  assert.equal(await bg(), 'rgb(13, 17, 23)');
  // Print: black on white whatever the theme, and no interactive chrome.
  await page.emulateMedia({ media: 'print' });
  const print = await page.evaluate(() => {
    const el = document.querySelector('fc-dark');
    return { bg: getComputedStyle(el).backgroundColor, tabs: getComputedStyle(el.shadowRoot.querySelector('[role=tablist]')).display };
  });
  assert.deepEqual(print, { bg: 'rgb(255, 255, 255)', tabs: 'none' });
  await assertClean(page, problems);
});

test('the CSP is enforced on the test pages, yet the element runs without a violation', async (t) => {
  const { page, problems } = await setup(t, 'fc-csp');
  await compare(page, 'fc-csp', STORY);
  await assertClean(page, problems);
  // Control: an inline <style> is refused on the same page and reported, so the clean run above means
  // the policy was in force and the element needed no exception to it.
  const applied = await page.evaluate(async () => {
    const style = document.createElement('style');
    style.textContent = 'body { --fc-control: yes; }';
    document.head.append(style);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return getComputedStyle(document.body).getPropertyValue('--fc-control');
  });
  assert.equal(applied, '');
  assert.match((await cspViolations(page)).join(), /style-src/);
});

test('big stories run in a module Worker; a missing worker falls back to the main thread', async (t) => {
  const { page, problems } = await setup(t, 'fc-worker');
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));
  const wasmRequests = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasmRequests.push(r.url()); });
  await page.evaluate(() => { window.FC.FactCompare.workerThreshold = 0; });
  const progress = await page.evaluate((input) => {
    const el = document.createElement('fc-worker');
    document.getElementById('host').append(el);
    el.sources = input;
    const shown = el.shadowRoot.querySelector('[part=progress]');
    const seen = [shown.hidden, shown.textContent];
    return new Promise((resolve) => el.addEventListener('compared', () => resolve([...seen, shown.hidden])));
  }, STORY);
  assert.deepEqual(progress, [false, 'Loading the comparison engine…', true], 'progress shown while working, hidden after');
  const viaWorker = await compare(page, 'fc-worker', STORY);
  assert.equal(viaWorker.summary.facts, viaWorker.facts.length);
  assert.ok(workers.some((u) => u.endsWith('/fact-compare-worker.js')), workers.join());
  const second = await compare(page, 'fc-worker', STORY);
  assert.deepEqual(second.summary, viaWorker.summary);
  assert.equal(wasmRequests.length, 1, 'the wasm is fetched once for the page');
  await assertClean(page, problems);

  const other = await setup(t, 'fc-fallback');
  await other.page.evaluate(() => {
    window.FC.FactCompare.workerThreshold = 0;
    window.FC.FactCompare.workerUrl = '/fixtures/no-such-worker.js';
  });
  const fallback = await compare(other.page, 'fc-fallback', STORY);
  assert.deepEqual(fallback.summary, viaWorker.summary);
});

test('core-src points one element at another core location', async (t) => {
  const { page, problems } = await setup(t, 'fc-coresrc');
  await page.evaluate(() => { window.FC.FactCompare.coreUrl = null; });
  const report = await compare(page, 'fc-coresrc', STORY, { 'core-src': '/fixtures/mock-core.mjs' });
  assert.equal(report.version, 'mock');
  await assertClean(page, problems);
});

test('usable at 320 px wide: nothing overflows the page', async (t) => {
  const { page, problems } = await setup(t, 'fc-narrow', { viewport: { width: 320, height: 700 } });
  await compare(page, 'fc-narrow', STORY);
  for (const view of ['summary', 'table', 'quotes', 'timeline']) {
    await page.evaluate((v) => { document.querySelector('fc-narrow').view = v; }, view);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${view}: page is ${width}px wide`);
  }
  await assertClean(page, problems);
});

test('while loading, an invisible inert sample warms the fonts; it is gone with the facts; long reports build and lay out lazily', async (t) => {
  const { page, problems } = await setup(t, 'fc-warm');
  const r = await page.evaluate(async () => {
    const el = document.createElement('fc-warm');
    el.view = 'table';
    document.getElementById('host').append(el);
    const warm = el.shadowRoot.querySelector('.warm');
    const during = { visibility: getComputedStyle(warm).visibility, inert: warm.inert, ariaHidden: warm.getAttribute('aria-hidden'),
      table: warm.querySelectorAll('table').length > 0, height: warm.getBoundingClientRect().height };
    const text = Array.from({ length: 90 }, (_, i) => `He said "Quote ${i} tells about topic ${i} today" on air.`).join(' ');
    const report = await new Promise((resolve, reject) => {
      el.addEventListener('compared', (e) => resolve(e.detail));
      el.addEventListener('error', (e) => reject(e.detail));
      el.sources = { sources: [{ id: 'a', text }] };
    });
    const root = el.shadowRoot;
    const rows = root.querySelectorAll('[part~=fact]').length;
    el.view = 'summary';
    return { during, left: root.querySelectorAll('.warm').length, rows, reportFacts: report.facts.length,
      firstCards: root.querySelectorAll('[part~=fact]').length, lazy: root.querySelector('[part~=view]').classList.contains('lazy'),
      visibility: getComputedStyle(root.querySelector('[part~=fact]')).contentVisibility };
  });
  assert.deepEqual(r.during, { visibility: 'hidden', inert: true, ariaHidden: 'true', table: true, height: 1 }, 'the sample renders the current view');
  assert.equal(r.left, 0, 'the sample is removed once facts are shown');
  assert.equal(r.reportFacts, 90);
  assert.equal(r.rows, 90, 'when `compared` fires, every fact is in the DOM');
  assert.ok(r.firstCards > 0 && r.firstCards < 90, `a long view is built in slices (${r.firstCards} cards at first)`);
  await page.waitForFunction(() => document.querySelector('fc-warm').shadowRoot.querySelectorAll('[part~=fact]').length === 90);
  assert.equal(r.lazy, true);
  assert.equal(r.visibility, 'auto', 'cards of a long report are laid out when near the viewport');
  await assertClean(page, problems);
});
