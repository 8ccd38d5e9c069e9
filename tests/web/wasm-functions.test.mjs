// The built wasm module keeps its pipeline in separate functions: V8 compiles each function on its first call, so
// one giant function (Binaryen once inlined every single-caller function into analyze_utf8, 367 KB of 908 KB) is
// compiled whole, in Liftoff and again in TurboFan, during the page's first analysis. See wasm/CMakeLists.txt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { dist } from './core-loader.mjs';

/** Byte sizes of the function bodies in a wasm module's code section. */
function functionSizes(buf) {
  let pos = 8;
  const uleb = () => {
    let v = 0, shift = 0, b;
    do { b = buf[pos++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v;
  };
  while (pos < buf.length) {
    const id = buf[pos++];
    const size = uleb();
    if (id !== 10) { pos += size; continue; }
    const sizes = [];
    for (let n = uleb(); n > 0; n--) { const s = uleb(); sizes.push(s); pos += s; }
    return sizes;
  }
  return [];
}

test('no wasm function is bigger than 64 KB (the first analysis compiles functions whole)', () => {
  const sizes = functionSizes(fs.readFileSync(path.join(dist, 'fact-compare-core.wasm')));
  assert.ok(sizes.length > 100, `code section read: ${sizes.length} functions`);
  const largest = Math.max(...sizes);
  assert.ok(largest < 64 * 1024, `largest function body ${largest} bytes`);
});
