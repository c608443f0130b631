# Comments on tables, columns and other objects.

# case: add table and column comments
-- current
CREATE TABLE t (id int, name text);
-- desired
CREATE TABLE t (id int, name text);
COMMENT ON TABLE t IS 'the table';
COMMENT ON COLUMN t.name IS 'it''s a name';
-- up
COMMENT ON COLUMN public.t.name IS 'it''s a name';
COMMENT ON TABLE public.t IS 'the table';
-- down
COMMENT ON COLUMN public.t.name IS NULL;
COMMENT ON TABLE public.t IS NULL;

# case: change and remove comments
-- current
CREATE TABLE t (id int);
COMMENT ON TABLE t IS 'old';
COMMENT ON COLUMN t.id IS 'identifier';
-- desired
CREATE TABLE t (id int);
COMMENT ON TABLE t IS 'new';
-- up
COMMENT ON COLUMN public.t.id IS NULL;
COMMENT ON TABLE public.t IS 'new';
-- down
COMMENT ON COLUMN public.t.id IS 'identifier';
COMMENT ON TABLE public.t IS 'old';

# case: comments on new table, index, type and schema
-- current
-- desired
CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application';
CREATE TYPE app.kind AS ENUM ('a');
COMMENT ON TYPE app.kind IS 'kinds';
CREATE TABLE app.t (k app.kind);
CREATE INDEX t_k ON app.t (k);
COMMENT ON INDEX app.t_k IS 'by kind';
COMMENT ON TABLE app.t IS 'things';
-- up
CREATE SCHEMA app;
CREATE TYPE app.kind AS ENUM ('a');
CREATE TABLE app.t (k app.kind);
CREATE INDEX t_k ON app.t (k);
COMMENT ON SCHEMA app IS 'application';
COMMENT ON TYPE app.kind IS 'kinds';
COMMENT ON INDEX app.t_k IS 'by kind';
COMMENT ON TABLE app.t IS 'things';
-- down
DROP TABLE app.t;
DROP TYPE app.kind;
DROP SCHEMA app;
