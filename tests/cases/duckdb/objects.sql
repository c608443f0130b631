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

# case: an enum type gets a value (no ALTER TYPE: made again; columns hold their own copy)
-- current
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE feelings (day DATE, mood ENUM('happy', 'sad'));
-- data
INSERT INTO feelings VALUES (DATE '2024-01-01', 'happy');
-- desired
CREATE TYPE mood AS ENUM ('happy', 'neutral', 'sad');
CREATE TABLE feelings (day DATE, mood ENUM('happy', 'neutral', 'sad'));
-- up
DROP TYPE mood;
CREATE TYPE mood AS ENUM ('happy', 'neutral', 'sad');
ALTER TABLE feelings ALTER COLUMN mood SET DATA TYPE ENUM('happy', 'neutral', 'sad');
-- down
DROP TYPE mood;
CREATE TYPE mood AS ENUM ('happy', 'sad');
ALTER TABLE feelings ALTER COLUMN mood SET DATA TYPE ENUM('happy', 'sad');

# case: schemas made and dropped with their tables
-- current
CREATE SCHEMA old_stuff;
CREATE TABLE old_stuff.archive (id INTEGER);
-- desired
CREATE SCHEMA reporting;
CREATE TABLE reporting.totals (day DATE PRIMARY KEY, total DECIMAL(18, 2));
CREATE VIEW reporting.recent AS SELECT * FROM reporting.totals WHERE day > DATE '2024-01-01';
-- up
CREATE SCHEMA reporting;
DROP TABLE old_stuff.archive;
CREATE TABLE reporting.totals (
  day DATE NOT NULL,
  total DECIMAL(18,2),
  PRIMARY KEY (day)
);
CREATE VIEW reporting.recent AS SELECT * FROM reporting.totals WHERE ("day" > CAST('2024-01-01' AS DATE));
DROP SCHEMA old_stuff;
-- down
CREATE SCHEMA old_stuff;
DROP VIEW reporting.recent;
DROP TABLE reporting.totals;
CREATE TABLE old_stuff.archive (
  id INTEGER
);
DROP SCHEMA reporting;

# case: an index on an expression and a unique index dropped
-- current
CREATE TABLE users (id INTEGER, email VARCHAR);
CREATE UNIQUE INDEX users_id ON users (id);
CREATE INDEX users_email_lower ON users (lower(email));
-- desired
CREATE TABLE users (id INTEGER, email VARCHAR);
-- up
DROP INDEX users_id;
DROP INDEX users_email_lower;
-- down
CREATE UNIQUE INDEX users_id ON users (id);
CREATE INDEX users_email_lower ON users ((lower(email)));

# case: a view over a macro
-- current
-- desired
CREATE MACRO cents(amount) AS CAST(round(amount * 100) AS BIGINT);
CREATE TABLE orders (id INTEGER, total DECIMAL(10, 2));
CREATE VIEW order_cents AS SELECT id, cents(total) AS total_cents FROM orders;
-- up
CREATE MACRO cents(amount) AS CAST(round((amount * 100)) AS BIGINT);
CREATE TABLE orders (
  id INTEGER,
  total DECIMAL(10,2)
);
CREATE VIEW order_cents AS SELECT id, cents(total) AS total_cents FROM orders;
-- down
DROP VIEW order_cents;
DROP TABLE orders;
DROP MACRO cents;
