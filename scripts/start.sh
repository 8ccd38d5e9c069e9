#!/usr/bin/env bash
# Sets up what is missing, builds, and serves the demo page with its default story on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node scripts/serve.mjs
