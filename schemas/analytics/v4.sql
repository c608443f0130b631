-- Version 4: a macro for session length, a generated duration (sessions
-- rebuilt: DuckDB adds no generated column in place), kinds checked.
CREATE MACRO seconds_between(a, b) AS date_diff('second', a, b);

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
  country VARCHAR
);

CREATE TABLE sessions (
  id BIGINT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  started_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  seconds BIGINT GENERATED ALWAYS AS (date_diff('second', started_at, ended_at)) VIRTUAL
);

CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  kind VARCHAR NOT NULL CHECK (kind IN ('view', 'click', 'purchase')),
  ts TIMESTAMP NOT NULL,
  session_id BIGINT
);
CREATE INDEX events_ts ON events (ts);

CREATE VIEW daily AS
  SELECT CAST(ts AS DATE) AS day, count(*) AS events, count(DISTINCT user_id) AS users
  FROM events GROUP BY ALL;
