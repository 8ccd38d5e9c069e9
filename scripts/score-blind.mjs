// Scores the blind stories (tests/corpus/stories-blind) with a fact-compare CLI, per story and overall:
// gold facts found with the right verdict / wrong verdict / missed (the rule of tests/web/score-story.mjs:
// every gold source in one fact), per kind and verdict; partial finds (some fact joins at least two of the
// gold sources); false conflicts (any conflict not matching a planted one); inferred publication dates.
// Usage: node scripts/score-blind.mjs [CLI] [DIR]   (run from a checkout root)
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { scoreStory, unplantedConflicts } from '../tests/web/score-story.mjs';

const cli = process.argv[2] || 'build/release/fact-compare';
const dir = process.argv[3] || 'tests/corpus/stories-blind';
// Organisations and places that every source spells alike: the entity aligner reports these only when spelled
// differently (by design), so they are also counted apart ("in scope" figures leave them out).
const ORG_PLACE = new Set(['company', 'town', 'tarnby', 'central-bank', 'savings-bank', 'imf', 'country', 'ngo', 'court',
  'commission', 'capital', 'osce', 'brussels', 'eu', 'election-commission']);

function overlaps(text, sub, m) {
  const low = text.toLowerCase(), n = sub.toLowerCase();
  for (let i = low.indexOf(n); i >= 0; i = low.indexOf(n, i + 1)) if (m.start < i + n.length && m.end > i) return true;
  return false;
}

// Largest number of the gold fact's sources that one report fact of its kind joins.
function bestJoin(g, texts, report) {
  let best = 0;
  for (const f of report.facts.filter((x) => x.kind === g.kind)) {
    const n = Object.entries(g.mentions).filter(([src, sub]) => f.mentions.some((m) => m.source === src && overlaps(texts[src], sub, m))).length;
    best = Math.max(best, n);
  }
  return best;
}

const rows = [];
const byKV = {};
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.json') && !n.includes('.gold')).sort()) {
  const input = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const gold = JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.json$/, '.gold.json')), 'utf8'));
  const report = JSON.parse(execFileSync(cli, ['compare', '--format', 'json', path.join(dir, f)], { encoding: 'utf8' }));
  const texts = Object.fromEntries(input.sources.map((s) => [s.id, s.text]));
  const s = scoreStory(input, gold, report);
  console.log(`\n== ${f}`);
  for (const g of gold.facts) {
    const wrong = s.missed.find((m) => m.key === g.key && m.why.startsWith('verdict'));
    const missed = s.missed.find((m) => m.key === g.key && !m.why.startsWith('verdict'));
    const unsure = s.unsureUnmerged.find((m) => m.key === g.key);
    const outcome = wrong ? 'wrong' : missed ? 'missed' : unsure ? 'unsure' : 'right';
    const join = bestJoin(g, texts, report);
    const n = Object.keys(g.mentions).length;
    const scope = g.kind === 'entity' && ORG_PLACE.has(g.key) ? 'org/place' : 'in';
    rows.push({ story: f, key: g.key, kind: g.kind, verdict: g.verdict, outcome, scope, partial: outcome !== 'right' && join >= 2 });
    const k = `${g.kind}/${g.verdict}`;
    const t = (byKV[k] ||= { gold: 0, right: 0, wrong: 0, missed: 0, unsure: 0, partial: 0 });
    t.gold++, t[outcome]++;
    if (outcome !== 'right' && join >= 2) t.partial++;
    if (outcome !== 'right') console.log(`  ${outcome.toUpperCase().padEnd(6)} ${g.key} (${k}${scope === 'in' ? '' : ', org/place'}): best fact joins ${join}/${n} gold sources${wrong ? ' — ' + wrong.why : ''}`);
  }
  for (const x of unplantedConflicts(input, gold, report)) {  // the same rule as tests/web/blind.test.mjs
    rows.push({ story: f, falseConflict: x.label });
    console.log(`  FALSE CONFLICT: ${x.label} — ${x.why}`);
  }
  for (const [id, date] of Object.entries(gold.published || {})) {
    const src = report.sources.find((x) => x.id === id);
    console.log(`  published ${id}: got ${src.published} (inferred ${src.published_inferred}), expected ${date}`);
  }
  const mine = rows.filter((r) => r.story === f && r.key);
  const cnt = (p) => mine.filter(p).length;
  console.log(`  gold ${mine.length}: right ${cnt((r) => r.outcome === 'right')}, wrong verdict ${cnt((r) => r.outcome === 'wrong')}, ` +
    `missed ${cnt((r) => r.outcome === 'missed')} (of which partly joined ${cnt((r) => r.outcome === 'missed' && r.partial)}), ` +
    `unsure left unmerged ${cnt((r) => r.outcome === 'unsure')}; in scope (no org/place): right ${cnt((r) => r.scope === 'in' && r.outcome === 'right')}/${cnt((r) => r.scope === 'in')}; ` +
    `false conflicts ${rows.filter((r) => r.story === f && r.falseConflict).length}`);
}
const facts = rows.filter((r) => r.key);
const cnt = (p) => facts.filter(p).length;
const inScope = facts.filter((r) => r.scope === 'in');
const firm = inScope.filter((r) => r.outcome !== 'unsure');
console.log(`\n== overall: gold ${facts.length}; right ${cnt((r) => r.outcome === 'right')}, wrong verdict ${cnt((r) => r.outcome === 'wrong')}, ` +
  `missed ${cnt((r) => r.outcome === 'missed')}, unsure left unmerged ${cnt((r) => r.outcome === 'unsure')}; false conflicts ${rows.filter((r) => r.falseConflict).length}`);
console.log(`   all gold:            found (any verdict) ${(cnt((r) => r.outcome === 'right' || r.outcome === 'wrong') / facts.length).toFixed(3)}, right verdict ${(cnt((r) => r.outcome === 'right') / facts.length).toFixed(3)}`);
console.log(`   in scope, not unsure: right verdict ${firm.filter((r) => r.outcome === 'right').length}/${firm.length} = ${(firm.filter((r) => r.outcome === 'right').length / firm.length).toFixed(3)}; ` +
  `at least partly joined ${firm.filter((r) => r.outcome === 'right' || r.partial).length}/${firm.length}`);
console.log('\nkind/verdict      gold right wrong missed (partly-joined) unsure-unmerged');
for (const [k, t] of Object.entries(byKV).sort()) {
  console.log(`${k.padEnd(17)} ${String(t.gold).padStart(4)} ${String(t.right).padStart(5)} ${String(t.wrong).padStart(5)} ${String(t.missed).padStart(6)} (${t.partial}) ${String(t.unsure).padStart(6)}`);
}
