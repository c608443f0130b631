# Owners, compared with --owners (the golden runner always passes it): no
# OWNER TO means the role that runs the migration; objects handed to another
# role say so, and are handed back with OWNER TO CURRENT_USER.

# case: tables, views, sequences, schemas, routines and types handed to a role
-- current
CREATE SCHEMA app;
CREATE TABLE app.t (id serial PRIMARY KEY);
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE MATERIALIZED VIEW app.m AS SELECT id FROM app.t;
CREATE SEQUENCE app.ticket;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
-- desired
CREATE SCHEMA app AUTHORIZATION schemac_app;
CREATE TABLE app.t (id serial PRIMARY KEY);
CREATE VIEW app.v AS SELECT id FROM app.t;
CREATE MATERIALIZED VIEW app.m AS SELECT id FROM app.t;
CREATE SEQUENCE app.ticket;
CREATE FUNCTION app.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN app.positive AS int CHECK (VALUE > 0);
ALTER TABLE app.t OWNER TO schemac_app;
ALTER VIEW app.v OWNER TO schemac_app;
ALTER MATERIALIZED VIEW app.m OWNER TO schemac_reader;
ALTER SEQUENCE app.ticket OWNER TO schemac_app;
ALTER FUNCTION app.f() OWNER TO schemac_app;
ALTER TYPE app.mood OWNER TO schemac_app;
ALTER DOMAIN app.positive OWNER TO schemac_app;
-- up
ALTER TABLE app.m OWNER TO schemac_reader;
ALTER TABLE app.t OWNER TO schemac_app;
ALTER TABLE app.v OWNER TO schemac_app;
ALTER SEQUENCE app.ticket OWNER TO schemac_app;
ALTER SCHEMA app OWNER TO schemac_app;
ALTER FUNCTION app.f() OWNER TO schemac_app;
ALTER TYPE app.mood OWNER TO schemac_app;
ALTER TYPE app.positive OWNER TO schemac_app;
-- down
ALTER TABLE app.m OWNER TO CURRENT_USER;
ALTER TABLE app.t OWNER TO CURRENT_USER;
ALTER TABLE app.v OWNER TO CURRENT_USER;
ALTER SEQUENCE app.ticket OWNER TO CURRENT_USER;
ALTER SCHEMA app OWNER TO CURRENT_USER;
ALTER FUNCTION app.f() OWNER TO CURRENT_USER;
ALTER TYPE app.mood OWNER TO CURRENT_USER;
ALTER TYPE app.positive OWNER TO CURRENT_USER;

# case: a new table handed over after it is made
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
CREATE TABLE app.events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz);
ALTER TABLE app.events OWNER TO schemac_app;
-- up
CREATE TABLE app.events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamp with time zone);
ALTER TABLE app.events OWNER TO schemac_app;
-- down
DROP TABLE app.events;

# case: pg_dump's OWNER TO the current user and CURRENT_USER mean no owner
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int);
ALTER TABLE t OWNER TO CURRENT_USER;
-- up
-- down
