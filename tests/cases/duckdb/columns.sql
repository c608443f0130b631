# DuckDB golden cases: what ALTER TABLE does in place.

# case: add a nullable column
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a'), (2, 'b');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR, bio VARCHAR);
-- up
ALTER TABLE users ADD COLUMN bio VARCHAR;
-- down
ALTER TABLE users DROP COLUMN bio;

# case: add a NOT NULL column with a default (ADD COLUMN, then SET NOT NULL)
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a'), (2, 'b');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR, visits BIGINT NOT NULL DEFAULT 0);
-- up
ALTER TABLE users ADD COLUMN visits BIGINT DEFAULT (0);
ALTER TABLE users ALTER COLUMN visits SET NOT NULL;
-- down
ALTER TABLE users DROP COLUMN visits;

# case: drop a column
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR, legacy VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a', 'x');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR);
-- up
ALTER TABLE users DROP COLUMN legacy;
-- down
ALTER TABLE users ADD COLUMN legacy VARCHAR;

# case: widen a column's type
-- current
CREATE TABLE counters (name VARCHAR, n INTEGER);
-- data
INSERT INTO counters VALUES ('a', 1), ('b', 2);
-- desired
CREATE TABLE counters (name VARCHAR, n BIGINT);
-- up
ALTER TABLE counters ALTER COLUMN n SET DATA TYPE BIGINT;
-- down
ALTER TABLE counters ALTER COLUMN n SET DATA TYPE INTEGER;

# case: set and drop a default
-- current
CREATE TABLE settings (key VARCHAR, value VARCHAR DEFAULT 'on', level INTEGER);
-- desired
CREATE TABLE settings (key VARCHAR, value VARCHAR, level INTEGER DEFAULT 1);
-- up
ALTER TABLE settings ALTER COLUMN value DROP DEFAULT;
ALTER TABLE settings ALTER COLUMN level SET DEFAULT (1);
-- down
ALTER TABLE settings ALTER COLUMN value SET DEFAULT ('on');
ALTER TABLE settings ALTER COLUMN level DROP DEFAULT;

# case: set and drop NOT NULL
-- current
CREATE TABLE settings (key VARCHAR NOT NULL, value VARCHAR);
-- data
INSERT INTO settings VALUES ('a', 'x');
-- desired
CREATE TABLE settings (key VARCHAR, value VARCHAR NOT NULL);
-- up
ALTER TABLE settings ALTER COLUMN key DROP NOT NULL;
ALTER TABLE settings ALTER COLUMN value SET NOT NULL;
-- down
ALTER TABLE settings ALTER COLUMN key SET NOT NULL;
ALTER TABLE settings ALTER COLUMN value DROP NOT NULL;

