// Where the bytes of a wasm module go: section sizes, then the biggest functions by code size.
// Names come from the name section, so link a copy with --profiling-funcs first (see README, "Payload").
// usage: node scripts/wasm-size.mjs FILE.wasm [TOP=40] [REGEX: also sum the functions whose name matches]
import { readFileSync } from 'node:fs';

const [file, topArg, pattern] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/wasm-size.mjs FILE.wasm [TOP] [REGEX]');
const buf = readFileSync(file);
let pos = 8;
const uleb = () => { let v = 0, shift = 0, b; do { b = buf[pos++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80); return v; };
const skipLimits = () => { const flags = buf[pos++]; uleb(); if (flags & 1) uleb(); };

/** Number of imported functions: they come first in the function index space. */
function importedFunctions(end) {
  let n = 0;
  for (let count = uleb(), i = 0; i < count; i++) {
    for (let k = 0; k < 2; k++) { const len = uleb(); pos += len; }  // module and field names
    const kind = buf[pos++];
    if (kind === 0) { uleb(); n++; } else if (kind === 1) { pos++; skipLimits(); } else if (kind === 2) skipLimits(); else pos += 2;
  }
  pos = end;
  return n;
}

/** Function names from the name section (subsection 1). */
function functionNames(start, end) {
  const names = new Map();
  for (pos = start; pos < end;) {
    const sub = buf[pos++], size = uleb(), next = pos + size;
    if (sub === 1) for (let count = uleb(), i = 0; i < count; i++) { const idx = uleb(), len = uleb(); names.set(idx, buf.toString('utf8', pos, pos + len)); pos += len; }
    pos = next;
  }
  return names;
}

const sections = [];
let code = null, names = new Map(), imports = 0;
while (pos < buf.length) {
  const id = buf[pos++], size = uleb(), start = pos, end = start + size;
  let label = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'][id] || String(id);
  if (id === 0) { const len = uleb(); label += ':' + buf.toString('utf8', pos, pos + len); if (label === 'custom:name') names = functionNames(pos + len, end); }
  if (id === 2) { pos = start; imports = importedFunctions(end); }
  if (id === 10) code = { start, end };
  sections.push([label, size]);
  pos = end;
}
for (const [label, size] of sections) console.log(`${label.padEnd(20)} ${String(size).padStart(8)}`);
if (!code) process.exit(0);
pos = code.start;
const fns = [];
for (let count = uleb(), i = 0; i < count; i++) { const size = uleb(); fns.push([size, names.get(imports + i) || `function ${imports + i}`]); pos += size; }
fns.sort((a, b) => b[0] - a[0]);
console.log(`${fns.length} functions, ${fns.reduce((s, f) => s + f[0], 0)} bytes of code`);
for (const [size, name] of fns.slice(0, Number(topArg || 40))) console.log(`${String(size).padStart(8)}  ${name.slice(0, 160)}`);
if (pattern) {
  const re = new RegExp(pattern), hit = fns.filter(([, name]) => re.test(name));
  console.log(`/${pattern}/: ${hit.length} functions, ${hit.reduce((s, f) => s + f[0], 0)} bytes`);
}
