-- An analytics dashboard's DuckDB schema, version 1: users and the events
-- they cause. Five versions of it are the test of schemac's migrations on
-- DuckDB (tests/cli/run_duckdb_app_tests.sh).
CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  email VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

CREATE TABLE events (
  id BIGINT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users (id),
  kind VARCHAR NOT NULL,
  ts TIMESTAMP NOT NULL
);
CREATE INDEX events_ts ON events (ts);
