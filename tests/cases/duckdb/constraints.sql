# DuckDB golden cases: constraints cannot be added or dropped by ALTER
# TABLE, so changing them rebuilds the table with its rows.

# case: add a CHECK constraint
-- current
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10, 2));
-- data
INSERT INTO products VALUES (1, 9.99), (2, 0);
-- desired
CREATE TABLE products (id INTEGER PRIMARY KEY, price DECIMAL(10, 2) CHECK (price >= 0));
-- up
CREATE TABLE schemac_new_products (
  id INTEGER NOT NULL,
  price DECIMAL(10,2),
  PRIMARY KEY (id),
  CHECK (price >= 0)
);
INSERT INTO schemac_new_products (id, price) SELECT id, price FROM products;
DROP TABLE products;
ALTER TABLE schemac_new_products RENAME TO products;
-- down
CREATE TABLE schemac_new_products (
  id INTEGER NOT NULL,
  price DECIMAL(10,2),
  PRIMARY KEY (id)
);
INSERT INTO schemac_new_products (id, price) SELECT id, price FROM products;
DROP TABLE products;
ALTER TABLE schemac_new_products RENAME TO products;

# case: add a primary key
-- current
CREATE TABLE tags (name VARCHAR NOT NULL);
-- data
INSERT INTO tags VALUES ('a'), ('b');
-- desired
CREATE TABLE tags (name VARCHAR NOT NULL PRIMARY KEY);
-- up
CREATE TABLE schemac_new_tags (
  "name" VARCHAR NOT NULL,
  PRIMARY KEY ("name")
);
INSERT INTO schemac_new_tags ("name") SELECT "name" FROM tags;
DROP TABLE tags;
ALTER TABLE schemac_new_tags RENAME TO tags;
-- down
CREATE TABLE schemac_new_tags (
  "name" VARCHAR NOT NULL
);
INSERT INTO schemac_new_tags ("name") SELECT "name" FROM tags;
DROP TABLE tags;
ALTER TABLE schemac_new_tags RENAME TO tags;

# case: add a unique constraint
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR UNIQUE);
-- up
CREATE TABLE schemac_new_users (
  id INTEGER NOT NULL,
  email VARCHAR,
  PRIMARY KEY (id),
  UNIQUE (email)
);
INSERT INTO schemac_new_users (id, email) SELECT id, email FROM users;
DROP TABLE users;
ALTER TABLE schemac_new_users RENAME TO users;
-- down
CREATE TABLE schemac_new_users (
  id INTEGER NOT NULL,
  email VARCHAR,
  PRIMARY KEY (id)
);
INSERT INTO schemac_new_users (id, email) SELECT id, email FROM users;
DROP TABLE users;
ALTER TABLE schemac_new_users RENAME TO users;

