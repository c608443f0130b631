# Domains and composite types.

# case: domain with a default, NOT NULL and checks, used by a column
-- current
-- desired
CREATE DOMAIN quantity AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0) CONSTRAINT quantity_small CHECK (VALUE < 1000);
CREATE TABLE order_lines (id int PRIMARY KEY, qty quantity);
COMMENT ON DOMAIN quantity IS 'how many';
-- up
CREATE DOMAIN public.quantity AS integer DEFAULT 1 NOT NULL CONSTRAINT quantity_check CHECK (value > 0) CONSTRAINT quantity_small CHECK (value < 1000);
CREATE TABLE public.order_lines (id integer PRIMARY KEY, qty public.quantity);
COMMENT ON DOMAIN public.quantity IS 'how many';
-- down
DROP TABLE public.order_lines;
DROP DOMAIN public.quantity;

# case: domain over text with a collation and a pattern
-- current
-- desired
CREATE DOMAIN code AS varchar(10) COLLATE "C" CHECK (VALUE ~ '^[A-Z]+$');
-- up
CREATE DOMAIN public.code AS character varying(10) COLLATE "C" CONSTRAINT code_check CHECK (value ~ '^[A-Z]+$');
-- down
DROP DOMAIN public.code;

# case: domain default, NOT NULL and checks change in place
-- current
CREATE DOMAIN percent AS numeric CHECK (value >= 0);
-- desired
CREATE DOMAIN percent AS numeric DEFAULT 0 NOT NULL CONSTRAINT percent_check CHECK (VALUE >= 0 AND VALUE <= 100);
-- up
ALTER DOMAIN public.percent SET DEFAULT 0;
ALTER DOMAIN public.percent SET NOT NULL;
ALTER DOMAIN public.percent DROP CONSTRAINT percent_check;
ALTER DOMAIN public.percent ADD CONSTRAINT percent_check CHECK ((value >= 0) AND (value <= 100));
-- down
ALTER DOMAIN public.percent DROP DEFAULT;
ALTER DOMAIN public.percent DROP NOT NULL;
ALTER DOMAIN public.percent DROP CONSTRAINT percent_check;
ALTER DOMAIN public.percent ADD CONSTRAINT percent_check CHECK (value >= 0);

# case: a domain's base type changes: made again, its columns converted, the old one dropped
-- current
CREATE DOMAIN d AS integer CONSTRAINT d_positive CHECK (VALUE > 0);
CREATE TABLE t (id int PRIMARY KEY, n d NOT NULL DEFAULT 1, m d[]);
CREATE VIEW v AS SELECT id, n FROM t;
-- desired
CREATE DOMAIN d AS bigint CONSTRAINT d_positive CHECK (VALUE > 0);
COMMENT ON DOMAIN d IS 'positive, wide';
CREATE TABLE t (id int PRIMARY KEY, n d NOT NULL DEFAULT 1, m d[]);
CREATE VIEW v AS SELECT id, n FROM t;
-- up
DROP VIEW public.v;
ALTER DOMAIN public.d RENAME TO d__schemac_old;
CREATE DOMAIN public.d AS bigint CONSTRAINT d_positive CHECK (value > 0);
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN n TYPE public.d USING n::text::public.d;
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT 1;
ALTER TABLE public.t ALTER COLUMN m TYPE public.d[] USING m::text[]::public.d[];
CREATE VIEW public.v AS SELECT id, n FROM public.t;
DROP DOMAIN public.d__schemac_old;
COMMENT ON DOMAIN public.d IS 'positive, wide';
-- down
DROP VIEW public.v;
ALTER DOMAIN public.d RENAME TO d__schemac_old;
CREATE DOMAIN public.d AS integer CONSTRAINT d_positive CHECK (value > 0);
ALTER TABLE public.t ALTER COLUMN n DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN n TYPE public.d USING n::text::public.d;
ALTER TABLE public.t ALTER COLUMN n SET DEFAULT 1;
ALTER TABLE public.t ALTER COLUMN m TYPE public.d[] USING m::text[]::public.d[];
CREATE VIEW public.v AS SELECT id, n FROM public.t;
DROP DOMAIN public.d__schemac_old;

