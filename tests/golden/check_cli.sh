#!/usr/bin/env bash
# Replays every golden input through the native CLI and compares with the expected report byte for byte.
# usage: check_cli.sh FACT_COMPARE [--update]
set -euo pipefail
cli=$1
dir=$(cd "$(dirname "$0")" && pwd)
status=0
for input in "$dir"/inputs/*.json; do
  name=$(basename "$input" .json)
  expected="$dir/expected/$name.report.json"
  actual=$("$cli" compare --format json "$input")
  if [ "${2:-}" = "--update" ]; then
    printf '%s\n' "$actual" >"$expected"
    continue
  fi
  if ! diff -u "$expected" <(printf '%s\n' "$actual") >/tmp/fc-golden-$name.diff; then
    echo "golden mismatch: $name (see /tmp/fc-golden-$name.diff)"; head -40 /tmp/fc-golden-$name.diff; status=1
  else
    echo "ok $name"
  fi
done
exit $status
