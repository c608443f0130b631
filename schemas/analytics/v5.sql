-- Version 5: sessions looked up by user, and a daily view per country.
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
CREATE INDEX sessions_user ON sessions (user_id);

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

CREATE VIEW daily_by_country AS
  SELECT CAST(e.ts AS DATE) AS day, u.country, count(*) AS events
  FROM events e JOIN users u ON u.id = e.user_id GROUP BY ALL;
