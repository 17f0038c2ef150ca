#!/usr/bin/env bash
# Builds the release, then measures it against an ECharts page of the same content.
#   scripts/bench.sh           prints the table (and writes tests/e2e/bench/out/results.json)
#   scripts/bench.sh --check   also exits 1 when a budget is missed
# Then reports where the WASM's bytes go (twiggy, installed on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/env.sh
bash scripts/build.sh
status=0
node tests/e2e/bench/bench.mjs "$@" || status=$?

bash scripts/size.sh --crates
exit $status
