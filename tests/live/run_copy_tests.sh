#!/usr/bin/env bash
# Moving an SQLite app to PostgreSQL on the real server: the study app
# (schemas/study) filled with 200,000 rows is converted (types chosen from its
# values), loaded, copied with --verify; then counts, full-text answers,
# foreign-key actions, identity sequences and the round trip are checked
# against SQLite, and verify / copy are shown to catch what they must.
#   run_copy_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$root/tests/cli/lib.sh"
source "$root/tests/live/server_or_skip.sh"
db=schemac_copy_$$
trap 'rm -rf "$work"; for d in "$db" "${db}_bad" "${db}_names"; do dropdb --if-exists "$d" >/dev/null 2>&1; done' EXIT
study=$root/schemas/study
lite=$work/study.db
q() { psql -X -q -At -d "$db" -c "$1"; }

sqlite3 "$lite" <"$study/schema.sqlite.sql"
"$study/fill.sh" "$lite" 200000

# Conversion chooses types from the values and says why.
expect "convert the study database" 0 "wrote" -- convert "sqlite://$lite" -o "$work/study.pg.sql"
for evidence in "users.public_id: TEXT -> uuid: all 2001 values are UUIDs" \
                "users.is_admin: INTEGER -> boolean: all 2001 values are 0 or 1" \
                "users.last_seen_at: INTEGER -> timestamp with time zone: all 1801 values are points in time" \
                "typing_logs.occurred_at: TEXT -> timestamp with time zone: all 139997 values are points in time"; do
  if grep -qF -- "--   $evidence" "$work/study.pg.sql"; then pass; else fail "the conversion does not say: $evidence"; fi
done
printf '[users]\nis_admin = "smallint"\n' >"$work/types.toml"
expect "--type-map wins over the values" 0 "wrote" -- convert "sqlite://$lite" --type-map "$work/types.toml" -o "$work/mapped.pg.sql"
if grep -qF -- "--   users.is_admin: INTEGER -> smallint: --type-map" "$work/mapped.pg.sql" && grep -q "is_admin smallint NOT NULL DEFAULT 0" "$work/mapped.pg.sql"; then pass; else fail "--type-map was not applied"; fi
printf '[users]\nis_admin = "smallint"\nnot_there = "text"\n' >"$work/types.toml"
expect "--type-map errors point into the file" 1 "types.toml:3:13: error: table users has no column not_there" -- convert "sqlite://$lite" --type-map "$work/types.toml"
expect "convert a file infers nothing (no values to read)" 0 "" -- convert "$study/schema.sqlite.sql" -o "$work/file.pg.sql"
if grep -q "is_admin bigint" "$work/file.pg.sql"; then pass; else fail "the file conversion typed is_admin from values it cannot have"; fi

createdb "$db"
if psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/study.pg.sql" >"$work/psql.log" 2>&1; then pass; else fail "the converted study schema does not load"; cat "$work/psql.log"; fi
expect "copy --verify" 0 "all 5 tables hold the same rows" -- copy "$lite" "postgres:///$db" --verify
if grep -q "^public.typing_logs: 139997 rows in" "$work/err"; then pass; else fail "copy does not report each table"; cat "$work/err"; fi
for table in users study_books book_members questions typing_logs; do
  [[ $(sqlite3 "$lite" "SELECT count(*) FROM $table") == $(q "SELECT count(*) FROM $table") ]] && pass || fail "$table: counts differ"
done
expect "the copied database plans empty against the converted file" 0 "No changes" -- plan "postgres:///$db" "$work/study.pg.sql"

