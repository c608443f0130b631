#!/usr/bin/env bash
# Interop: a migration folder schemac writes in dbmate's layout is run by the
# real dbmate (from npm; golang-migrate, goose and Flyway have no Debian or
# npm package to test with here), and schemac's runner takes over the
# database dbmate started (baseline from dbmate's schema_migrations).
#   run_interop_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$(dirname "$0")/lib.sh"

# dbmate from npm, cached next to the build (a network fetch the first time).
# Under CI=true not having it is a failure, not a skip.
skip() {
  if [[ ${CI:-} == true ]]; then echo "FAILED: $*"; exit 1; fi
  echo "SKIPPED: $*"
  exit 77
}
tools=$(dirname "$schemac")/../tools
dbmate=$tools/node_modules/.bin/dbmate
if [[ ! -x $dbmate ]]; then
  command -v npm >/dev/null || skip "npm is not installed (scripts/install-deps --server installs it)"
  mkdir -p "$tools"
  if ! timeout 300 npm install --silent --no-audit --no-fund --prefix "$tools" dbmate@2 >"$work/npm.log" 2>&1; then
    tail -5 "$work/npm.log"
    skip "dbmate could not be installed from npm"
  fi
fi
"$dbmate" --version || skip "dbmate does not run here"

mkdir -p "$work/v"
printf 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n' >"$work/v/1.sql"
printf 'CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL, name TEXT);\nCREATE INDEX users_email ON users (email);\n' >"$work/v/2.sql"
{ cat "$work/v/2.sql"; printf 'CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id));\nCREATE VIEW authors AS SELECT DISTINCT author FROM posts;\n'; } >"$work/v/3.sql"
for n in 1 2 3; do
  expect "schemac writes v$n for dbmate" 0 "wrote" -- migrate diff "version $n" --dir "$work/m" --to "$work/v/$n.sql" --dialect sqlite --format dbmate
  sleep 1
done

# dbmate runs the folder ...
if "$dbmate" --url "sqlite:$work/app.db" --migrations-dir "$work/m" --no-dump-schema up >"$work/out" 2>&1; then pass; else fail "dbmate up"; cat "$work/out"; fi
expect "what dbmate made is the last schema" 0 "No changes" -- plan "$work/app.db" "$work/v/3.sql" --exclude schema_migrations
if "$dbmate" --url "sqlite:$work/app.db" --migrations-dir "$work/m" --no-dump-schema rollback >"$work/out" 2>&1; then pass; else fail "dbmate rollback"; cat "$work/out"; fi
expect "dbmate's rollback ran schemac's down" 0 "No changes" -- plan "$work/app.db" "$work/v/2.sql" --exclude schema_migrations

# ... and schemac's runner takes the database over from dbmate.
expect "baseline from dbmate's history" 0 "schema_migrations says version" -- migrate baseline --dir "$work/m" --url "$work/app.db"
expect "schemac's runner applies the rest" 0 "applied" -- migrate up --dir "$work/m" --url "$work/app.db"
expect "and the database is the last schema" 0 "No changes" -- plan "$work/app.db" "$work/v/3.sql" --exclude schema_migrations

finish
