#!/usr/bin/env bash
# The real-world PostgreSQL schemas of ../shared/corpora against a real server:
#   - what of each schemac does not model yet is exactly the known list below;
#   - `schemac diff X X` is empty;
#   - (and a synthetic schema of 1,000 tables with a 5% changed copy converges
#     both ways)
#   - where nothing is left unmodelled: `schemac diff empty.sql X`, run by psql
#     on an empty database, gives the same pg_dump --schema-only as loading X;
#     planning that database against X again is empty; and
#     `schemac diff X empty.sql --allow-destructive` empties it again.
# (A corpus with unmodelled statements cannot be built without them; its
# database round trip is in run_live_tests.sh.)
#   run_corpus_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$(dirname "$0")/server_or_skip.sh"
work=$(mktemp -d)
prefix=schemac_corpus_$$
trap 'rm -rf "$work"; for d in $(psql -At -d postgres -c "SELECT datname FROM pg_database WHERE datname LIKE '"'"'${prefix}%'"'"'"); do dropdb "$d"; done' EXIT

# What each corpus holds that schemac does not model: the count of "not
# supported yet" warnings, by statement kind (none left; kept so that a
# corpus with something new says exactly what).
declare -A expected_unsupported=(
  [musicbrainz]=""
  [danbooru]=""
  [lago]=""
  [synapse_pg]=""
)

# The schema dump (pg_dump --schema-only, or catalog facts on servers pg_dump
# cannot read) as a sorted set of lines: column order and the order
# of independent statements are not what these tests are about.
dump() {
  "$root/tests/support/schema_dump.sh" "$1" --no-owner --no-privileges |
    grep -v -e '^--' -e '^$' -e '^SET ' -e '^SELECT pg_catalog.set_config' -e '^\\\(un\)\?restrict ' |
    sed 's/,$//' | sort
}

empty=$work/empty.sql
echo "-- an empty schema" >"$empty"
# Offline diffs are written for the server they run on, as a user targeting it would.
major=$(( $(psql -At -d postgres -c "SHOW server_version_num") / 10000 ))
(( major >= 14 && major <= 18 )) || major=15
for corpus in musicbrainz lago danbooru synapse_pg; do
  file=$root/../shared/corpora/$corpus.sql
  [[ -f $file ]] || { fail "missing corpus $file"; continue; }

  "$schemac" inspect "$file" --skip-unsupported >/dev/null 2>"$work/warnings"
  got=$(grep -o 'warning: .* is not supported yet' "$work/warnings" | sed -e 's/^warning: //' -e 's/ is not supported yet$//' \
 | sort | uniq -c | sed 's/^ *//' | paste -sd'|')
  [[ "$got" == "${expected_unsupported[$corpus]}" ]] && ok ||
    fail "$corpus: not modelled: '$got', expected '${expected_unsupported[$corpus]}'"

  "$schemac" diff "$file" "$file" --skip-unsupported >"$work/same" 2>/dev/null
  code=$?
  [[ $code -eq 0 && ! -s $work/same ]] && ok || { fail "$corpus: diff X X is not empty (exit $code)"; head -5 "$work/same"; }

  [[ -z ${expected_unsupported[$corpus]} ]] || continue
  # A corpus using what this major lacks (NULLS NOT DISTINCT on 14) is refused, naming it.
  if ! "$schemac" inspect "$file" --skip-unsupported --pg-version "$major" >/dev/null 2>"$work/needs"; then
    if grep -q "which PostgreSQL [0-9]* added" "$work/needs"; then
      ok
      echo "skipped on PostgreSQL $major: $corpus $(grep -o 'uses .* added' "$work/needs" | head -1)"
      continue
    fi
    fail "$corpus: inspect --pg-version $major failed"; head -5 "$work/needs"
  fi
  built=${prefix}_${corpus}_built loaded=${prefix}_${corpus}_loaded
  createdb "$built" && createdb "$loaded"
  psql -q -d "$loaded" -f "$file" >/dev/null 2>&1
  if "$schemac" diff "$empty" "$file" --skip-unsupported --pg-version "$major" >"$work/up.sql" 2>"$work/err"; then ok; else fail "$corpus: diff empty X failed"; head -5 "$work/err"; fi
  if psql -q -v ON_ERROR_STOP=1 -d "$built" -f "$work/up.sql" >/dev/null 2>"$work/err"; then ok; else fail "$corpus: PostgreSQL rejected diff empty X"; head -5 "$work/err"; fi
  if diff <(dump "$built") <(dump "$loaded") >"$work/dumps"; then ok; else fail "$corpus: diff empty X builds another schema than X"; head -20 "$work/dumps"; fi
  "$schemac" plan "postgres:///$built" "$file" --skip-unsupported >"$work/plan" 2>"$work/err"
  code=$?
  [[ $code -eq 0 ]] && ok || { fail "$corpus: database built by schemac vs X plans changes (exit $code)"; head -10 "$work/plan" "$work/err"; }
  "$schemac" plan "postgres:///$loaded" "$file" --skip-unsupported >"$work/plan" 2>"$work/err"
  code=$?
  [[ $code -eq 0 ]] && ok || { fail "$corpus: database loaded from X vs X plans changes (exit $code)"; head -10 "$work/plan" "$work/err"; }

  "$schemac" diff "$file" "$empty" --skip-unsupported --allow-destructive --pg-version "$major" >"$work/down.sql" 2>"$work/err" || { fail "$corpus: diff X empty failed"; head -5 "$work/err"; }
  if psql -q -v ON_ERROR_STOP=1 -d "$built" -f "$work/down.sql" >/dev/null 2>"$work/err"; then ok; else fail "$corpus: PostgreSQL rejected diff X empty"; head -5 "$work/err"; fi
  if diff <(dump "$built") <(dump postgres) >"$work/dumps"; then ok; else fail "$corpus: diff X empty leaves objects behind"; head -20 "$work/dumps"; fi
  dropdb "$built" && dropdb "$loaded"
