#!/usr/bin/env bash
# schemac migrate end to end on SQLite (no server): five schema versions
# become five migrations; up reaches the last, down --all empties, up again
# is clean; failures roll back and are recorded; tampering is caught; two
# runners at once apply each migration once.
#   run_migrate_tests.sh path/to/schemac source-root [postgres]
# With "postgres", the same runs on the server pg_virtualenv describes.
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
  tables() { psql -At -d "$db" -c "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"; }
  query() { psql -At -d "$db" -c "$1"; }
  int=integer
else
  url="sqlite://$work/app.db"
  tables() { sqlite3 "$work/app.db" "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name)"; }
  query() { sqlite3 "$work/app.db" "$1"; }
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
if [[ $(ls "$dir" | grep -c '\.up\.sql$') == 5 ]]; then pass; else fail "expected 5 up files"; ls "$dir"; fi

expect "up --dry-run" 0 "-- " -- migrate up --dir "$dir" --url "$url" --dry-run
if [[ -z $(tables) || $(tables) == "schemac_migrations,schemac_schema_version" ]]; then pass; else fail "--dry-run changed the database: $(tables)"; fi
expect "up 2" 0 "applied" -- migrate up 2 --dir "$dir" --url "$url"
expect "status shows applied and pending" 0 "pending" -- migrate status --dir "$dir" --url "$url"
expect "up to the end" 0 "applied" -- migrate up --dir "$dir" --url "$url"
expect "up to the end equals the last schema" 0 "No changes" -- plan "$url" "$work/v/5.sql" --dialect "$dialect"
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

finish
