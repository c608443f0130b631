#!/usr/bin/env bash
# schemac migrate end to end on SQLite (no server): five schema versions
# become five migrations; up reaches the last, down --all empties, up again
# is clean; failures roll back and are recorded; tampering is caught; two
# runners at once apply each migration once.
#   run_migrate_tests.sh path/to/schemac source-root [postgres|duckdb path/to/duckdb_query]
# With "postgres", the same runs on the server pg_virtualenv describes; with
# "duckdb", on DuckDB files (duckdb_query stands in for a DuckDB shell).
set -uo pipefail
schemac=$1
root=$2
dialect=${3:-sqlite}
source "$(dirname "$0")/lib.sh"

if [[ $dialect == postgres ]]; then
  source "$root/tests/live/server_or_skip.sh"
  db=schemac_migrate_$$
  createdb "$db" || exit 1
  trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1' EXIT
  url="postgres:///$db"
  fresh_url() { createdb "${db}_$1" && echo "postgres:///${db}_$1"; }
  trap 'rm -rf "$work"; for d in "$db" "${db}_direct" "${db}_dbmate" "${db}_goose" "${db}_flyway" "${db}_baseline" "${db}_golang" "${db}_history"; do dropdb --if-exists "$d" >/dev/null 2>&1; done' EXIT
  tables() { psql -At -d "$db" -c "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"; }
  query() { psql -At -d "$db" -c "$1"; }
  # The schema as the server dumps it, without the runner's tables.
  schema_dump() { "$root/tests/support/schema_dump.sh" "${1#postgres:///}" --no-owner --no-privileges --exclude-table 'schemac_*' | grep -v '^\\\(un\)\?restrict ' | grep -v '^--'; }
  int=integer
elif [[ $dialect == duckdb ]]; then
  duckdb_query=$4
  url="duckdb://$work/app.duckdb"
  fresh_url() { echo "duckdb://$work/$1.duckdb"; }
  tables() { "$duckdb_query" "$work/app.duckdb" "SELECT coalesce(string_agg(table_name, ',' ORDER BY table_name), '') FROM duckdb_tables()"; }
  query() { "$duckdb_query" "$work/app.duckdb" "$1"; }
  # The schema as DuckDB reports it, without the runner's tables.
  schema_dump() {
    "$duckdb_query" "${1#duckdb://}" "SELECT table_name, column_index, column_name, data_type, is_nullable, column_default FROM duckdb_columns()
      WHERE NOT internal AND table_name NOT LIKE 'schemac_%' ORDER BY ALL"
    "$duckdb_query" "${1#duckdb://}" "SELECT table_name, constraint_text FROM duckdb_constraints() WHERE table_name NOT LIKE 'schemac_%' ORDER BY ALL"
    "$duckdb_query" "${1#duckdb://}" "SELECT sql FROM duckdb_indexes() ORDER BY ALL"
  }
  int=INTEGER
else
  url="sqlite://$work/app.db"
  fresh_url() { echo "sqlite://$work/$1.db"; }
  tables() { sqlite3 "$work/app.db" "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)"; }
  query() { sqlite3 "$work/app.db" "$1"; }
  # The schema as SQLite describes it (its stored text differs after ALTER TABLE).
  schema_dump() {
    sqlite3 "${1#sqlite://}" "SELECT m.type, m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk FROM sqlite_schema AS m
      LEFT JOIN pragma_table_info(m.name) AS p WHERE m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'schemac_%' ORDER BY m.name, p.cid"
  }
  int=INTEGER
fi
dir=$work/migrations

# Five versions of a schema.
mkdir -p "$work/v"
printf 'CREATE TABLE users (id %s PRIMARY KEY, email TEXT NOT NULL);\n' $int >"$work/v/1.sql"
printf 'CREATE TABLE users (id %s PRIMARY KEY, email TEXT NOT NULL, name TEXT);\n' $int >"$work/v/2.sql"
{ cat "$work/v/2.sql"; printf 'CREATE INDEX users_email ON users (email);\n'; } >"$work/v/3.sql"
{ cat "$work/v/3.sql"; printf 'CREATE TABLE posts (id %s PRIMARY KEY, author %s REFERENCES users (id), title TEXT);\n' $int $int; } >"$work/v/4.sql"
{ cat "$work/v/4.sql"; printf 'CREATE VIEW titles AS SELECT title FROM posts;\n'; } >"$work/v/5.sql"

