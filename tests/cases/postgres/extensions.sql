# Extensions: CREATE EXTENSION, its schema, version and comment. What an
# extension defines (types, functions, operator classes) is the server's.

# case: create extension
-- current
-- desired
CREATE EXTENSION pg_trgm;
-- up
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
-- down
DROP EXTENSION pg_trgm;

# case: extension in its own schema, its type used by a column
-- current
-- desired
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE TABLE users (email ext.citext NOT NULL UNIQUE);
-- up
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA ext;
CREATE TABLE public.users (email ext.citext NOT NULL UNIQUE);
-- down
DROP TABLE public.users;
DROP EXTENSION citext;
DROP SCHEMA ext;

# case: extension type found through the search_path
-- current
-- desired
CREATE EXTENSION hstore;
CREATE TABLE t (id int PRIMARY KEY, attrs hstore);
CREATE INDEX t_attrs_idx ON t USING gin (attrs);
-- up
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;
CREATE TABLE public.t (id integer PRIMARY KEY, attrs public.hstore);
CREATE INDEX t_attrs_idx ON public.t USING gin (attrs);
-- down
DROP TABLE public.t;
DROP EXTENSION hstore;

# case: add a column of an extension type to an existing table
-- current
CREATE TABLE t (id int);
-- desired
CREATE EXTENSION ltree;
CREATE TABLE t (id int, path ltree);
CREATE INDEX t_path_idx ON t USING gist (path);
-- up
CREATE EXTENSION IF NOT EXISTS ltree WITH SCHEMA public;
ALTER TABLE public.t ADD COLUMN path public.ltree;
CREATE INDEX t_path_idx ON public.t USING gist (path);
-- down
DROP INDEX public.t_path_idx;
ALTER TABLE public.t DROP COLUMN path;
DROP EXTENSION ltree;

# case: move extension to another schema
-- current
CREATE SCHEMA ext;
CREATE EXTENSION cube;
-- desired
CREATE SCHEMA ext;
CREATE EXTENSION cube WITH SCHEMA ext;
-- up
ALTER EXTENSION cube SET SCHEMA ext;
-- down
ALTER EXTENSION cube SET SCHEMA public;

# case: pg_dump's comment on an extension is accepted; it is the extension's own
-- current
CREATE EXTENSION fuzzystrmatch;
COMMENT ON EXTENSION fuzzystrmatch IS 'determine similarities and distance between strings';
-- desired
CREATE EXTENSION fuzzystrmatch;
-- up
-- down

# case: drop extension
-- current
CREATE EXTENSION "uuid-ossp";
-- desired
-- up
DROP EXTENSION "uuid-ossp";
-- down
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;

# case: extension created, altered and dropped in the file
-- current
-- desired
CREATE SCHEMA ext;
CREATE EXTENSION isn;
CREATE EXTENSION seg;
ALTER EXTENSION isn SET SCHEMA ext;
DROP EXTENSION IF EXISTS seg;
DROP EXTENSION IF EXISTS intarray;
-- up
CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS isn WITH SCHEMA ext;
-- down
DROP EXTENSION isn;
DROP SCHEMA ext;

# case: an extension that requires another is made after it and dropped before it
-- current
CREATE TABLE t (id int);
-- desired
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;
CREATE TABLE t (id int);
-- up
CREATE EXTENSION IF NOT EXISTS cube WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS earthdistance WITH SCHEMA public;
-- down
DROP EXTENSION earthdistance;
DROP EXTENSION cube;

# case: an extension updated to a newer version; going back drops it and makes it again at the old one
-- current
CREATE EXTENSION hstore VERSION '1.7';
-- desired
CREATE EXTENSION hstore VERSION '1.8';
-- up
ALTER EXTENSION hstore UPDATE TO '1.8';
-- down
DROP EXTENSION hstore;
CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public VERSION '1.7';
