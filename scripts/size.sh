#!/usr/bin/env bash
# Prints the size of each file of dist/, raw and gzip -9, and the totals.
#   scripts/size.sh            the files (scripts/build.sh runs this after each build)
#   scripts/size.sh --crates   also where the WASM's bytes go, by crate: twiggy's per-function
#                              sizes of the release module before wasm-bindgen and wasm-opt
#                              (which still has names), summed (twiggy installed on first use)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root/dist"
raw=0; gz=0
printf '%-48s %10s %10s\n' file raw gzip
for f in $(find . -maxdepth 1 -type f ! -name '*.gz' ! -name '*.br' | sort); do
  r=$(wc -c < "$f"); g=$(gzip -9c "$f" | wc -c)
  raw=$((raw + r)); gz=$((gz + g))
  printf '%-48s %10d %10d\n' "${f#./}" "$r" "$g"
done
printf '%-48s %10d %10d\n' total "$raw" "$gz"

if [ "${1:-}" = "--crates" ]; then
  cd "$root"
  twiggy --version >/dev/null 2>&1 || cargo install --locked twiggy@0.8.0
  echo
  echo "Where the WASM's bytes go (before wasm-opt):"
  twiggy top -n 100000 --format csv target/wasm32-unknown-unknown/release/infographic-app.wasm > target/twiggy.csv
  node tests/e2e/bench/wasm-report.mjs target/twiggy.csv
fi
