#!/usr/bin/env bash
# Sets up what is missing, builds, and runs every test: Catch2 via ctest (ASan+UBSan build), the wasm module
# under node's test runner, and the page in headless Chromium. Exits non-zero if any level fails.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
bash scripts/build.sh || exit 1
failed=0
echo "== native: ctest (Debug, AddressSanitizer + UndefinedBehaviorSanitizer) =="
# Two TEST_CASEs with one name make Catch2 refuse to list, and ctest would then silently discover nothing.
# (Catch2 v2 exits with the number of tests listed, so look at what it says rather than its exit code.)
if build/native/tests/fc_tests --list-test-names-only 2>&1 | grep -q "already defined"; then
  echo "Catch2 test registration failed: duplicate TEST_CASE names"; failed=1
fi
ctest --test-dir build/native --output-on-failure -j"$(nproc 2>/dev/null || echo 2)" || failed=1
echo "== wasm module under node =="
node --test tests/web/*.test.mjs || failed=1
if compgen -G "tests/web/browser/*.test.mjs" >/dev/null; then
  echo "== page in headless Chromium =="
  node --test --test-concurrency=1 tests/web/browser/*.test.mjs || failed=1
fi
[ $failed -eq 0 ] && echo "all test levels passed" || echo "SOME TESTS FAILED"
exit $failed
