#!/usr/bin/env bash
# What is left to do on a page's data folder (default data/): every number in the source that
# is neither a figure nor excluded, every passage clause or quote not in the source, every
# printed clause in no passage, every broken data rule, with file and line. Exits 1 while
# anything is left. See AUTHORING.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
# The tool itself is built with our page (data/), whatever INFOGRAPHIC_DATA says: the build
# refuses a folder with anything left to do, and this is the tool that says what.
exec env -u INFOGRAPHIC_DATA cargo run --quiet --locked --bin audit -- "${1:-data}"
