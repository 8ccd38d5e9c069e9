// `npm run bench`: comparison time native and wasm for the seeds and synthetic stories of 10, 50 and 200
// sources (~5 KB each), then the date-tagger benchmark. Times are medians; ratios compare runs in this process.
// Then many short reports of one event (native), for how one big block of the aligners grows.
// Memory: the native process's peak resident set (one process per story) and the wasm module's linear memory
// after one analysis in a fresh instance (wasm memory only grows, so that is the story's peak).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCore, root, txtSource } from '../tests/web/core-loader.mjs';
import { makeEchoStory, makeStory } from './synth.mjs';

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
  const fresh = await loadCore();
  fresh.analyze(json);
  const wasmMiB = fresh.HEAP8.buffer.byteLength / 1048576;
  rows.push({ story: name, sources: story.sources.length, kb: +(json.length / 1024).toFixed(1), facts: native.facts,
              native_ms: native.median_ms, wasm_ms: +wasm.median.toFixed(3), wasm_first_call_ms: +wasm.first.toFixed(1),
              native_rss_mib: +(native.rss_peak_kb / 1024).toFixed(1), native_rss_added_mib: +((native.rss_peak_kb - native.rss_before_kb) / 1024).toFixed(1),
              wasm_memory_mib: +wasmMiB.toFixed(1) });
}
console.log('Comparison (ingest + analyze + serialize), median ms after warm-up; wasm_first_call_ms: the first call of all;');
console.log('memory: native peak RSS and what the analysis added to it, wasm linear memory after one analysis (16 MiB at start):');
console.table(rows);
const t = Object.fromEntries(rows.map((r) => [r.story, r]));
if (t['synthetic 200'] && t['synthetic 50']) {
  console.log(`growth time(200)/time(50): native ${(t['synthetic 200'].native_ms / t['synthetic 50'].native_ms).toFixed(2)}, ` +
              `wasm ${(t['synthetic 200'].wasm_ms / t['synthetic 50'].wasm_ms).toFixed(2)} (linear would be 4.0)`);
  console.log(`growth memory(200)/memory(50): native added RSS ${(t['synthetic 200'].native_rss_added_mib / t['synthetic 50'].native_rss_added_mib).toFixed(2)}, ` +
              `wasm ${(t['synthetic 200'].wasm_memory_mib / t['synthetic 50'].wasm_memory_mib).toFixed(2)}`);
}
// Many short reports of one event (1,000 and 4,000 sources of ~200 bytes, native only): every lead date and count
// lands in one block of the aligners, so this shows whether a block's cost grows with its size squared.
const echo = [1000, 4000].map((n) => {
  const file = path.join(out, `echo-${n}.json`);
  fs.writeFileSync(file, JSON.stringify(makeEchoStory(n)));
  const r = JSON.parse(execFileSync(path.join(root, 'build/release/bench/bench_compare'), ['3', file], { encoding: 'utf8' }));
  return { story: `echo ${n}`, sources: n, facts: r.facts, native_ms: r.median_ms };
});
console.table(echo);
console.log(`growth time(4000)/time(1000) of one-event echoes: native ${(echo[1].native_ms / echo[0].native_ms).toFixed(2)} (linear would be 4.0)`);
rows.push(...echo);
fs.writeFileSync(path.join(out, 'compare.json'), JSON.stringify(rows, null, 2));
if (fs.existsSync(path.join(root, 'bench/dates.mjs'))) await import('./dates.mjs');
