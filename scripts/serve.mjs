// A tiny static server for the demo (no dependencies): public/ at /, dist/ at /dist/, on localhost only,
// with the strict Content-Security-Policy news sites use, so the demo proves the element works under it.
// Usage: PORT=8080 node scripts/serve.mjs   (PORT=0 picks a free port; the URL is printed either way)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The policy every response carries. */
export const CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; default-src 'self'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.ts': 'text/plain; charset=utf-8', '.map': 'application/json; charset=utf-8',
};

/** Maps a URL path to a file under one of the mounts, or null when it would leave them. */
function locate(mounts, pathname) {
  for (const [prefix, dir] of mounts) {
    if (pathname !== prefix.slice(0, -1) && !pathname.startsWith(prefix)) continue;
    const rel = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^([/\\])+/, '');
    const file = resolve(dir, rel);
    if (file !== dir && !file.startsWith(dir + sep)) return null;
    return file;
  }
  return null;
}

async function respond(mounts, req, res) {
  const headers = { 'Content-Security-Policy': CSP, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = null;
  try {
    file = locate(mounts, new URL(req.url, 'http://localhost').pathname);
    if (file && (await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = file ? await readFile(file) : null;
    if (!body) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
    res.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (err) {
    const status = err instanceof URIError ? 400 : err.code === 'ENOENT' || err.code === 'ENOTDIR' ? 404 : 500;
    const text = { 400: 'Bad request\n', 404: 'Not found\n', 500: 'Server error\n' }[status];
    res.writeHead(status, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end(text);
  }
}

/**
 * Starts the server; resolves to {server, url, port}. Options: port (0 = any free), publicDir, distDir,
 * extra mounts as [[urlPrefix ending in "/", directory], ...] tried before the defaults.
 */
export function start({ port = 8080, publicDir = join(root, 'public'), distDir = join(root, 'dist'), mounts = [] } = {}) {
  const all = [...mounts.map(([p, d]) => [p, resolve(d)]), ['/dist/', resolve(distDir)], ['/', resolve(publicDir)]];
  const server = createServer((req, res) => { respond(all, req, res); });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port;
      resolvePromise({ server, port: actual, url: `http://localhost:${actual}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] || '').href) {
  const port = process.env.PORT === undefined ? 8080 : Number(process.env.PORT);
  start({ port }).then(({ url }) => console.log(`fact-compare demo: ${url}  (Ctrl+C to stop)`), (err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
}
