# SQLite: views and triggers are made and dropped, never altered; those that
# read a table being rebuilt go first and come back after.

# case: create a view
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW big AS SELECT id FROM t WHERE n > 10;
-- up
CREATE VIEW big AS SELECT id FROM t WHERE n > 10;
-- down
DROP VIEW big;

# case: drop a view
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW big AS SELECT id FROM t WHERE n > 10;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
-- up
DROP VIEW big;
-- down
CREATE VIEW big AS SELECT id FROM t WHERE n > 10;

# case: change a view
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW big AS SELECT id FROM t WHERE n > 10;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW big AS SELECT id, n FROM t WHERE n > 100;
-- up
DROP VIEW big;
CREATE VIEW big AS SELECT id, n FROM t WHERE n > 100;
-- down
DROP VIEW big;
CREATE VIEW big AS SELECT id FROM t WHERE n > 10;

# case: view with column names
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW v (ident, number) AS SELECT id, n FROM t;
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
CREATE VIEW v (ident, number) AS SELECT id, n FROM t;
-- down
PRAGMA foreign_keys = OFF;
DROP VIEW v;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: views over views
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW a AS SELECT id, n FROM t;
CREATE VIEW b AS SELECT id FROM a WHERE n > 0;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW a AS SELECT id, n, n * 2 AS twice FROM t;
CREATE VIEW b AS SELECT id FROM a WHERE n > 0;
-- up
DROP VIEW b;
DROP VIEW a;
CREATE VIEW a AS SELECT id, n, n * 2 AS twice FROM t;
CREATE VIEW b AS SELECT id FROM a WHERE n > 0;
-- down
DROP VIEW b;
DROP VIEW a;
CREATE VIEW a AS SELECT id, n FROM t;
CREATE VIEW b AS SELECT id FROM a WHERE n > 0;

# case: a view over a rebuilt table comes back
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW v AS SELECT id, n FROM t;
-- data
INSERT INTO t VALUES (1, 1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
CREATE VIEW v AS SELECT id, n FROM t;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP VIEW v;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
CREATE VIEW v AS SELECT id, n FROM t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP VIEW v;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
CREATE VIEW v AS SELECT id, n FROM t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a view over a joined table that is rebuilt
-- current
CREATE TABLE a (id INTEGER PRIMARY KEY);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER);
CREATE VIEW ab AS SELECT a.id, b.id AS b_id FROM a JOIN b ON b.a_id = a.id;
-- desired
CREATE TABLE a (id INTEGER PRIMARY KEY);
CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER NOT NULL);
CREATE VIEW ab AS SELECT a.id, b.id AS b_id FROM a JOIN b ON b.a_id = a.id;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP VIEW ab;
CREATE TABLE schemac_new_b (
  id INTEGER PRIMARY KEY,
  a_id INTEGER NOT NULL
);
INSERT INTO schemac_new_b (id, a_id) SELECT id, a_id FROM b;
DROP TABLE b;
ALTER TABLE schemac_new_b RENAME TO b;
CREATE VIEW ab AS SELECT a.id, b.id AS b_id FROM a JOIN b ON b.a_id = a.id;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP VIEW ab;
CREATE TABLE schemac_new_b (
  id INTEGER PRIMARY KEY,
  a_id INTEGER
);
INSERT INTO schemac_new_b (id, a_id) SELECT id, a_id FROM b;
DROP TABLE b;
ALTER TABLE schemac_new_b RENAME TO b;
CREATE VIEW ab AS SELECT a.id, b.id AS b_id FROM a JOIN b ON b.a_id = a.id;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: create a trigger
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, changed TEXT);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, changed TEXT);
CREATE TRIGGER t_touch AFTER UPDATE OF n ON t BEGIN
  UPDATE t SET changed = datetime('now') WHERE id = new.id;
END;
-- up
CREATE TRIGGER t_touch AFTER UPDATE OF n ON t FOR EACH ROW BEGIN UPDATE t SET changed = datetime('now') WHERE id = new.id; END;
-- down
DROP TRIGGER t_touch;

