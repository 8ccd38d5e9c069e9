// Builds dist/fact-compare.js from web/: the modules are concatenated in dependency order (no bundler needed:
// web/ follows one convention, single-line relative imports and top-level names unique across files).
// Then minifies it (and the worker) with esbuild: whitespace, comments and local names only, no eval or new
// Function, so the CSP stays script-src 'self'. FC_MINIFY=0 keeps the readable concatenation for debugging.
// Also copies the TypeScript typings. Usage: node scripts/build-web.mjs [outdir]
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const web = join(root, 'web');
const out = resolve(process.argv[2] || join(root, 'dist'));
const ENTRY = 'fact-compare.js';
const IMPORT = /^import\s*\{[^}]*\}\s*from\s*'\.\/([\w-]+\.js)';\s*$/;
const DECL = /^(?:export\s+)?(?:async\s+)?(?:const|let|var|function\*?|class)\s+([\w$]+)/;

/** Returns the modules reachable from the entry, dependencies first. */
function order(file, seen = new Set(), list = []) {
  if (seen.has(file)) return list;
  seen.add(file);
  for (const line of readFileSync(join(web, file), 'utf8').split('\n')) {
    const m = IMPORT.exec(line);
    if (m) order(m[1], seen, list);
    else if (/^import\b/.test(line)) throw new Error(`${file}: only single-line relative named imports are supported: ${line}`);
  }
  list.push(file);
  return list;
}

function strip(file, source) {
  const names = [];
  const lines = source.split('\n').filter((line) => !IMPORT.test(line)).map((line) => {
    const m = DECL.exec(line);
    if (m) names.push(m[1]);
    return file === ENTRY ? line : line.replace(/^export\s+/, '');
  });
  return { names, text: lines.join('\n') };
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const seenNames = new Map();
const banner = `// fact-compare ${pkg.version} (${pkg.license}): the <fact-compare> element. Built from web/ by scripts/build-web.mjs.`;
const parts = [];
for (const file of order(ENTRY)) {
  const { names, text } = strip(file, readFileSync(join(web, file), 'utf8'));
  for (const name of names) {
    if (seenNames.has(name)) throw new Error(`top-level name ${name} in both ${seenNames.get(name)} and ${file}`);
    seenNames.set(name, file);
  }
  parts.push(`// ---- web/${file}\n${text.trim()}\n`);
}
/** Minified ES module text of `code`, keeping the banner line; `code` itself when FC_MINIFY=0. */
function minify(code, header) {
  if (process.env.FC_MINIFY === '0') return `${header}\n${code}`;
  return transformSync(code, { minify: true, format: 'esm', banner: header, legalComments: 'none' }).code;
}

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'fact-compare.js'), minify(parts.join('\n'), banner));
const worker = readFileSync(join(web, 'fact-compare-worker.js'), 'utf8');
writeFileSync(join(out, 'fact-compare-worker.js'), minify(worker, `// fact-compare ${pkg.version} (${pkg.license}): the analysis Worker.`));
for (const file of ['fact-compare.d.ts', 'fact-compare-core.d.ts']) {
  copyFileSync(join(web, file), join(out, file));
}
console.log(`build-web: wrote ${join(out, 'fact-compare.js')}, the worker and copies of the typings`);
