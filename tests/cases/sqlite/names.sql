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

# case: names are compared without regard to case
-- current
CREATE TABLE Users (ID INTEGER PRIMARY KEY);
-- desired
CREATE TABLE Users (ID INTEGER PRIMARY KEY);
-- up
-- down

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