# case: domain over an enum, and a domain altered in the file
-- current
-- desired
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN good_mood AS mood CHECK (VALUE <> 'sad');
CREATE DOMAIN positive AS integer;
ALTER DOMAIN positive ADD CONSTRAINT positive_check CHECK (VALUE > 0);
ALTER DOMAIN positive SET DEFAULT 1;
ALTER DOMAIN positive SET NOT NULL;
-- up
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN public.good_mood AS public.mood CONSTRAINT good_mood_check CHECK (value <> 'sad');
CREATE DOMAIN public.positive AS integer DEFAULT 1 NOT NULL CONSTRAINT positive_check CHECK (value > 0);
-- down
DROP DOMAIN public.good_mood;
DROP DOMAIN public.positive;
DROP TYPE public.mood;

# case: composite type used by a column and a function
-- current
-- desired
CREATE TYPE money_amount AS (currency char(3), cents bigint);
CREATE TABLE invoices (id int PRIMARY KEY, total money_amount);
CREATE FUNCTION cents_of(m money_amount) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT m.cents $$;
COMMENT ON TYPE money_amount IS 'amount in a currency';
-- up
SET check_function_bodies = false;
CREATE TYPE public.money_amount AS (currency character(3), cents bigint);
CREATE FUNCTION public.cents_of(m public.money_amount) RETURNS bigint LANGUAGE sql IMMUTABLE AS $function$ SELECT m.cents $function$;
CREATE TABLE public.invoices (id integer PRIMARY KEY, total public.money_amount);
COMMENT ON TYPE public.money_amount IS 'amount in a currency';
-- down
DROP TABLE public.invoices;
DROP FUNCTION public.cents_of(public.money_amount);
DROP TYPE public.money_amount;

# case: composite type attributes added, dropped and retyped
-- current
CREATE TYPE point3 AS (x int, y int, label text);
-- desired
CREATE TYPE point3 AS (x bigint, y bigint, z bigint);
-- up
ALTER TYPE public.point3 DROP ATTRIBUTE label;
ALTER TYPE public.point3 ALTER ATTRIBUTE x TYPE bigint;
ALTER TYPE public.point3 ALTER ATTRIBUTE y TYPE bigint;
ALTER TYPE public.point3 ADD ATTRIBUTE z bigint;
-- down
ALTER TYPE public.point3 DROP ATTRIBUTE z;
ALTER TYPE public.point3 ALTER ATTRIBUTE x TYPE integer;
ALTER TYPE public.point3 ALTER ATTRIBUTE y TYPE integer;
ALTER TYPE public.point3 ADD ATTRIBUTE label text;

# case: composite type altered and dropped in the file
-- current
-- desired
CREATE TYPE a AS (n int);
CREATE TYPE b AS (n int);
ALTER TYPE a ADD ATTRIBUTE label text COLLATE "C";
DROP TYPE b;
-- up
CREATE TYPE public.a AS (n integer, label text COLLATE "C");
-- down
DROP TYPE public.a;

# case: dropping a domain a column uses needs CASCADE
-- current
-- desired
CREATE DOMAIN d AS integer;
CREATE TABLE t (x d);
DROP DOMAIN d;
-- error
cannot drop type public.d because column t.x depends on it

