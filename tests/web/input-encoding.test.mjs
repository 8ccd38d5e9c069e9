// How analyze() hands its input to the core (wasm/pre.js): well-formed strings go through TextEncoder, strings with
// lone surrogates through Emscripten's own encoder, as Embind's std::string conversion did before.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCore } from './core-loader.mjs';

const core = await loadCore();

// Emscripten's encoder (and so the old path) reads a high surrogate and the code unit after it as one pair.
function embindBytes(s) {
  const out = [];
  for (let i = 0; i < s.length; ++i) {
    let u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdfff) u = (0x10000 + ((u & 0x3ff) << 10)) | (s.charCodeAt(++i) & 0x3ff);
    if (u <= 0x7f) out.push(u);
    else if (u <= 0x7ff) out.push(0xc0 | (u >> 6), 0x80 | (u & 63));
    else if (u <= 0xffff) out.push(0xe0 | (u >> 12), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63));
    else out.push(0xf0 | (u >> 18), 0x80 | ((u >> 12) & 63), 0x80 | ((u >> 6) & 63), 0x80 | (u & 63));
  }
  return Buffer.from(out);
}

test('non-ASCII text: offsets still slice the mentions out of the JS string', () => {
  const text = 'Zoë Müller 😀 said on Monday that 40 people left São Paulo — «all of them».';
  const report = JSON.parse(core.analyze(JSON.stringify({ sources: [{ id: 'a', text }, { id: 'b', text }] })));
  assert.ok(report.facts.length > 0);
  for (const fact of report.facts) for (const m of fact.mentions) assert.equal(text.slice(m.start, m.end), m.text);
});

test('a lone surrogate gives the answer of the bytes Embind wrote, not of TextEncoder\'s U+FFFD', () => {
  const input = '{"sources":[{"id":"a","text":"On Monday \ud800 40 people left."}]}';
  assert.notDeepEqual(embindBytes(input), Buffer.from(input, 'utf8'));
  const report = JSON.parse(core.analyze(input));
  assert.equal(report.sources[0].id, 'a');
  assert.ok(!core.analyze(input).includes('\ufffd'));
  // a lone surrogate right before the closing quote swallows it, as before: malformed JSON
  assert.throws(() => core.analyze('{"sources":[{"text":"\udfff"}]}'), (e) => e.code === 'malformed_json');
});
