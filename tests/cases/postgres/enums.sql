# Enum types.

# case: create enum and use it
-- current
CREATE TABLE t (id int);
-- desired
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (id int, m mood DEFAULT 'happy');
-- up
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
ALTER TABLE public.t ADD COLUMN m public.mood DEFAULT 'happy';
-- down
ALTER TABLE public.t DROP COLUMN m;
DROP TYPE public.mood;

# case: add value at the end
-- current
CREATE TYPE mood AS ENUM ('happy', 'sad');
-- desired
CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
-- up
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh';
-- down
ALTER TYPE public.mood RENAME TO mood__schemac_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
DROP TYPE public.mood__schemac_old;

# case: add value at the start and in the middle
-- current
CREATE TYPE level AS ENUM ('low', 'high');
-- desired
CREATE TYPE level AS ENUM ('none', 'low', 'mid', 'high');
-- up
ALTER TYPE public.level ADD VALUE IF NOT EXISTS 'none' BEFORE 'low';
ALTER TYPE public.level ADD VALUE IF NOT EXISTS 'mid' AFTER 'low';
-- down
ALTER TYPE public.level RENAME TO level__schemac_old;
CREATE TYPE public.level AS ENUM ('low', 'high');
DROP TYPE public.level__schemac_old;

# case: removing a value rebuilds the type and moves columns over
-- current
CREATE TYPE status AS ENUM ('new', 'old', 'gone');
CREATE TABLE t (s status DEFAULT 'new', h status[]);
-- desired
CREATE TYPE status AS ENUM ('new', 'old');
CREATE TABLE t (s status DEFAULT 'new', h status[]);
-- up
ALTER TYPE public.status RENAME TO status__schemac_old;
CREATE TYPE public.status AS ENUM ('new', 'old');
ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN s TYPE public.status USING s::text::public.status;
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'new';
ALTER TABLE public.t ALTER COLUMN h TYPE public.status[] USING h::text[]::public.status[];
DROP TYPE public.status__schemac_old;
-- down
ALTER TYPE public.status ADD VALUE IF NOT EXISTS 'gone';

# case: enum in another schema with a quoted name
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
CREATE TYPE app."Colour" AS ENUM ('red', 'it''s green');
CREATE TABLE app.paint (c app."Colour");
-- up
CREATE TYPE app."Colour" AS ENUM ('red', 'it''s green');
CREATE TABLE app.paint (c app."Colour");
-- down
DROP TABLE app.paint;
DROP TYPE app."Colour";

# case: drop enum with its column
-- current
CREATE TYPE mood AS ENUM ('a');
CREATE TABLE t (id int, m mood);
-- desired
CREATE TABLE t (id int);
-- up
ALTER TABLE public.t DROP COLUMN m;
DROP TYPE public.mood;
-- down
CREATE TYPE public.mood AS ENUM ('a');
ALTER TABLE public.t ADD COLUMN m public.mood;

# case: add an enum value and use it in the same migration
-- current
CREATE TYPE mood AS ENUM ('happy', 'sad');
CREATE TABLE t (m mood);
-- desired
CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE t (m mood DEFAULT 'meh');
-- up
ALTER TYPE public.mood ADD VALUE IF NOT EXISTS 'meh';
ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'meh';
-- down
ALTER TYPE public.mood RENAME TO mood__schemac_old;
CREATE TYPE public.mood AS ENUM ('happy', 'sad');
ALTER TABLE public.t ALTER COLUMN m DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN m TYPE public.mood USING m::text::public.mood;
DROP TYPE public.mood__schemac_old;

# case: a value replaced where it stands is renamed, and rows keep it
-- current
CREATE TYPE status AS ENUM ('new', 'gone', 'done');
CREATE TABLE t (s status NOT NULL DEFAULT 'gone');
-- desired
CREATE TYPE status AS ENUM ('new', 'archived', 'done');
CREATE TABLE t (s status NOT NULL DEFAULT 'archived');
-- up
ALTER TYPE public.status RENAME VALUE 'gone' TO 'archived';
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'archived';
-- down
ALTER TYPE public.status RENAME VALUE 'archived' TO 'gone';
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'gone';

# case: values renamed with ALTER TYPE ... RENAME VALUE in the file
-- current
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
-- desired
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';
ALTER TYPE mood RENAME VALUE 'happy' TO 'glad';
-- up
ALTER TYPE public.mood RENAME VALUE 'sad' TO 'blue';
ALTER TYPE public.mood RENAME VALUE 'happy' TO 'glad';
-- down
ALTER TYPE public.mood RENAME VALUE 'blue' TO 'sad';
ALTER TYPE public.mood RENAME VALUE 'glad' TO 'happy';

# case: values swapped are not a rename: the type is rebuilt
-- current
CREATE TYPE level AS ENUM ('low', 'high');
-- desired
CREATE TYPE level AS ENUM ('high', 'low');
-- up
ALTER TYPE public.level RENAME TO level__schemac_old;
CREATE TYPE public.level AS ENUM ('high', 'low');
DROP TYPE public.level__schemac_old;
-- down
ALTER TYPE public.level RENAME TO level__schemac_old;
CREATE TYPE public.level AS ENUM ('low', 'high');
DROP TYPE public.level__schemac_old;