for n in 1 2 3 4 5; do
  expect "migrate diff v$n" 0 "wrote" -- migrate diff "version $n" --dir "$dir" --to "$work/v/$n.sql" --dialect "$dialect"
  sleep 1  # timestamps to the second
done
expect "migrate diff with nothing new writes nothing" 0 "nothing written" -- migrate diff nothing --dir "$dir" --to "$work/v/5.sql" --dialect "$dialect"
# --dev-url: the folder run on a scratch database (PostgreSQL: on that server; SQLite: in memory).
case $dialect in postgres) dev_url="dbname=postgres" ;; duckdb) dev_url="duckdb::memory:" ;; *) dev_url="sqlite::memory:" ;; esac
expect "migrate diff --dev-url replays the folder on a scratch database" 0 "nothing written" -- migrate diff nothing --dir "$dir" --to "$work/v/5.sql" --dialect "$dialect" --dev-url "$dev_url"
if [[ $(ls "$dir" | grep -c '\.up\.sql$') == 5 ]]; then pass; else fail "expected 5 up files"; ls "$dir"; fi

expect "up --dry-run" 0 "-- " -- migrate up --dir "$dir" --url "$url" --dry-run
if [[ -z $(tables) || $(tables) == "schemac_migrations,schemac_schema_version" ]]; then pass; else fail "--dry-run changed the database: $(tables)"; fi
expect "up 2" 0 "applied" -- migrate up 2 --dir "$dir" --url "$url"
expect "status shows applied and pending" 0 "pending" -- migrate status --dir "$dir" --url "$url"
expect "up to the end" 0 "applied" -- migrate up --dir "$dir" --url "$url"
expect "up to the end equals the last schema" 0 "No changes" -- plan "$url" "$work/v/5.sql" --dialect "$dialect"
direct_url=$(fresh_url direct)
expect "the last schema applied directly" 0 "Applied" -- apply "$direct_url" --to "$work/v/5.sql" --dialect "$dialect" --auto-approve
if [[ "$(schema_dump "$url")" == "$(schema_dump "$direct_url")" && -n "$(schema_dump "$url")" ]]; then pass; else
  fail "up to the end dumps differently from the last schema applied directly"; diff <(schema_dump "$url") <(schema_dump "$direct_url") | head -20; fi
expect "up again has nothing to do" 0 "Nothing to apply" -- migrate up --dir "$dir" --url "$url"
expect "down --all" 0 "rolled back" -- migrate down --all --dir "$dir" --url "$url"
if [[ $(tables) == "schemac_migrations,schemac_schema_version" ]]; then pass; else fail "down --all left: $(tables)"; fi
expect "up again is clean" 0 "applied" -- migrate up --dir "$dir" --url "$url"
expect "and equals the last schema" 0 "No changes" -- plan "$url" "$work/v/5.sql" --dialect "$dialect"
expect "status as JSON" 0 '"state": "applied"' -- migrate status --dir "$dir" --url "$url" --format json

