// Lists every fact that joins two or more sources (agree, variant, conflict) for a reader to judge by hand,
// gold list or not: a wrong join the gold does not cover is still a false agreement. Each fact gets its verdict,
// label, why, and every mention with the sentence around it, under a key made of the story, verdict, kind and
// mention spans (so a judgement still applies to the same fact after other facts change). Write the judgements as
// a JSON object { "<key>": "right" | "wrong" | "unclear", ... } and pass it back to get precision per verdict;
// facts not judged yet are listed.
// Usage: node scripts/audit-facts.mjs CLI DIR [--kinds agree,variant,conflict] > facts.md
//        node scripts/audit-facts.mjs CLI DIR --score judgements.json
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const [cli, dir] = process.argv.slice(2);
const opt = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const verdicts = (opt('--kinds') || 'agree,variant,conflict').split(',');
const scoreFile = opt('--score');
if (!cli || !dir) {
  console.error('usage: node scripts/audit-facts.mjs CLI DIR [--kinds agree,variant] [--score judgements.json]');
  process.exit(2);
}

/** The sentence (or up to 160 characters either side) around [start, end) of text, the mention in [[ ]]. */
function context(text, start, end) {
  let a = start, b = end;
  while (a > 0 && start - a < 160 && !/[.!?\n]/.test(text[a - 1])) a--;
  while (b < text.length && b - end < 160 && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length) b++;
  const flat = (s) => s.replace(/\s+/g, ' ');
  return `${flat(text.slice(a, start))}[[${flat(text.slice(start, end))}]]${flat(text.slice(end, b))}`.trim();
}

const stories = fs.readdirSync(dir).filter((n) => n.endsWith('.json') && !n.includes('.gold')).sort();
const listed = [];
for (const file of stories) {
  const input = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const texts = Object.fromEntries(input.sources.map((s) => [s.id, s.text]));
  const report = JSON.parse(execFileSync(cli, ['compare', '--format', 'json', path.join(dir, file)], { encoding: 'utf8' }));
  const story = file.replace(/\.json$/, '');
  for (const f of report.facts) {
    if (!verdicts.includes(f.verdict)) continue;
    const spans = f.mentions.map((m) => `${m.source}:${m.start}-${m.end}`).sort().join(',');
    const key = `${story}|${f.verdict}|${f.kind}|${spans}`;
    listed.push({ key, fact: f, story });
    if (scoreFile) continue;
    console.log(`\n### ${f.verdict} ${f.kind}: ${f.label}\nkey: ${key}\nwhy: ${f.why}`);
    for (const m of f.mentions) {
      // offsets are UTF-16 code units, as JavaScript strings index
      console.log(`- ${m.source} (${m.value || '-'}; ${m.rule}): ${context(texts[m.source], m.start, m.end)}`);
    }
  }
}
if (scoreFile) {
  const judged = JSON.parse(fs.readFileSync(scoreFile, 'utf8'));
  const by = {};
  for (const { key, fact } of listed) {
    const b = (by[fact.verdict] ||= { facts: 0, right: 0, wrong: 0, unclear: 0, unjudged: 0 });
    b.facts++;
    const j = judged[key];
    if (j === 'right' || j === 'wrong' || j === 'unclear') b[j]++;
    else {
      b.unjudged++;
      console.log(`unjudged: ${key} (${fact.label})`);
    }
  }
  for (const [v, b] of Object.entries(by)) {
    const p = b.right + b.wrong ? (b.right / (b.right + b.wrong)).toFixed(3) : '-';
    console.log(`${v}: ${b.facts} facts, right ${b.right}, wrong ${b.wrong}, unclear ${b.unclear}, unjudged ${b.unjudged}; precision ${p}`);
  }
} else {
  console.log(`\n${listed.length} facts listed (${verdicts.join(', ')})`);
}
