# Views and materialized views: definitions, options, indexes, comments, and
# the order they go and come back in when what they read changes.

# case: create view
-- current
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
-- desired
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
-- up
CREATE VIEW public.active_users AS SELECT id, email FROM public.users WHERE active;
-- down
DROP VIEW public.active_users;

# case: view with a column list, options and a check option
-- current
CREATE TABLE t (id int PRIMARY KEY, n int);
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int);
CREATE VIEW positive (key, value) WITH (security_barrier) AS SELECT id, n FROM t WHERE n > 0 WITH CASCADED CHECK OPTION;
-- up
CREATE VIEW public.positive (key, value) WITH (check_option=cascaded, security_barrier=true) AS SELECT id, n FROM public.t WHERE n > 0;
-- down
DROP VIEW public.positive;

# case: views are created after the views they read, whatever their names
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE VIEW z_base AS SELECT id FROM t;
CREATE VIEW m_middle AS SELECT id FROM z_base WHERE id > 0;
CREATE VIEW a_top AS SELECT count(*) AS n FROM m_middle;
-- up
CREATE VIEW public.z_base AS SELECT id FROM public.t;
CREATE VIEW public.m_middle AS SELECT id FROM public.z_base WHERE id > 0;
CREATE VIEW public.a_top AS SELECT count(*) AS n FROM public.m_middle;
-- down
DROP VIEW public.a_top;
DROP VIEW public.m_middle;
DROP VIEW public.z_base;

# case: changed definition recreates the view and the views that read it
-- current
CREATE TABLE t (id int, n int);
CREATE VIEW base AS SELECT id, n FROM t;
CREATE VIEW top AS SELECT id FROM base;
CREATE VIEW unrelated AS SELECT n FROM t;
-- desired
CREATE TABLE t (id int, n int);
CREATE VIEW base AS SELECT id, n FROM t WHERE n IS NOT NULL;
CREATE VIEW top AS SELECT id FROM base;
CREATE VIEW unrelated AS SELECT n FROM t;
-- up
DROP VIEW public.top;
DROP VIEW public.base;
CREATE VIEW public.base AS SELECT id, n FROM public.t WHERE n IS NOT NULL;
CREATE VIEW public.top AS SELECT id FROM public.base;
-- down
DROP VIEW public.top;
DROP VIEW public.base;
CREATE VIEW public.base AS SELECT id, n FROM public.t;
CREATE VIEW public.top AS SELECT id FROM public.base;

# case: a column type change under a view drops the view first and brings it back after
-- current
CREATE TABLE t (id int, amount int);
CREATE VIEW totals AS SELECT sum(amount) AS total FROM t;
CREATE VIEW report AS SELECT total FROM totals;
-- desired
CREATE TABLE t (id int, amount bigint);
CREATE VIEW totals AS SELECT sum(amount) AS total FROM t;
CREATE VIEW report AS SELECT total FROM totals;
-- up
DROP VIEW public.report;
DROP VIEW public.totals;
ALTER TABLE public.t ALTER COLUMN amount TYPE bigint;
CREATE VIEW public.totals AS SELECT sum(amount) AS total FROM public.t;
CREATE VIEW public.report AS SELECT total FROM public.totals;
-- down
DROP VIEW public.report;
DROP VIEW public.totals;
ALTER TABLE public.t ALTER COLUMN amount TYPE integer;
CREATE VIEW public.totals AS SELECT sum(amount) AS total FROM public.t;
CREATE VIEW public.report AS SELECT total FROM public.totals;

# case: dropping a column of a table a view reads
-- current
CREATE TABLE t (id int, old_flag boolean);
CREATE VIEW ids AS SELECT id FROM t;
-- desired
CREATE TABLE t (id int);
CREATE VIEW ids AS SELECT id FROM t;
-- up
DROP VIEW public.ids;
ALTER TABLE public.t DROP COLUMN old_flag;
CREATE VIEW public.ids AS SELECT id FROM public.t;
-- down
ALTER TABLE public.t ADD COLUMN old_flag boolean;

