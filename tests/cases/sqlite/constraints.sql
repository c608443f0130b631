# SQLite: keys and constraints. SQLite cannot add or drop a constraint in
# place: every such change rebuilds the table, keeping every row.

# case: add a primary key
-- current
CREATE TABLE t (id INTEGER, v TEXT);
-- data
INSERT INTO t VALUES (1, 'a'), (2, 'b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  v TEXT
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
  id INTEGER,
  v TEXT
);
INSERT INTO schemac_new_t (rowid, id, v) SELECT rowid, id, v FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a composite key
-- current
CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER, PRIMARY KEY (a, b));
-- data
INSERT INTO t VALUES (1, 1, 1), (1, 2, 2);
-- desired
CREATE TABLE t (a INTEGER, b INTEGER, c INTEGER, PRIMARY KEY (a, b, c));
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  a INTEGER,
  b INTEGER,
  c INTEGER,
  PRIMARY KEY (a, b, c)
);
INSERT INTO schemac_new_t (rowid, a, b, c) SELECT rowid, a, b, c FROM t;
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
  a INTEGER,
  b INTEGER,
  c INTEGER,
  PRIMARY KEY (a, b)
);
INSERT INTO schemac_new_t (rowid, a, b, c) SELECT rowid, a, b, c FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: add autoincrement
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
-- data
INSERT INTO t VALUES (5, 'a');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  v TEXT
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
  v TEXT
);
INSERT INTO schemac_new_t (id, v) SELECT id, v FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: autoincrement counter survives a rebuild
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
-- data
INSERT INTO t (v) VALUES ('a'), ('b'), ('c');
DELETE FROM t WHERE v = 'c';
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT NOT NULL);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  v TEXT NOT NULL
);
INSERT INTO schemac_new_t (id, v) SELECT id, v FROM t;
DELETE FROM sqlite_sequence WHERE name = 'schemac_new_t';
INSERT INTO sqlite_sequence (name, seq) SELECT 'schemac_new_t', seq FROM sqlite_sequence WHERE name = 't';
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
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  v TEXT
);
INSERT INTO schemac_new_t (id, v) SELECT id, v FROM t;
DELETE FROM sqlite_sequence WHERE name = 'schemac_new_t';
INSERT INTO sqlite_sequence (name, seq) SELECT 'schemac_new_t', seq FROM sqlite_sequence WHERE name = 't';
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: add a check
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- data
INSERT INTO t VALUES (1, 5);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CHECK (n >= 0));
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER,
  CHECK (n >= 0)
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

# case: drop a check
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, CHECK (n >= 0));
-- data
INSERT INTO t VALUES (1, 5);
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
  n INTEGER,
  CHECK (n >= 0)
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a check
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CONSTRAINT n_range CHECK (n >= 0));
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER CONSTRAINT n_range CHECK (n BETWEEN 0 AND 100));
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER,
  CONSTRAINT n_range CHECK (n BETWEEN 0 AND 100)
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
  n INTEGER,
  CONSTRAINT n_range CHECK (n >= 0)
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: checks in another order are the same
-- current
CREATE TABLE t (a INTEGER, b INTEGER, CHECK (a > 0), CHECK (b > 0));
-- desired
CREATE TABLE t (a INTEGER, b INTEGER, CHECK (b > 0), CHECK (a > 0));
-- up
-- down

