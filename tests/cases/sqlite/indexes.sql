# SQLite: indexes are made and dropped in place.

# case: create an index
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
-- up
CREATE INDEX t_a ON t (a);
-- down
DROP INDEX t_a;

# case: drop an index
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- up
DROP INDEX t_a;
-- down
CREATE INDEX t_a ON t (a);

# case: unique index
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE UNIQUE INDEX t_a ON t (a);
-- up
CREATE UNIQUE INDEX t_a ON t (a);
-- down
DROP INDEX t_a;

# case: index over several columns, descending
-- current
-- desired
CREATE TABLE t (a INTEGER, b INTEGER);
CREATE INDEX t_ab ON t (a, b DESC);
-- up
CREATE TABLE t (
  a INTEGER,
  b INTEGER
);
CREATE INDEX t_ab ON t (a, b DESC);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: index with a collation
-- current
-- desired
CREATE TABLE t (a TEXT);
CREATE INDEX t_a ON t (a COLLATE NOCASE);
-- up
CREATE TABLE t (
  a TEXT
);
CREATE INDEX t_a ON t (a COLLATE NOCASE);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: expression index
-- current
-- desired
CREATE TABLE t (a TEXT, b INTEGER);
CREATE INDEX t_lower ON t (lower(a), b + 1);
-- up
CREATE TABLE t (
  a TEXT,
  b INTEGER
);
CREATE INDEX t_lower ON t (lower(a), (b + 1));
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: partial index
-- current
-- desired
CREATE TABLE t (a TEXT, deleted INTEGER);
CREATE INDEX t_live ON t (a) WHERE deleted = 0;
-- up
CREATE TABLE t (
  a TEXT,
  deleted INTEGER
);
CREATE INDEX t_live ON t (a) WHERE deleted = 0;
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change an index
-- current
CREATE TABLE t (a TEXT, b TEXT);
CREATE INDEX t_i ON t (a);
-- desired
CREATE TABLE t (a TEXT, b TEXT);
CREATE INDEX t_i ON t (a, b);
-- up
DROP INDEX t_i;
CREATE INDEX t_i ON t (a, b);
-- down
DROP INDEX t_i;
CREATE INDEX t_i ON t (a);

# case: make an index unique
-- current
CREATE TABLE t (a TEXT);
CREATE INDEX t_i ON t (a);
-- desired
CREATE TABLE t (a TEXT);
CREATE UNIQUE INDEX t_i ON t (a);
-- up
DROP INDEX t_i;
CREATE UNIQUE INDEX t_i ON t (a);
-- down
DROP INDEX t_i;
CREATE INDEX t_i ON t (a);

# case: change a partial index predicate
-- current
CREATE TABLE t (a TEXT, n INTEGER);
CREATE INDEX t_i ON t (a) WHERE n > 0;
-- desired
CREATE TABLE t (a TEXT, n INTEGER);
CREATE INDEX t_i ON t (a) WHERE n > 1;
-- up
DROP INDEX t_i;
CREATE INDEX t_i ON t (a) WHERE n > 1;
-- down
DROP INDEX t_i;
CREATE INDEX t_i ON t (a) WHERE n > 0;

# case: indexes come back after a rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
CREATE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
-- data
INSERT INTO t VALUES (1, 'a', 'b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT NOT NULL, b TEXT);
CREATE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a TEXT NOT NULL,
  b TEXT
);
INSERT INTO schemac_new_t (id, a, b) SELECT id, a, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
CREATE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a TEXT,
  b TEXT
);
INSERT INTO schemac_new_t (id, a, b) SELECT id, a, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
CREATE INDEX t_a ON t (a);
CREATE UNIQUE INDEX t_b ON t (b);
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: index spelling does not make a change
-- current
CREATE TABLE t (a TEXT);
CREATE INDEX IF NOT EXISTS t_i ON t (A ASC);
-- desired
CREATE TABLE t (a TEXT);
CREATE INDEX t_i ON t (a);
-- up
-- down

# case: index dropped in the file
-- current
-- desired
CREATE TABLE t (a TEXT);
CREATE INDEX t_i ON t (a);
DROP INDEX t_i;
-- up
CREATE TABLE t (
  a TEXT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
