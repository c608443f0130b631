# Tables the live inspector builds from catalog rows (columns by attribute
# number, keys, foreign keys, plain indexes) rather than from server text.
# Each case is checked against a real server both ways (converge, roundtrip).

# case: keys and indexes after a dropped column leave a gap in column numbers
-- current
CREATE TABLE t (id int PRIMARY KEY, gone text, code text, n int);
CREATE UNIQUE INDEX t_code_n ON t (code, n DESC);
-- desired
CREATE TABLE t (id int PRIMARY KEY, code text, n int);
CREATE UNIQUE INDEX t_code_n ON t (code, n DESC);
-- up
ALTER TABLE public.t DROP COLUMN gone;
-- down
ALTER TABLE public.t ADD COLUMN gone text;

# case: foreign key actions, match and deferral
-- current
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (x int, y int);
-- desired
CREATE TABLE parent (a int, b int, PRIMARY KEY (a, b));
CREATE TABLE child (x int, y int,
  CONSTRAINT child_parent FOREIGN KEY (y, x) REFERENCES parent (b, a) MATCH FULL
    ON UPDATE CASCADE ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED);
-- up
ALTER TABLE public.child ADD CONSTRAINT child_parent FOREIGN KEY (y, x) REFERENCES public.parent (b, a) MATCH FULL ON UPDATE CASCADE ON DELETE SET DEFAULT DEFERRABLE INITIALLY DEFERRED;
-- down
ALTER TABLE public.child DROP CONSTRAINT child_parent;

# case: check constraint that is not inherited
-- current
CREATE TABLE t (n int);
-- desired
CREATE TABLE t (n int, CONSTRAINT positive CHECK (n > 0) NO INHERIT);
-- up
ALTER TABLE public.t ADD CONSTRAINT positive CHECK (n > 0) NO INHERIT;
-- down
ALTER TABLE public.t DROP CONSTRAINT positive;

# case: index on a column with its own collation keeps no COLLATE; a different one does
-- current
CREATE TABLE t (name text COLLATE "C", label text);
-- desired
CREATE TABLE t (name text COLLATE "C", label text);
CREATE INDEX t_name ON t (name);
CREATE INDEX t_label_c ON t (label COLLATE "C");
-- up
CREATE INDEX t_name ON public.t (name);
CREATE INDEX t_label_c ON public.t (label COLLATE "C");
-- down
DROP INDEX public.t_name;
DROP INDEX public.t_label_c;

# case: unique key with included columns, nulls not distinct, deferrable
-- min-version
15
-- current
CREATE TABLE t (a int, b int, c int);
-- desired
CREATE TABLE t (a int, b int, c int, CONSTRAINT t_key UNIQUE NULLS NOT DISTINCT (b, a) INCLUDE (c) DEFERRABLE);
-- up
ALTER TABLE public.t ADD CONSTRAINT t_key UNIQUE NULLS NOT DISTINCT (b, a) INCLUDE (c) DEFERRABLE;
-- down
ALTER TABLE public.t DROP CONSTRAINT t_key;

# case: index methods and orderings built from rows
-- current
CREATE TABLE t (a int, b int, tags text[]);
-- desired
CREATE TABLE t (a int, b int, tags text[]);
CREATE INDEX t_ab ON t (a DESC NULLS LAST, b NULLS FIRST) INCLUDE (tags);
CREATE INDEX t_tags ON t USING gin (tags);
CREATE INDEX t_b_hash ON t USING hash (b);
-- up
CREATE INDEX t_ab ON public.t (a DESC NULLS LAST, b NULLS FIRST) INCLUDE (tags);
CREATE INDEX t_tags ON public.t USING gin (tags);
CREATE INDEX t_b_hash ON public.t USING hash (b);
-- down
DROP INDEX public.t_ab;
DROP INDEX public.t_tags;
DROP INDEX public.t_b_hash;

# case: a table without columns
-- current
CREATE TABLE other (id int);
-- desired
CREATE TABLE other (id int);
CREATE TABLE empty ();
COMMENT ON TABLE empty IS 'nothing yet';
-- up
CREATE TABLE public.empty ();
COMMENT ON TABLE public.empty IS 'nothing yet';
-- down
DROP TABLE public.empty;
