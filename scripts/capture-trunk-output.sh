#!/usr/bin/env bash
# Captures the index.html that trunk hands its post-build hook, from `trunk build --release`
# and from `trunk serve` (with its live-reload script), into tests/fixtures/trunk/. The
# prerender's unit tests run against these real outputs. Run after a trunk upgrade.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
out=tests/fixtures/trunk
mkdir -p "$out"
config=Trunk.capture.toml
trap 'rm -f "$config"; [ -n "${serve_pid:-}" ] && kill "$serve_pid" 2>/dev/null; true' EXIT

# Trunk.toml with the prerender hook swapped for a copy of the hook's input.
capture_config() {
  sed '/^\[\[hooks\]\]/,$d' Trunk.toml
  cat <<EOF
[[hooks]]
stage = "post_build"
command = "sh"
command_arguments = ["-c", "cp \"\$TRUNK_STAGING_DIR/index.html\" $out/\$TRUNK_PROFILE.capture"]
EOF
}
capture_config >"$config"

rm -f "$out"/*.capture
trunk --config "$config" build --release --dist target/capture-dist
mv "$out/release.capture" "$out/release.html"

trunk --config "$config" serve --port 18089 --dist target/capture-serve &
serve_pid=$!
for _ in $(seq 1 600); do
  [ -f "$out/debug.capture" ] && break
  sleep 1
done
kill "$serve_pid"
mv "$out/debug.capture" "$out/serve.html"
echo "captured: $out/release.html $out/serve.html"
