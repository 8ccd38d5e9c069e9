// Minifies the Emscripten glue (dist/fact-compare-core.mjs) in place with esbuild, run by wasm/CMakeLists.txt after
// the link: local names and whitespace only; properties (Module['analyze'], ...) keep their names and no eval or new
// Function is added, so the exports and the CSP stay as they are. Usage: node scripts/minify-glue.mjs FILE.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/minify-glue.mjs FILE.mjs');
const { code } = transformSync(readFileSync(file, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' });
if (/\beval\s*\(|new\s+Function\b/.test(code)) throw new Error(`${file}: the glue uses eval or new Function`);
writeFileSync(file, code);