# Values arrive as values: awkward text byte for byte, epoch seconds as the same instant, 0/1 as booleans, blobs.
[[ $(q "SELECT md5(answer) FROM questions WHERE id = 1") == $(sqlite3 "$lite" "SELECT answer FROM questions WHERE id = 1" | head -c -1 | md5sum | cut -d' ' -f1) ]] && pass || fail "awkward text changed on the way"
[[ $(q "SELECT extract(epoch FROM last_seen_at)::bigint FROM users WHERE id = 7") == $(sqlite3 "$lite" "SELECT last_seen_at FROM users WHERE id = 7") ]] && pass || fail "epoch seconds are not the same instant"
[[ $(q "SELECT count(*) FROM users WHERE is_admin") == $(sqlite3 "$lite" "SELECT count(*) FROM users WHERE is_admin = 1") ]] && pass || fail "0/1 did not become booleans"
[[ $(q "SELECT encode(image, 'hex') FROM questions WHERE id = 50") == $(sqlite3 "$lite" "SELECT lower(hex(image)) FROM questions WHERE id = 50") ]] && pass || fail "blobs changed on the way"
[[ $(q "SELECT accuracy FROM typing_logs WHERE id = 1") == 60.37 ]] && pass || fail "DECIMAL accuracy changed"

# Full text: PostgreSQL finds the documents FTS5 found.
for word in river violin glacier zeppelin; do
  fts=$(sqlite3 "$lite" "SELECT group_concat(rowid) FROM (SELECT rowid FROM questions_fts WHERE questions_fts MATCH '$word' ORDER BY rowid)")
  pg=$(q "SELECT string_agg(id::text, ',' ORDER BY id) FROM questions WHERE search_vector @@ plainto_tsquery('english', '$word')")
  [[ -n $fts && $fts == "$pg" ]] && pass || fail "full-text '$word': FTS5 found $(echo "$fts" | tr ',' '\n' | wc -l) rows, PostgreSQL $(echo "$pg" | tr ',' '\n' | wc -l)"
done

# Identity sequences go on after the copied ids.
[[ $(q "INSERT INTO users (email, display_name) VALUES ('new@example.org', 'new') RETURNING id") == 2002 ]] && pass || fail "the users sequence did not restart after max(id)"
[[ $(q "INSERT INTO typing_logs (user_id, words_per_minute, accuracy, occurred_at, duration_ms) VALUES (1, 50, 99.5, now(), 1000) RETURNING id") == 139998 ]] && pass || fail "the typing_logs sequence did not restart"

# Foreign-key actions: deleting a user cascades to logs and memberships, and unsets book owners.
user=8
logs=$(q "SELECT count(*) FROM typing_logs WHERE user_id = $user")
owned=$(q "SELECT count(*) FROM study_books WHERE owner_id = $user")
[[ $logs -gt 0 && $owned -gt 0 ]] && pass || fail "user $user has no logs or books to test with"
q "DELETE FROM users WHERE id = $user" >/dev/null
[[ $(q "SELECT count(*) FROM typing_logs WHERE user_id = $user") == 0 && $(q "SELECT count(*) FROM book_members WHERE user_id = $user") == 0 ]] && pass || fail "ON DELETE CASCADE did not remove the user's rows"
[[ $(q "SELECT count(*) FROM study_books WHERE owner_id IS NULL") -ge $owned ]] && pass || fail "ON DELETE SET NULL did not unset owners"

# verify sees a changed value, a missing row, and exits 3.
expect "verify after changes" 3 "DIFFERENT" -- verify "$lite" "postgres:///$db"
if grep -q "^public.users .* DIFFERENT" "$work/out" && grep -q "^public.questions .* same" "$work/out"; then pass; else fail "verify does not name the tables that differ"; cat "$work/out"; fi
# copy fills empty tables only; --resume skips the ones that hold SQLite's rows and refuses the others.
expect "copy into tables that hold rows" 1 "already holds rows" -- copy "$lite" "postgres:///$db"
expect "copy --resume refuses a table that differs" 1 "public.users holds 2001 rows that are not SQLite's 2001 rows" -- copy "$lite" "postgres:///$db" --resume
q "TRUNCATE users, study_books, book_members, questions, typing_logs RESTART IDENTITY" >/dev/null
expect "copy --tables" 0 "copied 6002 rows into 2 tables" -- copy "$lite" "postgres:///$db" --tables users,study_books
expect "copy --resume skips what is there" 0 "public.users: skipped, already holds the SQLite rows" -- copy "$lite" "postgres:///$db" --resume --verify
expect "verify after resuming" 0 "all 5 tables hold the same rows" -- verify "$lite" "postgres:///$db"

