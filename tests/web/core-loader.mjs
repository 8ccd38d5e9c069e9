// Loads the built wasm core in node the way ARCHITECTURE.md prescribes for Emscripten 3.1.6:
// the ES6 web build, given its wasm bytes read from disk.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const dist = path.join(root, 'dist');

/** Instantiates dist/fact-compare-core.mjs with its .wasm. */
export async function loadCore() {
  const { default: factory } = await import(path.join(dist, 'fact-compare-core.mjs'));
  return factory({ wasmBinary: fs.readFileSync(path.join(dist, 'fact-compare-core.wasm')) });
}

/** Reads a .txt source the way the CLI does: optional leading `date YYYY-MM-DD`, id = file stem. */
export function txtSource(file) {
  const raw = fs.readFileSync(file, 'utf8');
  const m = /^\s*date (\S+)\s*/.exec(raw);
  const source = { id: path.basename(file).replace(/\.txt$/, ''), text: m ? raw.slice(m[0].length) : raw };
  if (m) source.published = m[1];
  return source;
}
