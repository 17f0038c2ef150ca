#!/usr/bin/env bash
# The release page exactly as deployed: builds dist/ (scripts/build.sh), then serves it as a
# plain static host would (brotli/gzip, no live reload) on http://127.0.0.1:8081
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh
exec node --input-type=module -e "
  const { serve } = await import('./tests/e2e/server.mjs');
  const s = await serve('dist', { port: Number(process.env.PORT ?? 8081), compress: true });
  console.log('preview: the release build at ' + s.url + ' (Ctrl-C stops it)');
"
