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
CREATE TEMP TABLE schemac_hold_products AS SELECT * FROM products;
DROP TABLE products;
CREATE TABLE products (
  id INTEGER NOT NULL,
  price DECIMAL(10,2),
  PRIMARY KEY (id),
  CHECK (price >= 0)
);
INSERT INTO products (id, price) SELECT id, price FROM schemac_hold_products;
DROP TABLE schemac_hold_products;
-- down
CREATE TEMP TABLE schemac_hold_products AS SELECT * FROM products;
DROP TABLE products;
CREATE TABLE products (
  id INTEGER NOT NULL,
  price DECIMAL(10,2),
  PRIMARY KEY (id)
);
INSERT INTO products (id, price) SELECT id, price FROM schemac_hold_products;
DROP TABLE schemac_hold_products;

# case: add a primary key
-- current
CREATE TABLE tags (name VARCHAR NOT NULL);
-- data
INSERT INTO tags VALUES ('a'), ('b');
-- desired
CREATE TABLE tags (name VARCHAR NOT NULL PRIMARY KEY);
-- up
CREATE TEMP TABLE schemac_hold_tags AS SELECT * FROM tags;
DROP TABLE tags;
CREATE TABLE tags (
  "name" VARCHAR NOT NULL,
  PRIMARY KEY ("name")
);
INSERT INTO tags ("name") SELECT "name" FROM schemac_hold_tags;
DROP TABLE schemac_hold_tags;
-- down
CREATE TEMP TABLE schemac_hold_tags AS SELECT * FROM tags;
DROP TABLE tags;
CREATE TABLE tags (
  "name" VARCHAR NOT NULL
);
INSERT INTO tags ("name") SELECT "name" FROM schemac_hold_tags;
DROP TABLE schemac_hold_tags;

