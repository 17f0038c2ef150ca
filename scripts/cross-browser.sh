#!/usr/bin/env bash
# WebKit (every iPhone browser is WebKit) and Gecko: the release build checked through WebDriver
# (tests/e2e/cross-browser.mjs). Installs Debian's webkit2gtk-driver, xvfb and firefox-esr and
# geckodriver (crates.io) when missing: several hundred MB, so not part of scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test
source scripts/env.sh
missing=()
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
geckodriver --version 2>/dev/null | grep -q '^geckodriver 0.37.1' || cargo install geckodriver@0.37.1
[ -f dist/index.html ] || bash scripts/build.sh
status=0
for browser in webkit firefox; do
  node tests/e2e/cross-browser.mjs "$browser" || status=1
done
exit $status
