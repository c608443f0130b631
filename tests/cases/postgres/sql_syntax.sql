# Calls PostgreSQL's grammar makes from SQL syntax (AT TIME ZONE, EXTRACT,
# OVERLAPS, SUBSTRING, POSITION, TRIM, OVERLAY, COLLATION FOR, NORMALIZE):
# the server stores and prints them apart from explicit calls of the same
# function, so they are written back in the syntax they came in.

# case: AT TIME ZONE in defaults, checks and index expressions
-- current
CREATE TABLE events (id int, at timestamptz);
-- desired
CREATE TABLE events (
  id int,
  at timestamptz,
  local_at timestamp DEFAULT (now() AT TIME ZONE 'UTC'),
  day date DEFAULT ((now() AT TIME ZONE 'Europe/Paris')::date),
  CONSTRAINT events_recent CHECK ((at AT TIME ZONE 'UTC') > '2000-01-01')
);
CREATE INDEX events_day ON events (((at AT TIME ZONE 'UTC')::date));
-- up
ALTER TABLE public.events ADD COLUMN local_at timestamp without time zone DEFAULT (now() AT TIME ZONE 'UTC');
ALTER TABLE public.events ADD COLUMN day date DEFAULT (now() AT TIME ZONE 'Europe/Paris')::date;
ALTER TABLE public.events ADD CONSTRAINT events_recent CHECK ((at AT TIME ZONE 'UTC') > '2000-01-01');
CREATE INDEX events_day ON public.events (((at AT TIME ZONE 'UTC')::date));
-- down
ALTER TABLE public.events DROP CONSTRAINT events_recent;
DROP INDEX public.events_day;
ALTER TABLE public.events DROP COLUMN local_at;
ALTER TABLE public.events DROP COLUMN day;

# case: AT TIME ZONE and an explicit timezone() call are different expressions
-- current
CREATE TABLE t (a timestamp DEFAULT timezone('UTC', now()));
-- desired
CREATE TABLE t (a timestamp DEFAULT (now() AT TIME ZONE 'UTC'));
-- up
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT now() AT TIME ZONE 'UTC';
-- down
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT timezone('UTC', now());

# case: a check with OVERLAPS
-- current
CREATE TABLE bookings (starts timestamptz, ends timestamptz);
-- desired
CREATE TABLE bookings (
  starts timestamptz,
  ends timestamptz,
  CONSTRAINT bookings_not_in_2020 CHECK (NOT ((starts, ends) OVERLAPS (timestamptz '2020-01-01', timestamptz '2021-01-01')))
);
-- up
ALTER TABLE public.bookings ADD CONSTRAINT bookings_not_in_2020 CHECK (NOT ((starts, ends) OVERLAPS ('2020-01-01'::timestamp with time zone, '2021-01-01'::timestamp with time zone)));
-- down
ALTER TABLE public.bookings DROP CONSTRAINT bookings_not_in_2020;

# case: EXTRACT, SUBSTRING, POSITION, TRIM, OVERLAY, COLLATION FOR, NORMALIZE
-- current
CREATE TABLE t (id int, name text);
-- desired
CREATE TABLE t (
  id int,
  name text,
  year numeric DEFAULT EXTRACT(year FROM now()),
  initial text GENERATED ALWAYS AS (SUBSTRING(name FROM 1 FOR 1)) STORED,
  tail text GENERATED ALWAYS AS (substring(name from 2)) STORED,
  at_sign int GENERATED ALWAYS AS (POSITION('@' IN name)) STORED,
  trimmed text GENERATED ALWAYS AS (TRIM(BOTH ' ' FROM name)) STORED,
  left_trimmed text GENERATED ALWAYS AS (TRIM(LEADING FROM name)) STORED,
  masked text GENERATED ALWAYS AS (OVERLAY(name PLACING '***' FROM 2 FOR 3)) STORED,
  CONSTRAINT t_name_normal CHECK (name IS NFC NORMALIZED),
  CONSTRAINT t_name_normalized CHECK (NORMALIZE(name, NFKC) = name),
  CONSTRAINT t_name_collated CHECK (COLLATION FOR (name) IS NOT NULL)
);
CREATE INDEX t_normal ON t ((name IS NFD NORMALIZED));
CREATE INDEX t_code ON t ((SUBSTRING(name SIMILAR '%#"[0-9]+#"%' ESCAPE '#')));
-- up
ALTER TABLE public.t ADD COLUMN year numeric DEFAULT EXTRACT(year FROM now());
ALTER TABLE public.t ADD COLUMN initial text GENERATED ALWAYS AS (SUBSTRING(name FROM 1 FOR 1)) STORED;
ALTER TABLE public.t ADD COLUMN tail text GENERATED ALWAYS AS (SUBSTRING(name FROM 2)) STORED;
ALTER TABLE public.t ADD COLUMN at_sign integer GENERATED ALWAYS AS (POSITION('@' IN name)) STORED;
ALTER TABLE public.t ADD COLUMN trimmed text GENERATED ALWAYS AS (TRIM(BOTH ' ' FROM name)) STORED;
ALTER TABLE public.t ADD COLUMN left_trimmed text GENERATED ALWAYS AS (TRIM(LEADING FROM name)) STORED;
ALTER TABLE public.t ADD COLUMN masked text GENERATED ALWAYS AS (OVERLAY(name PLACING '***' FROM 2 FOR 3)) STORED;
ALTER TABLE public.t ADD CONSTRAINT t_name_normal CHECK (name IS NFC NORMALIZED);
ALTER TABLE public.t ADD CONSTRAINT t_name_normalized CHECK (NORMALIZE(name, NFKC) = name);
ALTER TABLE public.t ADD CONSTRAINT t_name_collated CHECK (COLLATION FOR (name) IS NOT NULL);
CREATE INDEX t_normal ON public.t ((name IS NFD NORMALIZED));
CREATE INDEX t_code ON public.t ((SUBSTRING(name SIMILAR '%#"[0-9]+#"%' ESCAPE '#')));
-- down
ALTER TABLE public.t DROP CONSTRAINT t_name_normal;
ALTER TABLE public.t DROP CONSTRAINT t_name_normalized;
ALTER TABLE public.t DROP CONSTRAINT t_name_collated;
DROP INDEX public.t_normal;
DROP INDEX public.t_code;
ALTER TABLE public.t DROP COLUMN year;
ALTER TABLE public.t DROP COLUMN initial;
ALTER TABLE public.t DROP COLUMN tail;
ALTER TABLE public.t DROP COLUMN at_sign;
ALTER TABLE public.t DROP COLUMN trimmed;
ALTER TABLE public.t DROP COLUMN left_trimmed;
ALTER TABLE public.t DROP COLUMN masked;

# case: an index key that is an AT TIME ZONE expression
-- current
CREATE TABLE t (at timestamptz);
-- desired
CREATE TABLE t (at timestamptz);
CREATE INDEX t_utc ON t ((at AT TIME ZONE 'UTC'));
-- up
CREATE INDEX t_utc ON public.t ((at AT TIME ZONE 'UTC'));
-- down
DROP INDEX public.t_utc;
