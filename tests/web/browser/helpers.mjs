// Shared set-up for the browser tests: Debian's Chromium through playwright-core, the project's static server
// (with its strict CSP) and a page wrapper that records console errors, CSP violations and third-party requests.
import { mkdtempSync, mkdirSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { start } from '../../../scripts/serve.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'tests/web/browser/fixtures');
export const RESULTS = join(ROOT, 'test-results');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Launches the system Chromium. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS });
}

/** Builds web/ into a fresh directory (so the tests see the current sources) and adds the core if built. */
export function buildWeb() {
  const out = mkdtempSync(join(tmpdir(), 'fc-dist-'));
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs'), out], { stdio: 'pipe' });
  for (const file of ['fact-compare-core.mjs', 'fact-compare-core.wasm']) {
    if (existsSync(join(ROOT, 'dist', file))) copyFileSync(join(ROOT, 'dist', file), join(out, file));
  }
  return out;
}

/** Starts the static server on a free port: public/ at /, distDir at /dist/, the fixtures at /fixtures/. */
export async function serve(distDir = join(ROOT, 'dist')) {
  const { server, port } = await start({ port: 0, distDir, mounts: [['/fixtures/', FIXTURES]] });
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** Opens a page that records console errors, CSP violations, page errors and requests to other origins. */
export async function openPage(browser, origin, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content[- ]Security[- ]Policy/i.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('dialog', (dialog) => { problems.push(`dialog opened: ${dialog.message()}`); dialog.dismiss(); });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !/^(blob|data):/.test(url)) problems.push(`third-party request: ${url}`);
  });
  // Runs before any page script; CSP violations are reported as DOM events on the document.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { context, page, problems };
}

/** CSP violations the page saw. */
export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/** Where screenshots go (gitignored). */
export function resultsDir() {
  mkdirSync(RESULTS, { recursive: true });
  return RESULTS;
}
