# Indexes: unique, method, expressions, ordering, opclass, partial, INCLUDE.

# case: add plain index with implicit name
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int, b int);
CREATE INDEX ON t (a, b);
-- up
CREATE INDEX t_a_b_idx ON public.t (a, b);
-- down
DROP INDEX public.t_a_b_idx;

# case: drop index
-- current
CREATE TABLE t (a int);
CREATE INDEX t_a ON t (a);
-- desired
CREATE TABLE t (a int);
-- up
DROP INDEX public.t_a;
-- down
CREATE INDEX t_a ON public.t (a);

# case: unique partial index
-- current
CREATE TABLE users (email text, deleted_at timestamptz);
-- desired
CREATE TABLE users (email text, deleted_at timestamptz);
CREATE UNIQUE INDEX users_live_email ON users (lower(email)) WHERE deleted_at IS NULL;
-- up
CREATE UNIQUE INDEX users_live_email ON public.users ((lower(email))) WHERE deleted_at IS NULL;
-- down
DROP INDEX public.users_live_email;

# case: expression index gets the function name in its implicit name
-- current
CREATE TABLE t (name text);
-- desired
CREATE TABLE t (name text);
CREATE INDEX ON t (lower(name));
CREATE INDEX ON t ((name || 'x'));
-- up
CREATE INDEX t_lower_idx ON public.t ((lower(name)));
CREATE INDEX t_expr_idx ON public.t ((name || 'x'));
-- down
DROP INDEX public.t_lower_idx;
DROP INDEX public.t_expr_idx;

# case: ordering, nulls and opclass
-- current
CREATE TABLE t (a int, b text);
-- desired
CREATE TABLE t (a int, b text);
CREATE INDEX t_sorted ON t (a DESC NULLS LAST, b text_pattern_ops NULLS FIRST);
-- up
CREATE INDEX t_sorted ON public.t (a DESC NULLS LAST, b text_pattern_ops NULLS FIRST);
-- down
DROP INDEX public.t_sorted;

# case: gin and hash methods
-- current
CREATE TABLE docs (tags text[], body jsonb, code text);
-- desired
CREATE TABLE docs (tags text[], body jsonb, code text);
CREATE INDEX docs_tags ON docs USING gin (tags);
CREATE INDEX docs_body ON docs USING gin (body jsonb_path_ops);
CREATE INDEX docs_code ON docs USING hash (code);
-- up
CREATE INDEX docs_tags ON public.docs USING gin (tags);
CREATE INDEX docs_body ON public.docs USING gin (body jsonb_path_ops);
CREATE INDEX docs_code ON public.docs USING hash (code);
-- down
DROP INDEX public.docs_tags;
DROP INDEX public.docs_body;
DROP INDEX public.docs_code;

# case: covering index with include
-- current
CREATE TABLE t (a int, b int, c int);
-- desired
CREATE TABLE t (a int, b int, c int);
CREATE UNIQUE INDEX t_a_inc ON t (a) INCLUDE (b, c);
-- up
CREATE UNIQUE INDEX t_a_inc ON public.t (a) INCLUDE (b, c);
-- down
DROP INDEX public.t_a_inc;

# case: changed index definition is dropped and created again
-- current
CREATE TABLE t (a int, b int);
CREATE INDEX t_idx ON t (a);
-- desired
CREATE TABLE t (a int, b int);
CREATE INDEX t_idx ON t (a, b);
-- up
DROP INDEX public.t_idx;
CREATE INDEX t_idx ON public.t (a, b);
-- down
DROP INDEX public.t_idx;
CREATE INDEX t_idx ON public.t (a);

# case: index on a new table comes after the table
-- current
-- desired
CREATE TABLE t (a int, created timestamptz);
CREATE INDEX t_created ON t (created DESC);
-- up
CREATE TABLE public.t (a integer, created timestamp with time zone);
CREATE INDEX t_created ON public.t (created DESC);
-- down
DROP TABLE public.t;

# case: index collation
-- current
CREATE TABLE t (name text);
-- desired
CREATE TABLE t (name text);
CREATE INDEX t_name_c ON t (name COLLATE "C");
-- up
CREATE INDEX t_name_c ON public.t (name COLLATE "C");
-- down
DROP INDEX public.t_name_c;

# case: unique index nulls not distinct
-- min-version
15
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int);
CREATE UNIQUE INDEX t_a_nnd ON t (a) NULLS NOT DISTINCT;
-- up
CREATE UNIQUE INDEX t_a_nnd ON public.t (a) NULLS NOT DISTINCT;
-- down
DROP INDEX public.t_a_nnd;

