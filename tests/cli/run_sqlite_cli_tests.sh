#!/usr/bin/env bash
# End-to-end tests of the built binary on SQLite, run as a user would: no
# server, real database files (sqlite3 builds the "independent" ones).
#   run_sqlite_cli_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$(dirname "$0")/lib.sh"
demo=$root/schemas/demo/sqlite
checksum() { sha256sum "$1" | cut -d' ' -f1; }

# --- bad input: file:line:col, what was expected, exit 1, never a crash ---------
good=$work/good.sql
echo 'CREATE TABLE t (id INTEGER PRIMARY KEY);' >"$good"
bad() {  # bad NAME CONTENT EXPECTED_SUBSTRING
  printf '%b' "$2" >"$work/$1.sql"
  expect "bad input: $1" 1 "$3" -- diff "$work/$1.sql" "$good" --dialect sqlite
}
bad truncated         'CREATE TABLE t (id INTEGER'                      "$work/truncated.sql:1:27: error: expected"
bad unterminated      "CREATE TABLE t (a TEXT DEFAULT 'abc);\n"         "$work/unterminated.sql:2:1: error: expected ' to end the string"
bad duplicate_table   'CREATE TABLE t (a);\nCREATE TABLE t (b);'        "$work/duplicate_table.sql:2:1: error: table t already exists"
bad duplicate_column  'CREATE TABLE t (a, A);'                          "duplicate column name: A"
bad index_no_table    'CREATE INDEX i ON nowhere (a);'                  "no such table: nowhere"
bad table_as_select   'CREATE TABLE t AS SELECT 1;'                     "CREATE TABLE ... AS SELECT is not supported"
bad deep_nesting      "CREATE TABLE t (a CHECK ($(printf '(%.0s' {1..300})1$(printf ')%.0s' {1..300}))));" "nested"
expect "missing database file" 1 "no SQLite database at $work/missing.db" -- diff "$work/missing.db" "$good"
expect "sqlite and postgres together" 1 "cannot compare a SQLite database with a PostgreSQL one" -- diff "$work/x.db" postgres://localhost/x
expect "dialect disagrees with the database" 1 "--dialect postgres does not match the sqlite database" -- diff "$work/x.db" "$good" --dialect postgres

expect "SQLite read as PostgreSQL says how to choose" 1 "for SQLite pass --dialect sqlite" -- diff "$root/schemas/demo/sqlite/v1.sql" "$root/schemas/demo/sqlite/v2.sql"

# --- file to file, offline --------------------------------------------------------
expect "diff v1 v2" 0 "" -- diff "$demo/v1.sql" "$demo/v2.sql" --dialect sqlite
if diff -u "$root/tests/cli/expected/demo_sqlite_up.sql" "$work/out"; then pass; else fail "SQLite demo up differs from tests/cli/expected/demo_sqlite_up.sql"; fi
expect "plan shows the rebuild hazard" 2 "table-rewrite: rebuilds main.posts" -- plan "$demo/v1.sql" "$demo/v2.sql" --dialect sqlite
expect "down refused without --allow-destructive" 3 "drops column main.posts.published_at and its data" -- diff "$demo/v2.sql" "$demo/v1.sql" --dialect sqlite
expect "self plan is empty" 0 "No changes" -- plan "$demo/v2.sql" "$demo/v2.sql" --dialect sqlite

# --- apply: a new file, rows kept, a second plan empty ----------------------------
db=$work/app.db
expect "apply to a new file" 0 "Applied" -- apply "sqlite://$db" --to "$demo/v1.sql" --auto-approve
sqlite3 "$db" <"$demo/seed.sql"
expect "apply v2" 0 "Applied" -- apply "$db" --to "$demo/v2.sql" --auto-approve
if [[ $(sqlite3 "$db" "SELECT count(*) FROM posts") == 2 ]]; then pass; else fail "apply v2 lost posts"; fi
if [[ $(sqlite3 "$db" "SELECT title FROM posts_search WHERE posts_search MATCH 'engine'") == "Notes on the engine" ]]; then pass; else fail "FTS5 index not filled"; fi
expect "plan after apply is empty" 0 "No changes" -- plan "sqlite://$db" "$demo/v2.sql"
expect "diff after apply prints nothing" 0 "" -- diff "$db" "$demo/v2.sql"
if [[ -s $work/out ]]; then fail "diff after apply printed SQL"; cat "$work/out"; else pass; fi
expect "inspect a database" 0 "CREATE VIRTUAL TABLE posts_search USING fts5" -- inspect "sqlite://$db"
cp "$work/out" "$work/inspected.sql"
expect "inspect as JSON" 0 "" -- inspect "$db" --format json
if python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); assert d["virtual_tables"][0]["module"] == "fts5"; assert any(t["body"] for t in d["triggers"])' "$work/out"; then pass; else fail "inspect JSON lacks virtual tables or trigger bodies"; fi
expect "inspect output plans empty against the database" 0 "No changes" -- plan "$db" "$work/inspected.sql"
if grep -q warning "$work/err"; then fail "inspect output reads back with warnings"; cat "$work/err"; else pass; fi

