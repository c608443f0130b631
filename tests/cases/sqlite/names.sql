# SQLite: names in every quoting style, and names that must be quoted.

# case: four quoting styles
-- current
-- desired
CREATE TABLE "double" ([bracket] INTEGER, `backtick` TEXT, 'single' REAL);
-- up
CREATE TABLE double (
  bracket INTEGER,
  backtick TEXT,
  single REAL
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE double;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a hostile table name round-trips
-- current
-- desired
CREATE TABLE "a""; drop table x; --" ("col""umn" TEXT, "select" INTEGER);
CREATE INDEX "i ""x""" ON "a""; drop table x; --" ("col""umn");
-- up
CREATE TABLE "a""; drop table x; --" (
  "col""umn" TEXT,
  "select" INTEGER
);
CREATE INDEX "i ""x""" ON "a""; drop table x; --" ("col""umn");
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE "a""; drop table x; --";
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: keywords as names
-- current
-- desired
CREATE TABLE "order" ("group" INTEGER, "from" TEXT);
CREATE VIEW "where" AS SELECT "group" FROM "order";
-- up
CREATE TABLE "order" (
  "group" INTEGER,
  "from" TEXT
);
CREATE VIEW "where" AS SELECT "group" FROM "order";
-- down
PRAGMA foreign_keys = OFF;
DROP VIEW "where";
DROP TABLE "order";
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: a hostile name through a rebuild
-- current
CREATE TABLE "a""b" ("c d" INTEGER, "e'f" TEXT);
-- data
INSERT INTO "a""b" VALUES (1, 'x');
-- desired
CREATE TABLE "a""b" ("c d" INTEGER NOT NULL, "e'f" TEXT);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE "schemac_new_a""b" (
  "c d" INTEGER NOT NULL,
  "e'f" TEXT
);
INSERT INTO "schemac_new_a""b" (rowid, "c d", "e'f") SELECT rowid, "c d", "e'f" FROM "a""b";
DROP TABLE "a""b";
ALTER TABLE "schemac_new_a""b" RENAME TO "a""b";
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE "schemac_new_a""b" (
  "c d" INTEGER,
  "e'f" TEXT
);
INSERT INTO "schemac_new_a""b" (rowid, "c d", "e'f") SELECT rowid, "c d", "e'f" FROM "a""b";
DROP TABLE "a""b";
ALTER TABLE "schemac_new_a""b" RENAME TO "a""b";
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: names that differ only in case are one object
-- current
CREATE TABLE Users (ID INTEGER PRIMARY KEY, Email TEXT UNIQUE);
CREATE TABLE Posts (id INTEGER PRIMARY KEY, Author INTEGER REFERENCES USERS (id));
CREATE INDEX Posts_Author ON Posts (Author);
CREATE VIEW Authors AS SELECT ID FROM Users;
CREATE TRIGGER Posts_Touch AFTER UPDATE OF Author ON Posts BEGIN SELECT 1; END;
-- data
INSERT INTO Users VALUES (1, 'a@x');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE);
CREATE TABLE posts (id INTEGER PRIMARY KEY, author INTEGER REFERENCES users (id));
CREATE INDEX posts_author ON posts (author);
CREATE VIEW authors AS SELECT id FROM users;
CREATE TRIGGER posts_touch AFTER UPDATE OF author ON posts BEGIN SELECT 1; END;
-- up
-- down

# case: a change to a table spelled in another case
-- current
CREATE TABLE Users (ID INTEGER PRIMARY KEY, Email TEXT);
-- data
INSERT INTO Users VALUES (1, 'a@x');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
-- up
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_users (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL
);
INSERT INTO schemac_new_users (id, email) SELECT id, email FROM users;
DROP TABLE users;
ALTER TABLE schemac_new_users RENAME TO users;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
-- down
PRAGMA foreign_keys = OFF;
CREATE TEMP TABLE schemac_foreign_keys_off (enforced INTEGER CONSTRAINT "PRAGMA foreign_keys = OFF must run outside the transaction before tables are rebuilt" CHECK (enforced = 0));
INSERT INTO temp.schemac_foreign_keys_off SELECT foreign_keys FROM pragma_foreign_keys;
DROP TABLE temp.schemac_foreign_keys_off;
CREATE TABLE schemac_new_Users (
  ID INTEGER PRIMARY KEY,
  Email TEXT
);
INSERT INTO schemac_new_Users (ID, Email) SELECT ID, Email FROM Users;
DROP TABLE Users;
ALTER TABLE schemac_new_Users RENAME TO Users;
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;

# case: unicode names
-- current
-- desired
CREATE TABLE "café" ("prix €" REAL);
-- up
CREATE TABLE "café" (
  "prix €" REAL
);
-- down
PRAGMA foreign_keys = OFF;
DROP TABLE "café";
PRAGMA foreign_key_check;
PRAGMA foreign_keys = ON;
