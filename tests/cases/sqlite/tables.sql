# SQLite: tables made and dropped, with every kind of column and table constraint.

# case: create a table
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: drop a table
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
-- desired
-- up
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL
);

# case: column without a type
-- current
-- desired
CREATE TABLE t (a, b INTEGER);
-- up
CREATE TABLE t (
  a,
  b INTEGER
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: autoincrement key
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, v TEXT);
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  v TEXT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: descending key on the column
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY DESC, v TEXT);
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY DESC,
  v TEXT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: composite primary key
-- current
-- desired
CREATE TABLE t (a INTEGER, b TEXT, PRIMARY KEY (a, b));
-- up
CREATE TABLE t (
  a INTEGER,
  b TEXT,
  PRIMARY KEY (a, b)
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: key with a conflict resolution
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, v TEXT UNIQUE ON CONFLICT IGNORE);
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY ON CONFLICT REPLACE,
  v TEXT,
  UNIQUE (v) ON CONFLICT IGNORE
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: not null with a conflict resolution
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL ON CONFLICT FAIL);
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  v TEXT NOT NULL ON CONFLICT FAIL
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: defaults of every form
-- current
-- desired
CREATE TABLE t (
  a INTEGER DEFAULT 0,
  b INTEGER DEFAULT -1,
  c TEXT DEFAULT 'x''y',
  d REAL DEFAULT (1.5 * 2),
  e TEXT DEFAULT CURRENT_TIMESTAMP,
  f BLOB DEFAULT x'00ff',
  g INTEGER DEFAULT NULL,
  h INTEGER DEFAULT TRUE
);
-- up
CREATE TABLE t (
  a INTEGER DEFAULT 0,
  b INTEGER DEFAULT (-1),
  c TEXT DEFAULT 'x''y',
  d REAL DEFAULT (1.5 * 2),
  e TEXT DEFAULT CURRENT_TIMESTAMP,
  f BLOB DEFAULT X'00FF',
  g INTEGER DEFAULT NULL,
  h INTEGER DEFAULT true
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: collations
-- current
-- desired
CREATE TABLE t (a TEXT COLLATE NOCASE, b TEXT COLLATE RTRIM, c TEXT COLLATE BINARY);
-- up
CREATE TABLE t (
  a TEXT COLLATE NOCASE,
  b TEXT COLLATE RTRIM,
  c TEXT COLLATE BINARY
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: generated columns, stored and virtual
-- current
-- desired
CREATE TABLE t (
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a * 2) STORED,
  c INTEGER AS (a + 1),
  d TEXT GENERATED ALWAYS AS (upper(e)) VIRTUAL,
  e TEXT
);
-- up
CREATE TABLE t (
  a INTEGER,
  b INTEGER GENERATED ALWAYS AS (a * 2) STORED,
  c INTEGER GENERATED ALWAYS AS (a + 1) VIRTUAL,
  d TEXT GENERATED ALWAYS AS (upper(e)) VIRTUAL,
  e TEXT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: unique and check constraints, named and not
-- current
-- desired
CREATE TABLE t (
  a INTEGER CHECK (a > 0),
  b TEXT CONSTRAINT b_unique UNIQUE,
  c INTEGER,
  CONSTRAINT c_small CHECK (c < 100),
  UNIQUE (a, c)
);
-- up
CREATE TABLE t (
  a INTEGER,
  b TEXT,
  c INTEGER,
  CONSTRAINT b_unique UNIQUE (b),
  UNIQUE (a, c),
  CHECK (a > 0),
  CONSTRAINT c_small CHECK (c < 100)
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: foreign keys with actions and deferral
-- current
-- desired
CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT UNIQUE);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
  code TEXT,
  other INTEGER REFERENCES parent DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT child_code FOREIGN KEY (code) REFERENCES parent (code) ON DELETE RESTRICT
);
-- up
CREATE TABLE parent (
  id INTEGER PRIMARY KEY,
  code TEXT,
  UNIQUE (code)
);
CREATE TABLE child (
  id INTEGER PRIMARY KEY,
  parent_id INTEGER,
  code TEXT,
  other INTEGER,
  FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
  FOREIGN KEY (other) REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED,
  CONSTRAINT child_code FOREIGN KEY (code) REFERENCES parent (code) ON DELETE RESTRICT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE child;
DROP TABLE parent;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: foreign keys that reference each other
-- current
-- desired
CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b (id));
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));
-- up
CREATE TABLE b (
  id INTEGER PRIMARY KEY,
  a_id INTEGER,
  FOREIGN KEY (a_id) REFERENCES a (id)
);
CREATE TABLE a (
  id INTEGER PRIMARY KEY,
  b_id INTEGER,
  FOREIGN KEY (b_id) REFERENCES b (id)
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE a;
DROP TABLE b;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: self reference
-- current
-- desired
CREATE TABLE node (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES node (id) ON DELETE CASCADE);
-- up
CREATE TABLE node (
  id INTEGER PRIMARY KEY,
  parent INTEGER,
  FOREIGN KEY (parent) REFERENCES node (id) ON DELETE CASCADE
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE node;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: strict table
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INT NOT NULL, s TEXT, r REAL, b BLOB, x ANY) STRICT;
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  n INT NOT NULL,
  s TEXT,
  r REAL,
  b BLOB,
  x ANY
) STRICT;
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: without rowid
-- current
-- desired
CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
-- up
CREATE TABLE kv (
  k TEXT PRIMARY KEY,
  v BLOB
) WITHOUT ROWID;
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE kv;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: without rowid and strict
-- current
-- desired
CREATE TABLE kv (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID, STRICT;
-- up
CREATE TABLE kv (
  k TEXT PRIMARY KEY,
  v INTEGER
) WITHOUT ROWID, STRICT;
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE kv;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: if not exists and a comment
-- current
-- desired
-- the accounts of the app
CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY /* the key */, name TEXT);
CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY);
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  name TEXT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: spelling does not make a change
-- current
create table T (ID integer primary key, Name text default (0), check ((id > 0)));
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT DEFAULT 0, CHECK (ID>0));
-- up
-- down

