# SQLite: renames from hints (--rename, or `-- schemac:renamed-from OLD`)
# are ALTER TABLE ... RENAME, keeping every row; without one they would be a
# drop and an add.

# case: rename a column by hint
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, mail TEXT);
-- data
INSERT INTO users VALUES (1, 'a@x');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
-- options
--rename column:users.mail=email
-- up
ALTER TABLE users RENAME COLUMN mail TO email;
-- down
ALTER TABLE users RENAME COLUMN email TO mail;

# case: rename a table by a comment in the file
-- current
CREATE TABLE user (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE post (id INTEGER PRIMARY KEY, author INTEGER REFERENCES user (id));
-- data
INSERT INTO user VALUES (1, 'ada');
INSERT INTO post VALUES (1, 1);
-- desired
-- schemac:renamed-from user
CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE post (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id));
-- up
ALTER TABLE user RENAME TO users;
-- down
ALTER TABLE users RENAME TO user;

# case: a renamed column in a table that is rebuilt anyway
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
-- data
INSERT INTO t VALUES (1, 'x');
-- desired
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  b TEXT NOT NULL -- schemac:renamed-from a
);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
ALTER TABLE t RENAME COLUMN a TO b;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  b TEXT NOT NULL
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
ALTER TABLE t RENAME COLUMN b TO a;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  a TEXT
);
INSERT INTO schemac_new_t (id, a) SELECT id, a FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: an index follows its renamed column
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);
CREATE INDEX t_a ON t (a);
-- data
INSERT INTO t VALUES (1, 'x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, b TEXT);
CREATE INDEX t_a ON t (b);
-- options
--rename column:t.a=b
-- up
ALTER TABLE t RENAME COLUMN a TO b;
-- down
ALTER TABLE t RENAME COLUMN b TO a;
