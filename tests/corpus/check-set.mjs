// Checks a blind set's stories: JSON parses, every gold mention is a verbatim substring of its source text,
// kinds / verdicts / values / dates are well formed, each fact has >= 2 sources, undated sources get a gold date.
// Usage: node tests/corpus/check-set.mjs DIR   (e.g. tests/corpus/stories-fresh4; default: the current directory)
import fs from 'node:fs';
process.chdir(process.argv[2] || '.');
const KINDS = new Set(['date', 'number', 'entity', 'quote', 'event']);
const VERDICTS = new Set(['agree', 'variant', 'conflict']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
let errors = 0, warnings = 0;
const err = (s, m) => { errors++; console.log(`ERROR ${s}: ${m}`); };
const warn = (s, m) => { warnings++; console.log(`warn  ${s}: ${m}`); };
const totals = {};
for (const f of fs.readdirSync('.').filter((n) => n.endsWith('.json') && !n.endsWith('.gold.json')).sort()) {
  const story = f.replace(/\.json$/, '');
  let input, gold;
  try { input = JSON.parse(fs.readFileSync(f, 'utf8')); } catch (e) { err(story, `story JSON: ${e.message}`); continue; }
  try { gold = JSON.parse(fs.readFileSync(`${story}.gold.json`, 'utf8')); } catch (e) { err(story, `gold JSON: ${e.message}`); continue; }
  const texts = {};
  for (const s of input.sources || []) {
    if (!s.id || !s.outlet || typeof s.text !== 'string') err(story, `source lacks id/outlet/text: ${JSON.stringify(s).slice(0, 60)}`);
    if (texts[s.id]) err(story, `duplicate source id ${s.id}`);
    texts[s.id] = s.text;
    const words = s.text.split(/\s+/).filter(Boolean).length;
    if (words < 250 || words > 600) warn(story, `${s.id} has ${words} words (want 250-600)`);
    if (s.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(s.published)) err(story, `${s.id} published ${s.published}`);
    if (s.published === undefined && !(gold.published || {})[s.id]) err(story, `undated ${s.id} has no gold published date`);
  }
  const n = (input.sources || []).length;
  if (n < 4 || n > 5) warn(story, `${n} sources`);
  if (!(input.sources || []).some((s) => s.published === undefined)) err(story, 'no undated source');
  for (const [id, d] of Object.entries(gold.published || {})) {
    if (!(id in texts)) err(story, `gold published for unknown source ${id}`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) err(story, `gold published ${id} = ${d}`);
  }
  if (typeof gold.about !== 'string' || !gold.about) err(story, 'gold lacks about');
  const keys = new Set();
  for (const g of gold.facts || []) {
    const where = `${story}/${g.key}`;
    if (!g.key || keys.has(g.key)) err(where, 'missing or duplicate key');
    keys.add(g.key);
    if (!KINDS.has(g.kind)) err(where, `kind ${g.kind}`);
    if (!VERDICTS.has(g.verdict)) err(where, `verdict ${g.verdict}`);
    if (g.verdict === 'conflict' && g.values) err(where, 'conflict fact carries values');
    if (g.values && (!Array.isArray(g.values) || !g.values.length)) err(where, 'values must be a non-empty array');
    if (g.kind === 'date' && g.values) for (const v of g.values) if (!DATE.test(v)) err(where, `date value ${v}`);
    if (g.unsure !== undefined && g.unsure !== true) err(where, 'unsure must be true when present');
    if (g.org_place !== undefined && (g.org_place !== true || g.kind !== 'entity')) err(where, 'org_place only true, only on entities');
    const ms = Object.entries(g.mentions || {});
    if (ms.length < 2) err(where, `only ${ms.length} source(s)`);
    for (const [src, sub] of ms) {
      if (!(src in texts)) { err(where, `unknown source ${src}`); continue; }
      if (typeof sub !== 'string' || !sub) { err(where, `empty mention in ${src}`); continue; }
      const i = texts[src].indexOf(sub);
      if (i < 0) err(where, `not verbatim in ${src}: "${sub}"`);
      else {
        const low = texts[src].toLowerCase(), nd = sub.toLowerCase();
        let c = 0; for (let j = low.indexOf(nd); j >= 0; j = low.indexOf(nd, j + 1)) c++;
        if (c > 1 && g.kind !== 'entity') warn(where, `"${sub}" occurs ${c} times in ${src}`);
      }
    }
    const k = `${g.kind}/${g.verdict}`;
    totals[k] = (totals[k] || 0) + 1;
  }
  const facts = gold.facts || [];
  console.log(`${story}: ${n} sources (undated ${(input.sources || []).filter((s) => s.published === undefined).map((s) => s.id).join(',')}), ` +
    `${facts.length} facts, unsure ${facts.filter((g) => g.unsure).length}, org_place ${facts.filter((g) => g.org_place).length}, ` +
    `conflicts ${facts.filter((g) => g.verdict === 'conflict').length}`);
}
console.log('totals:', Object.entries(totals).sort().map(([k, v]) => `${k} ${v}`).join(', '));
console.log(errors ? `${errors} error(s), ${warnings} warning(s)` : `OK (${warnings} warning(s))`);
process.exit(errors ? 1 : 0);
