# Stored generated columns: GENERATED ALWAYS AS (expression) STORED.

# case: create table with a generated column
-- current
-- desired
CREATE TABLE t (price numeric NOT NULL, qty int NOT NULL, total numeric GENERATED ALWAYS AS (price * qty) STORED);
-- up
CREATE TABLE public.t (price numeric NOT NULL, qty integer NOT NULL, total numeric GENERATED ALWAYS AS (price * qty) STORED);
-- down
DROP TABLE public.t;

# case: add generated column
-- current
CREATE TABLE t (first text, last text);
-- desired
CREATE TABLE t (first text, last text, full_name text GENERATED ALWAYS AS (first || ' ' || last) STORED);
-- up
ALTER TABLE public.t ADD COLUMN full_name text GENERATED ALWAYS AS ((first || ' ') || last) STORED;
-- down
ALTER TABLE public.t DROP COLUMN full_name;

# case: change the generation expression recreates the column
-- current
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED);
-- desired
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 3) STORED);
-- up
ALTER TABLE public.t DROP COLUMN b;
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 3) STORED;
-- down
ALTER TABLE public.t DROP COLUMN b;
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a * 2) STORED;

# case: generated column becomes a plain column
-- current
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a + 1) STORED);
-- desired
CREATE TABLE t (a int, b int);
-- up
ALTER TABLE public.t ALTER COLUMN b DROP EXPRESSION;
-- down
ALTER TABLE public.t DROP COLUMN b;
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a + 1) STORED;

# case: generated column with NOT NULL and a comment
-- current
-- desired
CREATE TABLE t (a int NOT NULL, b int NOT NULL GENERATED ALWAYS AS (abs(a)) STORED);
COMMENT ON COLUMN t.b IS 'always positive';
-- up
CREATE TABLE public.t (a integer NOT NULL, b integer GENERATED ALWAYS AS (abs(a)) STORED NOT NULL);
COMMENT ON COLUMN public.t.b IS 'always positive';
-- down
DROP TABLE public.t;

# case: drop expression in the file
-- current
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a + 1) STORED);
-- desired
CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a + 1) STORED);
ALTER TABLE t ALTER COLUMN b DROP EXPRESSION;
-- up
ALTER TABLE public.t ALTER COLUMN b DROP EXPRESSION;
-- down
ALTER TABLE public.t DROP COLUMN b;
ALTER TABLE public.t ADD COLUMN b integer GENERATED ALWAYS AS (a + 1) STORED;
