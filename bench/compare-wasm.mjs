// Compares two builds of the wasm core on the same stories in one process, interleaved call by call, so both see
// the same machine load: `node bench/compare-wasm.mjs DIST_A DIST_B STORY.json...` (each DIST holds
// fact-compare-core.mjs + .wasm). Prints per story the median process CPU ms of analyze() for each build (CPU time,
// not wall time: on a machine busy with other work wall time mostly measures the others) and whether the two
// reports are identical.
import fs from 'node:fs';
import path from 'node:path';

async function load(dir) {
  const { default: factory } = await import(path.resolve(dir, 'fact-compare-core.mjs'));
  return factory({ wasmBinary: fs.readFileSync(path.resolve(dir, 'fact-compare-core.wasm')) });
}

const [a, b, ...files] = process.argv.slice(2);
if (!a || !b || files.length === 0) {
  console.error('usage: node bench/compare-wasm.mjs DIST_A DIST_B STORY.json...');
  process.exit(2);
}
const cores = [await load(a), await load(b)];
const cpuMs = (fn) => {
  const t0 = process.cpuUsage();
  const out = fn();
  const d = process.cpuUsage(t0);
  return [(d.user + d.system) / 1000, out];
};
const median = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (const file of files) {
  const json = fs.readFileSync(file, 'utf8');
  for (const core of cores) {  // warm-up: V8 optimizes the hot wasm functions after the first calls
    for (let n = 0, t0 = Date.now(); n < 10 || Date.now() - t0 < 800; n++) core.analyze(json);
  }
  const big = json.length > 500000;
  const ms = [[], []];
  const reports = ['', ''];
  for (let i = 0; i < (big ? 7 : 41); i++) {
    cores.forEach((core, k) => {
      const [t, report] = cpuMs(() => core.analyze(json));
      ms[k].push(t);
      reports[k] = JSON.stringify(report);
    });
  }
  console.log(`${path.basename(file)}: A ${median(ms[0]).toFixed(2)} ms, B ${median(ms[1]).toFixed(2)} ms CPU (median),`,
              `reports ${reports[0] === reports[1] ? 'identical' : 'DIFFERENT'}`);
}
