// Times the first and the second analyze() of one story in a fresh wasm instance, to compare two builds' first
// call (run each in its own process, interleaved; add --liftoff-only to leave out V8's background optimizing):
// `node bench/first-call.mjs DIST STORY.json` (DIST holds fact-compare-core.mjs + .wasm).
import fs from 'node:fs';
import path from 'node:path';

const [dir, file] = process.argv.slice(2);
if (!dir || !file) {
  console.error('usage: node bench/first-call.mjs DIST STORY.json');
  process.exit(2);
}
const { default: factory } = await import(path.resolve(dir, 'fact-compare-core.mjs'));
const core = await factory({ wasmBinary: fs.readFileSync(path.resolve(dir, 'fact-compare-core.wasm')) });
const json = fs.readFileSync(file, 'utf8');
const timed = () => {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  core.analyze(json);
  const c = process.cpuUsage(c0);
  return [performance.now() - t0, (c.user + c.system) / 1000];
};
const [firstWall, firstCpu] = timed();
const [secondWall] = timed();
console.log(`${dir}: first call ${firstWall.toFixed(1)} ms wall (${firstCpu.toFixed(1)} ms CPU), second ${secondWall.toFixed(1)} ms`);
