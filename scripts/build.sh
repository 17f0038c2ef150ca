#!/usr/bin/env bash
# Builds the release into dist/ (relative asset URLs, wasm-opt -Oz) and prints its size.
#   scripts/build.sh [--public-url URL]   (default ./ : works at any path of a static host)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# trunk's output is kept, so that a fault in the page's data (build.rs prints each one) can be
# said again last and plainly, not left in the middle of cargo's and trunk's lines.
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! trunk build --release "$@" 2>&1 | tee "$log"; then
  faults="$(grep -E '^\s*error: .*(\.json|\.txt)(:[0-9]+)?: |thing\(s\) left to do' "$log" | sed -E 's/^\s*error: //' || true)"
  if [ -n "$faults" ]; then
    echo
    echo "The build stopped: the page's data (${INFOGRAPHIC_DATA:-data}/) is not ready."
    echo "$faults" | sed 's/^/  /'
    echo "Fix each line above (scripts/audit.sh ${INFOGRAPHIC_DATA:-data} prints the same), then build again."
  fi
  exit 1
fi
bash scripts/size.sh
node scripts/compress.mjs dist
if [ -z "${INFOGRAPHIC_CANONICAL_URL:-${BEIBEI_CANONICAL_URL:-}}" ]; then
  echo
  echo "note: INFOGRAPHIC_CANONICAL_URL is not set, so share images and links in dist/ are relative:"
  echo "  fine for trying it out; for a published build set it to the folder's public URL"
  echo "  (INFOGRAPHIC_CANONICAL_URL=https://your.site/graphics/beibei/ scripts/build.sh), or link"
  echo "  previews (WeChat, X, Facebook) show no picture."
fi
