-- Version 3: daily aggregates as a view; users get a country.
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
  ended_at TIMESTAMP
);

CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  kind VARCHAR NOT NULL,
  ts TIMESTAMP NOT NULL,
  session_id BIGINT
);
CREATE INDEX events_ts ON events (ts);

CREATE VIEW daily AS
  SELECT CAST(ts AS DATE) AS day, count(*) AS events, count(DISTINCT user_id) AS users
  FROM events GROUP BY ALL;
