#!/usr/bin/env bash
# Bad input to the CLI: each case must exit non-zero with a message on stderr naming what and where,
# and nothing on stdout. usage: errors.sh FACT_COMPARE
set -uo pipefail
cli=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
# expect NAME EXPECTED_STDERR_SUBSTRING COMMAND...
expect() {
  local name=$1 want=$2; shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ $rc -eq 0 ] || ! grep -qF -- "$want" "$tmp/err" || [ -s "$tmp/out" ] || [ $rc -gt 2 ]; then
    echo "FAIL $name: rc=$rc stderr=$(head -c 300 "$tmp/err") stdout=$(head -c 100 "$tmp/out")"; fails=$((fails+1))
  else
    echo "ok $name: $(head -c 160 "$tmp/err")"
  fi
}
printf '{"sources": [' >"$tmp/trunc.json"
printf '{"sources": []}' >"$tmp/empty.json"
printf '{"sources": [{"id": "a", "text": 42}]}' >"$tmp/nonstring.json"
printf '{"sources": [{"id": "a", "outlet": "x"}]}' >"$tmp/notext.json"
printf '{"sources": [{"id": "a", "text": "x"}, {"id": "a", "text": "y"}]}' >"$tmp/dup.json"
printf '{"sources": [{"id": "a", "text": "x", "published": "March 18"}]}' >"$tmp/baddate.json"
printf '{"sources": [{"id": "a", "text": "x", "published": "2021-02-30"}]}' >"$tmp/baddate2.json"
printf '{"sources": [{"id": "a", "text": "caf\xc3"}]}' >"$tmp/utf8.json"
printf 'caf\xe9 on Monday' >"$tmp/latin1.txt"
printf 'date 2021-13-45\nText.' >"$tmp/txtdate.txt"
printf '[1, 2]' >"$tmp/array.json"
printf '{"sources": [5]}' >"$tmp/notobj.json"
expect truncated "malformed JSON" "$cli" compare "$tmp/trunc.json"
expect empty-list "no sources" "$cli" compare "$tmp/empty.json"
expect non-string-text "sources[0].text: must be a string" "$cli" compare "$tmp/nonstring.json"
expect missing-text "sources[0]: missing required field \"text\"" "$cli" compare "$tmp/notext.json"
expect duplicate-id "duplicate id \"a\"" "$cli" compare "$tmp/dup.json"
expect bad-published "sources[0]).published: \"March 18\" is not a date" "$cli" compare "$tmp/baddate.json"
expect impossible-published "2021-02-30" "$cli" compare "$tmp/baddate2.json"
expect invalid-utf8-json "invalid UTF-8 at byte" "$cli" compare "$tmp/utf8.json"
expect invalid-utf8-txt "latin1.txt: invalid UTF-8 at byte 3" "$cli" compare "$tmp/latin1.txt"
expect bad-txt-date "is not a date" "$cli" compare "$tmp/txtdate.txt"
expect not-object "must be a JSON object" "$cli" compare "$tmp/array.json"
expect source-not-object "sources[0]: must be an object" "$cli" compare "$tmp/notobj.json"
expect missing-file "cannot open" "$cli" compare "$tmp/nope.json"
expect dates-bad-published "is not YYYY-MM-DD" "$cli" dates --published 2021-02-30 "$tmp/latin1.txt"
expect dates-invalid-utf8 "invalid UTF-8" "$cli" dates --published 2021-03-18 "$tmp/latin1.txt"
expect quotes-invalid-utf8 "invalid UTF-8" "$cli" quotes "$tmp/latin1.txt"
expect unknown-command "unknown command" "$cli" frobnicate
expect bad-format "--format must be json or text" "$cli" compare --format xml "$tmp/empty.json"
echo "$fails failed"
[ $fails -eq 0 ]
