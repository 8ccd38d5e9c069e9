// Builds NAME.json and NAME.gold.json from src/NAME.mjs (texts as template literals, facts in compact form).
import fs from 'node:fs';
const names = ['ferry-capsize', 'telecom-merger', 'volcano-eruption', 'doping-ban', 'prisoner-swap'];
for (const n of names) {
  if (!fs.existsSync(new URL(`./${n}.mjs`, import.meta.url))) continue;
  const m = await import(`./${n}.mjs`);
  const sources = m.sources.map((s) => ({ ...s, text: s.text.trim().replace(/\n[ \t]+/g, '\n') }));
  fs.writeFileSync(`${n}.json`, JSON.stringify({ sources }, null, 1) + '\n');
  const facts = m.facts.map(([key, kind, verdict, mentions, opt = {}]) => {
    const f = { key, kind, verdict };
    if (opt.values) f.values = opt.values;
    if (opt.unsure) f.unsure = true;
    if (opt.org) f.org_place = true;
    f.mentions = mentions;
    return f;
  });
  fs.writeFileSync(`${n}.gold.json`, JSON.stringify({ about: m.about, published: m.published, facts }, null, 1) + '\n');
}
