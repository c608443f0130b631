#!/usr/bin/env bash
# Draws the demo app's schema for the README (examples/erd/demo.svg and
# demo.mmd). A test re-runs it to prove the committed files are current.
#   examples/erd/make-diagram.sh [path/to/schemac] [output folder]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
schemac=${1:-$root/build/release/cli/schemac}
out=${2:-$root/examples/erd}
"$schemac" erd "$root/schemas/demo/v2.sql" -o "$out/demo.svg" --group-by schema
"$schemac" erd "$root/schemas/demo/v2.sql" -o "$out/demo.mmd"
