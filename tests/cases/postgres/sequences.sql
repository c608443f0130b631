# Sequences.

# case: create sequence with options
-- current
-- desired
CREATE SEQUENCE order_no AS integer INCREMENT BY 10 START WITH 1000 CACHE 5;
-- up
CREATE SEQUENCE public.order_no AS integer INCREMENT BY 10 START WITH 1000 CACHE 5;
-- down
DROP SEQUENCE public.order_no;

# case: descending sequence
-- current
-- desired
CREATE SEQUENCE countdown INCREMENT BY -1 MINVALUE -100 MAXVALUE -1;
-- up
CREATE SEQUENCE public.countdown INCREMENT BY -1 MINVALUE -100;
-- down
DROP SEQUENCE public.countdown;

# case: alter sequence options
-- current
CREATE SEQUENCE s;
-- desired
CREATE SEQUENCE s INCREMENT 5 MAXVALUE 1000000 CYCLE;
-- up
ALTER SEQUENCE public.s INCREMENT BY 5 CYCLE;
SELECT pg_catalog.setval('public.s'::regclass, 1, false) FROM public.s WHERE last_value NOT BETWEEN 1 AND 1000000;
ALTER SEQUENCE public.s MAXVALUE 1000000;
-- down
ALTER SEQUENCE public.s INCREMENT BY 1 MAXVALUE 9223372036854775807 NO CYCLE;

# case: change sequence type
-- current
CREATE SEQUENCE s AS bigint;
-- desired
CREATE SEQUENCE s AS integer;
-- up
SELECT pg_catalog.setval('public.s'::regclass, 1, false) FROM public.s WHERE last_value NOT BETWEEN 1 AND 2147483647;
ALTER SEQUENCE public.s AS integer MINVALUE 1 MAXVALUE 2147483647;
-- down
ALTER SEQUENCE public.s AS bigint MINVALUE 1 MAXVALUE 9223372036854775807;

# case: sequence owned by a column, used as default
-- current
CREATE TABLE t (id int NOT NULL);
-- desired
CREATE TABLE t (id int NOT NULL);
CREATE SEQUENCE t_ids;
ALTER SEQUENCE t_ids OWNED BY t.id;
ALTER TABLE t ALTER COLUMN id SET DEFAULT nextval('t_ids');
-- up
CREATE SEQUENCE public.t_ids;
ALTER TABLE public.t ALTER COLUMN id SET DEFAULT nextval('public.t_ids'::regclass);
ALTER SEQUENCE public.t_ids OWNED BY public.t.id;
-- down
ALTER TABLE public.t ALTER COLUMN id DROP DEFAULT;
DROP SEQUENCE public.t_ids;

# case: drop sequence
-- current
CREATE SEQUENCE s;
-- desired
-- up
DROP SEQUENCE public.s;
-- down
CREATE SEQUENCE public.s;

# case: a sequence's range narrowed at both ends
-- current
CREATE SEQUENCE s;
-- desired
CREATE SEQUENCE s AS integer MINVALUE 10 MAXVALUE 1000 START WITH 10;
-- up
ALTER SEQUENCE public.s START WITH 10;
SELECT pg_catalog.setval('public.s'::regclass, 10, false) FROM public.s WHERE last_value NOT BETWEEN 10 AND 1000;
ALTER SEQUENCE public.s AS integer MINVALUE 10 MAXVALUE 1000;
-- down
ALTER SEQUENCE public.s AS bigint MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1;
