#!/usr/bin/env bash
# Installs what is missing, then serves the app with live reload on http://127.0.0.1:8080
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# The port first: taken (another server still running), say so now, not after a build.
if (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  echo "serve.sh: port 8080 is in use (another server?); stop it first" >&2
  exit 1
fi
# The first build of a fresh clone compiles every crate; under `trunk serve` that flood of file
# events once panicked trunk's file watcher (notify-debouncer-full: "index out of bounds"), and
# the server was gone before it had served a page. So the cold build runs first without a
# watcher, and the server's own build is a warm one.
trunk build
# Should the watcher still fall over, the server comes back: a trunk that stops by itself with
# a failure is started again, at most twice. trunk runs as a child the script waits on, so that
# Ctrl-C or a kill of this script stops trunk too (and frees the port).
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; exit 130' INT TERM HUP
for attempt in 1 2 3; do
  trunk serve --address 127.0.0.1 --port 8080 "$@" &
  pid=$!
  status=0
  wait "$pid" || status=$?
  pid=""
  if [ "$status" -eq 0 ] || [ "$status" -ge 128 ] || [ "$attempt" -eq 3 ]; then
    exit "$status"
  fi
  echo "serve.sh: trunk serve stopped (exit $status); starting it again ($((attempt + 1)) of 3)" >&2
done