# case: index with storage parameters
-- current
CREATE TABLE t (id int, tags text[], body text);
-- desired
CREATE TABLE t (id int, tags text[], body text);
CREATE INDEX t_id_idx ON t (id) WITH (fillfactor = 70, deduplicate_items = off);
CREATE INDEX t_tags_idx ON t USING gin (tags) WITH (fastupdate = false, gin_pending_list_limit = 128);
-- up
CREATE INDEX t_id_idx ON public.t (id) WITH (deduplicate_items=off, fillfactor=70);
CREATE INDEX t_tags_idx ON public.t USING gin (tags) WITH (fastupdate=false, gin_pending_list_limit=128);
-- down
DROP INDEX public.t_id_idx;
DROP INDEX public.t_tags_idx;

# case: index storage parameters changed in place
-- current
CREATE TABLE t (id int, tags text[]);
CREATE INDEX t_id_idx ON t (id) WITH (fillfactor = 70);
CREATE INDEX t_tags_idx ON t USING gin (tags) WITH (fastupdate);
-- desired
CREATE TABLE t (id int, tags text[]);
CREATE INDEX t_id_idx ON t (id) WITH (fillfactor = 90, deduplicate_items = off);
CREATE INDEX t_tags_idx ON t USING gin (tags);
-- up
ALTER INDEX public.t_id_idx SET (deduplicate_items=off, fillfactor=90);
ALTER INDEX public.t_tags_idx RESET (fastupdate);
-- down
ALTER INDEX public.t_id_idx SET (fillfactor=70), RESET (deduplicate_items);
ALTER INDEX public.t_tags_idx SET (fastupdate=true);

# case: index storage parameters set by ALTER INDEX in the file
-- current
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id);
-- desired
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id) WITH (fillfactor = 50);
ALTER INDEX t_id_idx SET (fillfactor = 60);
ALTER INDEX t_id_idx RESET (fillfactor);
ALTER INDEX t_id_idx SET (deduplicate_items = on);
-- up
ALTER INDEX public.t_id_idx SET (deduplicate_items=on);
-- down
ALTER INDEX public.t_id_idx RESET (deduplicate_items);

# case: index in the default tablespace, named
-- current
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id);
-- desired
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id) TABLESPACE pg_default;
ALTER INDEX t_id_idx SET TABLESPACE pg_default;
-- up
-- down

# case: index moved to another tablespace
-- current
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id);
-- desired
CREATE TABLE t (id int);
CREATE INDEX t_id_idx ON t (id) TABLESPACE fast_disk;
CREATE INDEX t_id2_idx ON t ((id * 2)) WITH (fillfactor = 80) TABLESPACE fast_disk WHERE id > 0;
-- up
ALTER INDEX public.t_id_idx SET TABLESPACE fast_disk;
CREATE INDEX t_id2_idx ON public.t ((id * 2)) WITH (fillfactor=80) TABLESPACE fast_disk WHERE id > 0;
-- down
DROP INDEX public.t_id2_idx;
ALTER INDEX public.t_id_idx SET TABLESPACE pg_default;

# case: primary key and unique constraint with index storage and a tablespace
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY WITH (fillfactor = 70), code text, CONSTRAINT t_code_key UNIQUE (code) WITH (fillfactor = 80, deduplicate_items = off) USING INDEX TABLESPACE fast_disk);
-- up
CREATE TABLE public.t (id integer NOT NULL, code text, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor=70), CONSTRAINT t_code_key UNIQUE (code) WITH (deduplicate_items=off, fillfactor=80) USING INDEX TABLESPACE fast_disk);
-- down
DROP TABLE public.t;

# case: the storage of a key's index changes in place
-- current
CREATE TABLE t (id int, code text, CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor = 70), UNIQUE (code));
-- desired
CREATE TABLE t (id int, code text, CONSTRAINT t_pkey PRIMARY KEY (id), UNIQUE (code) WITH (fillfactor = 60) USING INDEX TABLESPACE fast_disk);
-- up
ALTER INDEX public.t_pkey RESET (fillfactor);
ALTER INDEX public.t_code_key SET (fillfactor=60);
ALTER INDEX public.t_code_key SET TABLESPACE fast_disk;
-- down
ALTER INDEX public.t_pkey SET (fillfactor=70);
ALTER INDEX public.t_code_key RESET (fillfactor);
ALTER INDEX public.t_code_key SET TABLESPACE pg_default;

# case: ALTER INDEX on a key's index, and a key made USING INDEX keeps its index's storage
-- current
CREATE TABLE t (id int NOT NULL, code text);
-- desired
CREATE TABLE t (id int NOT NULL, code text);
CREATE UNIQUE INDEX t_id_idx ON t (id) WITH (fillfactor = 50) TABLESPACE fast_disk;
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_idx;
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code);
ALTER INDEX t_code_key SET (fillfactor = 90);
-- up
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id) WITH (fillfactor=50) USING INDEX TABLESPACE fast_disk;
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE (code) WITH (fillfactor=90);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
ALTER TABLE public.t DROP CONSTRAINT t_code_key;
