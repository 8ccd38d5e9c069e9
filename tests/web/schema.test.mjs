// Every report the core writes validates against the published JSON Schema (public/schema/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { loadCore, root, txtSource } from './core-loader.mjs';

const core = await loadCore();
const schema = JSON.parse(fs.readFileSync(path.join(root, 'public/schema/report.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const seedsDir = path.resolve(root, '../shared/seeds');

function check(report) {
  const ok = validate(report);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
  const counts = { agree: 0, variant: 0, conflict: 0, single: 0 };
  for (const f of report.facts) counts[f.verdict]++;
  assert.deepEqual({ ...counts, facts: report.facts.length }, report.summary);
}

test('golden inputs give schema-valid reports with correct summary counts', () => {
  for (const f of fs.readdirSync(path.join(root, 'tests/golden/inputs'))) {
    check(JSON.parse(core.analyze(fs.readFileSync(path.join(root, 'tests/golden/inputs', f), 'utf8'))));
  }
});

test('the seed articles give a schema-valid report with 5 sources', { skip: !fs.existsSync(seedsDir) && 'no seeds' }, () => {
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  const report = JSON.parse(core.analyze(JSON.stringify({ sources: files.map((f) => txtSource(path.join(seedsDir, f))) })));
  check(report);
  assert.equal(report.sources.length, 5);
});

test('the schema rejects what the contract forbids', () => {
  assert.equal(validate({ schema: 'fact-compare/report/2', version: '0', sources: [], facts: [], summary: {}, warnings: [] }), false);
});
