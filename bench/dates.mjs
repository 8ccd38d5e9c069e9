// Date-tagger throughput on MEANTIME: our wasm core vs chrono-node in this node process, plus the native build.
// usage: node bench/dates.mjs [REPEATS]   (run by `npm run bench` after the comparison benchmark)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { loadCore, root } from '../tests/web/core-loader.mjs';

// shared/ sits beside the clone (CI) or two levels up from a worktree; FC_SHARED_DIR overrides both.
const sharedDirs = [process.env.FC_SHARED_DIR, path.resolve(root, '../shared'), path.resolve(root, '../../shared')];
const corpus = sharedDirs.filter(Boolean).map((d) => path.join(d, 'data/meantime-en/timex.jsonl')).find(fs.existsSync);
if (!corpus) {
  console.log('dates bench: shared/data/meantime-en/timex.jsonl not found, skipped');
  process.exit(0);
}
const repeats = Number(process.argv[2] || 21);
const docs = fs.readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

// Median seconds of `repeats` passes over all documents (one untimed warm-up pass first).
function medianSeconds(pass) {
  pass();
  const s = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    pass();
    s.push((performance.now() - t0) / 1000);
  }
  s.sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const core = await loadCore();
let wasmFound = 0;
const wasmS = medianSeconds(() => {
  wasmFound = 0;
  for (const d of docs) wasmFound += JSON.parse(core.dates(d.text, d.dct)).length;  // parsed, like chrono's objects
});
let chronoFound = 0;
const chronoS = medianSeconds(() => {
  chronoFound = 0;
  for (const d of docs) chronoFound += chrono.parse(d.text, new Date(`${d.dct}T12:00:00Z`)).length;
});

const rows = [
  { tagger: 'fact-compare wasm', docs: docs.length, found: wasmFound, docs_per_s: +(docs.length / wasmS).toFixed(1) },
  { tagger: 'chrono-node 2.10.3', docs: docs.length, found: chronoFound, docs_per_s: +(docs.length / chronoS).toFixed(1) },
];
const nativeBin = path.join(root, 'build/release/bench/bench_dates');
if (fs.existsSync(nativeBin)) {
  const n = JSON.parse(execFileSync(nativeBin, [String(repeats), corpus], { encoding: 'utf8' }));
  rows.unshift({ tagger: 'fact-compare native', docs: n.docs, found: n.timexes, docs_per_s: n.docs_per_s });
}
console.log(`Date tagging on MEANTIME (${docs.length} docs, median of ${repeats} passes):`);
console.table(rows);
const by = Object.fromEntries(rows.map((r) => [r.tagger, r.docs_per_s]));
const ratio = (a, b) => (by[a] && by[b] ? (by[a] / by[b]).toFixed(2) : 'n/a');
console.log(`ratios: wasm/chrono ${ratio('fact-compare wasm', 'chrono-node 2.10.3')}, ` +
            `native/wasm ${ratio('fact-compare native', 'fact-compare wasm')}, ` +
            `native/chrono ${ratio('fact-compare native', 'chrono-node 2.10.3')}`);
fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench/results/dates.json'), JSON.stringify(rows, null, 2));
