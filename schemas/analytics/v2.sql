-- Version 2: sessions, and events know theirs (events has an index: rebuilt with its rows).
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
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
