// Cross-source comparison on stories we wrote with gold lists (tests/corpus/stories): every gold fact is
// found with its verdict, no conflict is claimed that the gold does not plant, and per-verdict figures print.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './core-loader.mjs';
import { scoreStory } from './score-story.mjs';

const core = await loadCore();
const dir = path.join(root, 'tests/corpus/stories');
const totals = {};

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json') && !f.endsWith('.gold.json'))) {
  const input = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const gold = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.json$/, '.gold.json')), 'utf8'));
  const report = JSON.parse(core.analyze(JSON.stringify(input)));
  const score = scoreStory(input, gold, report);
  for (const [verdict, s] of Object.entries(score.byVerdict)) {
    const t = (totals[verdict] ||= { gold: 0, found: 0, claimed: 0, correct: 0 });
    for (const k of Object.keys(t)) t[k] += s[k];
  }

  test(`${file}: every gold fact is found with its verdict`, () => {
    assert.deepEqual(score.missed, [], `missed: ${JSON.stringify(score.missed)}`);
    for (const u of score.unsureUnmerged) console.log(`# ${file}: ${u.key} left unmerged (gold marks it unsure)`);
  });
  test(`${file}: no conflict is claimed that the gold does not plant`, () => {
    assert.deepEqual(score.falseConflicts, []);
  });
  if (gold.published) {
    test(`${file}: undated sources get the right inferred date`, () => {
      for (const [id, date] of Object.entries(gold.published)) {
        const s = report.sources.find((x) => x.id === id);
        assert.equal(s.published, date);
        assert.equal(s.published_inferred, true);
      }
    });
  }
}

test('per-verdict figures over all stories (printed for the README)', () => {
  console.log('verdict   gold found  claimed-on-gold correct');
  for (const [v, t] of Object.entries(totals)) console.log(`${v.padEnd(9)} ${t.gold}    ${t.found}     ${t.claimed}          ${t.correct}`);
  assert.ok(Object.keys(totals).length > 0);
});
