# DuckDB golden cases: indexes, views, sequences, enum types, macros.

# case: create and drop indexes
-- current
CREATE TABLE events (id INTEGER, kind VARCHAR, ts TIMESTAMP);
CREATE INDEX events_kind ON events (kind);
-- desired
CREATE TABLE events (id INTEGER, kind VARCHAR, ts TIMESTAMP);
CREATE INDEX events_ts ON events (ts);
-- up
DROP INDEX events_kind;
CREATE INDEX events_ts ON events (ts);
-- down
DROP INDEX events_ts;
CREATE INDEX events_kind ON events (kind);

# case: unique and expression indexes
-- current
CREATE TABLE users (id INTEGER, email VARCHAR);
-- desired
CREATE TABLE users (id INTEGER, email VARCHAR);
CREATE UNIQUE INDEX users_id ON users (id);
CREATE INDEX users_email_lower ON users (lower(email));
-- up
CREATE UNIQUE INDEX users_id ON users (id);
CREATE INDEX users_email_lower ON users ((lower(email)));
-- down
DROP INDEX users_id;
DROP INDEX users_email_lower;

# case: a view over a join
-- current
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR);
CREATE TABLE sessions (id INTEGER, user_id INTEGER, seconds INTEGER);
-- desired
CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR);
CREATE TABLE sessions (id INTEGER, user_id INTEGER, seconds INTEGER);
CREATE VIEW user_time AS SELECT u.name, sum(s.seconds) AS seconds FROM users u JOIN sessions s ON s.user_id = u.id GROUP BY u.name;
-- up
CREATE VIEW user_time AS SELECT u."name", sum(s."seconds") AS "seconds" FROM users AS u INNER JOIN sessions AS s ON ((s.user_id = u.id)) GROUP BY u."name";
-- down
DROP VIEW user_time;

# case: a view changed
-- current
CREATE TABLE events (id INTEGER, kind VARCHAR);
CREATE VIEW clicks AS SELECT id FROM events WHERE kind = 'click';
-- desired
CREATE TABLE events (id INTEGER, kind VARCHAR);
CREATE VIEW clicks AS SELECT id, kind FROM events WHERE kind IN ('click', 'tap');
-- up
DROP VIEW clicks;
CREATE VIEW clicks AS SELECT id, kind FROM events WHERE (kind IN ('click', 'tap'));
-- down
DROP VIEW clicks;
CREATE VIEW clicks AS SELECT id FROM events WHERE (kind = 'click');

# case: a view with column names, over a view
-- current
-- desired
CREATE TABLE events (id INTEGER, day DATE);
CREATE VIEW daily (day, n) AS SELECT day, count(*) FROM events GROUP BY day;
CREATE VIEW busy_days AS SELECT day FROM daily WHERE n > 100;
-- up
CREATE TABLE events (
  id INTEGER,
  day DATE
);
CREATE VIEW daily (day, n) AS SELECT "day", count_star() FROM events GROUP BY "day";
CREATE VIEW busy_days AS SELECT "day" FROM daily WHERE (n > 100);
-- down
DROP VIEW busy_days;
DROP VIEW daily;
DROP TABLE events;

# case: a DuckDB-only query in a view
-- current
CREATE TABLE events (id INTEGER, kind VARCHAR, secret VARCHAR);
-- desired
CREATE TABLE events (id INTEGER, kind VARCHAR, secret VARCHAR);
CREATE VIEW public_events AS SELECT * EXCLUDE (secret) FROM events;
-- up
CREATE VIEW public_events AS SELECT * EXCLUDE ("secret") FROM events;
-- down
DROP VIEW public_events;

# case: a sequence as a default
-- current
-- desired
CREATE SEQUENCE order_ids START 1000 INCREMENT BY 10;
CREATE TABLE orders (id BIGINT PRIMARY KEY DEFAULT nextval('order_ids'), total DECIMAL(10, 2));
-- up
CREATE SEQUENCE order_ids INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 NO CYCLE;
CREATE TABLE orders (
  id BIGINT NOT NULL DEFAULT (nextval('order_ids')),
  total DECIMAL(10,2),
  PRIMARY KEY (id)
);
-- down
DROP TABLE orders;
DROP SEQUENCE order_ids;

# case: an enum type and a column of it
-- current
-- desired
CREATE TYPE mood AS ENUM ('happy', 'neutral', 'sad');
CREATE TABLE feelings (day DATE, mood mood);
-- up
CREATE TYPE mood AS ENUM ('happy', 'neutral', 'sad');
CREATE TABLE feelings (
  day DATE,
  mood ENUM('happy', 'neutral', 'sad')
);
-- down
DROP TABLE feelings;
DROP TYPE mood;

# case: scalar and table macros
-- current
-- desired
CREATE MACRO add_tax(amount) AS amount * 1.2;
CREATE MACRO numbers(n) AS TABLE SELECT * FROM range(n);
-- up
CREATE MACRO add_tax(amount) AS (amount * 1.2);
CREATE MACRO numbers(n) AS TABLE SELECT * FROM "range"(n);
-- down
DROP MACRO add_tax;
DROP MACRO TABLE numbers;

# case: a macro changed
-- current
CREATE MACRO add_tax(amount) AS amount * 1.2;
-- desired
CREATE MACRO add_tax(amount) AS amount * 1.25;
-- up
CREATE OR REPLACE MACRO add_tax(amount) AS (amount * 1.25);
-- down
CREATE OR REPLACE MACRO add_tax(amount) AS (amount * 1.2);