# --- a failing migration rolls back, is recorded, and is retried once fixed ------------
printf 'CREATE TABLE audit (id %s PRIMARY KEY);\nINSERT INTO nowhere VALUES (1);\n' $int >"$work/bad.sql"
expect "migrate create" 0 "wrote" -- migrate create broken --dir "$dir"
broken_up=$(ls "$dir"/*_broken.up.sql)
cp "$work/bad.sql" "$broken_up"
expect "an edited pending file is caught" 3 "was edited after schemac.sum was written" -- migrate up --dir "$dir" --url "$url"
expect "migrate hash accepts it" 0 "schemac.sum written" -- migrate hash --dir "$dir"
expect "a failing migration" 1 "was rolled back" -- migrate up --dir "$dir" --url "$url"
if [[ $(tables) != *audit* ]]; then pass; else fail "the failed migration left its table"; fi
if [[ $(query "SELECT status FROM schemac_migrations WHERE name = 'broken'") == failed ]]; then pass; else fail "history does not say failed"; fi
expect "status shows it failed" 0 "failed" -- migrate status --dir "$dir" --url "$url"
printf 'CREATE TABLE audit (id %s PRIMARY KEY);\n' $int >"$broken_up"
printf 'DROP TABLE audit;\n' >"${broken_up%.up.sql}.down.sql"
expect "hash the fix" 0 "" -- migrate hash --dir "$dir"
expect "the fixed migration applies" 0 "applied" -- migrate up --dir "$dir" --url "$url"
if [[ $(tables) == *audit* ]]; then pass; else fail "the fixed migration did not make its table"; fi

# --- tampering -------------------------------------------------------------------------
first_up=$(ls "$dir"/*.up.sql | head -1)
cp "$first_up" "$work/first.bak"
echo "-- an edit" >>"$first_up"
expect "an edited applied file, not re-hashed" 3 "was edited after schemac.sum was written" -- migrate up --dir "$dir" --url "$url"
expect "re-hashed" 0 "" -- migrate hash --dir "$dir"
expect "an edited applied file, re-hashed" 3 "was edited after it was applied" -- migrate up --dir "$dir" --url "$url"
cp "$work/first.bak" "$first_up"
expect "restored" 0 "" -- migrate hash --dir "$dir"
mv "$first_up" "$work/first.moved"
expect "a file missing from the folder" 3 "missing from the folder" -- migrate up --dir "$dir" --url "$url"
mv "$work/first.moved" "$first_up"
base=$(basename "$first_up")
cp "$first_up" "$dir/${base%%_*}_duplicate.up.sql"
expect "a duplicate version" 1 "is also" -- migrate up --dir "$dir" --url "$url"
rm "$dir/${base%%_*}_duplicate.up.sql"
printf 'CREATE TABLE sneaky (id int);\n' >"$dir/99999999999999_sneaky.up.sql"
expect "a file added by hand" 3 "is not in schemac.sum" -- migrate up --dir "$dir" --url "$url"
rm "$dir/99999999999999_sneaky.up.sql"

# --- two runners at once apply each migration once --------------------------------------
expect "down --all before the race" 0 "" -- migrate down --all --dir "$dir" --url "$url"
"$schemac" migrate up --dir "$dir" --url "$url" >"$work/r1" 2>&1 &
"$schemac" migrate up --dir "$dir" --url "$url" >"$work/r2" 2>&1 &
wait %1; c1=$?; wait %2; c2=$?
applied=$(cat "$work/r1" "$work/r2" | grep -c '^applied')
if [[ $c1 -eq 0 && $c2 -eq 0 && $applied -eq 6 ]]; then pass; else fail "two runners: exits $c1/$c2, $applied applications (expected 6)"; cat "$work/r1" "$work/r2"; fi
if [[ $(query "SELECT count(*) FROM schemac_migrations WHERE status = 'applied'") == 6 ]]; then pass; else fail "history after the race"; fi
{ cat "$work/v/5.sql"; printf 'CREATE TABLE audit (id %s PRIMARY KEY);\n' $int; } >"$work/v/6.sql"
expect "after the race, the last schema and the hand-written migration" 0 "No changes" -- plan "$url" "$work/v/6.sql" --dialect "$dialect"

# --- the other layouts: written, read back and run by schemac's runner ----------------------
for layout in dbmate goose flyway; do
  for n in 1 2 3 4 5; do
    "$schemac" migrate diff "version $n" --dir "$work/$layout" --to "$work/v/$n.sql" --dialect "$dialect" --format "$layout" >/dev/null || fail "$layout: migrate diff v$n"
    sleep 1
  done
  layout_url=$(fresh_url "$layout")
  expect "$layout: up" 0 "applied" -- migrate up --dir "$work/$layout" --url "$layout_url"
  expect "$layout: equals the last schema" 0 "No changes" -- plan "$layout_url" "$work/v/5.sql" --dialect "$dialect"
  expect "$layout: down --all" 0 "rolled back" -- migrate down --all --dir "$work/$layout" --url "$layout_url"
done
if grep -q -- '-- migrate:down' "$work"/dbmate/*.sql && grep -q -- '-- +goose Down' "$work"/goose/*.sql && ls "$work"/flyway/U*__*.sql >/dev/null; then pass; else fail "layout markers"; fi

# --- lint: the hazards of the newest migrations ---------------------------------------------
expect "lint the newest" 0 "Plan:" -- migrate lint 2 --dir "$dir" --dialect "$dialect"
expect "a destructive migration" 0 "wrote" -- migrate diff drop_audit --dir "$dir" --to "$work/v/5.sql" --dialect "$dialect" --allow-destructive
expect "lint flags it" 3 "data-loss: drops table" -- migrate lint --dir "$dir" --dialect "$dialect"

# --- a migration outside a transaction that fails leaves the database dirty -----------------
expect "up to date first" 0 "" -- migrate up --dir "$dir" --url "$url"
expect "create one to run outside a transaction" 0 "wrote" -- migrate create outside --dir "$dir"
outside_up=$(ls "$dir"/*_outside.up.sql)
printf -- '-- schemac:no-transaction\nINSERT INTO nowhere VALUES (1);\n' >"$outside_up"
"$schemac" migrate hash --dir "$dir" >/dev/null
expect "it fails" 1 "the database is dirty" -- migrate up --dir "$dir" --url "$url"
expect "status says dirty" 0 "dirty at" -- migrate status --dir "$dir" --url "$url"
expect "a dirty database is refused" 3 "is dirty" -- migrate up --dir "$dir" --url "$url"
expect "the refusal lists what may not have run" 3 "  INSERT INTO nowhere VALUES (1);" -- migrate up --dir "$dir" --url "$url"
expect "and the resolve to run once it has" 3 "--applied --url URL" -- migrate up --dir "$dir" --url "$url"
outside_version=$(basename "$outside_up"); outside_version=${outside_version%%_*}
expect "resolve --rolled-back" 0 "the database is clean" -- migrate resolve "$outside_version" --rolled-back --dir "$dir" --url "$url"
printf -- '-- schemac:no-transaction\nCREATE TABLE outside (id %s);\n' $int >"$outside_up"
printf 'DROP TABLE outside;\n' >"${outside_up%.up.sql}.down.sql"
"$schemac" migrate hash --dir "$dir" >/dev/null
expect "fixed, it applies" 0 "applied" -- migrate up --dir "$dir" --url "$url"
expect "resolve needs to be told which" 1 "--applied or --rolled-back" -- migrate resolve "$outside_version" --dir "$dir" --url "$url"

# --- history writes are whole or not at all ---------------------------------------------------
# A migration with a statement after its transaction is recorded dirty, then
# clean once that statement ran. Here triggers refuse the clean row and the
# failure's record: the dirty row must stay. (SQLite commits each statement of
# a script on its own: the version row deleted and not written again read as
# "clean, nothing applied".)
if [[ $dialect != duckdb ]]; then
  history_url=$(fresh_url history)
  history_sql() {
    if [[ $dialect == postgres ]]; then psql -q -v ON_ERROR_STOP=1 -d "${db}_history" -c "$1"; else sqlite3 "$work/history.db" "$1"; fi
  }
  expect "history: a first migration" 0 "wrote" -- migrate create first --dir "$work/history"
  printf 'CREATE TABLE first (id %s);\n' $int >"$(ls "$work"/history/*_first.up.sql)"
  "$schemac" migrate hash --dir "$work/history" >/dev/null
  expect "history: the first applies" 0 "applied" -- migrate up --dir "$work/history" --url "$history_url"
  if [[ $dialect == postgres ]]; then
    history_sql "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS \$\$BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END\$\$;
      CREATE TRIGGER refuse_clean BEFORE INSERT ON schemac_schema_version FOR EACH ROW WHEN (NOT NEW.dirty) EXECUTE FUNCTION refuse('clean refused');
      CREATE TRIGGER refuse_record BEFORE UPDATE OF error ON schemac_migrations FOR EACH ROW WHEN (NEW.error LIKE '%clean refused%') EXECUTE FUNCTION refuse('record refused');"
  else
    history_sql "CREATE TRIGGER refuse_clean BEFORE INSERT ON schemac_schema_version WHEN NOT NEW.dirty BEGIN SELECT RAISE(ABORT, 'clean refused'); END;
      CREATE TRIGGER refuse_record BEFORE UPDATE OF error ON schemac_migrations WHEN NEW.error LIKE '%clean refused%' BEGIN SELECT RAISE(ABORT, 'record refused'); END;"
  fi
  sleep 1
  expect "history: a second, with a statement after its transaction" 0 "wrote" -- migrate create second --dir "$work/history"
  printf -- 'CREATE TABLE second (id %s);\n-- schemac:after-transaction\nCREATE INDEX second_id ON second (id);\n' $int \
    >"$(ls "$work"/history/*_second.up.sql)"
  "$schemac" migrate hash --dir "$work/history" >/dev/null
  second_version=$(basename "$(ls "$work"/history/*_second.up.sql)"); second_version=${second_version%%_*}
  expect "history: writing it clean fails, and so does recording that" 1 "recording the failure failed too" -- migrate up --dir "$work/history" --url "$history_url"
  expect "history: the dirty row it had stays" 0 "dirty at $second_version" -- migrate status --dir "$work/history" --url "$history_url"
  expect "history: so the next run is refused" 3 "is dirty" -- migrate up --dir "$work/history" --url "$history_url"
fi

# A SQLite rebuild ends with PRAGMA foreign_keys = ON after its transaction:
# it sets the connection only, so the migration is never recorded dirty (a
# runner killed before it would leave a dirty database with nothing to repair).
if [[ $dialect == sqlite ]]; then
  printf 'CREATE TABLE p (id INTEGER PRIMARY KEY, n INTEGER);\n' >"$work/p1.sql"
  printf 'CREATE TABLE p (id INTEGER PRIMARY KEY, n INTEGER CHECK (n > 0));\n' >"$work/p2.sql"
  expect "pragma: first" 0 "wrote" -- migrate diff first --dir "$work/pragma" --to "$work/p1.sql" --dialect sqlite
  sleep 1
  expect "pragma: a rebuild" 0 "wrote" -- migrate diff rebuild --dir "$work/pragma" --to "$work/p2.sql" --dialect sqlite
  if grep -qx 'PRAGMA foreign_keys = ON;' "$work"/pragma/*_rebuild.up.sql; then pass; else fail "pragma: the rebuild turns foreign keys back on"; fi
  expect "pragma: first applies" 0 "applied" -- migrate up 1 --dir "$work/pragma" --url "sqlite://$work/pragma.db"
  sqlite3 "$work/pragma.db" "CREATE TRIGGER refuse_dirty BEFORE INSERT ON schemac_schema_version WHEN NEW.dirty BEGIN SELECT RAISE(ABORT, 'dirty refused'); END;"
  expect "pragma: the rebuild applies without a dirty row" 0 "applied" -- migrate up --dir "$work/pragma" --url "sqlite://$work/pragma.db"
fi

# --- baseline: adopt a database made without schemac's runner ---------------------------------
fifth=$(ls "$dir"/*.up.sql | sed -n 5p); fifth=$(basename "$fifth"); fifth=${fifth%%_*}
baseline_url=$(fresh_url baseline)
expect "a database made from v5 directly" 0 "Applied" -- apply "$baseline_url" --to "$work/v/5.sql" --dialect "$dialect" --auto-approve
expect "baseline at the fifth migration" 0 "marked applied without running" -- migrate baseline "$fifth" --dir "$dir" --url "$baseline_url"
expect "then up runs the rest" 0 "applied" -- migrate up --dir "$dir" --url "$baseline_url"
expect "baseline twice is refused" 3 "has a schemac history already" -- migrate baseline "$fifth" --dir "$dir" --url "$baseline_url"
golang_url=$(fresh_url golang)
expect "a golang-migrate database at v5" 0 "Applied" -- apply "$golang_url" --to "$work/v/5.sql" --dialect "$dialect" --auto-approve
golang_history="CREATE TABLE schema_migrations (version bigint NOT NULL, dirty boolean NOT NULL); INSERT INTO schema_migrations VALUES ($fifth, false)"
case $dialect in
  postgres) psql -q -d "${db}_golang" -c "$golang_history" ;;
  duckdb) "$duckdb_query" "$work/golang.duckdb" "$golang_history" ;;
  *) sqlite3 "$work/golang.db" "$golang_history" ;;
esac
expect "baseline from golang-migrate's history" 0 "schema_migrations says version $fifth" -- migrate baseline --dir "$dir" --url "$golang_url"

finish
