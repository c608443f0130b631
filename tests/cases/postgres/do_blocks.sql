# DO blocks in schema files: their plain SQL statements are read as desired
# state, the way they run on a fresh database (IF NOT EXISTS guards taken,
# EXCEPTION handlers as fallbacks not taken).

# case: DDL wrapped in a DO block with a duplicate_object handler
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
DO $$
BEGIN
  CREATE TYPE mood AS ENUM ('sad', 'happy');
EXCEPTION
  WHEN duplicate_object THEN NULL;
END $$;
-- up
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
-- down
DROP TYPE public.mood;

# case: IF NOT EXISTS guard around CREATE TYPE, then a table using it
-- current
CREATE TABLE t (id int);
-- desired
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'status') THEN
    CREATE TYPE status AS ENUM ('new', 'done');
  END IF;
END
$$;
CREATE TABLE t (id int, s status NOT NULL DEFAULT 'new');
-- up
CREATE TYPE public.status AS ENUM ('new', 'done');
ALTER TABLE public.t ADD COLUMN s public.status NOT NULL DEFAULT 'new';
-- down
ALTER TABLE public.t DROP COLUMN s;
DROP TYPE public.status;

# case: several statements, nested blocks and notices
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY);
DO LANGUAGE plpgsql $body$
BEGIN
  RAISE NOTICE 'setting up';
  CREATE TABLE child (id int PRIMARY KEY, t_id int REFERENCES t (id));
  BEGIN
    CREATE INDEX child_t_id ON child (t_id);
  END;
END
$body$;
-- up
CREATE TABLE public.child (id integer PRIMARY KEY, t_id integer REFERENCES public.t (id));
CREATE INDEX child_t_id ON public.child (t_id);
-- down
DROP TABLE public.child;

# case: a function created inside a DO block with a fallback
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
DO $$
BEGIN
  CREATE FUNCTION app.clean(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $f$ SELECT lower(trim($1)) $f$;
EXCEPTION
  WHEN insufficient_privilege THEN
    CREATE FUNCTION app.clean(text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$ SELECT lower($1) $f$;
END $$;
-- up
SET check_function_bodies = false;
CREATE FUNCTION app.clean(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $function$ SELECT lower(trim($1)) $function$;
-- down
DROP FUNCTION app.clean(text);
