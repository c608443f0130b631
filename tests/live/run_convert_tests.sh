#!/usr/bin/env bash
# schemac convert: SQLite schemas as PostgreSQL ones that load on the real
# server, round-trip (plan empty), keep foreign-key actions, and answer a
# full-text query as FTS5 did.
#   run_convert_tests.sh path/to/schemac source-root
set -uo pipefail
schemac=$1
root=$2
source "$root/tests/cli/lib.sh"
source "$root/tests/live/server_or_skip.sh"
db=schemac_convert_$$
trap 'rm -rf "$work"; for d in "$db" "${db}_zotero" "${db}_synapse" "${db}_calibre"; do dropdb --if-exists "$d" >/dev/null 2>&1; done' EXIT
createdb "$db"
demo=$root/schemas/demo/sqlite

expect "convert the SQLite demo" 0 "wrote" -- convert "$demo/v2.sql" --to-dialect postgres -o "$work/demo.pg.sql"
if grep -q "search_vector tsvector GENERATED ALWAYS AS" "$work/demo.pg.sql" && grep -q "USING gin (search_vector)" "$work/demo.pg.sql"; then pass; else fail "no tsvector column and GIN index"; fi
if grep -q "^--   trigger posts_search_insert: kept the FTS5 index in step" "$work/demo.pg.sql"; then pass; else fail "the FTS5 sync trigger is not reported"; fi
if psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$work/demo.pg.sql" >"$work/psql.log" 2>&1; then pass; else fail "the converted demo does not load"; cat "$work/psql.log"; fi
expect "the loaded database plans empty against the converted file" 0 "No changes" -- plan "postgres:///$db" "$work/demo.pg.sql"

# The same rows in both; the same answers.
sqlite3 "$work/demo.db" <"$demo/v2.sql"
sqlite3 "$work/demo.db" <"$demo/seed.sql"
sqlite3 "$work/demo.db" "INSERT INTO posts_search (posts_search) VALUES ('rebuild')"
psql -q -v ON_ERROR_STOP=1 -d "$db" -f "$demo/seed.sql" >/dev/null
for word in engine hobby professional; do
  lite=$(sqlite3 "$work/demo.db" "SELECT group_concat(title, '|') FROM (SELECT p.title FROM posts_search s JOIN posts p ON p.id = s.rowid WHERE posts_search MATCH '$word' ORDER BY p.title)")
  pg=$(psql -At -d "$db" -c "SELECT string_agg(title, '|' ORDER BY title) FROM posts WHERE search_vector @@ plainto_tsquery('english', '$word')")
  if [[ -n $lite && "$lite" == "$pg" ]]; then pass; else fail "full-text '$word': FTS5 found '$lite', PostgreSQL '$pg'"; fi
done
psql -q -d "$db" -c "INSERT INTO comments (post_id, author_id, body) VALUES (1, 2, 'nice')"
psql -q -d "$db" -c "DELETE FROM users WHERE id = 2"
if [[ $(psql -At -d "$db" -c "SELECT count(*) FROM posts WHERE author_id = 2") == 0 && $(psql -At -d "$db" -c "SELECT count(*) FROM comments WHERE author_id IS NULL") == 1 ]]; then pass; else
  fail "ON DELETE CASCADE / SET NULL do not behave after the conversion"; fi

# Real-world SQLite schemas convert to PostgreSQL that loads. Calibre's views
# call functions Calibre registers in SQLite at run time: they are left out,
# each with a note naming the functions.
for corpus in zotero synapse calibre; do
  expect "convert $corpus" 0 "wrote" -- convert "$root/../shared/corpora/${corpus}_sqlite.sql" -o "$work/$corpus.pg.sql"
  createdb "${db}_$corpus"
  if psql -q -v ON_ERROR_STOP=1 -d "${db}_$corpus" -f "$work/$corpus.pg.sql" >"$work/psql.log" 2>&1; then pass; else fail "converted $corpus does not load"; head -5 "$work/psql.log"; fi
  expect "$corpus plans empty against its conversion" 0 "No changes" -- plan "postgres:///${db}_$corpus" "$work/$corpus.pg.sql"
done

if grep -q "^--   view meta: calls sortconcat(), which the application registers in SQLite at run time" "$work/calibre.pg.sql" &&
   grep -q "^--   view tag_browser_series: calls title_sort()" "$work/calibre.pg.sql" &&
   ! grep -q "CREATE VIEW public.meta" "$work/calibre.pg.sql"; then pass; else fail "Calibre's views over its own functions are not left out with a note"; fi

finish