# case: drop a trigger
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('added'); END;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
-- up
DROP TRIGGER t_log;
-- down
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('added'); END;

# case: change a trigger body
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('added'); END;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('inserted ' || new.id); END;
-- up
DROP TRIGGER t_log;
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('inserted ' || new.id); END;
-- down
DROP TRIGGER t_log;
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('added'); END;

# case: trigger timing, events and when
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_before BEFORE DELETE ON t FOR EACH ROW WHEN old.n > 0 BEGIN
  SELECT RAISE(ABORT, 'cannot delete a positive row');
END;
CREATE TRIGGER t_insert_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('i'); UPDATE log SET msg = msg || '!'; END;
-- up
CREATE TABLE log (
  msg TEXT
);
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
CREATE TRIGGER t_before BEFORE DELETE ON t FOR EACH ROW WHEN old.n > 0 BEGIN SELECT RAISE (ABORT, 'cannot delete a positive row'); END;
CREATE TRIGGER t_insert_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('i'); UPDATE log SET msg = msg || '!'; END;
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
DROP TABLE log;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: instead of trigger on a view
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v BEGIN INSERT INTO t (id, n) VALUES (new.id, new.n); END;
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
CREATE VIEW v AS SELECT id, n FROM t;
CREATE TRIGGER v_insert INSTEAD OF INSERT ON v FOR EACH ROW BEGIN INSERT INTO t(id, n) VALUES (new.id, new.n); END;
-- down
PRAGMA foreign_keys = OFF;
DROP VIEW v;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a trigger on a rebuilt table comes back
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('added'); END;
-- data
INSERT INTO t VALUES (1, 1);
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('added'); END;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP TRIGGER t_log;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('added'); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP TRIGGER t_log;
CREATE TABLE schemac_new_t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
INSERT INTO schemac_new_t (id, n) SELECT id, n FROM t;
DROP TABLE t;
ALTER TABLE schemac_new_t RENAME TO t;
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('added'); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a trigger elsewhere that writes a rebuilt table comes back
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('added'); END;
-- data
INSERT INTO log VALUES ('x');
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT NOT NULL);
CREATE TRIGGER t_log AFTER INSERT ON t BEGIN INSERT INTO log VALUES ('added'); END;
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP TRIGGER t_log;
CREATE TABLE schemac_new_log (
  msg TEXT NOT NULL
);
INSERT INTO schemac_new_log (rowid, msg) SELECT rowid, msg FROM log;
DROP TABLE log;
ALTER TABLE schemac_new_log RENAME TO log;
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('added'); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
DROP TRIGGER t_log;
CREATE TABLE schemac_new_log (
  msg TEXT
);
INSERT INTO schemac_new_log (rowid, msg) SELECT rowid, msg FROM log;
DROP TABLE log;
ALTER TABLE schemac_new_log RENAME TO log;
CREATE TRIGGER t_log AFTER INSERT ON t FOR EACH ROW BEGIN INSERT INTO log VALUES ('added'); END;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a trigger on a table that loses a column comes back
-- current
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, extra TEXT);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER UPDATE ON t BEGIN INSERT INTO log VALUES (new.n); END;
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_log AFTER UPDATE ON t BEGIN INSERT INTO log VALUES (new.n); END;
-- up
DROP TRIGGER t_log;
ALTER TABLE t DROP COLUMN extra;
CREATE TRIGGER t_log AFTER UPDATE ON t FOR EACH ROW BEGIN INSERT INTO log VALUES (new.n); END;
-- down
ALTER TABLE t ADD COLUMN extra TEXT;

# case: a trigger with a CASE in its body
-- current
-- desired
CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER);
CREATE TRIGGER t_check BEFORE INSERT ON t BEGIN
  SELECT CASE WHEN new.n < 0 THEN RAISE(ABORT, 'negative') END;
END;
-- up
CREATE TABLE t (
  id INTEGER PRIMARY KEY,
  n INTEGER
);
CREATE TRIGGER t_check BEFORE INSERT ON t FOR EACH ROW BEGIN SELECT CASE WHEN new.n < 0 THEN RAISE (ABORT, 'negative') END; END;
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE t;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
