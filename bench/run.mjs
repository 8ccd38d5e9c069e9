// `npm run bench`: comparison time native and wasm for the seeds and synthetic stories of 10, 50 and 200
// sources (~5 KB each), then the date-tagger benchmark. Times are medians; ratios compare runs in this process.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCore, root, txtSource } from '../tests/web/core-loader.mjs';
import { makeStory } from './synth.mjs';

const out = path.join(root, 'bench/results');
fs.mkdirSync(out, { recursive: true });
const seedsDir = path.resolve(root, '../shared/seeds');
const stories = [];
if (fs.existsSync(seedsDir)) {
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  stories.push(['seeds (5)', { sources: files.map((f) => txtSource(path.join(seedsDir, f))) }]);
}
for (const n of [10, 50, 200]) stories.push([`synthetic ${n}`, makeStory(n)]);

const core = await loadCore();
/** Steady-state median: V8 compiles wasm with a baseline tier first and optimizes hot functions later, so the
 *  timed runs start only after warm-up runs have taken at least a second (and at least 20 runs). */
function wasmMedian(json, repeats) {
  const first0 = performance.now();
  core.analyze(json);
  const first = performance.now() - first0;
  for (let n = 0, t0 = performance.now(); n < 20 || performance.now() - t0 < 1000; n++) core.analyze(json);
  const ms = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    core.analyze(json);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return { first, median: ms[Math.floor(ms.length / 2)] };
}

const rows = [];
for (const [name, story] of stories) {
  const json = JSON.stringify(story);
  const file = path.join(out, `${name.replace(/\W+/g, '-')}.json`);
  fs.writeFileSync(file, json);
  const repeats = story.sources.length >= 200 ? 5 : 15;
  const native = JSON.parse(execFileSync(path.join(root, 'build/release/bench/bench_compare'), [String(repeats), file], { encoding: 'utf8' }));
  const wasm = wasmMedian(json, repeats);
  rows.push({ story: name, sources: story.sources.length, kb: +(json.length / 1024).toFixed(1), facts: native.facts,
              native_ms: native.median_ms, wasm_ms: +wasm.median.toFixed(3), wasm_first_call_ms: +wasm.first.toFixed(1) });
}
console.log('Comparison (ingest + analyze + serialize), median ms after warm-up; wasm_first_call_ms: the first call of all:');
console.table(rows);
const t = Object.fromEntries(rows.map((r) => [r.story, r]));
if (t['synthetic 200'] && t['synthetic 50']) {
  console.log(`growth time(200)/time(50): native ${(t['synthetic 200'].native_ms / t['synthetic 50'].native_ms).toFixed(2)}, ` +
              `wasm ${(t['synthetic 200'].wasm_ms / t['synthetic 50'].wasm_ms).toFixed(2)} (linear would be 4.0)`);
}
fs.writeFileSync(path.join(out, 'compare.json'), JSON.stringify(rows, null, 2));
if (fs.existsSync(path.join(root, 'bench/dates.mjs'))) await import('./dates.mjs');
