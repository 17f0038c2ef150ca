#!/usr/bin/env bash
# Runs every test: formatting and lints (native and wasm32), native unit and data tests,
# component tests in headless Chromium, and end-to-end tests of the release build.
# Installs what is missing first. Every layer runs even when an earlier one fails; the last
# line sums them all: "tests: N passed, N failed". Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || { echo "tests: 0 passed, 1 failed (setup)"; exit 1; }
source scripts/env.sh

passed=0
failed=0
failed_layers=()

# Runs one layer. A layer whose runner prints counts (cargo test, node --test) adds them; a
# layer that prints none (fmt, clippy, the build) counts as one check. A layer that fails
# without reporting a failure (it did not compile, it crashed) counts one failure.
layer() {
  local name=$1
  shift
  printf '\n\033[1m== %s\033[0m\n' "$name"
  local log
  log=$(mktemp)
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local p f
  p=$(grep -hoE '(test result: [A-Za-z]+\. [0-9]+ passed|^# pass [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
  f=$(grep -hoE '([0-9]+ failed;|^# fail [0-9]+)' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
  rm -f "$log"
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    # No runner counts: the layer itself is the check.
    if [ "$status" -eq 0 ]; then p=1; else f=1; fi
  elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [ "$status" -ne 0 ]; then failed_layers+=("$name"); fi
}

layer "format" cargo fmt --all -- --check
layer "clippy (native)" cargo clippy --all-targets --locked -- -D warnings
layer "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
layer "native tests" cargo test --locked --no-fail-fast
layer "component tests (wasm-bindgen-test, headless Chromium)" \
  cargo test --locked --no-fail-fast --target wasm32-unknown-unknown --test components
# A failed build must not leave an older dist/ for the browser tests to pass on.
rm -rf dist
layer "release build" bash scripts/build.sh
layer "end-to-end tests (Playwright, Chromium)" bash -c 'cd tests/e2e && npm test --silent'

echo
if [ ${#failed_layers[@]} -gt 0 ]; then
  echo "failed layers: ${failed_layers[*]}"
fi
echo "tests: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#failed_layers[@]} -eq 0 ]
