#!/usr/bin/env bash
# Installs everything the project needs on a fresh Debian machine (Rust via rustup, Node 20, root).
# Idempotent: each step is skipped when its tool is already there at the right version.
#   scripts/setup.sh          build tools only (enough to serve)
#   scripts/setup.sh --test   build tools + browser, fonts and npm test tools
set -euo pipefail
cd "$(dirname "$0")/.."
# cargo, rustup and the tools installed below, whatever PATH the caller had.
source scripts/env.sh

TRUNK_VERSION=0.21.14
want_test=false
[ "${1:-}" = "--test" ] && want_test=true

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# rustfmt and clippy (the tests run both).
for comp in rustfmt clippy; do
  rustup component list --installed | grep -q "^$comp" || rustup component add "$comp"
done

# trunk (0.22 needs a newer rustc than this machine has).
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

# wasm-bindgen-cli at exactly the version in Cargo.lock (without --locked: the registry lacks
# one of its locked dependencies). It also brings wasm-bindgen-test-runner.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WB_VERSION\$"; then
  say "installing wasm-bindgen-cli $WB_VERSION"
  cargo install --force "wasm-bindgen-cli@$WB_VERSION"
fi

# npm tools, pinned by tests/e2e/package-lock.json: wasm-opt (binaryen 132; Debian's 108 cannot
# parse rustc 1.95's output), playwright-core and axe-core.
# Installed once per lock file: a stamp holds the hash of the lock the tools came from.
lock_hash=$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)
stamp=tests/e2e/node_modules/.installed-from-lock
if [ ! -x tests/e2e/node_modules/.bin/wasm-opt ] || [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  say "installing npm tools (npm ci)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
  echo "$lock_hash" >"$stamp"
fi

# A CJK font for the share image the build draws (src/share_image.rs).
SHARE_FONT=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
if [ ! -f "$SHARE_FONT" ]; then
  say "installing Debian package fonts-wqy-microhei (for the share image)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-wqy-microhei >/dev/null
fi
# A Latin font for English lines' curly quotes in the share images.
LATIN_FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
if [ ! -f "$LATIN_FONT" ]; then
  say "installing Debian package fonts-dejavu-core (for the share image)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq fonts-dejavu-core >/dev/null
fi

if $want_test; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  [ -f /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
say "ready"