# case: add a foreign key to a child table
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER);
-- data
INSERT INTO users VALUES (1), (2);
INSERT INTO posts VALUES (10, 1), (11, 2);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));
-- up
CREATE TABLE schemac_new_posts (
  id INTEGER NOT NULL,
  user_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
INSERT INTO schemac_new_posts (id, user_id) SELECT id, user_id FROM posts;
DROP TABLE posts;
ALTER TABLE schemac_new_posts RENAME TO posts;
-- down
CREATE TABLE schemac_new_posts (
  id INTEGER NOT NULL,
  user_id INTEGER,
  PRIMARY KEY (id)
);
INSERT INTO schemac_new_posts (id, user_id) SELECT id, user_id FROM posts;
DROP TABLE posts;
ALTER TABLE schemac_new_posts RENAME TO posts;

# case: an indexed table is rebuilt for a new column (DuckDB alters no table with an index)
-- current
CREATE TABLE events (id INTEGER, ts TIMESTAMP);
CREATE INDEX events_ts ON events (ts);
-- data
INSERT INTO events VALUES (1, TIMESTAMP '2024-01-01 10:00:00'), (2, NULL);
-- desired
CREATE TABLE events (id INTEGER, ts TIMESTAMP, kind VARCHAR);
CREATE INDEX events_ts ON events (ts);
-- up
CREATE TABLE schemac_new_events (
  id INTEGER,
  ts TIMESTAMP,
  kind VARCHAR
);
INSERT INTO schemac_new_events (id, ts) SELECT id, ts FROM events;
DROP TABLE events;
ALTER TABLE schemac_new_events RENAME TO events;
CREATE INDEX events_ts ON events (ts);
-- down
CREATE TABLE schemac_new_events (
  id INTEGER,
  ts TIMESTAMP
);
INSERT INTO schemac_new_events (id, ts) SELECT id, ts FROM events;
DROP TABLE events;
ALTER TABLE schemac_new_events RENAME TO events;
CREATE INDEX events_ts ON events (ts);

# case: narrowing a type in a rebuild keeps the rows that fit
-- current
CREATE TABLE readings (id INTEGER PRIMARY KEY, value BIGINT);
-- data
INSERT INTO readings VALUES (1, 10), (2, 20);
-- desired
CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER CHECK (value < 1000));
-- up
CREATE TABLE schemac_new_readings (
  id INTEGER NOT NULL,
  value INTEGER,
  PRIMARY KEY (id),
  CHECK ("value" < 1000)
);
INSERT INTO schemac_new_readings (id, value) SELECT id, value FROM readings;
DROP TABLE readings;
ALTER TABLE schemac_new_readings RENAME TO readings;
-- down
CREATE TABLE schemac_new_readings (
  id INTEGER NOT NULL,
  value BIGINT,
  PRIMARY KEY (id)
);
INSERT INTO schemac_new_readings (id, value) SELECT id, value FROM readings;
DROP TABLE readings;
ALTER TABLE schemac_new_readings RENAME TO readings;

# case: a check constraint changed on a table with rows
-- current
CREATE TABLE scores (player VARCHAR, points INTEGER CHECK (points >= 0));
-- data
INSERT INTO scores VALUES ('a', 10), ('b', 0);
-- desired
CREATE TABLE scores (player VARCHAR, points INTEGER CHECK (points BETWEEN 0 AND 100));
-- up
CREATE TABLE schemac_new_scores (
  player VARCHAR,
  points INTEGER,
  CHECK (points BETWEEN 0 AND 100)
);
INSERT INTO schemac_new_scores (player, points) SELECT player, points FROM scores;
DROP TABLE scores;
ALTER TABLE schemac_new_scores RENAME TO scores;
-- down
CREATE TABLE schemac_new_scores (
  player VARCHAR,
  points INTEGER,
  CHECK (points >= 0)
);
INSERT INTO schemac_new_scores (player, points) SELECT player, points FROM scores;
DROP TABLE scores;
ALTER TABLE schemac_new_scores RENAME TO scores;

# case: a composite primary key made on a table with rows
-- current
CREATE TABLE memberships (user_id INTEGER NOT NULL, team_id INTEGER NOT NULL);
-- data
INSERT INTO memberships VALUES (1, 1), (1, 2), (2, 1);
-- desired
CREATE TABLE memberships (user_id INTEGER NOT NULL, team_id INTEGER NOT NULL, PRIMARY KEY (user_id, team_id));
-- up
CREATE TABLE schemac_new_memberships (
  user_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL,
  PRIMARY KEY (user_id, team_id)
);
INSERT INTO schemac_new_memberships (user_id, team_id) SELECT user_id, team_id FROM memberships;
DROP TABLE memberships;
ALTER TABLE schemac_new_memberships RENAME TO memberships;
-- down
CREATE TABLE schemac_new_memberships (
  user_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL
);
INSERT INTO schemac_new_memberships (user_id, team_id) SELECT user_id, team_id FROM memberships;
DROP TABLE memberships;
ALTER TABLE schemac_new_memberships RENAME TO memberships;