# case: range types, with and without a multirange name of their own
-- current
-- desired
CREATE FUNCTION float_gap(double precision, double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT $1 - $2 $$;
CREATE TYPE floatrange AS RANGE (subtype = float8, subtype_diff = float_gap);
CREATE TYPE timespan AS RANGE (subtype = time, multirange_type_name = timespans);
CREATE TABLE shifts (hours timespan, spans timespans, readings floatmultirange);
COMMENT ON TYPE floatrange IS 'ranges of doubles';
-- up
SET check_function_bodies = false;
CREATE TYPE public.timespan AS RANGE (subtype = time without time zone, multirange_type_name = public.timespans);
CREATE FUNCTION public.float_gap(double precision, double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $function$ SELECT $1 - $2 $function$;
CREATE TYPE public.floatrange AS RANGE (subtype = double precision, subtype_diff = public.float_gap);
CREATE TABLE public.shifts (hours public.timespan, spans public.timespans, readings public.floatmultirange);
COMMENT ON TYPE public.floatrange IS 'ranges of doubles';
-- down
DROP TABLE public.shifts;
DROP TYPE public.floatrange;
DROP FUNCTION public.float_gap(double precision, double precision);
DROP TYPE public.timespan;

# case: several unnamed CHECKs added to one domain are named d_check, d_check1, ...
-- current
CREATE DOMAIN percent AS int;
-- desired
CREATE DOMAIN percent AS int;
ALTER DOMAIN percent ADD CHECK (VALUE >= 0);
ALTER DOMAIN percent ADD CHECK (VALUE <= 100);
ALTER DOMAIN percent ADD CONSTRAINT percent_even CHECK (VALUE % 2 = 0);
ALTER DOMAIN percent DROP CONSTRAINT percent_even;
ALTER DOMAIN percent ADD CHECK (VALUE <> 13);
-- up
ALTER DOMAIN public.percent ADD CONSTRAINT percent_check CHECK (value >= 0);
ALTER DOMAIN public.percent ADD CONSTRAINT percent_check1 CHECK (value <= 100);
ALTER DOMAIN public.percent ADD CONSTRAINT percent_check2 CHECK (value <> 13);
-- down
ALTER DOMAIN public.percent DROP CONSTRAINT percent_check;
ALTER DOMAIN public.percent DROP CONSTRAINT percent_check1;
ALTER DOMAIN public.percent DROP CONSTRAINT percent_check2;

# case: a domain whose check and default call a new function gets them once the function is made; a domain over it comes after it
-- current
-- desired
CREATE FUNCTION is_even(i int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT i % 2 = 0 $$;
CREATE FUNCTION first_even() RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT 2 $$;
CREATE DOMAIN zz_even AS int DEFAULT first_even() CHECK (is_even(VALUE));
CREATE DOMAIN aa_small_even AS zz_even CHECK (VALUE < 100);
CREATE TABLE numbers (id int PRIMARY KEY, n aa_small_even);
-- up
SET check_function_bodies = false;
CREATE DOMAIN public.zz_even AS integer;
CREATE DOMAIN public.aa_small_even AS public.zz_even CONSTRAINT aa_small_even_check CHECK (value < 100);
CREATE FUNCTION public.first_even() RETURNS integer LANGUAGE sql IMMUTABLE AS $function$ SELECT 2 $function$;
CREATE FUNCTION public.is_even(i integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT i % 2 = 0 $function$;
CREATE TABLE public.numbers (id integer PRIMARY KEY, n public.aa_small_even);
ALTER DOMAIN public.zz_even SET DEFAULT public.first_even();
ALTER DOMAIN public.zz_even ADD CONSTRAINT zz_even_check CHECK (public.is_even(value));
ALTER DOMAIN public.aa_small_even SET DEFAULT public.first_even();
-- down
ALTER DOMAIN public.aa_small_even DROP DEFAULT;
ALTER DOMAIN public.zz_even DROP CONSTRAINT zz_even_check;
ALTER DOMAIN public.zz_even DROP DEFAULT;
DROP TABLE public.numbers;
DROP FUNCTION public.first_even();
DROP FUNCTION public.is_even(integer);
DROP DOMAIN public.aa_small_even;
DROP DOMAIN public.zz_even;

# case: a function made again under its signature takes the domain check calling it off and puts it back
-- current
CREATE FUNCTION is_even(i int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT i % 2 = 0 $$;
CREATE DOMAIN even_int AS int CHECK (is_even(VALUE));
CREATE TABLE numbers (id int PRIMARY KEY, n even_int);
-- desired
CREATE FUNCTION is_even(n int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT n % 2 = 0 $$;
CREATE DOMAIN even_int AS int CHECK (is_even(VALUE));
CREATE TABLE numbers (id int PRIMARY KEY, n even_int);
-- up
SET check_function_bodies = false;
ALTER DOMAIN public.even_int DROP CONSTRAINT even_int_check;
DROP FUNCTION public.is_even(integer);
CREATE FUNCTION public.is_even(n integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT n % 2 = 0 $function$;
ALTER DOMAIN public.even_int ADD CONSTRAINT even_int_check CHECK (public.is_even(value));
-- down
SET check_function_bodies = false;
ALTER DOMAIN public.even_int DROP CONSTRAINT even_int_check;
DROP FUNCTION public.is_even(integer);
CREATE FUNCTION public.is_even(i integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT i % 2 = 0 $function$;
ALTER DOMAIN public.even_int ADD CONSTRAINT even_int_check CHECK (public.is_even(value));
