// Builds a blind set's NAME.json and NAME.gold.json from DIR/src/NAME.mjs (texts as template literals, facts in
// compact form [key, kind, verdict, mentions, {values, unsure, org}]).
// Usage: node tests/corpus/build-set.mjs DIR   (e.g. tests/corpus/stories-fresh4)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.resolve(process.argv[2] || '.');
const names = fs.readdirSync(path.join(dir, 'src')).filter((f) => f.endsWith('.mjs')).map((f) => f.slice(0, -4)).sort();
for (const n of names) {
  const m = await import(pathToFileURL(path.join(dir, 'src', `${n}.mjs`)).href);
  const sources = m.sources.map((s) => ({ ...s, text: s.text.trim().replace(/\n[ \t]+/g, '\n') }));
  fs.writeFileSync(path.join(dir, `${n}.json`), JSON.stringify({ sources }, null, 1) + '\n');
  const facts = m.facts.map(([key, kind, verdict, mentions, opt = {}]) => {
    const f = { key, kind, verdict };
    if (opt.values) f.values = opt.values;
    if (opt.unsure) f.unsure = true;
    if (opt.org) f.org_place = true;
    f.mentions = mentions;
    return f;
  });
  fs.writeFileSync(path.join(dir, `${n}.gold.json`),
    JSON.stringify({ about: m.about, published: m.published, facts }, null, 1) + '\n');
}
