# Objects that depend on each other: what goes first, what goes implicitly.

# case: dropping a column drops its index and constraints first
-- current
CREATE TABLE t (id int PRIMARY KEY, code text UNIQUE, n int CHECK (n > 0));
CREATE INDEX t_code_n ON t (code, n);
-- desired
CREATE TABLE t (id int PRIMARY KEY);
-- up
ALTER TABLE public.t DROP CONSTRAINT t_code_key;
ALTER TABLE public.t DROP CONSTRAINT t_n_check;
DROP INDEX public.t_code_n;
ALTER TABLE public.t DROP COLUMN code;
ALTER TABLE public.t DROP COLUMN n;
-- down
ALTER TABLE public.t ADD COLUMN code text;
ALTER TABLE public.t ADD COLUMN n integer;
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE (code);
ALTER TABLE public.t ADD CONSTRAINT t_n_check CHECK (n > 0);
CREATE INDEX t_code_n ON public.t (code, n);

# case: dropping a table with serial columns drops their sequences with it
-- current
CREATE TABLE t (id serial PRIMARY KEY, n bigserial);
CREATE TABLE keep (id int);
-- desired
CREATE TABLE keep (id int);
-- up
DROP TABLE public.t;
-- down
CREATE TABLE public.t (id serial PRIMARY KEY, n bigserial);

# case: dropping a serial column
-- current
CREATE TABLE t (name text, id serial);
-- desired
CREATE TABLE t (name text);
-- up
ALTER TABLE public.t DROP COLUMN id;
-- down
ALTER TABLE public.t ADD COLUMN id serial;

# case: a kept sequence is released before its owner column is dropped
-- current
CREATE TABLE t (id int NOT NULL, old_id int);
CREATE SEQUENCE s OWNED BY t.old_id;
-- desired
CREATE TABLE t (id int NOT NULL);
CREATE SEQUENCE s;
-- up
ALTER SEQUENCE public.s OWNED BY NONE;
ALTER TABLE public.t DROP COLUMN old_id;
-- down
ALTER TABLE public.t ADD COLUMN old_id integer;
ALTER SEQUENCE public.s OWNED BY public.t.old_id;

# case: new column with a new primary key
-- current
CREATE TABLE t (name text);
-- desired
CREATE TABLE t (name text, id bigint PRIMARY KEY);
-- up
ALTER TABLE public.t ADD COLUMN id bigint NOT NULL;
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
-- down
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
ALTER TABLE public.t DROP COLUMN id;

# case: type change of a referenced key column and its referencing column
-- current
CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (a_id int REFERENCES a);
-- desired
CREATE TABLE a (id bigint PRIMARY KEY);
CREATE TABLE b (a_id bigint REFERENCES a);
-- up
ALTER TABLE public.a ALTER COLUMN id TYPE bigint;
ALTER TABLE public.b ALTER COLUMN a_id TYPE bigint;
-- down
ALTER TABLE public.a ALTER COLUMN id TYPE integer;
ALTER TABLE public.b ALTER COLUMN a_id TYPE integer;

# case: three-table foreign key cycle
-- current
-- desired
CREATE TABLE x (id int PRIMARY KEY, z_id int);
CREATE TABLE y (id int PRIMARY KEY, x_id int REFERENCES x);
CREATE TABLE z (id int PRIMARY KEY, y_id int REFERENCES y);
ALTER TABLE x ADD FOREIGN KEY (z_id) REFERENCES z;
-- up
CREATE TABLE public.y (id integer PRIMARY KEY, x_id integer);
CREATE TABLE public.z (id integer PRIMARY KEY, y_id integer REFERENCES public.y (id));
CREATE TABLE public.x (id integer PRIMARY KEY, z_id integer REFERENCES public.z (id));
ALTER TABLE public.y ADD CONSTRAINT y_x_id_fkey FOREIGN KEY (x_id) REFERENCES public.x (id);
-- down
ALTER TABLE public.y DROP CONSTRAINT y_x_id_fkey;
DROP TABLE public.x;
DROP TABLE public.z;
DROP TABLE public.y;

# case: enum moved to a new type on a column
-- current
CREATE TYPE old_kind AS ENUM ('a', 'b');
CREATE TABLE t (k old_kind);
-- desired
CREATE TYPE new_kind AS ENUM ('a', 'b', 'c');
CREATE TABLE t (k new_kind);
-- up
CREATE TYPE public.new_kind AS ENUM ('a', 'b', 'c');
ALTER TABLE public.t ALTER COLUMN k TYPE public.new_kind USING k::text::public.new_kind;
DROP TYPE public.old_kind;
-- down
CREATE TYPE public.old_kind AS ENUM ('a', 'b');
ALTER TABLE public.t ALTER COLUMN k TYPE public.old_kind USING k::text::public.old_kind;
DROP TYPE public.new_kind;

# case: unique constraint replaced while a foreign key from a dropped table uses it
-- min-version
15
-- current
CREATE TABLE p (code text, CONSTRAINT p_code_key UNIQUE (code));
CREATE TABLE c (p_code text REFERENCES p (code));
-- desired
CREATE TABLE p (code text, CONSTRAINT p_code_key UNIQUE NULLS NOT DISTINCT (code));
-- up
ALTER TABLE public.c DROP CONSTRAINT c_p_code_fkey;
ALTER TABLE public.p DROP CONSTRAINT p_code_key;
DROP TABLE public.c;
ALTER TABLE public.p ADD CONSTRAINT p_code_key UNIQUE NULLS NOT DISTINCT (code);
-- down
ALTER TABLE public.p DROP CONSTRAINT p_code_key;
CREATE TABLE public.c (p_code text);
ALTER TABLE public.p ADD CONSTRAINT p_code_key UNIQUE (code);
ALTER TABLE public.c ADD CONSTRAINT c_p_code_fkey FOREIGN KEY (p_code) REFERENCES public.p (code);

# case: a column of another table's row type comes after that table (found by fuzzing)
-- current
-- desired
CREATE TABLE z_items (id int PRIMARY KEY, sku text);
CREATE TABLE a_orders (id int PRIMARY KEY, last_item z_items);
-- up
CREATE TABLE public.z_items (id integer PRIMARY KEY, sku text);
CREATE TABLE public.a_orders (id integer PRIMARY KEY, last_item public.z_items);
-- down
DROP TABLE public.a_orders;
DROP TABLE public.z_items;
