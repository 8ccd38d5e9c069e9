#!/usr/bin/env bash
# Prints the quote figures quoted in the README: extraction precision, recall and speaker accuracy on the gold
# fixtures (tests/corpus/quotes, dev and held-out), pairwise merge scores on the gold alignment story, and, when
# the shared seeds are present, the seed checks.
# usage: bash scripts/quote-scores.sh [BUILD_DIR]   (default build/native; build it first)
set -euo pipefail
build=${1:-build/native}
"$build/tests/fc_tests" "[quotes][corpus]" | grep -E '^quote'
shared=${FC_SHARED:-$(cd "$(dirname "$0")/../.." && pwd)/shared}
if [ -x "$build/fact-compare" ] && [ -f "$shared/eval/check-seeds.sh" ]; then
  bash "$shared/eval/check-seeds.sh" "$build/fact-compare" | grep -E 'takes-one|^found='
fi
if [ -x "$build/fact-compare" ] && [ -d "$shared/seeds" ]; then
  # quote facts that carry meaning-changing flags on the seeds
  "$build/fact-compare" compare --format json "$shared"/seeds/*.txt | python3 -c '
import json, sys
for f in json.load(sys.stdin)["facts"]:
    if f["kind"] == "quote" and f.get("flags"):
        print("flagged:", f["label"][:70], f["flags"])'
fi