done

# --- a synthetic schema and a 5% changed copy converge -------------------------
gen=$root/../shared/bench/gen_schema.py
if [[ -f $gen ]]; then
  python3 "$gen" --tables 1000 -o "$work/v1.sql" && python3 "$gen" --tables 1000 --mutate 5 -o "$work/v2.sql"
  migrated=${prefix}_synthetic_migrated wanted=${prefix}_synthetic_wanted original=${prefix}_synthetic_original
  createdb "$migrated" && createdb "$wanted" && createdb "$original"
  psql -q -v ON_ERROR_STOP=1 -d "$migrated" -f "$work/v1.sql" >/dev/null 2>&1 &&
    psql -q -v ON_ERROR_STOP=1 -d "$original" -f "$work/v1.sql" >/dev/null 2>&1 &&
    psql -q -v ON_ERROR_STOP=1 -d "$wanted" -f "$work/v2.sql" >/dev/null 2>&1 && ok || fail "synthetic: PostgreSQL rejected a generated schema"
  "$schemac" diff "$work/v1.sql" "$work/v2.sql" --allow-destructive --pg-version "$major" >"$work/up.sql" 2>"$work/err" || { fail "synthetic: diff v1 v2 failed"; head -5 "$work/err"; }
  "$schemac" diff "$work/v2.sql" "$work/v1.sql" --allow-destructive >"$work/down.sql" 2>"$work/err" || { fail "synthetic: diff v2 v1 failed"; head -5 "$work/err"; }
  if psql -q -v ON_ERROR_STOP=1 -d "$migrated" -f "$work/up.sql" >/dev/null 2>"$work/err"; then ok; else fail "synthetic: PostgreSQL rejected up"; head -5 "$work/err"; fi
  if diff <(dump "$migrated") <(dump "$wanted") >"$work/dumps"; then ok; else fail "synthetic: v1 + up is not v2"; head -20 "$work/dumps"; fi
  "$schemac" plan "postgres:///$migrated" "$work/v2.sql" >"$work/plan" 2>"$work/err"
  code=$?
  [[ $code -eq 0 ]] && ok || { fail "synthetic: planning v1 + up against v2 is not empty (exit $code)"; head -10 "$work/plan" "$work/err"; }
  if psql -q -v ON_ERROR_STOP=1 -d "$migrated" -f "$work/down.sql" >/dev/null 2>"$work/err"; then ok; else fail "synthetic: PostgreSQL rejected down"; head -5 "$work/err"; fi
  if diff <(dump "$migrated") <(dump "$original") >"$work/dumps"; then ok; else fail "synthetic: v1 + up + down is not v1"; head -20 "$work/dumps"; fi
else
  fail "missing $gen"
fi

echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
