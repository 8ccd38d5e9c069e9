#!/usr/bin/env bash
# Builds everything from the same sources: the native CLI and tests (Debug + ASan/UBSan, build/native),
# the WebAssembly core (dist/fact-compare-core.mjs + .wasm) and the web element (dist/fact-compare.js).
# usage: scripts/build.sh [native|wasm|web|release ...]   (default: native wasm web)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc 2>/dev/null || echo 2)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(native wasm web)
for t in "${targets[@]}"; do
  case "$t" in
    native|release)
      [ -f "build/$t/CMakeCache.txt" ] || cmake --preset "$t" >/dev/null
      cmake --build "build/$t" -j"$jobs" ;;
    wasm)
      export NODE_PATH=/usr/share/nodejs  # Debian's emscripten JS optimizer needs its modules from here
      [ -f build/wasm/CMakeCache.txt ] || cmake --preset wasm >/dev/null
      cmake --build build/wasm -j"$jobs" ;;
    web)
      if [ -f scripts/build-web.mjs ]; then node scripts/build-web.mjs; fi ;;
    *) echo "build: unknown target $t" >&2; exit 2 ;;
  esac
done