# --- nothing is lost: refusals, dry runs and failures leave the file as it was ----
before=$(checksum "$db")
expect "apply refuses destructive changes" 3 "pass --allow-destructive" -- apply "$db" --to "$demo/v1.sql" --auto-approve
expect "apply --dry-run" 0 "Dry run: nothing was applied" -- apply "$db" --to "$demo/v1.sql" --dry-run --allow-destructive
printf "%s\n" "$(cat "$demo/v2.sql")" "CREATE TABLE t2 (x);" | sed 's/length(title) BETWEEN 1 AND 200/length(title) > 100/' >"$work/failing.sql"
expect "a failing apply rolls back" 1 "CHECK constraint failed" -- apply "$db" --to "$work/failing.sql" --auto-approve
if [[ $(checksum "$db") == "$before" ]]; then pass; else fail "the database file changed after refused, dry-run or failed applies"; fi
if [[ $(sqlite3 "$db" "SELECT count(*) FROM sqlite_schema WHERE name = 't2'") == 0 ]]; then pass; else fail "failed apply left t2 behind"; fi
expect "apply without a terminal asks for --auto-approve" 3 "pass --auto-approve" -- apply "$db" --to "$demo/v1.sql" --allow-destructive </dev/null

# --- saved plans: what was reviewed is what runs, and only on the schema it was made against ---
saved=$work/saved.db
expect "saved plan: a database from v1" 0 "Applied" -- apply "$saved" --to "$demo/v1.sql" --auto-approve
expect "saved plan: plan to v2 as JSON" 2 "" -- plan "$saved" "$demo/v2.sql" --format json -o "$work/plan.json"
if grep -q '"from_fingerprint": "fnv1a64:' "$work/plan.json"; then pass; else fail "saved plan has no fingerprint"; fi
expect "saved plan: --to and --plan together" 1 "give --to or --plan, not both" -- apply "$saved" --to "$demo/v2.sql" --plan "$work/plan.json"
sqlite3 "$saved" "CREATE TABLE drift (x)"
expect "saved plan: refused after drift" 3 "has changed since the plan was made" -- apply "$saved" --plan "$work/plan.json" --auto-approve
sqlite3 "$saved" "DROP TABLE drift"
expect "saved plan: runs on the schema it was made against" 0 "matches the plan's fingerprint" -- apply "$saved" --plan "$work/plan.json" --auto-approve
expect "saved plan: the database now matches v2" 0 "No changes" -- plan "$saved" "$demo/v2.sql"
expect "saved plan: not again" 3 "has changed since the plan was made" -- apply "$saved" --plan "$work/plan.json" --auto-approve
expect "saved plan made from files is refused" 3 "was made from files" -- apply "$saved" --plan <("$schemac" plan "$demo/v1.sql" "$demo/v2.sql" --dialect sqlite --format json) --auto-approve
printf '{"format": "something else"}' >"$work/bogus.json"
expect "not a plan" 1 "not a schemac plan" -- apply "$saved" --plan "$work/bogus.json"
expect "markdown plan" 2 "### schemac plan: 11 changes" -- plan "$demo/v1.sql" "$demo/v2.sql" --dialect sqlite --format markdown
expect "--concurrent-indexes is for PostgreSQL" 1 "--concurrent-indexes is for PostgreSQL" -- plan "$demo/v1.sql" "$demo/v2.sql" --dialect sqlite --concurrent-indexes

# --- a hostile name round-trips -------------------------------------------------------
printf 'CREATE TABLE "a""; drop table x; --" ("c""d" TEXT, [e f] INTEGER);\nCREATE TABLE x (id INTEGER);\n' >"$work/hostile.sql"
expect "apply a hostile name" 0 "Applied" -- apply "$work/hostile.db" --to "$work/hostile.sql" --auto-approve
if [[ $(sqlite3 "$work/hostile.db" "SELECT count(*) FROM sqlite_schema WHERE name IN ('x', 'a\"; drop table x; --')") == 2 ]]; then pass; else fail "hostile name: tables missing"; fi
expect "hostile name plans empty" 0 "No changes" -- plan "$work/hostile.db" "$work/hostile.sql"

# --- the corpora: loaded by sqlite3 itself, inspected, diffed against the file: empty ----
for corpus in calibre_sqlite zotero_sqlite synapse_sqlite; do
  file=$root/../shared/corpora/$corpus.sql
  rm -f "$work/$corpus.db"
  if ! sqlite3 "$work/$corpus.db" <"$file" 2>"$work/err"; then fail "sqlite3 could not load $corpus"; continue; fi
  expect "$corpus: database loaded by sqlite3 diffs empty against the file" 0 "" -- diff "$work/$corpus.db" "$file"
  if [[ -s $work/out ]]; then fail "$corpus: diff not empty"; head -20 "$work/out"; else pass; fi
done

finish
