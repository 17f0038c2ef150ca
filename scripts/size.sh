#!/usr/bin/env bash
# Prints the size of each file of dist/, raw and gzip -9, and the totals.
set -euo pipefail
cd "$(dirname "$0")/../dist"
raw=0; gz=0
printf '%-48s %10s %10s\n' file raw gzip
for f in $(find . -maxdepth 1 -type f ! -name '*.gz' ! -name '*.br' | sort); do
  r=$(wc -c < "$f"); g=$(gzip -9c "$f" | wc -c)
  raw=$((raw + r)); gz=$((gz + g))
  printf '%-48s %10d %10d\n' "${f#./}" "$r" "$g"
done
printf '%-48s %10d %10d\n' total "$raw" "$gz"
