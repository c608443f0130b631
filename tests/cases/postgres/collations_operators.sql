# Collations and operators.

# case: ICU collation used by a column
-- current
-- desired
CREATE COLLATION numeric_order (provider = icu, locale = 'und-u-kn-true');
CREATE TABLE files (name text COLLATE numeric_order);
-- up
CREATE COLLATION public.numeric_order (provider = icu, locale = 'und-u-kn-true');
CREATE TABLE public.files (name text COLLATE public.numeric_order);
-- down
DROP TABLE public.files;
DROP COLLATION public.numeric_order;

# case: nondeterministic collation in another schema, found through the search_path
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
SET search_path = app, public;
CREATE COLLATION case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE users (email text COLLATE case_insensitive UNIQUE);
COMMENT ON COLLATION case_insensitive IS 'for emails';
-- up
CREATE COLLATION app.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE app.users (email text COLLATE app.case_insensitive UNIQUE);
COMMENT ON COLLATION app.case_insensitive IS 'for emails';
-- down
DROP TABLE app.users;
DROP COLLATION app.case_insensitive;

# case: libc collation
-- current
-- desired
CREATE COLLATION plain_c (lc_collate = 'C', lc_ctype = 'C');
-- up
CREATE COLLATION public.plain_c (provider = libc, lc_collate = 'C', lc_ctype = 'C');
-- down
DROP COLLATION public.plain_c;

