#!/usr/bin/env bash
# Runs every test: formatting and lints (native and wasm32), native unit and data tests,
# component tests in headless Chromium, and end-to-end tests of the release build.
# Installs what is missing first. Ends with one line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/env.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "clippy (native)"
cargo clippy --all-targets --locked -- -D warnings

step "clippy (wasm32)"
cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings

step "native tests"
cargo test --locked 2>&1 | tee -a "$log"

step "component tests (wasm-bindgen-test, headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test components 2>&1 | tee -a "$log"

step "release build"
bash scripts/build.sh

step "end-to-end tests (Playwright, Chromium)"
(cd tests/e2e && npm test --silent) 2>&1 | tee -a "$log"

sum() { grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$( { grep -hoE '(test result: ok\. [0-9]+ passed|^# pass [0-9]+)' "$log" || true; } | sum)
failed=$( { grep -hoE '([0-9]+ failed;|^# fail [0-9]+)' "$log" || true; } | sum)
echo
echo "tests: ${passed:-0} passed, ${failed:-0} failed"
