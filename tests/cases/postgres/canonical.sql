# Spelling differences that are not changes: each case must produce an empty diff.

# case: integer spellings
-- current
CREATE TABLE t (a int, b int4, c integer, d int8, e smallint, f bool, g float8, h float4);
-- desired
CREATE TABLE t (a integer, b integer, c int, d bigint, e int2, f boolean, g double precision, h real);
-- up
-- down

# case: character types and timestamps
-- current
CREATE TABLE t (a varchar(20), b character varying(20), c timestamptz, d timestamp, e char(3), f decimal(10,2));
-- desired
CREATE TABLE t (a character varying(20), b varchar(20), c timestamp with time zone, d timestamp without time zone, e character(3), f numeric(10, 2));
-- up
-- down

# case: case, whitespace, parentheses and qualification
-- current
create table T (ID int primary key, Price numeric check ((price > 0)), n text default ('x'));
-- desired
CREATE TABLE public.t (
  id    integer   PRIMARY KEY,
  price NUMERIC   CHECK (price > 0),
  n     text      DEFAULT 'x'
);
-- up
-- down

# case: serial is integer with an owned sequence and a nextval default
-- current
CREATE TABLE t (id serial);
-- desired
CREATE SEQUENCE t_id_seq AS integer;
CREATE TABLE t (id integer NOT NULL DEFAULT nextval('public.t_id_seq'::regclass));
ALTER SEQUENCE t_id_seq OWNED BY t.id;
-- up
-- down

# case: inline and table-level constraints with implicit names
-- current
CREATE TABLE u (id int PRIMARY KEY);
CREATE TABLE t (id int PRIMARY KEY, email text UNIQUE, u_id int REFERENCES u, n int CHECK (n > 0));
-- desired
CREATE TABLE u (id int, CONSTRAINT u_pkey PRIMARY KEY (id));
CREATE TABLE t (id int NOT NULL, email text, u_id int, n int);
ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
ALTER TABLE t ADD CONSTRAINT t_email_key UNIQUE (email);
ALTER TABLE t ADD CONSTRAINT t_u_id_fkey FOREIGN KEY (u_id) REFERENCES u (id);
ALTER TABLE t ADD CONSTRAINT t_n_check CHECK (n > 0);
-- up
-- down

# case: index spellings
-- current
CREATE TABLE t (a int, b text);
CREATE INDEX t_a_idx ON t (a);
CREATE INDEX t_b ON t (b ASC NULLS LAST);
-- desired
CREATE TABLE t (a int, b text);
CREATE INDEX ON t USING btree (a);
CREATE INDEX t_b ON t (b);
-- up
-- down

# case: casts and typed literals
-- current
CREATE TABLE t (a varchar(10) DEFAULT 'x'::varchar, b interval DEFAULT '1 day'::interval, c int DEFAULT CAST('1' AS int4));
-- desired
CREATE TABLE t (a varchar(10) DEFAULT 'x'::character varying, b interval DEFAULT interval '1 day', c int DEFAULT '1'::integer);
-- up
-- down

# case: enum order and comments are compared exactly
-- current
CREATE TYPE e AS ENUM ('a', 'b');
COMMENT ON TYPE e IS 'x';
-- desired
CREATE TYPE e AS ENUM ('a', 'b');
COMMENT ON TYPE public.e IS 'x';
-- up
-- down

# case: pg_dump style file with SET lines and ONLY
-- current
CREATE TABLE t (id int PRIMARY KEY, n text);
-- desired
\restrict 0bll0PfyERhgaWwUPhejLGODMueg2QM121TlIH8JjfmHMwgO7ojp0bqFPbGrdGF
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.t (
    id integer NOT NULL,
    n text
);
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
\unrestrict 0bll0PfyERhgaWwUPhejLGODMueg2QM121TlIH8JjfmHMwgO7ojp0bqFPbGrdGF
-- up
-- down

# case: nextval spellings name the same sequence
-- current
CREATE SEQUENCE s;
CREATE TABLE t (a bigint DEFAULT nextval('s'), b bigint DEFAULT nextval('public.s'::regclass));
-- desired
CREATE SEQUENCE s;
CREATE TABLE t (a bigint DEFAULT nextval('public.s'::regclass), b bigint DEFAULT pg_catalog.nextval('S'));
-- up
-- down
