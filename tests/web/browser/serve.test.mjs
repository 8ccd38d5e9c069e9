// The demo server: strict CSP on every response, correct MIME types (application/wasm), nothing outside its
// folders, and no crash on malformed paths. Plain node, no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { start, CSP } from '../../../scripts/serve.mjs';

/** GET with the raw path (fetch would normalise "..", which is exactly what must be tried). */
function get(port, path) {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, type: res.headers['content-type'], csp: res.headers['content-security-policy'] }));
    }).on('error', reject).end();
  });
}

test('serves public/ and dist/ with the CSP and MIME types, and nothing else', async (t) => {
  const dist = mkdtempSync(join(tmpdir(), 'fc-serve-'));
  writeFileSync(join(dist, 'x.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  writeFileSync(join(dist, 'x.mjs'), 'export {};\n');
  const { server, port } = await start({ port: 0, distDir: dist });
  t.after(() => server.close());
  assert.ok(port > 0);
  const cases = [
    ['/', 200, 'text/html; charset=utf-8'],
    ['/demo.js', 200, 'text/javascript; charset=utf-8'],
    ['/demo.css', 200, 'text/css; charset=utf-8'],
    ['/stories/default.json', 200, 'application/json; charset=utf-8'],
    ['/dist/x.wasm', 200, 'application/wasm'],
    ['/dist/x.mjs', 200, 'text/javascript; charset=utf-8'],
    ['/dist/../package.json', 404],
    ['/dist/%2e%2e/%2e%2e/package.json', 404],
    ['/..%2f..%2fpackage.json', 404],
    ['/%E0%A4%A', 400],
    ['/no-such-file', 404],
  ];
  for (const [path, status, type] of cases) {
    const res = await get(port, path);
    assert.equal(res.status, status, path);
    if (type) assert.equal(res.type, type, path);
    assert.equal(res.csp, CSP, `${path} carries the CSP`);
  }
  assert.equal(CSP, "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; default-src 'self'");
});
