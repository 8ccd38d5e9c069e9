// The wasm module under node: same report bytes as the native CLI, UTF-16 offsets, errors as JS Errors, no eval.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root, txtSource } from './core-loader.mjs';

const core = await loadCore();
const cli = path.join(root, 'build/native/fact-compare');
const goldenDir = path.join(root, 'tests/golden');
const seedsDir = path.resolve(root, '../shared/seeds');

test('version matches package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  assert.equal(core.version(), pkg.version);
});

for (const file of fs.readdirSync(path.join(goldenDir, 'inputs')).filter((f) => f.endsWith('.json'))) {
  test(`golden ${file}: wasm report is byte-identical to the expected CLI report`, () => {
    const input = fs.readFileSync(path.join(goldenDir, 'inputs', file), 'utf8');
    const expected = fs.readFileSync(path.join(goldenDir, 'expected', file.replace(/\.json$/, '.report.json')), 'utf8');
    assert.equal(core.analyze(input), expected);
  });

  test(`golden ${file}: every mention's offsets slice its text out of the source (UTF-16)`, () => {
    const input = JSON.parse(fs.readFileSync(path.join(goldenDir, 'inputs', file), 'utf8'));
    const report = JSON.parse(core.analyze(JSON.stringify(input)));
    const texts = new Map(report.sources.map((s, i) => [s.id, input.sources[i].text]));
    for (const s of report.sources) assert.equal(s.text_length, texts.get(s.id).length);
    for (const fact of report.facts) {
      for (const m of fact.mentions) assert.equal(texts.get(m.source).slice(m.start, m.end), m.text, `${fact.id} ${m.source}`);
    }
  });
}

test('the seeds: wasm gives the same JSON as the CLI on the .txt files', { skip: !fs.existsSync(seedsDir) && 'no ../shared/seeds' }, () => {
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(seedsDir, f));
  const fromCli = execFileSync(cli, ['compare', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const fromWasm = core.analyze(JSON.stringify({ sources: files.map(txtSource) }));
  assert.equal(fromWasm, fromCli);
  const report = JSON.parse(fromWasm);
  assert.equal(report.schema, 'fact-compare/report/1');
  assert.equal(report.sources.length, 5);
});

test('offsets count UTF-16 code units: curly quotes and a character outside the BMP', () => {
  const text = '\u{1F600} \u201cA\u201d Rome said on Jan. 26, 2021 that \u201cwe agree,\u201d the envoy said.';
  const input = { sources: [{ id: 'a', published: '2021-03-18', text }, { id: 'b', published: '2021-03-18', text }] };
  const report = JSON.parse(core.analyze(JSON.stringify(input)));
  assert.equal(report.sources[0].text_length, text.length);
  for (const fact of report.facts) for (const m of fact.mentions) assert.equal(text.slice(m.start, m.end), m.text);
  const dates = JSON.parse(core.dates(text, '2021-03-18'));
  for (const d of dates) assert.equal(text.slice(d.start, d.end), d.text);
  const quotes = JSON.parse(core.quotes(text));
  for (const q of quotes) assert.equal(text.slice(q.start, q.end), q.text);
});

const bad = [
  ['malformed JSON', '{"sources": [', /malformed JSON/],
  ['not an object', '[]', /must be a JSON object/],
  ['empty source list', '{"sources": []}', /no sources/],
  ['missing text', '{"sources": [{"id": "x"}]}', /sources\[0\]: missing required field "text"/],
  ['non-string text', '{"sources": [{"id": "x", "text": {"a": 1}}]}', /sources\[0\]\.text: must be a string/],
  ['duplicate ids', '{"sources": [{"id": "x", "text": "a"}, {"id": "x", "text": "b"}]}', /duplicate id "x"/],
  ['published not a date', '{"sources": [{"id": "x", "text": "a", "published": "yesterday"}]}', /source "x".*published/],
  ['lone surrogate (invalid UTF-8 after encoding)', '{"sources": [{"text": "\\ud800"}]}', /.+/],
];
for (const [name, input, pattern] of bad) {
  test(`bad input throws a JS Error: ${name}`, () => {
    assert.throws(() => core.analyze(input), (e) => e instanceof Error && pattern.test(e.message) && typeof e.code === 'string');
  });
}

test('non-string arguments throw TypeError, and the module keeps working after errors', () => {
  assert.throws(() => core.analyze({ sources: [] }), TypeError);
  for (let i = 0; i < 200; i++) assert.throws(() => core.analyze('{"sources": []}'));
  assert.equal(JSON.parse(core.analyze('{"sources": [{"text": "ok"}]}')).sources.length, 1);
  assert.throws(() => core.dates('text', 'not-a-date'), /published/);
});

test('runs with code generation from strings disallowed (CSP without unsafe-eval)', () => {
  const script = `import { loadCore } from ${JSON.stringify(path.join(root, 'tests/web/core-loader.mjs'))};
    const c = await loadCore(); process.stdout.write(String(JSON.parse(c.analyze('{"sources":[{"text":"On Monday."}]}')).sources.length));`;
  const r = spawnSync(process.execPath, ['--disallow-code-generation-from-strings', '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '1');
});