# case: add a unique constraint
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR);
-- data
INSERT INTO users VALUES (1, 'a@x'), (2, 'b@x');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, email VARCHAR UNIQUE);
-- up
CREATE TEMP TABLE schemac_hold_users AS SELECT * FROM users;
DROP TABLE users;
CREATE TABLE users (
  id INTEGER NOT NULL,
  email VARCHAR,
  PRIMARY KEY (id),
  UNIQUE (email)
);
INSERT INTO users (id, email) SELECT id, email FROM schemac_hold_users;
DROP TABLE schemac_hold_users;
-- down
CREATE TEMP TABLE schemac_hold_users AS SELECT * FROM users;
DROP TABLE users;
CREATE TABLE users (
  id INTEGER NOT NULL,
  email VARCHAR,
  PRIMARY KEY (id)
);
INSERT INTO users (id, email) SELECT id, email FROM schemac_hold_users;
DROP TABLE schemac_hold_users;

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
CREATE TEMP TABLE schemac_hold_posts AS SELECT * FROM posts;
DROP TABLE posts;
CREATE TABLE posts (
  id INTEGER NOT NULL,
  user_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
INSERT INTO posts (id, user_id) SELECT id, user_id FROM schemac_hold_posts;
DROP TABLE schemac_hold_posts;
-- down
CREATE TEMP TABLE schemac_hold_posts AS SELECT * FROM posts;
DROP TABLE posts;
CREATE TABLE posts (
  id INTEGER NOT NULL,
  user_id INTEGER,
  PRIMARY KEY (id)
);
INSERT INTO posts (id, user_id) SELECT id, user_id FROM schemac_hold_posts;
DROP TABLE schemac_hold_posts;

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
CREATE TEMP TABLE schemac_hold_events AS SELECT * FROM events;
DROP TABLE events;
CREATE TABLE events (
  id INTEGER,
  ts TIMESTAMP,
  kind VARCHAR
);
INSERT INTO events (id, ts) SELECT id, ts FROM schemac_hold_events;
DROP TABLE schemac_hold_events;
CREATE INDEX events_ts ON events (ts);
-- down
CREATE TEMP TABLE schemac_hold_events AS SELECT * FROM events;
DROP TABLE events;
CREATE TABLE events (
  id INTEGER,
  ts TIMESTAMP
);
INSERT INTO events (id, ts) SELECT id, ts FROM schemac_hold_events;
DROP TABLE schemac_hold_events;
CREATE INDEX events_ts ON events (ts);

# case: narrowing a type in a rebuild keeps the rows that fit
-- current
CREATE TABLE readings (id INTEGER PRIMARY KEY, value BIGINT);
-- data
INSERT INTO readings VALUES (1, 10), (2, 20);
-- desired
CREATE TABLE readings (id INTEGER PRIMARY KEY, value INTEGER CHECK (value < 1000));
-- up
CREATE TEMP TABLE schemac_hold_readings AS SELECT * FROM readings;
DROP TABLE readings;
CREATE TABLE readings (
  id INTEGER NOT NULL,
  value INTEGER,
  PRIMARY KEY (id),
  CHECK ("value" < 1000)
);
INSERT INTO readings (id, value) SELECT id, value FROM schemac_hold_readings;
DROP TABLE schemac_hold_readings;
-- down
CREATE TEMP TABLE schemac_hold_readings AS SELECT * FROM readings;
DROP TABLE readings;
CREATE TABLE readings (
  id INTEGER NOT NULL,
  value BIGINT,
  PRIMARY KEY (id)
);
INSERT INTO readings (id, value) SELECT id, value FROM schemac_hold_readings;
DROP TABLE schemac_hold_readings;

# case: a check constraint changed on a table with rows
-- current
CREATE TABLE scores (player VARCHAR, points INTEGER CHECK (points >= 0));
-- data
INSERT INTO scores VALUES ('a', 10), ('b', 0);
-- desired
CREATE TABLE scores (player VARCHAR, points INTEGER CHECK (points BETWEEN 0 AND 100));
-- up
CREATE TEMP TABLE schemac_hold_scores AS SELECT * FROM scores;
DROP TABLE scores;
CREATE TABLE scores (
  player VARCHAR,
  points INTEGER,
  CHECK (points BETWEEN 0 AND 100)
);
INSERT INTO scores (player, points) SELECT player, points FROM schemac_hold_scores;
DROP TABLE schemac_hold_scores;
-- down
CREATE TEMP TABLE schemac_hold_scores AS SELECT * FROM scores;
DROP TABLE scores;
CREATE TABLE scores (
  player VARCHAR,
  points INTEGER,
  CHECK (points >= 0)
);
INSERT INTO scores (player, points) SELECT player, points FROM schemac_hold_scores;
DROP TABLE schemac_hold_scores;

# case: a composite primary key made on a table with rows
-- current
CREATE TABLE memberships (user_id INTEGER NOT NULL, team_id INTEGER NOT NULL);
-- data
INSERT INTO memberships VALUES (1, 1), (1, 2), (2, 1);
-- desired
CREATE TABLE memberships (user_id INTEGER NOT NULL, team_id INTEGER NOT NULL, PRIMARY KEY (user_id, team_id));
-- up
CREATE TEMP TABLE schemac_hold_memberships AS SELECT * FROM memberships;
DROP TABLE memberships;
CREATE TABLE memberships (
  user_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL,
  PRIMARY KEY (user_id, team_id)
);
INSERT INTO memberships (user_id, team_id) SELECT user_id, team_id FROM schemac_hold_memberships;
DROP TABLE schemac_hold_memberships;
-- down
CREATE TEMP TABLE schemac_hold_memberships AS SELECT * FROM memberships;
DROP TABLE memberships;
CREATE TABLE memberships (
  user_id INTEGER NOT NULL,
  team_id INTEGER NOT NULL
);
INSERT INTO memberships (user_id, team_id) SELECT user_id, team_id FROM schemac_hold_memberships;
DROP TABLE schemac_hold_memberships;

# case: a referenced table loses a column: rebuilt with the tables that reference it
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, nickname VARCHAR);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title VARCHAR);
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES posts (id), body VARCHAR);
CREATE INDEX comments_post ON comments (post_id);
-- data
INSERT INTO users VALUES (1, 'a'), (2, 'b');
INSERT INTO posts VALUES (10, 1, 'hello'), (11, 2, 'world');
INSERT INTO comments VALUES (100, 10, 'nice'), (101, 11, 'ok');
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id), title VARCHAR);
CREATE TABLE comments (id INTEGER PRIMARY KEY, post_id INTEGER REFERENCES posts (id), body VARCHAR);
CREATE INDEX comments_post ON comments (post_id);
-- up
CREATE TEMP TABLE schemac_hold_users AS SELECT * FROM users;
CREATE TEMP TABLE schemac_hold_posts AS SELECT * FROM posts;
CREATE TEMP TABLE schemac_hold_comments AS SELECT * FROM comments;
DROP TABLE comments;
DROP TABLE posts;
DROP TABLE users;
CREATE TABLE users (
  id INTEGER NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE posts (
  id INTEGER NOT NULL,
  user_id INTEGER,
  title VARCHAR,
  PRIMARY KEY (id),
  FOREIGN KEY (user_id) REFERENCES users (id)
);
CREATE TABLE comments (
  id INTEGER NOT NULL,
  post_id INTEGER,
  body VARCHAR,
  PRIMARY KEY (id),
  FOREIGN KEY (post_id) REFERENCES posts (id)
);
INSERT INTO users (id) SELECT id FROM schemac_hold_users;
INSERT INTO posts (id, user_id, title) SELECT id, user_id, title FROM schemac_hold_posts;
INSERT INTO comments (id, post_id, body) SELECT id, post_id, body FROM schemac_hold_comments;
DROP TABLE schemac_hold_users;
DROP TABLE schemac_hold_posts;
DROP TABLE schemac_hold_comments;
CREATE INDEX comments_post ON comments (post_id);
-- down
ALTER TABLE users ADD COLUMN nickname VARCHAR;

# case: a referenced table gets a NOT NULL column, its child an unrelated table stays
-- current
CREATE TABLE teams (id INTEGER PRIMARY KEY);
CREATE TABLE players (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams (id));
CREATE TABLE venues (id INTEGER PRIMARY KEY, name VARCHAR);
-- data
INSERT INTO teams VALUES (1), (2);
INSERT INTO players VALUES (1, 1), (2, 2), (3, NULL);
INSERT INTO venues VALUES (1, 'x');
-- desired
CREATE TABLE teams (id INTEGER PRIMARY KEY, name VARCHAR NOT NULL DEFAULT 'unnamed');
CREATE TABLE players (id INTEGER PRIMARY KEY, team_id INTEGER REFERENCES teams (id));
CREATE TABLE venues (id INTEGER PRIMARY KEY, name VARCHAR);
-- up
CREATE TEMP TABLE schemac_hold_teams AS SELECT * FROM teams;
CREATE TEMP TABLE schemac_hold_players AS SELECT * FROM players;
DROP TABLE players;
DROP TABLE teams;
CREATE TABLE teams (
  id INTEGER NOT NULL,
  "name" VARCHAR NOT NULL DEFAULT ('unnamed'),
  PRIMARY KEY (id)
);
CREATE TABLE players (
  id INTEGER NOT NULL,
  team_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY (team_id) REFERENCES teams (id)
);
INSERT INTO teams (id) SELECT id FROM schemac_hold_teams;
INSERT INTO players (id, team_id) SELECT id, team_id FROM schemac_hold_players;
DROP TABLE schemac_hold_teams;
DROP TABLE schemac_hold_players;
-- down
CREATE TEMP TABLE schemac_hold_teams AS SELECT * FROM teams;
CREATE TEMP TABLE schemac_hold_players AS SELECT * FROM players;
DROP TABLE players;
DROP TABLE teams;
CREATE TABLE teams (
  id INTEGER NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE players (
  id INTEGER NOT NULL,
  team_id INTEGER,
  PRIMARY KEY (id),
  FOREIGN KEY (team_id) REFERENCES teams (id)
);
INSERT INTO teams (id) SELECT id FROM schemac_hold_teams;
INSERT INTO players (id, team_id) SELECT id, team_id FROM schemac_hold_players;
DROP TABLE schemac_hold_teams;
DROP TABLE schemac_hold_players;
