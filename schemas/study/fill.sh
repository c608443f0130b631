#!/usr/bin/env bash
# Fills a study database (schema.sqlite.sql) with about ROWS rows, made up
# but shaped like the real thing: ISO-8601 and epoch timestamps, 0/1 flags,
# hex uuids, DECIMAL accuracies with two digits, blobs, NULLs, forks of later
# books (a self-reference in no particular order), and a few awkward texts
# (tabs, newlines, backslashes, quotes, non-ASCII). Deterministic.
#   fill.sh path/to/study.db ROWS
set -euo pipefail
db=$1
rows=${2:-200000}
users=$((rows / 100 + 1))
books=$((rows / 50 + 1))
questions=$((rows / 4))
logs=$((rows - users - books - questions - books))
sqlite3 "$db" <<SQL
PRAGMA foreign_keys = ON;
BEGIN;
CREATE TEMP TABLE words (i INTEGER PRIMARY KEY, w TEXT NOT NULL);
INSERT INTO words (i, w) VALUES
 (0,'river'),(1,'mountain'),(2,'violin'),(3,'planet'),(4,'harbor'),(5,'garden'),(6,'castle'),(7,'engine'),
 (8,'forest'),(9,'glacier'),(10,'lantern'),(11,'meadow'),(12,'compass'),(13,'volcano'),(14,'desert'),(15,'anchor'),
 (16,'canyon'),(17,'orchard'),(18,'falcon'),(19,'bridge'),(20,'thunder'),(21,'island'),(22,'copper'),(23,'saddle'),
 (24,'marble'),(25,'pepper'),(26,'rocket'),(27,'tunnel'),(28,'walnut'),(29,'zebra'),(30,'cactus'),(31,'dolphin'),
 (32,'emerald'),(33,'feather'),(34,'guitar'),(35,'hammock'),(36,'igloo'),(37,'jasmine'),(38,'kettle'),(39,'lobster'),
 (40,'magnet'),(41,'nectar'),(42,'oyster'),(43,'pyramid'),(44,'quartz'),(45,'raven'),(46,'sapphire'),(47,'tornado'),
 (48,'umbrella'),(49,'velvet'),(50,'whistle'),(51,'yogurt'),(52,'zeppelin'),(53,'biscuit'),(54,'chimney'),(55,'dragon'),
 (56,'elephant'),(57,'fountain'),(58,'granite'),(59,'horizon'),(60,'iceberg');
CREATE TEMP VIEW w AS SELECT i, w FROM words;

WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $users)
INSERT INTO users (id, public_id, email, display_name, is_admin, created_at, last_seen_at)
SELECT k, lower(hex(randomblob(16))), 'user' || k || '@example.org',
       (SELECT w FROM words WHERE i = k % 61) || ' ' || (SELECT w FROM words WHERE i = (k * 7) % 61),
       k % 97 = 0, strftime('%Y-%m-%d %H:%M:%S', 1600000000 + k * 3571, 'unixepoch'),
       CASE WHEN k % 10 = 0 THEN NULL ELSE 1700000000 + k * 613 END
FROM n;

WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $books)
INSERT INTO study_books (id, owner_id, forked_from, title, description, is_public, created_at)
SELECT k, CASE WHEN k % 13 = 0 THEN NULL ELSE 1 + k % $users END,
       CASE WHEN k % 9 = 0 AND k + 5 <= $books THEN k + 5 END,
       'Book of ' || (SELECT w FROM words WHERE i = (k * 3) % 61) || 's',
       CASE WHEN k % 4 = 0 THEN NULL ELSE 'All about ' || (SELECT w FROM words WHERE i = (k * 11) % 61) END,
       k % 3 = 0, strftime('%Y-%m-%dT%H:%M:%SZ', 1600000000 + k * 7919, 'unixepoch')
FROM n;

WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $books)
INSERT INTO book_members (user_id, book_id, role)
SELECT 1 + (k * 31) % $users, k, CASE WHEN k % 5 = 0 THEN 'editor' ELSE 'reader' END FROM n;

WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $questions)
INSERT INTO questions (id, book_id, question, answer, difficulty, image, created_at)
SELECT k, 1 + k % $books,
       'Which ' || (SELECT w FROM words WHERE i = k % 61) || ' is near the ' || (SELECT w FROM words WHERE i = (k * 17) % 61) || '?',
       'The ' || (SELECT w FROM words WHERE i = (k * 29) % 61) || ' by the ' || (SELECT w FROM words WHERE i = (k * 43) % 61),
       1 + k % 5, CASE WHEN k % 50 = 0 THEN randomblob(32) END,
       strftime('%Y-%m-%d %H:%M:%f', 1600000000 + k * 37.25, 'unixepoch')
FROM n;
UPDATE questions SET answer = 'tab	and newline
and back\\slash and ''quotes'' and café, 東京, 🚀' WHERE id IN (1, 2, 3);

WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $logs)
INSERT INTO typing_logs (id, user_id, question_id, words_per_minute, accuracy, occurred_at, duration_ms)
SELECT k, 1 + (k * 7) % $users, CASE WHEN k % 11 = 0 THEN NULL ELSE 1 + (k * 13) % $questions END,
       20 + (k % 800) / 10.0, round(60 + (k * 37 % 4001) / 100.0, 2),
       strftime('%Y-%m-%dT%H:%M:%f', 1650000000 + k * 61.5, 'unixepoch') || '+00:00', 1000 + (k * 101) % 60000
FROM n;
COMMIT;
SQL
