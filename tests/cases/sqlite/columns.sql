# SQLite: column changes. ADD COLUMN and DROP COLUMN where SQLite's ALTER
# TABLE allows them; otherwise the table is rebuilt, keeping every row.

# case: add a nullable column
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t (id) VALUES (1), (2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
-- up
ALTER TABLE t ADD COLUMN name TEXT;
-- down
ALTER TABLE t DROP COLUMN name;

# case: add a column with a constant default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t (id) VALUES (1), (2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL DEFAULT 0);
-- up
ALTER TABLE t ADD COLUMN n INTEGER NOT NULL DEFAULT 0;
-- down
ALTER TABLE t DROP COLUMN n;

# case: add a column with a negative default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER DEFAULT -1);
-- up
ALTER TABLE t ADD COLUMN n INTEGER DEFAULT (-1);
-- down
ALTER TABLE t DROP COLUMN n;

# case: add a column defaulting to the current time rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t (id) VALUES (1), (2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, created TEXT DEFAULT CURRENT_TIMESTAMP);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  created TEXT DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
ALTER TABLE t DROP COLUMN created;

# case: add a column with an expression default rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t (id) VALUES (1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER DEFAULT (1 + 1));
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER DEFAULT (1 + 1)
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
ALTER TABLE t DROP COLUMN n;

# case: add a not null column without a default to an empty table
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
ALTER TABLE t DROP COLUMN n;

# case: add a column in the middle rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT);
-- data
INSERT INTO t VALUES (1, 'one'), (2, 'two');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a TEXT,
  b TEXT
);
INSERT INTO schemac_new_t (id, b) SELECT id, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
ALTER TABLE t DROP COLUMN a;

# case: add a unique column rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO t (id) VALUES (1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  email TEXT,
  UNIQUE (email)
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: add a stored generated column rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);
-- data
INSERT INTO t VALUES (1, 10);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a * 2) STORED
);
INSERT INTO schemac_new_t (id, a) SELECT id, a FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
ALTER TABLE t DROP COLUMN b;

# case: add a virtual generated column in place
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);
-- data
INSERT INTO t VALUES (1, 10);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER AS (a * 2));
-- up
ALTER TABLE t ADD COLUMN b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL;
-- down
ALTER TABLE t DROP COLUMN b;

# case: add a column with a foreign key rebuilds
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- data
INSERT INTO p VALUES (1);
INSERT INTO t VALUES (1);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE t (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a plain column in place
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
-- data
INSERT INTO t VALUES (1, 'a', 'b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT);
-- up
ALTER TABLE t DROP COLUMN a;
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
INSERT INTO schemac_new_t (id, b) SELECT id, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a column with its index
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
-- data
INSERT INTO t VALUES (1, 'a');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- up
DROP INDEX t_a;
ALTER TABLE t DROP COLUMN a;
-- down
ALTER TABLE t ADD COLUMN a TEXT;
CREATE INDEX t_a ON t (a);

# case: drop a unique column rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT UNIQUE);
-- data
INSERT INTO t VALUES (1, 'a'), (2, 'b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
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
  UNIQUE (a)
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a column named in a check rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER CHECK (a > 0));
-- data
INSERT INTO t VALUES (1, 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  CHECK (a > 0)
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a column a generated column reads rebuilds
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER AS (a * 2));
-- data
INSERT INTO t (id, a) VALUES (1, 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  b INTEGER
);
INSERT INTO schemac_new_t (id, b) SELECT id, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a * 2) VIRTUAL
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a foreign key column rebuilds
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE t (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));
-- data
INSERT INTO p VALUES (1);
INSERT INTO t VALUES (1, 1);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE t (id INTEGER PRIMARY KEY);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_t (id) SELECT id FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a column type
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n TEXT);
-- data
INSERT INTO t VALUES (1, '42'), (2, 'not a number');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n TEXT
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: make a column not null
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- data
INSERT INTO t VALUES (1, 1), (2, 2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop not null
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
-- data
INSERT INTO t VALUES (1, 1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a default
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER DEFAULT 0);
-- data
INSERT INTO t (id) VALUES (1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER DEFAULT 1);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER DEFAULT 1
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER DEFAULT 0
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a collation
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT);
-- data
INSERT INTO t VALUES (1, 'a');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT COLLATE NOCASE);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  s TEXT COLLATE NOCASE
);
INSERT INTO schemac_new_t (id, s) SELECT id, s FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  s TEXT
);
INSERT INTO schemac_new_t (id, s) SELECT id, s FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: reorder columns
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b INTEGER);
-- data
INSERT INTO t VALUES (1, 'a', 2), (2, 'b', 3);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, b INTEGER, a TEXT);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  b INTEGER,
  a TEXT
);
INSERT INTO schemac_new_t (id, b, a) SELECT id, b, a FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
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
  b INTEGER
);
INSERT INTO schemac_new_t (id, a, b) SELECT id, a, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a generation expression
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 2) STORED);
-- data
INSERT INTO t (id, a) VALUES (1, 3);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER GENERATED ALWAYS AS (a * 3) STORED);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a * 3) STORED
);
INSERT INTO schemac_new_t (id, a) SELECT id, a FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a * 2) STORED
);
INSERT INTO schemac_new_t (id, a) SELECT id, a FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a plain column becomes generated
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER);
-- data
INSERT INTO t VALUES (1, 3, 7);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER AS (a + 1) STORED);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a + 1) STORED
);
INSERT INTO schemac_new_t (id, a) SELECT id, a FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a INTEGER,
  b INTEGER
);
INSERT INTO schemac_new_t (id, a, b) SELECT id, a, b FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a rowid table keeps its rowids through a rebuild
-- current
CREATE TABLE t (name TEXT, n INTEGER);
-- data
INSERT INTO t VALUES ('a', 1), ('b', 2), ('c', 3);
DELETE FROM t WHERE name = 'b';
-- desired
CREATE TABLE t (name TEXT NOT NULL, n INTEGER);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  name TEXT NOT NULL,
  n INTEGER
);
INSERT INTO schemac_new_t (rowid, name, n) SELECT rowid, name, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  name TEXT,
  n INTEGER
);
INSERT INTO schemac_new_t (rowid, name, n) SELECT rowid, name, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: add and drop columns together
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, old TEXT);
-- data
INSERT INTO t VALUES (1, 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, new TEXT);
-- up
ALTER TABLE t DROP COLUMN old;
ALTER TABLE t ADD COLUMN new TEXT;
-- down
ALTER TABLE t DROP COLUMN new;
ALTER TABLE t ADD COLUMN old TEXT;

# case: change not null conflict resolution
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL ON CONFLICT IGNORE);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  v TEXT NOT NULL ON CONFLICT IGNORE
);
INSERT INTO schemac_new_t (id, v) SELECT id, v FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  v TEXT NOT NULL
);
INSERT INTO schemac_new_t (id, v) SELECT id, v FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
