#!/usr/bin/env bash
# Installs what is missing, then serves the app with live reload on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# The first build of a fresh clone compiles every crate; under `trunk serve` that flood of file
# events once panicked trunk's file watcher (notify-debouncer-full: "index out of bounds"), and
# the server was gone before it had served a page. So the cold build runs first without a
# watcher, and the server's own build is a warm one.
trunk build
# Should the watcher still fall over, the server comes back: a crash (exit below 128) restarts
# it, at most twice; Ctrl-C or a kill (128 and above) ends it.
for attempt in 1 2 3; do
  status=0
  trunk serve --address 127.0.0.1 --port 8080 "$@" || status=$?
  if [ "$status" -eq 0 ] || [ "$status" -ge 128 ] || [ "$attempt" -eq 3 ]; then
    exit "$status"
  fi
  echo "serve.sh: trunk serve stopped (exit $status); starting it again ($((attempt + 1)) of 3)" >&2
done