# A value that cannot go into its column stops the copy, names it, and leaves its table empty.
bad=$work/bad.db
sqlite3 "$bad" "CREATE TABLE kinds (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE visits (id INTEGER PRIMARY KEY, kind_id INTEGER REFERENCES kinds (id), seen DATETIME);
  INSERT INTO kinds VALUES (1, 'a'), (2, 'b'); INSERT INTO visits VALUES (1, 1, '2024-01-02 03:04:05'), (2, 2, 'yesterday'), (3, 1, 1700000000);"
expect "convert the bad database" 0 "wrote" -- convert "$bad" -o "$work/bad.pg.sql"
createdb "${db}_bad" && psql -X -q -v ON_ERROR_STOP=1 -d "${db}_bad" -f "$work/bad.pg.sql" >/dev/null
expect "a bad value stops the copy" 1 "visits: rowid 2, column seen: 'yesterday' (text) is not a point in time" -- copy "$bad" "postgres:///${db}_bad"
[[ $(psql -X -At -d "${db}_bad" -c "SELECT count(*) FROM kinds") == 2 && $(psql -X -At -d "${db}_bad" -c "SELECT count(*) FROM visits") == 0 ]] && pass || fail "the failed table is not empty, or the one before it was lost"
expect "verify names the difference" 3 "DIFFERENT" -- verify "$bad" "postgres:///${db}_bad"
sqlite3 "$bad" "UPDATE visits SET seen = '2024-01-01' WHERE id = 2"
expect "resume after fixing the value" 0 "all 2 tables hold the same rows" -- copy "$bad" "postgres:///${db}_bad" --resume --verify
# A foreign key SQLite never checked (foreign_keys off) fails the copy of its table, which stays empty.
psql -X -q -d "${db}_bad" -c "TRUNCATE visits"
sqlite3 "$bad" "INSERT INTO visits VALUES (4, 99, '2024-02-02')"
expect "a row whose parent is missing" 1 'violates foreign key constraint "visits_kind_id_fkey"' -- copy "$bad" "postgres:///${db}_bad" --resume
[[ $(psql -X -At -d "${db}_bad" -c "SELECT count(*) FROM visits") == 0 ]] && pass || fail "rows of a table whose key failed were kept"
sqlite3 "$bad" "DELETE FROM visits WHERE id = 4"
sqlite3 "$bad" "CREATE TABLE extra (x)"
expect "a table PostgreSQL lacks" 1 "SQLite table extra has no PostgreSQL table to go to" -- copy "$bad" "postgres:///${db}_bad" --resume
expect "--tables names a table SQLite lacks" 1 "--tables names nothere, which the SQLite database does not have" -- copy "$bad" "postgres:///${db}_bad" --tables kinds,nothere
expect "not an SQLite database" 1 "is not an SQLite database" -- copy "$study/schema.sqlite.sql" "postgres:///$db"

# Hostile names survive conversion, copy and verify.
names=$work/names.db
sqlite3 "$names" "CREATE TABLE \"a\"\"; drop table x; --\" (id INTEGER PRIMARY KEY, \"we\"\"ird col\" TEXT); INSERT INTO \"a\"\"; drop table x; --\" VALUES (1, 'it''s'), (2, NULL);"
expect "convert hostile names" 0 "wrote" -- convert "$names" -o "$work/names.pg.sql"
createdb "${db}_names" && psql -X -q -v ON_ERROR_STOP=1 -d "${db}_names" -f "$work/names.pg.sql" >/dev/null
# On a terminal the progress line is redrawn in place, with rate and ETA.
script -qec "'$schemac' copy '$names' 'postgres:///${db}_names' --verify" /dev/null >"$work/tty.log" 2>&1
if grep -q $'\r.*rows, .* rows/s, ETA' "$work/tty.log" && grep -q "all 1 tables hold the same rows" "$work/tty.log"; then pass; else fail "no progress line on a terminal"; cat -v "$work/tty.log"; fi

finish
