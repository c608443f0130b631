# DuckDB golden cases: tables made and dropped, DuckDB's own types.

# case: create a table
-- current
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
-- up
CREATE TABLE users (
  id INTEGER NOT NULL,
  "name" VARCHAR NOT NULL,
  PRIMARY KEY (id)
);
-- down
DROP TABLE users;

# case: drop a table
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE logs (line VARCHAR);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
-- up
DROP TABLE logs;
-- down
CREATE TABLE logs (
  line VARCHAR
);

# case: DuckDB's nested and wide types
-- current
-- desired
CREATE TABLE events (
  id UBIGINT PRIMARY KEY,
  big HUGEINT,
  tags VARCHAR[],
  point STRUCT(x DOUBLE, y DOUBLE),
  attributes MAP(VARCHAR, INTEGER),
  shape UNION(num INTEGER, label VARCHAR),
  fixed INTEGER[3],
  ts TIMESTAMPTZ,
  amount DECIMAL(12, 3),
  raw BLOB,
  flag BOOLEAN DEFAULT false
);
-- up
CREATE TABLE events (
  id UBIGINT NOT NULL,
  big HUGEINT,
  tags VARCHAR[],
  point STRUCT(x DOUBLE, y DOUBLE),
  attributes MAP(VARCHAR, INTEGER),
  shape UNION(num INTEGER, "label" VARCHAR),
  fixed INTEGER[3],
  ts TIMESTAMP WITH TIME ZONE,
  amount DECIMAL(12,3),
  raw BLOB,
  flag BOOLEAN DEFAULT (CAST('f' AS BOOLEAN)),
  PRIMARY KEY (id)
);
-- down
DROP TABLE events;

# case: a table in another schema
-- current
-- desired
CREATE SCHEMA analytics;
CREATE TABLE analytics.daily (day DATE PRIMARY KEY, visits BIGINT NOT NULL DEFAULT 0);
-- up
CREATE SCHEMA analytics;
CREATE TABLE analytics.daily (
  day DATE NOT NULL,
  visits BIGINT NOT NULL DEFAULT (0),
  PRIMARY KEY (day)
);
-- down
DROP TABLE analytics.daily;
DROP SCHEMA analytics;

# case: tables that reference each other in order
-- current
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE sessions (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
CREATE TABLE events (id INTEGER PRIMARY KEY, session_id INTEGER REFERENCES sessions (id), user_id INTEGER REFERENCES users (id));
-- up
CREATE TABLE users (
  id INTEGER NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE sessions (
  id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE events (
  id INTEGER NOT NULL,
  session_id INTEGER,
  user_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY (session_id) REFERENCES sessions (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
-- down
DROP TABLE events;
DROP TABLE sessions;
DROP TABLE users;

# case: a hostile table name round-trips
-- current
-- desired
CREATE TABLE "a""; drop table x; --" ("we""ird col" INTEGER, "Mixed Case" VARCHAR DEFAULT 'it''s');
-- up
CREATE TABLE "a""; drop table x; --" (
  "we""ird col" INTEGER,
  "Mixed Case" VARCHAR DEFAULT ('it''s')
);
-- down
DROP TABLE "a""; drop table x; --";

# case: generated columns
-- current
-- desired
CREATE TABLE prices (net DECIMAL(10, 2), gross DECIMAL(10, 2) GENERATED ALWAYS AS (net * 1.2) VIRTUAL);
-- up
CREATE TABLE prices (
  net DECIMAL(10,2),
  gross DECIMAL(10,2) GENERATED ALWAYS AS (net * 1.2) VIRTUAL
);
-- down
DROP TABLE prices;

# case: composite primary key and unique constraints
-- current
-- desired
CREATE TABLE memberships (user_id INTEGER, team_id INTEGER, role VARCHAR NOT NULL, email VARCHAR UNIQUE, PRIMARY KEY (user_id, team_id), UNIQUE (team_id, role));
-- up
CREATE TABLE memberships (
  user_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL,
  role VARCHAR NOT NULL,
  email VARCHAR,
  PRIMARY KEY (user_id, team_id),
  UNIQUE (email),
  UNIQUE (team_id, role)
);
-- down
DROP TABLE memberships;
