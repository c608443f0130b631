#!/usr/bin/env bash
# End-to-end tests of the built binary, run as a user would.
#   run_cli_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$(dirname "$0")/lib.sh"

good=$work/good.sql
echo 'CREATE TABLE t (id int PRIMARY KEY);' >"$good"

# --- bad inputs: clear message with a position, exit 1, never a crash ---------
bad() {  # bad NAME CONTENT EXPECTED_SUBSTRING
  printf '%b' "$2" >"$work/$1.sql"
  expect "bad input: $1" 1 "$3" -- diff "$work/$1.sql" "$good"
}
bad truncated          'CREATE TABLE t (id int'                         "$work/truncated.sql:1:23: error: syntax error at end of input"
bad unterminated_quote "CREATE TABLE t (a text DEFAULT 'abc);\n"        "unterminated quoted string"
bad unterminated_dollar 'CREATE TABLE t (a text DEFAULT $$abc);\n'      "unterminated dollar-quoted string"
bad unknown_type       'CREATE TABLE t (\n  a notatype\n);'             "$work/unknown_type.sql:2:5: error: type \"notatype\" does not exist"
bad duplicate_table    'CREATE TABLE t (a int);\nCREATE TABLE t (b int);' "$work/duplicate_table.sql:2:14: error: relation \"public.t\" already exists"
bad duplicate_column   'CREATE TABLE t (a int, a text);'                "column \"a\" specified more than once"
bad binary_garbage     'CREATE\x00\x01\x02\xff TABLE'                   "NUL byte"
bad invalid_utf8       'CREATE TABLE t (a text DEFAULT '"'"'\xc3\x28'"'"');' "not valid UTF-8"
bad missing_fk_target  'CREATE TABLE t (a int REFERENCES nowhere (id));' "references missing table \"public.nowhere\""
bad missing_key_column 'CREATE TABLE t (a int, PRIMARY KEY (b));'       "column \"b\" named in key does not exist"
bad unsupported_stmt   'CREATE TABLE t (a int);\nCREATE PUBLICATION p FOR ALL TABLES;' "$work/unsupported_stmt.sql:2:1: error: CREATE PUBLICATION is not supported yet"
bad drop_missing       'DROP TABLE ghost;'                               "table \"public.ghost\" does not exist"
# DO blocks: their statements are read in place, so positions point inside the body
bad do_position        'CREATE TABLE a (id int);\nDO $$\nBEGIN\n  CREATE TABLE b (id int REFERENCES nowhere);\nEND $$;' "$work/do_position.sql:4:26: error: foreign key b_id_fkey references missing table \"public.nowhere\""
bad do_syntax          'DO $$\nBEGIN\n  CREATE TABLE b (id int,, x int);\nEND $$;' "$work/do_syntax.sql:1:1: error: DO block: syntax error at or near \",\""
bad do_loop            'DO $$ BEGIN FOR i IN 1..3 LOOP CREATE TABLE x (); END LOOP; END $$;' "$work/do_loop.sql:1:1: error: DO block with a FOR loop is not supported"
bad do_if_exists       'DO $$ BEGIN IF EXISTS (SELECT 1) THEN CREATE TABLE x (); END IF; END $$;' "DO block with an IF other than IF NOT EXISTS"
bad do_language        'DO LANGUAGE plperl $$ 1; $$;'                  "DO block in a language other than plpgsql is not supported"

expect "missing file" 1 "no-such-file.sql: error: no such file or directory" -- diff "$work/no-such-file.sql" "$good"
mkdir -p "$work/emptydir"
expect "folder without sql files" 1 "folder contains no .sql files" -- diff "$work/emptydir" "$good"
expect "missing argument" 1 "TO is required" -- diff "$good"
expect "unknown dialect" 1 "--dialect" -- diff "$good" "$good" --dialect mysql
expect "convert takes --dialect sqlite" 0 "converted from SQLite to PostgreSQL" -- convert --dialect sqlite "$root/schemas/demo/sqlite/v2.sql"
expect "convert refuses another --dialect, saying why" 1 "convert reads SQLite schemas only (got --dialect postgres)" -- convert --dialect postgres "$root/schemas/demo/sqlite/v2.sql"
expect "unknown command" 1 "" -- frobnicate
expect "no command" 1 "" --

