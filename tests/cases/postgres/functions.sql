# Functions and procedures: signatures, options, bodies, overloads, and their
# place in the plan next to the tables, defaults and views that use them.

# case: create plpgsql function
-- current
-- desired
CREATE FUNCTION add_one(n integer) RETURNS integer LANGUAGE plpgsql AS $$
BEGIN
  RETURN n + 1;
END
$$;
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.add_one(n integer) RETURNS integer LANGUAGE plpgsql AS $function$
BEGIN
  RETURN n + 1;
END
$function$;
-- down
DROP FUNCTION public.add_one(integer);

# case: SQL function reading a table: bodies are not checked on creation, as in pg_dump
-- current
-- desired
CREATE TABLE accounts (id int PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION total_balance() RETURNS numeric LANGUAGE sql STABLE AS 'SELECT sum(balance) FROM accounts';
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.total_balance() RETURNS numeric LANGUAGE sql STABLE AS $function$SELECT sum(balance) FROM accounts$function$;
CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
-- down
DROP TABLE public.accounts;
DROP FUNCTION public.total_balance();

# case: defaults, OUT arguments and a variadic one
-- current
-- desired
CREATE FUNCTION stats(VARIADIC xs numeric[], OUT low numeric, OUT high numeric) LANGUAGE sql IMMUTABLE AS $$ SELECT min(x), max(x) FROM unnest(xs) x $$;
CREATE FUNCTION greet(name text, greeting text DEFAULT 'hello') RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT greeting || ', ' || name $$;
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.greet(name text, greeting text DEFAULT 'hello') RETURNS text LANGUAGE sql IMMUTABLE AS $function$ SELECT greeting || ', ' || name $function$;
CREATE FUNCTION public.stats(VARIADIC xs numeric[], OUT low numeric, OUT high numeric) RETURNS record LANGUAGE sql IMMUTABLE AS $function$ SELECT min(x), max(x) FROM unnest(xs) x $function$;
-- down
DROP FUNCTION public.greet(text, text);
DROP FUNCTION public.stats(numeric[]);

# case: RETURNS TABLE and SETOF
-- current
-- desired
CREATE FUNCTION series(n int) RETURNS TABLE (i int, square int) LANGUAGE sql AS $$ SELECT g, g * g FROM generate_series(1, n) g $$;
CREATE FUNCTION evens(n int) RETURNS SETOF int LANGUAGE sql ROWS 50 AS $$ SELECT g FROM generate_series(0, n, 2) g $$;
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.evens(n integer) RETURNS SETOF integer LANGUAGE sql ROWS 50 AS $function$ SELECT g FROM generate_series(0, n, 2) g $function$;
CREATE FUNCTION public.series(n integer) RETURNS TABLE(i integer, square integer) LANGUAGE sql AS $function$ SELECT g, g * g FROM generate_series(1, n) g $function$;
-- down
DROP FUNCTION public.evens(integer);
DROP FUNCTION public.series(integer);

# case: a changed body is replaced in place
-- current
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 2 $$;
-- desired
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql IMMUTABLE AS $$ SELECT x * 3 $$;
-- up
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $function$ SELECT x * 3 $function$;
-- down
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $function$ SELECT x * 2 $function$;

# case: a changed return type means drop and create
-- current
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT x $$;
-- desired
CREATE FUNCTION f(x int) RETURNS bigint LANGUAGE sql AS $$ SELECT x::bigint $$;
-- up
SET check_function_bodies = false;
DROP FUNCTION public.f(integer);
CREATE FUNCTION public.f(x integer) RETURNS bigint LANGUAGE sql AS $function$ SELECT x::bigint $function$;
-- down
SET check_function_bodies = false;
DROP FUNCTION public.f(integer);
CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS $function$ SELECT x $function$;

# case: a renamed argument means drop and create
-- current
CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$;
-- desired
CREATE FUNCTION f(y int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$;
-- up
SET check_function_bodies = false;
DROP FUNCTION public.f(integer);
CREATE FUNCTION public.f(y integer) RETURNS integer LANGUAGE sql AS $function$ SELECT $1 $function$;
-- down
SET check_function_bodies = false;
DROP FUNCTION public.f(integer);
CREATE FUNCTION public.f(x integer) RETURNS integer LANGUAGE sql AS $function$ SELECT $1 $function$;

# case: overloads are told apart by argument types
-- current
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
-- desired
CREATE FUNCTION area(r double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $$ SELECT pi() * r * r $$;
CREATE FUNCTION area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT w * h $$;
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.area(w integer, h integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $function$ SELECT w * h $function$;
DROP FUNCTION public.area(double precision, double precision);
-- down
SET check_function_bodies = false;
CREATE FUNCTION public.area(w double precision, h double precision) RETURNS double precision LANGUAGE sql IMMUTABLE AS $function$ SELECT w * h $function$;
DROP FUNCTION public.area(integer, integer);

# case: procedure
-- current
CREATE TABLE log (at timestamptz NOT NULL DEFAULT now(), message text);
-- desired
CREATE TABLE log (at timestamptz NOT NULL DEFAULT now(), message text);
CREATE PROCEDURE note(message text) LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO log (message) VALUES (message);
END
$$;
-- up
SET check_function_bodies = false;
CREATE PROCEDURE public.note(message text) LANGUAGE plpgsql AS $function$
BEGIN
  INSERT INTO log (message) VALUES (message);
END
$function$;
-- down
DROP PROCEDURE public.note(text);

# case: options that differ from the defaults
-- current
CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$;
-- desired
CREATE FUNCTION f() RETURNS text LANGUAGE sql STABLE STRICT SECURITY DEFINER LEAKPROOF PARALLEL SAFE COST 10 SET search_path = pg_catalog, public SET work_mem = '64MB' AS $$ SELECT current_user::text $$;
-- up
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.f() RETURNS text LANGUAGE sql STABLE STRICT SECURITY DEFINER LEAKPROOF PARALLEL SAFE COST 10 SET search_path TO 'pg_catalog', 'public' SET work_mem TO '64MB' AS $function$ SELECT current_user::text $function$;
-- down
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.f() RETURNS text LANGUAGE sql AS $function$ SELECT current_user::text $function$;

# case: options spelled out at their defaults change nothing
-- current
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$;
-- desired
CREATE OR REPLACE FUNCTION f() RETURNS int LANGUAGE plpgsql VOLATILE CALLED ON NULL INPUT SECURITY INVOKER PARALLEL UNSAFE COST 100 AS $$ BEGIN RETURN 1; END $$;
-- up
-- down

# case: comment on function and procedure
-- current
CREATE FUNCTION f(a int, b text) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
-- desired
CREATE FUNCTION f(a int, b text) RETURNS int LANGUAGE sql AS $$ SELECT a $$;
CREATE PROCEDURE p() LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON FUNCTION f(int, text) IS 'first argument';
COMMENT ON PROCEDURE p IS 'does nothing';
-- up
COMMENT ON FUNCTION public.f(integer, text) IS 'first argument';
COMMENT ON PROCEDURE public.p() IS 'does nothing';
-- down
COMMENT ON FUNCTION public.f(integer, text) IS NULL;
COMMENT ON PROCEDURE public.p() IS NULL;

# case: a function used by a new table's default is created before the table
-- current
-- desired
CREATE FUNCTION new_code() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN md5(random()::text); END $$;
CREATE TABLE coupons (code text NOT NULL DEFAULT new_code() PRIMARY KEY);
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.new_code() RETURNS text LANGUAGE plpgsql AS $function$ BEGIN RETURN md5(random()::text); END $function$;
CREATE TABLE public.coupons (code text DEFAULT public.new_code() PRIMARY KEY);
-- down
DROP TABLE public.coupons;
DROP FUNCTION public.new_code();

# case: a function used by a check constraint
-- current
CREATE TABLE t (email text);
-- desired
CREATE FUNCTION is_email(s text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN s LIKE '%@%'; END $$;
CREATE TABLE t (email text CHECK (is_email(email)));
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.is_email(s text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $function$ BEGIN RETURN s LIKE '%@%'; END $function$;
ALTER TABLE public.t ADD CONSTRAINT t_email_check CHECK (public.is_email(email));
-- down
ALTER TABLE public.t DROP CONSTRAINT t_email_check;
DROP FUNCTION public.is_email(text);

# case: a function dropped with the default that used it
-- current
CREATE FUNCTION next_code() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN 'x'; END $$;
CREATE TABLE t (code text DEFAULT next_code());
-- desired
CREATE TABLE t (code text);
-- up
ALTER TABLE public.t ALTER COLUMN code DROP DEFAULT;
DROP FUNCTION public.next_code();
-- down
SET check_function_bodies = false;
CREATE FUNCTION public.next_code() RETURNS text LANGUAGE plpgsql AS $function$ BEGIN RETURN 'x'; END $function$;
ALTER TABLE public.t ALTER COLUMN code SET DEFAULT public.next_code();

# case: a view calling a function that is made again goes first and comes back after
-- current
CREATE TABLE t (price numeric);
CREATE FUNCTION with_tax(p numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN p * 1.2; END $$;
CREATE VIEW priced AS SELECT with_tax(price) AS gross FROM t;
-- desired
CREATE TABLE t (price numeric);
CREATE FUNCTION with_tax(p numeric) RETURNS double precision LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN RETURN p * 1.2; END $$;
CREATE VIEW priced AS SELECT with_tax(price) AS gross FROM t;
-- up
SET check_function_bodies = false;
DROP VIEW public.priced;
DROP FUNCTION public.with_tax(numeric);
CREATE FUNCTION public.with_tax(p numeric) RETURNS double precision LANGUAGE plpgsql IMMUTABLE AS $function$ BEGIN RETURN p * 1.2; END $function$;
CREATE VIEW public.priced AS SELECT public.with_tax(price) AS gross FROM public.t;
-- down
SET check_function_bodies = false;
DROP VIEW public.priced;
DROP FUNCTION public.with_tax(numeric);
CREATE FUNCTION public.with_tax(p numeric) RETURNS numeric LANGUAGE plpgsql IMMUTABLE AS $function$ BEGIN RETURN p * 1.2; END $function$;
CREATE VIEW public.priced AS SELECT public.with_tax(price) AS gross FROM public.t;

# case: a function returning a table's rows waits for the table
-- current
-- desired
CREATE TABLE items (id int PRIMARY KEY, name text);
CREATE FUNCTION named(pattern text) RETURNS SETOF items LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN QUERY SELECT * FROM items WHERE name LIKE pattern; END $$;
-- up
SET check_function_bodies = false;
CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE FUNCTION public.named(pattern text) RETURNS SETOF public.items LANGUAGE plpgsql STABLE AS $function$ BEGIN RETURN QUERY SELECT * FROM items WHERE name LIKE pattern; END $function$;
-- down
DROP FUNCTION public.named(text);
DROP TABLE public.items;

# case: functions dropped, replaced and owned in the file
-- current
-- desired
CREATE FUNCTION a() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION b() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
CREATE OR REPLACE FUNCTION a() RETURNS int LANGUAGE sql AS $$ SELECT 10 $$;
ALTER FUNCTION a() OWNER TO CURRENT_USER;
DROP FUNCTION b();
DROP FUNCTION IF EXISTS c(int);
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.a() RETURNS integer LANGUAGE sql AS $function$ SELECT 10 $function$;
-- down
DROP FUNCTION public.a();

# case: a body holding the dollar-quote tag is quoted with another
-- current
-- desired
CREATE FUNCTION tag() RETURNS text LANGUAGE sql AS 'SELECT ''$function$''::text';
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.tag() RETURNS text LANGUAGE sql AS $function1$SELECT '$function$'::text$function1$;
-- down
DROP FUNCTION public.tag();

# case: creating a function twice is an error
-- current
-- desired
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 2 $$;
-- error
function public.f() already exists with same argument types

# case: SQL-standard bodies: RETURN, and BEGIN ATOMIC made after the table it reads
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int, n int);
CREATE FUNCTION add(a int, b int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + b;
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
  SELECT sum(n) FROM t;
END;
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.add(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a + b;
ALTER TABLE public.t ADD COLUMN n integer;
CREATE FUNCTION public.total() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT sum(n) FROM public.t; END;
-- down
DROP FUNCTION public.total();
ALTER TABLE public.t DROP COLUMN n;
DROP FUNCTION public.add(integer, integer);

# case: SQL-standard body changed in place
-- current
CREATE FUNCTION twice(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x * 2;
-- desired
CREATE FUNCTION twice(x int) RETURNS int LANGUAGE sql IMMUTABLE RETURN x + x;
-- up
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x + x;
-- down
SET check_function_bodies = false;
CREATE OR REPLACE FUNCTION public.twice(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;

# case: a column a SQL-standard body reads is retyped: the function goes first and comes back
-- current
CREATE TABLE t (id int, n int);
CREATE FUNCTION biggest() RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT max(n) FROM t; END;
-- desired
CREATE TABLE t (id int, n bigint);
CREATE FUNCTION biggest() RETURNS int LANGUAGE sql STABLE BEGIN ATOMIC SELECT max(n)::int FROM t; END;
-- up
SET check_function_bodies = false;
DROP FUNCTION public.biggest();
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;
CREATE FUNCTION public.biggest() RETURNS integer LANGUAGE sql STABLE BEGIN ATOMIC SELECT max(n)::int FROM public.t; END;
-- down
SET check_function_bodies = false;
DROP FUNCTION public.biggest();
ALTER TABLE public.t ALTER COLUMN n TYPE integer;
CREATE FUNCTION public.biggest() RETURNS integer LANGUAGE sql STABLE BEGIN ATOMIC SELECT max(n) FROM public.t; END;

# case: a procedure with a BEGIN ATOMIC body, dropped with its table
-- current
CREATE TABLE log (at timestamptz, message text);
CREATE PROCEDURE note(m text) LANGUAGE sql BEGIN ATOMIC INSERT INTO log VALUES (now(), m); END;
-- desired
CREATE TABLE other (id int);
-- up
DROP PROCEDURE public.note(text);
DROP TABLE public.log;
CREATE TABLE public.other (id integer);
-- down
SET check_function_bodies = false;
DROP TABLE public.other;
CREATE TABLE public.log (at timestamp with time zone, message text);
CREATE PROCEDURE public.note(m text) LANGUAGE sql BEGIN ATOMIC INSERT INTO public.log VALUES (now(), m); END;
