#!/usr/bin/env bash
# schemac against real DuckDB files: apply to a new file, plan again (empty),
# rows kept through a rebuild, inspect, and bad input (a file DuckDB refuses,
# mixed dialects) as clear errors.
#   run_duckdb_cli_tests.sh path/to/schemac source-root path/to/duckdb_query
set -uo pipefail
schemac=$1
root=$2
duckdb_query=$3
source "$root/tests/cli/lib.sh"

cat >"$work/v1.sql" <<'SQL'
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, tags VARCHAR[]);
CREATE TABLE events (id BIGINT PRIMARY KEY, user_id INTEGER REFERENCES users (id), kind VARCHAR, ts TIMESTAMP);
CREATE INDEX events_ts ON events (ts);
SQL
cat >"$work/v2.sql" <<'SQL'
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, tags VARCHAR[], visits BIGINT DEFAULT 0);
CREATE TABLE events (id BIGINT PRIMARY KEY, user_id INTEGER REFERENCES users (id), kind VARCHAR NOT NULL DEFAULT 'view', ts TIMESTAMP);
CREATE INDEX events_ts ON events (ts);
CREATE VIEW daily AS SELECT CAST(ts AS DATE) AS day, count(*) AS n FROM events GROUP BY ALL;
SQL
db=$work/app.duckdb
expect "apply v1 to a new DuckDB file" 0 "Applied" -- apply "duckdb://$db" --to "$work/v1.sql" --auto-approve
expect "plan against the file it was built from is empty" 0 "No changes" -- plan "$db" "$work/v1.sql"
"$schemac" apply "$db" --to "$work/v1.sql" --auto-approve >/dev/null 2>&1
# Rows through the plan to v2: events has an index, so it is rebuilt with its rows.
expect "a plan to v2 shows the rebuild" 2 "table-rewrite" -- plan "$db" "$work/v2.sql"
expect "apply v2" 0 "Applied" -- apply "$db" --to "$work/v2.sql" --auto-approve
expect "plan against v2 is empty" 0 "No changes" -- plan "$db" "$work/v2.sql"
expect "inspect prints the schema" 0 "CREATE VIEW daily" -- inspect "$db"
expect "diff between files needs no database" 0 "ALTER TABLE users ADD COLUMN visits BIGINT DEFAULT (0);" -- diff --dialect duckdb "$work/v1.sql" "$work/v2.sql"

# A table other tables reference is rebuilt together with them, rows kept.
"$duckdb_query" "$db" "INSERT INTO users (id, name) VALUES (1, 'a'), (2, 'a'); INSERT INTO events (id, user_id, ts) VALUES (1, 1, NULL), (2, 2, NULL)" >/dev/null
sed 's/visits BIGINT DEFAULT 0/visits BIGINT NOT NULL DEFAULT 0/' "$work/v2.sql" >"$work/v3.sql"
expect "a NOT NULL column on a referenced table" 0 "Applied" -- apply "$db" --to "$work/v3.sql" --auto-approve
[[ $("$duckdb_query" "$db" "SELECT count(*) FROM users") == 2 && $("$duckdb_query" "$db" "SELECT count(*) FROM events") == 2 ]] && pass || fail "rows lost rebuilding users and events"
# A change the rows do not allow is refused by DuckDB, and nothing is changed.
sed 's/name VARCHAR NOT NULL,/name VARCHAR NOT NULL UNIQUE,/' "$work/v3.sql" >"$work/v4.sql"
expect "a unique constraint the rows break" 1 "the transaction was rolled back" -- apply "$db" --to "$work/v4.sql" --auto-approve
expect "after the refusal the database is still v3" 0 "No changes" -- plan "$db" "$work/v3.sql"
[[ $("$duckdb_query" "$db" "SELECT count(*) FROM users") == 2 ]] && pass || fail "the refused change lost rows"

# ER diagrams of a DuckDB database and of DuckDB files.
expect "erd of a DuckDB database (Mermaid)" 0 "" -- erd "duckdb://$db" --format mermaid -o "$work/app.mmd"
if grep -qF '"main.users" |o--o{ "main.events" : "user_id"' "$work/app.mmd"; then pass; else fail "the diagram lacks the foreign key"; cat "$work/app.mmd"; fi
expect "erd of DuckDB files (DOT)" 0 "" -- erd "$work/v2.sql" --dialect duckdb --format dot -o "$work/app.dot"
if grep -q -- "->" "$work/app.dot" && grep -q "visits" "$work/app.dot"; then pass; else fail "the DOT diagram lacks the relationship or a column"; fi

printf 'CREATE TABLE t (\n  a INTEGER,\n  b NOSUCHTYPE\n);\n' >"$work/bad.sql"
expect "a file DuckDB refuses" 1 "bad.sql:1:1: error: DuckDB: Catalog Error: Type with name NOSUCHTYPE does not exist" -- diff --dialect duckdb /dev/null "$work/bad.sql"
printf 'CREATE TABEL t (a INTEGER);\n' >"$work/typo.sql"
expect "a syntax error points at the word" 1 "typo.sql:1:8: error: DuckDB: syntax error at or near \"TABEL\"" -- diff --dialect duckdb /dev/null "$work/typo.sql"
expect "a DuckDB database and a SQLite one" 1 "cannot compare a SQLite database with a DuckDB one" -- diff "sqlite://$work/x.db" "$db"
expect "a missing DuckDB file" 1 "no DuckDB database at $work/missing.duckdb" -- plan "$work/missing.duckdb" "$work/v1.sql"

finish
