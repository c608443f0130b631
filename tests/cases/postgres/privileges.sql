# Privileges, compared with --privileges (the golden runner always passes
# it): GRANT and REVOKE on tables, columns, sequences, schemas, routines and
# types, to the roles schemac_app and schemac_reader the runner makes.

# case: grant on a table and a sequence
-- current
CREATE TABLE t (id serial PRIMARY KEY, note text);
-- desired
CREATE TABLE t (id serial PRIMARY KEY, note text);
GRANT SELECT, INSERT ON t TO schemac_app;
GRANT SELECT ON t TO schemac_reader WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE t_id_seq TO schemac_app;
-- up
GRANT INSERT, SELECT ON TABLE public.t TO schemac_app;
GRANT SELECT ON TABLE public.t TO schemac_reader WITH GRANT OPTION;
GRANT USAGE ON SEQUENCE public.t_id_seq TO schemac_app;
-- down
REVOKE INSERT, SELECT ON TABLE public.t FROM schemac_app;
REVOKE SELECT ON TABLE public.t FROM schemac_reader;
REVOKE USAGE ON SEQUENCE public.t_id_seq FROM schemac_app;

# case: column privileges
-- current
CREATE TABLE account (id int PRIMARY KEY, email text, password_hash text);
-- desired
CREATE TABLE account (id int PRIMARY KEY, email text, password_hash text);
GRANT SELECT (id, email), UPDATE (email) ON account TO schemac_app;
-- up
GRANT SELECT (email, id), UPDATE (email) ON TABLE public.account TO schemac_app;
-- down
REVOKE SELECT (email, id), UPDATE (email) ON TABLE public.account FROM schemac_app;

# case: ALL PRIVILEGES narrowed by a REVOKE, and a grant option taken back
-- current
CREATE TABLE t (id int);
GRANT ALL ON t TO schemac_app WITH GRANT OPTION;
-- desired
CREATE TABLE t (id int);
GRANT ALL PRIVILEGES ON TABLE t TO schemac_app;
REVOKE TRUNCATE, TRIGGER, REFERENCES ON t FROM schemac_app;
-- up
REVOKE REFERENCES, TRIGGER, TRUNCATE ON TABLE public.t FROM schemac_app;
REVOKE GRANT OPTION FOR DELETE, INSERT, SELECT, UPDATE ON TABLE public.t FROM schemac_app;
-- down
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE public.t TO schemac_app WITH GRANT OPTION;

# case: EXECUTE taken from PUBLIC and given to one role
-- current
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
-- desired
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT a + b $$;
REVOKE ALL ON FUNCTION add(int, int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION add(int, int) TO schemac_app;
-- up
REVOKE EXECUTE ON FUNCTION public.add(integer, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.add(integer, integer) TO schemac_app;
-- down
GRANT EXECUTE ON FUNCTION public.add(integer, integer) TO PUBLIC;
REVOKE EXECUTE ON FUNCTION public.add(integer, integer) FROM schemac_app;

# case: schema and type privileges
-- current
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
-- desired
CREATE SCHEMA app;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
GRANT USAGE ON SCHEMA app TO schemac_app;
GRANT CREATE, USAGE ON SCHEMA app TO schemac_reader;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON DOMAIN app.positive TO schemac_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
-- up
GRANT USAGE ON SCHEMA app TO schemac_app;
GRANT CREATE, USAGE ON SCHEMA app TO schemac_reader;
REVOKE USAGE ON TYPE app.mood FROM PUBLIC;
GRANT USAGE ON TYPE app.positive TO schemac_app;
-- down
REVOKE USAGE ON SCHEMA app FROM schemac_app;
REVOKE CREATE, USAGE ON SCHEMA app FROM schemac_reader;
GRANT USAGE ON TYPE app.mood TO PUBLIC;
REVOKE USAGE ON TYPE app.positive FROM schemac_app;

# case: a view made again keeps its grants
-- current
CREATE TABLE t (id int, n int);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO schemac_reader;
-- desired
CREATE TABLE t (id int, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO schemac_reader;
-- up
DROP VIEW public.v;
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;
CREATE VIEW public.v AS SELECT id, n FROM public.t;
GRANT SELECT ON TABLE public.v TO schemac_reader;
-- down
DROP VIEW public.v;
ALTER TABLE public.t ALTER COLUMN n TYPE integer;
CREATE VIEW public.v AS SELECT id, n FROM public.t;
GRANT SELECT ON TABLE public.v TO schemac_reader;

# case: GRANT ON ALL TABLES IN SCHEMA covers the tables made before it
-- current
CREATE SCHEMA report;
-- desired
CREATE SCHEMA report;
CREATE TABLE report.daily (day date PRIMARY KEY);
CREATE VIEW report.latest AS SELECT max(day) AS day FROM report.daily;
GRANT SELECT ON ALL TABLES IN SCHEMA report TO schemac_reader;
CREATE TABLE report.later (id int);
-- up
CREATE TABLE report.daily (day date PRIMARY KEY);
CREATE TABLE report.later (id integer);
CREATE VIEW report.latest AS SELECT max(day) AS day FROM report.daily;
GRANT SELECT ON TABLE report.daily TO schemac_reader;
GRANT SELECT ON TABLE report.latest TO schemac_reader;
-- down
DROP VIEW report.latest;
DROP TABLE report.later;
DROP TABLE report.daily;

# case: a function made again keeps its grants
-- current
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;
REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f(int) TO schemac_app;
-- desired
CREATE FUNCTION f(x int) RETURNS bigint LANGUAGE sql AS $$ SELECT x::bigint $$;
REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION f(int) TO schemac_app;
-- up
SET check_function_bodies = false;
DROP FUNCTION public.f(integer);
CREATE FUNCTION public.f(x integer) RETURNS bigint LANGUAGE sql AS $function$ SELECT x::bigint $function$;
REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.f(integer) TO schemac_app;
-- down
SET check_function_bodies = false;
DROP FUNCTION public.f(integer);
CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS $function$ SELECT x $function$;
REVOKE EXECUTE ON FUNCTION public.f(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.f(integer) TO schemac_app;

# case: a view made again for a column type change takes its grants with it (found by fuzzing)
-- current
CREATE TABLE t (id int, n int);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO schemac_reader;
-- desired
CREATE TABLE t (id int, n bigint);
CREATE VIEW v AS SELECT id, n FROM t;
GRANT SELECT ON v TO schemac_app;
-- up
DROP VIEW public.v;
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;
CREATE VIEW public.v AS SELECT id, n FROM public.t;
GRANT SELECT ON TABLE public.v TO schemac_app;
-- down
DROP VIEW public.v;
ALTER TABLE public.t ALTER COLUMN n TYPE integer;
CREATE VIEW public.v AS SELECT id, n FROM public.t;
GRANT SELECT ON TABLE public.v TO schemac_reader;
