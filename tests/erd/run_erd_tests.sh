#!/usr/bin/env bash
# schemac erd: golden DOT and Mermaid text, SVG and PNG checked by parsing
# them (tests/erd/check_erd.py), every corpus drawn, the README's diagram current.
#   run_erd_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$root/tests/cli/lib.sh"
check="python3 $root/tests/erd/check_erd.py"
expected=$root/tests/erd/expected

golden() {  # golden NAME ARGS... : output compared with tests/erd/expected/NAME
  local name=$1
  shift
  if ! "$schemac" erd "$@" >"$work/$name" 2>"$work/err"; then fail "erd $name"; cat "$work/err"; return; fi
  if [[ -n ${SCHEMAC_REWRITE:-} ]]; then cp "$work/$name" "$expected/$name"; fi
  if diff -u "$expected/$name" "$work/$name"; then pass; else fail "$name differs from tests/erd/expected/$name"; fi
}
golden demo.dot "$root/schemas/demo/v2.sql" --format dot
golden demo.mmd "$root/schemas/demo/v2.sql"
golden demo_grouped_keys.dot "$root/schemas/demo/v2.sql" --format dot --group-by schema --columns keys
golden demo_sqlite.mmd "$root/schemas/demo/sqlite/v2.sql" --dialect sqlite
golden demo_change.mmd "$root/schemas/demo/v1.sql" --diff "$root/schemas/demo/v2.sql"
golden demo_filtered.mmd "$root/schemas/demo/v2.sql" --tables 'post*,comments' --columns none
golden demo_md.md "$root/schemas/demo/v2.sql" --format md

# The same input gives the same bytes.
"$schemac" erd "$root/schemas/demo/v2.sql" --format dot >"$work/again.dot"
if cmp -s "$work/again.dot" "$expected/demo.dot"; then pass; else fail "DOT output is not deterministic"; fi

for file in "$expected"/*.mmd; do
  if $check mermaid "$file"; then pass; else fail "$(basename "$file") is not Mermaid erDiagram syntax"; fi
done

printf 'erDiagram\n  "a" {\n    text name with spaces\n  }\n' >"$work/bad.mmd"
if $check mermaid "$work/bad.mmd" 2>/dev/null; then fail "the Mermaid check accepts a bad attribute"; else pass; fi

expect "svg" 0 "3 tables, 3 foreign keys" -- erd "$root/schemas/demo/v2.sql" -o "$work/demo.svg"
if $check svg "$work/demo.svg" app.comments,app.posts,app.users 3; then pass; else fail "demo SVG"; fi
expect "png" 0 "wrote" -- erd "$root/schemas/demo/v2.sql" -o "$work/demo.png"
if $check png "$work/demo.png"; then pass; else fail "demo PNG"; fi
expect "png needs a file" 1 "a PNG goes to a file" -- erd "$root/schemas/demo/v2.sql" --format png
expect "a change as SVG" 0 "3 tables" -- erd "$root/schemas/demo/v1.sql" --diff "$root/schemas/demo/v2.sql" -o "$work/change.svg"
if grep -q "(added)" "$work/change.svg" && grep -q "(altered)" "$work/change.svg"; then pass; else fail "change SVG lacks its marks"; fi
mkdir -p "$work/migrations"
"$schemac" migrate diff init --dir "$work/migrations" --to "$root/schemas/demo/v2.sql" >/dev/null
expect "a migration folder as the source" 0 "3 tables" -- erd "$work/migrations" -o "$work/from_migrations.svg"

expect "a SQLite database" 0 "Applied" -- apply "$work/demo.db" --to "$root/schemas/demo/sqlite/v2.sql" --auto-approve
expect "drawn from the database" 0 "" -- erd "sqlite://$work/demo.db"
if diff -u "$expected/demo_sqlite.mmd" "$work/out"; then pass; else fail "the SQLite database draws differently from its file"; fi

# Every corpus draws (MusicBrainz has hundreds of tables).
for corpus in musicbrainz lago danbooru synapse_pg calibre_sqlite zotero_sqlite synapse_sqlite; do
  file=$root/../shared/corpora/$corpus.sql
  dialect=postgres; [[ $corpus == *_sqlite ]] && dialect=sqlite
  if ! "$schemac" erd "$file" --dialect "$dialect" --skip-unsupported -o "$work/$corpus.svg" 2>"$work/err"; then fail "$corpus: erd"; tail -3 "$work/err"; continue; fi
  counts=$(grep -o '([0-9]* tables, [0-9]* foreign keys)' "$work/err")
  tables=$(echo "$counts" | sed 's/(\([0-9]*\) tables.*/\1/')
  edges=$(echo "$counts" | sed 's/.*, \([0-9]*\) foreign keys)/\1/')
  nodes=$(python3 -c "import sys, xml.etree.ElementTree as ET; r = ET.parse(sys.argv[1]).getroot(); print(sum(1 for g in r.iter('{http://www.w3.org/2000/svg}g') if g.get('class') == 'node'), sum(1 for g in r.iter('{http://www.w3.org/2000/svg}g') if g.get('class') == 'edge'))" "$work/$corpus.svg")
  if [[ -n $tables && "$nodes" == "$tables $edges" && $tables -gt 0 ]]; then pass; else fail "$corpus: SVG has $nodes nodes/edges, expected $tables $edges"; fi
done

# The README's diagram is what the script draws now.
mkdir -p "$work/readme"
"$root/examples/erd/make-diagram.sh" "$schemac" "$work/readme" 2>/dev/null
if cmp -s "$work/readme/demo.svg" "$root/examples/erd/demo.svg" && cmp -s "$work/readme/demo.mmd" "$root/examples/erd/demo.mmd"; then pass; else
  fail "examples/erd is stale: run examples/erd/make-diagram.sh"; fi

finish
