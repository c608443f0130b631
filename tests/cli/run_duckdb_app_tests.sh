#!/usr/bin/env bash
# The analytics app (schemas/analytics) on DuckDB through schemac's
# migrations: five versions become five migrations (migrate diff); up one at
# a time with rows inserted between steps, which every step keeps (counts
# and checksums of the columns they had); down --all; up again; and two
# runners at once take turns on the file.
#   run_duckdb_app_tests.sh path/to/schemac source-root path/to/duckdb_query
set -uo pipefail
schemac=$1
root=$2
duckdb_query=$3
source "$root/tests/cli/lib.sh"
app=$root/schemas/analytics
dir=$work/migrations
db=$work/app.duckdb
q() { "$duckdb_query" "$db" "$1"; }
# Rows of a table as one value: count and an md5 of the listed columns, in order.
sums() { q "SELECT count(*) || ':' || coalesce(md5(string_agg(CAST(($2) AS VARCHAR), '|' ORDER BY $2)), '') FROM $1"; }

for n in 1 2 3 4 5; do
  expect "migrate diff v$n" 0 "wrote" -- migrate diff "version $n" --dir "$dir" --to "$app/v$n.sql" --dialect duckdb --allow-destructive
  sleep 1
done
if [[ $(ls "$dir" | grep -c '\.up\.sql$') == 5 ]]; then pass; else fail "expected 5 migrations"; ls "$dir"; fi
if grep -q "schemac_hold_events" "$dir"/*version_2.up.sql; then pass; else fail "v2 should rebuild events (it has an index)"; fi

expect "up 1" 0 "applied" -- migrate up 1 --dir "$dir" --url "duckdb://$db"
q "INSERT INTO users (id, email, created_at) SELECT i, 'u' || i || '@example.org', TIMESTAMP '2024-01-01' + i * INTERVAL 1 HOUR FROM range(1, 201) t(i)" >/dev/null
q "INSERT INTO events SELECT i, 1 + i % 200, ['view', 'click', 'purchase'][1 + i % 3], TIMESTAMP '2024-01-01' + i * INTERVAL 7 MINUTE FROM range(1, 5001) t(i)" >/dev/null
users_sum=$(sums users "id, email, created_at")
events_sum=$(sums events "id, user_id, kind, ts")
[[ $users_sum == 200:* && $events_sum == 5000:* ]] && pass || fail "rows not inserted: $users_sum $events_sum"

expect "up 2 (events rebuilt with its rows)" 0 "applied" -- migrate up 1 --dir "$dir" --url "duckdb://$db"
[[ $(sums events "id, user_id, kind, ts") == "$events_sum" && $(sums users "id, email, created_at") == "$users_sum" ]] && pass || fail "v2 changed rows"
q "INSERT INTO sessions SELECT i, 1 + i % 200, TIMESTAMP '2024-01-01' + i * INTERVAL 1 HOUR, TIMESTAMP '2024-01-01' + i * INTERVAL 1 HOUR + INTERVAL 15 MINUTE FROM range(1, 1001) t(i)" >/dev/null
q "UPDATE events SET session_id = 1 + id % 1000" >/dev/null
sessions_sum=$(sums sessions "id, user_id, started_at, ended_at")
events_sum=$(sums events "id, user_id, kind, ts, session_id")

expect "up 3 (a view, a column on a referenced table)" 0 "applied" -- migrate up 1 --dir "$dir" --url "duckdb://$db"
[[ $(q "SELECT sum(events) FROM daily") == 5000 ]] && pass || fail "the daily view does not count the events"
q "UPDATE users SET country = CASE WHEN id % 2 = 0 THEN 'NL' ELSE 'DE' END" >/dev/null
users_sum=$(sums users "id, email, created_at, country")

expect "up 4 (sessions and events rebuilt: a generated column, a check)" 0 "applied" -- migrate up 1 --dir "$dir" --url "duckdb://$db"
[[ $(sums events "id, user_id, kind, ts, session_id") == "$events_sum" && $(sums sessions "id, user_id, started_at, ended_at") == "$sessions_sum" &&
   $(sums users "id, email, created_at, country") == "$users_sum" ]] && pass || fail "v4 changed rows"
[[ $(q "SELECT DISTINCT seconds FROM sessions") == 900 ]] && pass || fail "the generated column is not computed"
[[ $(q "SELECT seconds_between(TIMESTAMP '2024-01-01', TIMESTAMP '2024-01-01 00:01:00')") == 60 ]] && pass || fail "the macro is missing"

expect "up 5" 0 "applied" -- migrate up --dir "$dir" --url "duckdb://$db"
[[ $(q "SELECT sum(events) FROM daily_by_country") == 5000 ]] && pass || fail "daily_by_country does not count the events"
expect "status: all applied" 0 "applied" -- migrate status --dir "$dir" --url "duckdb://$db"
expect "the database is version 5" 0 "No changes" -- plan "$db" "$app/v5.sql"

expect "down 1 (back to v4)" 0 "rolled back" -- migrate down 1 --dir "$dir" --url "duckdb://$db"
expect "the database is version 4" 0 "No changes" -- plan "$db" "$app/v4.sql"
[[ $(sums events "id, user_id, kind, ts, session_id") == "$events_sum" ]] && pass || fail "down to v4 changed rows"
expect "down --all" 0 "rolled back" -- migrate down --all --dir "$dir" --url "duckdb://$db"
[[ $(q "SELECT string_agg(table_name, ',' ORDER BY table_name) FROM duckdb_tables()") == "schemac_migrations,schemac_schema_version" ]] && pass ||
  fail "down --all left tables: $(q "SELECT string_agg(table_name, ',') FROM duckdb_tables()")"
expect "up again" 0 "applied" -- migrate up --dir "$dir" --url "duckdb://$db"
expect "the database is version 5 again" 0 "No changes" -- plan "$db" "$app/v5.sql"
[[ $(q "SELECT count(*) FROM schemac_migrations WHERE status = 'applied'") == 5 && $(q "SELECT version, dirty FROM schemac_schema_version") == *"|false" ]] && pass ||
  fail "history after up again"

# Two runners at once: DuckDB lets one process write the file; the other waits its turn.
"$schemac" migrate down --all --dir "$dir" --url "duckdb://$db" >/dev/null 2>&1
"$schemac" migrate up --dir "$dir" --url "duckdb://$db" >"$work/r1" 2>&1 &
"$schemac" migrate up --dir "$dir" --url "duckdb://$db" >"$work/r2" 2>&1 &
wait %1; c1=$?; wait %2; c2=$?
applied=$(cat "$work/r1" "$work/r2" | grep -c '^applied')
if [[ $c1 -eq 0 && $c2 -eq 0 && $applied -eq 5 ]]; then pass; else fail "two runners: exits $c1/$c2, $applied applications (expected 5)"; cat "$work/r1" "$work/r2"; fi
[[ $(q "SELECT count(*) FROM schemac_migrations WHERE status = 'applied'") == 5 ]] && pass || fail "history after the race"

finish
