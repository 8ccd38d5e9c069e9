// Guard for our own prose: reports any run of 10 words shared with a seed article (seeds are for checking only).
// Usage: node scripts/check-seed-overlap.mjs SEED_DIR FILE...   (exit 1 on any shared run)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const words = (text) => text.toLowerCase().replace(/[’‘]/g, "'").match(/[\p{L}\p{N}']+/gu) || [];
const [seedDir, ...files] = process.argv.slice(2);
const runs = new Set();
for (const name of readdirSync(seedDir)) {
  const w = words(readFileSync(join(seedDir, name), 'utf8'));
  for (let i = 0; i + 10 <= w.length; i++) runs.add(w.slice(i, i + 10).join(' '));
}
let bad = 0;
for (const file of files) {
  const w = words(readFileSync(file, 'utf8'));
  for (let i = 0; i + 10 <= w.length; i++) {
    const run = w.slice(i, i + 10).join(' ');
    if (runs.has(run)) { bad++; console.log(`${file}: ${run}`); }
  }
}
process.exit(bad ? 1 : 0);
