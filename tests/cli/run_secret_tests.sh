#!/usr/bin/env bash
# A password in a connection string never shows: not in errors (refused
# connections, bad databases), not in plans (text, JSON, Markdown), not in the
# migration history, for URLs and libpq keyword strings alike. Every output
# of every run is searched for one distinctive password.
#   run_secret_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$root/tests/cli/lib.sh"
secret='Zq7-distinctive-Pw9'
all=$work/all-output
: >"$all"
# run ARGS...: schemac's stdout and stderr kept for the search (exit codes do not matter here).
run() { "$schemac" "$@" >>"$all" 2>&1; }

printf 'CREATE TABLE t (id int PRIMARY KEY);\n' >"$work/schema.sql"
sqlite3 "$work/app.db" "CREATE TABLE t (id INTEGER PRIMARY KEY)"
mkdir -p "$work/migrations"
run migrate diff first --dir "$work/migrations" --to "$work/schema.sql"
nowhere="postgres://alice:$secret@127.0.0.1:1/app"
keywords="host=127.0.0.1 port=1 user=alice password=$secret dbname=app"
for url in "$nowhere" "$keywords" "postgresql://alice:$secret@[::1]:1/app?sslmode=disable"; do
  run plan "$url" "$work/schema.sql"
  run diff "$url" "$work/schema.sql"
  run inspect "$url"
  run apply "$url" --to "$work/schema.sql" --auto-approve
  run erd "$url" --format mermaid
  run diff "$work/schema.sql" "$work/schema.sql" --dev-url "$url"
  run migrate status --dir "$work/migrations" --url "$url"
  run migrate up --dir "$work/migrations" --url "$url"
  run copy "$work/app.db" "$url"
  run verify "$work/app.db" "$url"
done
if grep -q "cannot connect to postgres://alice@127.0.0.1:1/app" "$all"; then pass; else fail "the refused connection was not reported"; head -5 "$all"; fi

# On the real server, when there is one: plans and history made through a URL with the password.
if [[ -n ${PGHOST:-} || -n ${PGPORT:-} ]]; then
  db=schemac_secret_$$
  role=schemac_secret_$$
  trap 'rm -rf "$work"; dropdb --if-exists "$db" >/dev/null 2>&1; psql -X -q -d postgres -c "DROP ROLE IF EXISTS $role" >/dev/null 2>&1' EXIT
  createdb "$db"
  # A role whose password is the secret: it connects whether the server trusts or checks passwords.
  psql -X -q -d postgres -c "CREATE ROLE $role LOGIN SUPERUSER PASSWORD '$secret'" >/dev/null
  host=${PGHOST:-localhost}
  url="postgresql://$role:$secret@/$db?host=$host&port=${PGPORT:-5432}"
  run plan "$url" "$work/schema.sql"
  run plan "$url" "$work/schema.sql" --format json -o "$work/plan.json"
  run plan "$url" "$work/schema.sql" --format markdown
  run apply "$url" --to "$work/schema.sql" --auto-approve
  run migrate baseline --dir "$work/migrations" --url "$url"
  run migrate status --dir "$work/migrations" --url "$url" --format json
  cat "$work/plan.json" >>"$all" 2>/dev/null
  psql -X -At -d "$db" -c "SELECT * FROM schemac_migrations" >>"$all" 2>&1
  if grep -q '"from"' "$work/plan.json"; then pass; else fail "no JSON plan was written"; fi
fi

if grep -qF -- "$secret" "$all"; then
  fail "the password shows in the output:"; grep -nF -- "$secret" "$all" | head -5
else
  pass
fi
finish