# --- an empty file (0 bytes, whitespace, comments) is the empty schema ---------
: >"$work/empty.sql"
printf '  \n\t\n' >"$work/blank.sql"
printf -- '-- nothing yet\n' >"$work/comment_only.sql"
for empty in empty blank comment_only; do
  expect "empty -> schema ($empty)" 0 "" -- diff "$work/$empty.sql" "$good"
  grep -qx 'CREATE TABLE public.t (id integer PRIMARY KEY);' "$work/out" && pass || fail "empty -> schema ($empty): no CREATE TABLE"
  expect "schema -> empty ($empty) is destructive" 3 "drop table public.t" -- diff "$good" "$work/$empty.sql"
  expect "schema -> empty ($empty) with --allow-destructive" 0 "" -- diff "$good" "$work/$empty.sql" --allow-destructive
  grep -qx 'DROP TABLE public.t;' "$work/out" && pass || fail "schema -> empty ($empty): no DROP TABLE"
  expect "empty -> empty ($empty)" 0 "No changes" -- plan "$work/$empty.sql" "$work/empty.sql"
done
mkdir -p "$work/fresh_migrations"
expect "migrate diff to an empty schema file writes nothing" 0 "nothing written" -- migrate diff init --dir "$work/fresh_migrations" --to "$work/empty.sql" --dialect postgres
expect "migrate diff from empty" 0 "1 change" -- migrate diff init --dir "$work/fresh_migrations" --to "$good" --dialect postgres
expect "migrate diff back to empty" 0 "1 change" -- migrate diff drop_all --dir "$work/fresh_migrations" --to "$work/empty.sql" --dialect postgres --allow-destructive
ls "$work/fresh_migrations"/*_drop_all.up.sql >/dev/null 2>&1 && grep -q 'DROP TABLE public.t;' "$work/fresh_migrations"/*_drop_all.up.sql && pass || fail "migrate diff back to empty: no DROP TABLE"

# --- a schema the files use but never create is presumed, with one warning ----
printf 'CREATE TABLE ext.t (a int);\n' >"$work/presumed.sql"
expect "a presumed schema" 0 'schema "ext" is not created in these files: presumed to exist already' -- diff "$work/empty.sql" "$work/presumed.sql"
grep -qx 'CREATE TABLE ext.t (a integer);' "$work/out" && pass || fail "a presumed schema: no CREATE TABLE ext.t"
grep -q 'SCHEMA' "$work/out" && fail "a presumed schema is created" || pass
[[ $(grep -c 'is not created in these files' "$work/err") == 1 ]] && pass || fail "a presumed schema: not exactly one warning"
expect "both sides presume it: one warning" 0 "No changes" -- plan "$work/presumed.sql" "$work/presumed.sql"
[[ $(grep -c 'is not created in these files' "$work/err") == 1 ]] && pass || fail "both sides presume it: not exactly one warning"
expect "a system schema is refused" 1 'cannot create objects in system schema "pg_catalog"' -- diff "$work/empty.sql" <(printf 'CREATE TABLE pg_catalog.t (a int);\n')
printf 'CREATE TABLE t (a int);\n' >"$work/unqualified.sql"
expect "--search-path" 0 "" -- diff "$work/empty.sql" "$work/unqualified.sql" --search-path app,public
grep -qx 'CREATE TABLE app.t (a integer);' "$work/out" && pass || fail "--search-path: t is not made in app"

# --- --skip-unsupported turns unsupported statements into warnings ------------
printf 'CREATE TABLE t (id int PRIMARY KEY);\nCREATE PUBLICATION p FOR ALL TABLES;\n' >"$work/with_publication.sql"
expect "skip unsupported" 0 "warning: CREATE PUBLICATION is not supported yet" -- diff "$work/with_publication.sql" "$good" --skip-unsupported

# --- privileges are compared only with --privileges -------------------------------
printf 'CREATE TABLE t (id int PRIMARY KEY);\nGRANT SELECT ON t TO app_reader;\nALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO app_reader;\n' >"$work/granted.sql"
expect "grants ignored by default" 0 "No changes" -- plan "$good" "$work/granted.sql"
expect "grants compared with --privileges" 0 "" -- diff "$good" "$work/granted.sql" --privileges --skip-unsupported
if grep -qx 'GRANT SELECT ON TABLE public.t TO app_reader;' "$work/out"; then passed=$((passed + 1)); else fail "--privileges: no GRANT in the diff"; cat "$work/out"; fi
expect "default privileges not modelled yet" 1 "ALTER DEFAULT PRIVILEGES is not supported yet" -- diff "$good" "$work/granted.sql" --privileges
printf 'CREATE TABLE t (id int PRIMARY KEY);\nGRANT SELECT ON nowhere TO app_reader;\n' >"$work/bad_grant.sql"
expect "grant on a missing table" 1 "$work/bad_grant.sql:2:1: error: relation \"public.nowhere\" does not exist" -- diff "$good" "$work/bad_grant.sql" --privileges

# --- owners are compared only with --owners ----------------------------------------
printf 'CREATE TABLE t (id int PRIMARY KEY);\nALTER TABLE t OWNER TO app_owner;\nCREATE COLLATION c (provider = icu, locale = %s);\nALTER COLLATION c OWNER TO app_owner;\n' "'de'" >"$work/owned.sql"
printf 'CREATE TABLE t (id int PRIMARY KEY);\nCREATE COLLATION c (provider = icu, locale = %s);\n' "'de'" >"$work/unowned.sql"
expect "owners ignored by default" 0 "No changes" -- plan "$work/unowned.sql" "$work/owned.sql"
expect "owners compared with --owners" 0 "" -- diff "$work/unowned.sql" "$work/owned.sql" --owners
if [[ $(cat "$work/out") == 'ALTER TABLE public.t OWNER TO app_owner;' ]]; then passed=$((passed + 1)); else fail "--owners: expected one OWNER TO"; cat "$work/out"; fi
expect "owners handed back" 0 "" -- diff "$work/owned.sql" "$work/unowned.sql" --owners
if [[ $(cat "$work/out") == 'ALTER TABLE public.t OWNER TO CURRENT_USER;' ]]; then passed=$((passed + 1)); else fail "--owners: expected OWNER TO CURRENT_USER"; cat "$work/out"; fi

# --- help and version ----------------------------------------------------------
expect "--help" 0 "diff" -- --help
expect "diff --help" 0 "Exit codes" -- diff --help
expect "plan --help" 0 "3 destructive changes" -- plan --help
expect "--version" 0 "schemac 0." -- --version

# --- exit codes and output ------------------------------------------------------
v1=$root/schemas/demo/v1.sql
v2=$root/schemas/demo/v2.sql
expect "plan without changes exits 0" 0 "No changes" -- plan "$v1" "$v1"
expect "plan with changes exits 2" 2 "Plan: " -- plan "$v1" "$v2"
expect "plan with destructive changes exits 3" 3 "pass --allow-destructive" -- plan "$v2" "$v1"
expect "plan --allow-destructive exits 2" 2 "data-loss" -- plan "$v2" "$v1" --allow-destructive
expect "diff refuses destructive" 3 "refusing to emit" -- diff "$v2" "$v1"
if [[ -s $work/out ]]; then fail "a refused diff must print nothing on stdout"; else passed=$((passed + 1)); fi
expect "diff up" 0 "" -- diff "$v1" "$v2"
if diff -u "$root/tests/cli/expected/demo_up.sql" "$work/out"; then passed=$((passed + 1)); else fail "demo up differs from tests/cli/expected/demo_up.sql"; fi
expect "diff down" 0 "" -- diff "$v2" "$v1" --allow-destructive
if diff -u "$root/tests/cli/expected/demo_down.sql" "$work/out"; then passed=$((passed + 1)); else fail "demo down differs from tests/cli/expected/demo_down.sql"; fi
NO_COLOR=1 "$schemac" plan "$v1" "$v2" >"$work/plan" 2>&1
if grep -q $'\x1b' "$work/plan"; then fail "NO_COLOR plan contains escape codes"; else passed=$((passed + 1)); fi

# --- plans for review: formats, and the CI example that posts them -----------------
expect "plan as JSON" 2 '"format": "schemac.plan"' -- plan "$v1" "$v2" --format json
expect "plan as Markdown to a file" 2 "" -- plan "$v1" "$v2" --format markdown -o "$work/plan.md"
if grep -q '^### schemac plan: 15 changes' "$work/plan.md" && grep -q '<details><summary>SQL' "$work/plan.md"; then pass; else fail "markdown plan file"; fi
expect "unknown plan format" 1 "--format" -- plan "$v1" "$v2" --format yaml
expect "a bad --rename" 1 "write table:SCHEMA.OLD=SCHEMA.NEW" -- plan "$v1" "$v2" --rename users=accounts
expect "a --rename that fits neither way" 1 "the current side has no column" -- plan "$v1" "$v2" --rename column:app.users.nope=other
expect "--additive-only leaves nothing destructive (exit 2, not 3)" 2 "" -- plan "$v2" "$v1" --additive-only
if grep -q "Left out by --additive-only" "$work/out"; then pass; else fail "--additive-only did not list what it left out"; fi
SCHEMAC=$schemac PLAN_FILE=$work/ci.md "$root/examples/ci/plan-comment.sh" "$v1" "$v2" >"$work/ci.out" 2>&1
code=$?
if [[ $code -eq 0 ]] && grep -q "### schemac plan" "$work/ci.out"; then pass; else fail "examples/ci/plan-comment.sh: exit $code"; cat "$work/ci.out"; fi
SCHEMAC=$schemac PLAN_FILE=$work/ci.md "$root/examples/ci/plan-comment.sh" "$v2" "$v1" >"$work/ci.out" 2>&1
code=$?
if [[ $code -eq 3 ]]; then pass; else fail "examples/ci/plan-comment.sh on destructive changes: exit $code, expected 3"; fi

# --- which PostgreSQL major offline files are for --------------------------------
printf "CREATE COLLATION c_utf8 (provider = builtin, locale = 'C.UTF-8');\n" >"$work/builtin.sql"
expect "no --pg-version: a feature of 17 is taken" 0 "provider = builtin" -- diff "$work/empty.sql" "$work/builtin.sql"
expect "--pg-version 16 refuses it, naming the version" 1 "which PostgreSQL 17 added; the migration is for PostgreSQL 16" -- diff "$work/empty.sql" "$work/builtin.sql" --pg-version 16
expect "--pg-version 17 takes it" 0 "provider = builtin" -- diff "$work/empty.sql" "$work/builtin.sql" --pg-version 17

# --- a folder is one schema, read in name order --------------------------------
mkdir -p "$work/folder"
printf 'CREATE SCHEMA app;\n' >"$work/folder/01_schema.sql"
printf 'CREATE TABLE app.t (id int);\n' >"$work/folder/02_tables.sql"
printf 'CREATE SCHEMA app;\nCREATE TABLE app.t (id int);\n' >"$work/one.sql"
expect "folder equals single file" 0 "No changes" -- plan "$work/folder" "$work/one.sql"

finish