# case: a column renamed by a hint
-- options
--rename column:main.users.mail=email
-- current
CREATE TABLE users (id INTEGER, mail VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a@example.org');
-- desired
CREATE TABLE users (id INTEGER, email VARCHAR);
-- up
ALTER TABLE users RENAME COLUMN mail TO email;
-- down
ALTER TABLE users RENAME COLUMN email TO mail;

# case: a table renamed by a hint
-- options
--rename table:main.people=users
-- current
CREATE TABLE people (id INTEGER, name VARCHAR);
-- data
INSERT INTO people VALUES (1, 'a');
-- desired
CREATE TABLE users (id INTEGER, name VARCHAR);
-- up
ALTER TABLE people RENAME TO users;
-- down
ALTER TABLE users RENAME TO people;

# case: a column added in the middle rebuilds the table (ADD COLUMN only appends)
-- current
CREATE TABLE users (id INTEGER, name VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a'), (2, 'b');
-- desired
CREATE TABLE users (id INTEGER, email VARCHAR, name VARCHAR);
-- up
CREATE TEMP TABLE schemac_hold_users AS SELECT * FROM users;
DROP TABLE users;
CREATE TABLE users (
  id INTEGER,
  email VARCHAR,
  "name" VARCHAR
);
INSERT INTO users (id, "name") SELECT id, "name" FROM schemac_hold_users;
DROP TABLE schemac_hold_users;
-- down
ALTER TABLE users DROP COLUMN email;

# case: a generated column added rebuilds the table
-- current
CREATE TABLE prices (net DECIMAL(10, 2));
-- data
INSERT INTO prices VALUES (10), (20);
-- desired
CREATE TABLE prices (net DECIMAL(10, 2), gross DECIMAL(10, 2) GENERATED ALWAYS AS (net * 1.2) VIRTUAL);
-- up
CREATE TEMP TABLE schemac_hold_prices AS SELECT * FROM prices;
DROP TABLE prices;
CREATE TABLE prices (
  net DECIMAL(10,2),
  gross DECIMAL(10,2) GENERATED ALWAYS AS (net * 1.2) VIRTUAL
);
INSERT INTO prices (net) SELECT net FROM schemac_hold_prices;
DROP TABLE schemac_hold_prices;
-- down
ALTER TABLE prices DROP COLUMN gross;

# case: a list column retyped
-- current
CREATE TABLE posts (id INTEGER, tags VARCHAR[]);
-- data
INSERT INTO posts VALUES (1, ['a', 'b']), (2, NULL);
-- desired
CREATE TABLE posts (id INTEGER, tags VARCHAR[], scores INTEGER[]);
-- up
ALTER TABLE posts ADD COLUMN scores INTEGER[];
-- down
ALTER TABLE posts DROP COLUMN scores;

# case: a struct column added and a default on a timestamp
-- current
CREATE TABLE events (id INTEGER, ts TIMESTAMP);
-- data
INSERT INTO events VALUES (1, TIMESTAMP '2024-01-01 00:00:00');
-- desired
CREATE TABLE events (id INTEGER, ts TIMESTAMP DEFAULT current_timestamp, origin STRUCT(ip VARCHAR, port INTEGER));
-- up
ALTER TABLE events ALTER COLUMN ts SET DEFAULT (current_timestamp);
ALTER TABLE events ADD COLUMN origin STRUCT(ip VARCHAR, port INTEGER);
-- down
ALTER TABLE events DROP COLUMN origin;
ALTER TABLE events ALTER COLUMN ts DROP DEFAULT;

# case: columns dropped and added together on an unindexed table
-- current
CREATE TABLE metrics (name VARCHAR, old_value DOUBLE, unit VARCHAR);
-- data
INSERT INTO metrics VALUES ('cpu', 0.5, '%');
-- desired
CREATE TABLE metrics (name VARCHAR, unit VARCHAR, value DOUBLE DEFAULT 0);
-- up
ALTER TABLE metrics DROP COLUMN old_value;
ALTER TABLE metrics ADD COLUMN value DOUBLE DEFAULT (0);
-- down
CREATE TEMP TABLE schemac_hold_metrics AS SELECT * FROM metrics;
DROP TABLE metrics;
CREATE TABLE metrics (
  "name" VARCHAR,
  old_value DOUBLE,
  unit VARCHAR
);
INSERT INTO metrics ("name", unit) SELECT "name", unit FROM schemac_hold_metrics;
DROP TABLE schemac_hold_metrics;

# case: a column of a referenced table added (the only ALTER DuckDB takes there; down rebuilds both)
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));
-- data
INSERT INTO users VALUES (1);
INSERT INTO posts VALUES (1, 1);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));
-- up
ALTER TABLE users ADD COLUMN "name" VARCHAR;
-- down
CREATE TEMP TABLE schemac_hold_users AS SELECT * FROM users;
CREATE TEMP TABLE schemac_hold_posts AS SELECT * FROM posts;
DROP TABLE posts;
DROP TABLE users;
CREATE TABLE users (
  id INTEGER NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE posts (
  id INTEGER NOT NULL,
  user_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
INSERT INTO users (id) SELECT id FROM schemac_hold_users;
INSERT INTO posts (id, user_id) SELECT id, user_id FROM schemac_hold_posts;
DROP TABLE schemac_hold_users;
DROP TABLE schemac_hold_posts;
