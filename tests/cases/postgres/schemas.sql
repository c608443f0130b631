# Schemas (namespaces) and search_path.

# case: create schema
-- current
-- desired
CREATE SCHEMA reporting;
-- up
CREATE SCHEMA reporting;
-- down
DROP SCHEMA reporting;

# case: drop schema after its tables
-- current
CREATE SCHEMA old;
CREATE TABLE old.t (id int);
-- desired
-- up
DROP TABLE old.t;
DROP SCHEMA old;
-- down
CREATE SCHEMA old;
CREATE TABLE old.t (id integer);

# case: search_path decides where unqualified objects go
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (user_id int REFERENCES users);
-- up
CREATE TABLE app.users (id integer PRIMARY KEY);
CREATE TABLE app.posts (user_id integer REFERENCES app.users (id));
-- down
DROP TABLE app.posts;
DROP TABLE app.users;

# case: same table name in two schemas
-- current
CREATE SCHEMA a;
CREATE TABLE a.t (id int);
CREATE TABLE t (id int);
-- desired
CREATE SCHEMA a;
CREATE TABLE a.t (id int, x int);
CREATE TABLE t (id int);
-- up
ALTER TABLE a.t ADD COLUMN x integer;
-- down
ALTER TABLE a.t DROP COLUMN x;