# case: drop view
-- current
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TABLE t (id int);
-- up
DROP VIEW public.v;
-- down
CREATE VIEW public.v AS SELECT id FROM public.t;

# case: drop a table and the view that reads it
-- current
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
-- desired
-- up
DROP VIEW public.v;
DROP TABLE public.t;
-- down
CREATE TABLE public.t (id integer);
CREATE VIEW public.v AS SELECT id FROM public.t;

# case: view options change
-- min-version
15
-- current
CREATE TABLE t (id int, secret text);
CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TABLE t (id int, secret text);
CREATE VIEW v WITH (security_barrier = true, security_invoker = on) AS SELECT id FROM t;
-- up
DROP VIEW public.v;
CREATE VIEW public.v WITH (security_barrier=true, security_invoker=on) AS SELECT id FROM public.t;
-- down
DROP VIEW public.v;
CREATE VIEW public.v AS SELECT id FROM public.t;

# case: recursive view
-- current
-- desired
CREATE RECURSIVE VIEW numbers (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM numbers WHERE n < 10;
-- up
CREATE VIEW public.numbers (n) AS WITH RECURSIVE numbers(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM numbers WHERE n < 10) SELECT n FROM numbers;
-- down
DROP VIEW public.numbers;

# case: view in another schema reads a table through the search_path in force
-- current
CREATE SCHEMA app;
CREATE TABLE app.items (id int, price numeric);
-- desired
CREATE SCHEMA app;
CREATE SCHEMA reporting;
SET search_path = app;
CREATE TABLE items (id int, price numeric);
CREATE VIEW reporting.expensive AS SELECT id FROM items WHERE price > 100;
-- up
CREATE SCHEMA reporting;
CREATE VIEW reporting.expensive AS SELECT id FROM app.items WHERE price > 100;
-- down
DROP VIEW reporting.expensive;
DROP SCHEMA reporting;

# case: CREATE OR REPLACE VIEW in the file keeps the last definition
-- current
CREATE TABLE t (id int, n int);
-- desired
CREATE TABLE t (id int, n int);
CREATE VIEW v AS SELECT id FROM t;
CREATE OR REPLACE VIEW v AS SELECT id, n FROM t;
COMMENT ON VIEW v IS 'ids and numbers';
-- up
CREATE VIEW public.v AS SELECT id, n FROM public.t;
COMMENT ON VIEW public.v IS 'ids and numbers';
-- down
DROP VIEW public.v;

# case: comment on view
-- current
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
-- desired
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
COMMENT ON VIEW v IS 'all ids';
-- up
COMMENT ON VIEW public.v IS 'all ids';
-- down
COMMENT ON VIEW public.v IS NULL;

# case: view reads a column of an enum that is rebuilt
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE people (name text, feeling mood);
CREATE VIEW moods AS SELECT name, feeling FROM people;
-- desired
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE people (name text, feeling mood);
CREATE VIEW moods AS SELECT name, feeling FROM people;
-- up
DROP VIEW public.moods;
ALTER TYPE public.mood RENAME TO mood__schemac_old;
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
ALTER TABLE public.people ALTER COLUMN feeling TYPE public.mood USING feeling::text::public.mood;
CREATE VIEW public.moods AS SELECT name, feeling FROM public.people;
DROP TYPE public.mood__schemac_old;
-- down
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'ok' AFTER 'sad';

# case: views dropped in the file, with CASCADE
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
CREATE TABLE u (id int);
CREATE VIEW uv AS SELECT id FROM u;
CREATE VIEW uv2 AS SELECT id FROM uv;
DROP TABLE u CASCADE;
CREATE VIEW tv AS SELECT id FROM t;
DROP VIEW tv;
-- up
-- down

# case: a view with the name of a table
-- current
-- desired
CREATE TABLE t (id int);
CREATE VIEW t AS SELECT 1 AS one;
-- error
relation "public.t" already exists

# case: dropping a table a view reads needs CASCADE
-- current
-- desired
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
DROP TABLE t;
-- error
cannot drop public.t because view public.v depends on it
