// Measures the time from the <fact-compare> element connecting to its first facts painted, as the demo test does,
// over more fresh page loads, with each stage's wall time AND the main thread's CPU time (the thread clock of the
// element's performance marks in a Chromium trace). On a busy machine the wall time mostly says how much CPU the
// renderer got; the CPU time says how much work the page did.
// Usage: node tests/web/browser/first-facts.mjs [runs=15] [path=/]   (needs dist/ from `npm run build`)
import { readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, buildWeb, serve, openPage } from './helpers.mjs';

const STAGES = ['engine-ready', 'analyzed', 'rendered', 'painted'];

/** One fresh load: stage times after `start`, wall and main-thread CPU, in ms. */
async function measure(browser, origin, path, traceFile) {
  const { context, page } = await openPage(browser, origin);
  await page.addInitScript(() => {
    let seen = 0;
    document.addEventListener('compared', () => {
      if (++seen !== 1) return;
      requestAnimationFrame(() => setTimeout(() => {
        performance.mark('fact-compare:painted');
        console.debug('fact-compare:painted');
      }, 0));
    }, true);
  });
  await browser.startTracing(page, { path: traceFile, categories: ['blink.user_timing'] });
  const painted = page.waitForEvent('console', (msg) => msg.text() === 'fact-compare:painted');
  await page.goto(`${origin}${path}`);
  await painted;
  await browser.stopTracing();
  await context.close();
  const marks = JSON.parse(readFileSync(traceFile, 'utf8')).traceEvents.filter((e) => e.name && e.name.startsWith('fact-compare:'));
  const at = Object.fromEntries(marks.map((e) => [e.name.slice('fact-compare:'.length), e]));
  return Object.fromEntries(STAGES.map((k) => [k, { wall: (at[k].ts - at.start.ts) / 1000, cpu: (at[k].tts - at.start.tts) / 1000 }]));
}

const runs = Number(process.argv[2] || 15);
const path = process.argv[3] || '/';
const { server, origin } = await serve(buildWeb());
const browser = await launch();
const traceFile = join(mkdtempSync(join(tmpdir(), 'fc-trace-')), 'trace.json');
const results = [];
try {
  for (let i = 0; i < runs; i++) results.push(await measure(browser, origin, path, traceFile));
} finally {
  rmSync(traceFile, { force: true });
  await browser.close();
  server.close();
}
const median = (k, f) => {
  const v = results.map((r) => r[k][f]).sort((a, b) => a - b);
  return (v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2).toFixed(0);
};
console.log(`connect -> first facts painted on ${path} (ms, ${runs} fresh loads): ${results.map((r) => r.painted.wall.toFixed(0)).join(', ')}`);
console.log(`median wall:            ${STAGES.map((k) => `${k} ${median(k, 'wall')}`).join(', ')}`);
console.log(`median main-thread CPU: ${STAGES.map((k) => `${k} ${median(k, 'cpu')}`).join(', ')}`);
