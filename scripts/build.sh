#!/usr/bin/env bash
# Builds the release into dist/ (relative asset URLs, wasm-opt -Oz) and prints its size.
#   scripts/build.sh [--public-url URL]   (default ./ : works at any path of a static host)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release "$@"
bash scripts/size.sh
node scripts/compress.mjs dist
