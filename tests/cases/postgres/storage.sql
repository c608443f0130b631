# Storage and planner settings: unlogged tables, storage parameters,
# statistics targets and per-column options.

# case: unlogged table with storage parameters
-- current
-- desired
CREATE UNLOGGED TABLE cache (key text PRIMARY KEY, value jsonb) WITH (fillfactor = 70, autovacuum_enabled = false, toast.autovacuum_enabled = false);
-- up
CREATE UNLOGGED TABLE public.cache (key text PRIMARY KEY, value jsonb) WITH (autovacuum_enabled=false, fillfactor=70, toast.autovacuum_enabled=false);
-- down
DROP TABLE public.cache;

# case: a table becomes unlogged
-- current
CREATE TABLE t (id int);
-- desired
CREATE UNLOGGED TABLE t (id int);
-- up
ALTER TABLE public.t SET UNLOGGED;
-- down
ALTER TABLE public.t SET LOGGED;

# case: storage parameters set, changed and reset
-- current
CREATE TABLE t (id int) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.2);
-- desired
CREATE TABLE t (id int) WITH (fillfactor = 80, autovacuum_analyze_scale_factor = 0.05);
-- up
ALTER TABLE public.t SET (autovacuum_analyze_scale_factor=0.05, fillfactor=80), RESET (autovacuum_vacuum_scale_factor);
-- down
ALTER TABLE public.t SET (autovacuum_vacuum_scale_factor=0.2, fillfactor=90), RESET (autovacuum_analyze_scale_factor);

# case: column statistics target and options, as pg_dump writes them
-- current
CREATE TABLE t (id int, state int);
-- desired
CREATE TABLE t (id int, state int);
ALTER TABLE ONLY t ALTER COLUMN state SET STATISTICS 1000;
ALTER TABLE ONLY t ALTER COLUMN state SET (n_distinct = -0.02);
-- up
ALTER TABLE public.t ALTER COLUMN state SET STATISTICS 1000;
ALTER TABLE public.t ALTER COLUMN state SET (n_distinct=-0.02);
-- down
ALTER TABLE public.t ALTER COLUMN state SET STATISTICS -1;
ALTER TABLE public.t ALTER COLUMN state RESET (n_distinct);

# case: new table and column with statistics targets
-- current
CREATE TABLE a (id int);
-- desired
CREATE TABLE a (id int, tag text);
CREATE TABLE b (id int);
ALTER TABLE a ALTER COLUMN tag SET STATISTICS 500;
ALTER TABLE b ALTER COLUMN id SET STATISTICS 200;
-- up
CREATE TABLE public.b (id integer);
ALTER TABLE public.a ADD COLUMN tag text;
ALTER TABLE public.a ALTER COLUMN tag SET STATISTICS 500;
ALTER TABLE public.b ALTER COLUMN id SET STATISTICS 200;
-- down
DROP TABLE public.b;
ALTER TABLE public.a DROP COLUMN tag;

# case: expression index statistics target
-- current
CREATE TABLE t (tags text);
-- desired
CREATE TABLE t (tags text);
CREATE INDEX t_tags_idx ON t USING gin (string_to_array(tags, ' '));
ALTER INDEX t_tags_idx ALTER COLUMN 1 SET STATISTICS 3000;
-- up
CREATE INDEX t_tags_idx ON public.t USING gin ((string_to_array(tags, ' ')));
ALTER INDEX public.t_tags_idx ALTER COLUMN 1 SET STATISTICS 3000;
-- down
DROP INDEX public.t_tags_idx;

# case: statistics of a plain index column cannot be set
-- current
-- desired
CREATE TABLE t (a int);
CREATE INDEX t_a_idx ON t (a);
ALTER INDEX t_a_idx ALTER COLUMN 1 SET STATISTICS 100;
-- error
cannot alter statistics on non-expression column "a" of index "t_a_idx"