# case: drop tables that reference each other
-- current
CREATE TABLE a (id INTEGER PRIMARY KEY, b_id INTEGER REFERENCES b (id));
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a (id));
-- desired
-- up
PRAGMA foreign_keys = OFF;
DROP TABLE a;
DROP TABLE b;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
CREATE TABLE b (
  id INTEGER PRIMARY KEY,
  a_id INTEGER,
  FOREIGN KEY (a_id) REFERENCES a (id)
);
CREATE TABLE a (
  id INTEGER PRIMARY KEY,
  b_id INTEGER,
  FOREIGN KEY (b_id) REFERENCES b (id)
);

# case: types with sizes kept as written
-- current
-- desired
CREATE TABLE t (a VARCHAR(200), b DECIMAL(10, 2), c UNSIGNED BIG INT, d DOUBLE PRECISION);
-- up
CREATE TABLE t (
  a VARCHAR(200),
  b DECIMAL(10,2),
  c UNSIGNED BIG INT,
  d DOUBLE PRECISION
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a table renamed by ALTER TABLE in the file
-- current
-- desired
CREATE TABLE old_name (id INTEGER PRIMARY KEY);
ALTER TABLE old_name RENAME TO new_name;
ALTER TABLE new_name ADD COLUMN v TEXT;
-- up
CREATE TABLE new_name (
  id INTEGER PRIMARY KEY,
  v TEXT
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE new_name;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: columns renamed and dropped by ALTER TABLE in the file
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
-- data
INSERT INTO t VALUES (1, 'a', 'b');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT);
ALTER TABLE t RENAME COLUMN a TO alpha;
ALTER TABLE t DROP COLUMN b;
ALTER TABLE t ADD COLUMN c INTEGER DEFAULT 3;
-- up
ALTER TABLE t DROP COLUMN a;
ALTER TABLE t DROP COLUMN b;
ALTER TABLE t ADD COLUMN alpha TEXT;
ALTER TABLE t ADD COLUMN c INTEGER DEFAULT 3;
-- down
ALTER TABLE t DROP COLUMN alpha;
ALTER TABLE t DROP COLUMN c;
ALTER TABLE t ADD COLUMN a TEXT;
ALTER TABLE t ADD COLUMN b TEXT;