# case: add a unique constraint
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
-- data
INSERT INTO t VALUES (1, 'a@x'), (2, 'b@x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT, UNIQUE (email));
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
INSERT INTO schemac_new_t (id, email) SELECT id, email FROM t;
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
  email TEXT
);
INSERT INTO schemac_new_t (id, email) SELECT id, email FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a unique constraint
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT UNIQUE);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, email TEXT);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  email TEXT
);
INSERT INTO schemac_new_t (id, email) SELECT id, email FROM t;
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
  email TEXT,
  UNIQUE (email)
);
INSERT INTO schemac_new_t (id, email) SELECT id, email FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: add a foreign key
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER);
-- data
INSERT INTO p VALUES (1), (2);
INSERT INTO c VALUES (1, 1), (2, 2);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_c (id, p_id) SELECT id, p_id FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER
);
INSERT INTO schemac_new_c (id, p_id) SELECT id, p_id FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a foreign key action
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));
-- data
INSERT INTO p VALUES (1);
INSERT INTO c VALUES (1, 1);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE
);
INSERT INTO schemac_new_c (id, p_id) SELECT id, p_id FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_c (id, p_id) SELECT id, p_id FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: rebuild a parent with cascading children keeps the children
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);
-- data
INSERT INTO p VALUES (1, 'one'), (2, 'two');
INSERT INTO c VALUES (1, 1), (2, 2), (3, 2);
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) ON DELETE CASCADE);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_p (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
INSERT INTO schemac_new_p (id, name) SELECT id, name FROM p;
DROP TABLE p;
ALTER TABLE schemac_new_p RENAME TO p;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_p (
  id INTEGER PRIMARY KEY,
  name TEXT
);
INSERT INTO schemac_new_p (id, name) SELECT id, name FROM p;
DROP TABLE p;
ALTER TABLE schemac_new_p RENAME TO p;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: make a foreign key deferrable
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id));
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED
);
INSERT INTO schemac_new_c (id, p_id) SELECT id, p_id FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_c (id, p_id) SELECT id, p_id FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: make a table strict
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- data
INSERT INTO t VALUES (1, 2);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER) STRICT;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER
) STRICT;
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

# case: make a table without rowid
-- current
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT);
-- data
INSERT INTO kv VALUES ('a', '1'), ('b', '2');
-- desired
CREATE TABLE kv (k TEXT PRIMARY KEY, v TEXT) WITHOUT ROWID;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_kv (
  k TEXT PRIMARY KEY,
  v TEXT
) WITHOUT ROWID;
INSERT INTO schemac_new_kv (k, v) SELECT k, v FROM kv;
DROP TABLE kv;
ALTER TABLE schemac_new_kv RENAME TO kv;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_kv (
  k TEXT PRIMARY KEY,
  v TEXT
);
INSERT INTO schemac_new_kv (k, v) SELECT k, v FROM kv;
DROP TABLE kv;
ALTER TABLE schemac_new_kv RENAME TO kv;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: change a unique constraint conflict resolution
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE ON CONFLICT REPLACE);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  v TEXT,
  UNIQUE (v) ON CONFLICT REPLACE
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
  v TEXT,
  UNIQUE (v)
);
INSERT INTO schemac_new_t (id, v) SELECT id, v FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: rebuild a referenced table and its referencing table together
-- current
CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id), b TEXT);
-- data
INSERT INTO p VALUES (1, 'x');
INSERT INTO c VALUES (1, 1, 'y');
-- desired
CREATE TABLE p (id INTEGER PRIMARY KEY, a TEXT NOT NULL);
CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p (id), b TEXT NOT NULL);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  b TEXT NOT NULL,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_c (id, p_id, b) SELECT id, p_id, b FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
CREATE TABLE schemac_new_p (
  id INTEGER PRIMARY KEY,
  a TEXT NOT NULL
);
INSERT INTO schemac_new_p (id, a) SELECT id, a FROM p;
DROP TABLE p;
ALTER TABLE schemac_new_p RENAME TO p;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_c (
  id INTEGER PRIMARY KEY,
  p_id INTEGER,
  b TEXT,
  FOREIGN KEY (p_id) REFERENCES p (id)
);
INSERT INTO schemac_new_c (id, p_id, b) SELECT id, p_id, b FROM c;
DROP TABLE c;
ALTER TABLE schemac_new_c RENAME TO c;
CREATE TABLE schemac_new_p (
  id INTEGER PRIMARY KEY,
  a TEXT
);
INSERT INTO schemac_new_p (id, a) SELECT id, a FROM p;
DROP TABLE p;
ALTER TABLE schemac_new_p RENAME TO p;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