# case: CREATE COLLATION ... FROM copies a server collation or one in the files
-- current
-- desired
CREATE COLLATION plain FROM "C";
CREATE COLLATION root FROM pg_catalog."und-x-icu";
CREATE COLLATION loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION loose_copy FROM loose;
-- up
CREATE COLLATION public.loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION public.loose_copy (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION public.plain (provider = libc, lc_collate = 'C', lc_ctype = 'C');
CREATE COLLATION public.root (provider = icu, locale = 'und');
-- down
DROP COLLATION public.loose;
DROP COLLATION public.loose_copy;
DROP COLLATION public.plain;
DROP COLLATION public.root;

# case: a copied collation is the same as the one spelled out
-- current
CREATE COLLATION posix_order (lc_collate = 'POSIX', lc_ctype = 'POSIX');
CREATE COLLATION english (provider = icu, locale = 'en-US');
-- desired
CREATE COLLATION posix_order FROM "POSIX";
CREATE COLLATION english FROM "en-US-x-icu";
-- up
-- down

# case: CREATE COLLATION ... FROM a collation that does not exist
-- current
-- desired
CREATE SCHEMA app;
CREATE COLLATION c FROM app.missing;
-- error
collation app.missing does not exist

# case: operator with its function
-- current
-- desired
CREATE FUNCTION reverse_match(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $2 ~ $1 $$;
CREATE OPERATOR ~<< (FUNCTION = reverse_match, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR ~<< (text, text) IS 'pattern on the left';
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.reverse_match(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT $2 ~ $1 $function$;
CREATE OPERATOR public.~<< (FUNCTION = public.reverse_match, LEFTARG = text, RIGHTARG = text);
COMMENT ON OPERATOR public.~<< (text, text) IS 'pattern on the left';
-- down
DROP OPERATOR public.~<< (text, text);
DROP FUNCTION public.reverse_match(text, text);

# case: operators that name each other, dropped in the file
-- current
-- desired
CREATE FUNCTION int_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = $2 $$;
CREATE FUNCTION int_ne(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 <> $2 $$;
CREATE OPERATOR === (FUNCTION = int_eq, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = ===, NEGATOR = !==, RESTRICT = eqsel, JOIN = eqjoinsel);
CREATE OPERATOR !== (FUNCTION = int_ne, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = !==, NEGATOR = ===);
CREATE OPERATOR <<< (FUNCTION = int_ne, LEFTARG = integer, RIGHTARG = integer);
DROP OPERATOR <<< (integer, integer);
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.int_eq(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT $1 = $2 $function$;
CREATE FUNCTION public.int_ne(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT $1 <> $2 $function$;
CREATE OPERATOR public.!== (FUNCTION = public.int_ne, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(public.!==), NEGATOR = OPERATOR(public.===));
CREATE OPERATOR public.=== (FUNCTION = public.int_eq, LEFTARG = integer, RIGHTARG = integer, COMMUTATOR = OPERATOR(public.===), NEGATOR = OPERATOR(public.!==), RESTRICT = eqsel, JOIN = eqjoinsel);
-- down
DROP OPERATOR public.!== (integer, integer);
DROP OPERATOR public.=== (integer, integer);
DROP FUNCTION public.int_eq(integer, integer);
DROP FUNCTION public.int_ne(integer, integer);

# case: drop operator and its function
-- current
CREATE FUNCTION f(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT true $$;
CREATE OPERATOR @@@ (FUNCTION = f, LEFTARG = text, RIGHTARG = text);
-- desired
-- up
DROP OPERATOR public.@@@ (text, text);
DROP FUNCTION public.f(text, text);
-- down
SET check_function_bodies = false;
CREATE FUNCTION public.f(text, text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $function$ SELECT true $function$;
CREATE OPERATOR public.@@@ (FUNCTION = public.f, LEFTARG = text, RIGHTARG = text);

# case: aggregate over a state function, with a final function
-- current
-- desired
CREATE FUNCTION middle(integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT $1[(array_length($1, 1) + 1) / 2] $$;
CREATE AGGREGATE median(integer) (SFUNC = array_append, STYPE = integer[], FINALFUNC = middle, INITCOND = '{}', PARALLEL = SAFE);
COMMENT ON AGGREGATE median(integer) IS 'the middle value';
-- up
SET check_function_bodies = false;
CREATE FUNCTION public.middle(integer[]) RETURNS integer LANGUAGE sql IMMUTABLE AS $function$ SELECT $1[(array_length($1, 1) + 1) / 2] $function$;
CREATE AGGREGATE public.median(integer) (SFUNC = array_append, STYPE = integer[], FINALFUNC = public.middle, INITCOND = '{}', PARALLEL = SAFE);
COMMENT ON AGGREGATE public.median(integer) IS 'the middle value';
-- down
DROP AGGREGATE public.median(integer);
DROP FUNCTION public.middle(integer[]);

# case: a changed aggregate is made again; one dropped in the file
-- current
CREATE AGGREGATE total(numeric) (SFUNC = numeric_add, STYPE = numeric);
-- desired
CREATE AGGREGATE total(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
CREATE AGGREGATE gone(numeric) (SFUNC = numeric_add, STYPE = numeric);
DROP AGGREGATE gone(numeric);
-- up
DROP AGGREGATE public.total(numeric);
CREATE AGGREGATE public.total(numeric) (SFUNC = numeric_add, STYPE = numeric, INITCOND = '0');
-- down
DROP AGGREGATE public.total(numeric);
CREATE AGGREGATE public.total(numeric) (SFUNC = numeric_add, STYPE = numeric);

# case: the builtin collation provider (PostgreSQL 17)
-- min-version
17
-- current
CREATE TABLE t (name text);
-- desired
CREATE COLLATION c_utf8 (provider = builtin, locale = 'C.UTF-8');
CREATE TABLE t (name text COLLATE c_utf8);
-- up
CREATE COLLATION public.c_utf8 (provider = builtin, locale = 'C.UTF-8');
ALTER TABLE public.t ALTER COLUMN name TYPE text COLLATE public.c_utf8;
-- down
ALTER TABLE public.t ALTER COLUMN name TYPE text;
DROP COLLATION public.c_utf8;

# case: CREATE COLLATION ... FROM the builtin ones of PostgreSQL 17 (ucs_basic moved there from libc)
-- min-version
17
-- current
-- desired
CREATE COLLATION basic FROM ucs_basic;
CREATE COLLATION utf8 FROM pg_c_utf8;
-- up
CREATE COLLATION public.basic (provider = builtin, locale = 'C');
CREATE COLLATION public.utf8 (provider = builtin, locale = 'C.UTF-8');
-- down
DROP COLLATION public.basic;
DROP COLLATION public.utf8;
