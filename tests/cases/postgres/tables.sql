# Tables and columns: create, drop, add, drop, defaults, NOT NULL.

# case: create table from nothing
-- current
-- desired
CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, note varchar(20) DEFAULT 'x');
-- up
CREATE TABLE public.t (id integer PRIMARY KEY, name text NOT NULL, note character varying(20) DEFAULT 'x');
-- down
DROP TABLE public.t;

# case: drop table
-- current
CREATE TABLE t (id int PRIMARY KEY);
CREATE TABLE keep (id int);
-- desired
CREATE TABLE keep (id int);
-- up
DROP TABLE public.t;
-- down
CREATE TABLE public.t (id integer PRIMARY KEY);

# case: add column with default
-- current
CREATE TABLE t (id int PRIMARY KEY);
-- desired
CREATE TABLE t (id int PRIMARY KEY, n int NOT NULL DEFAULT 0);
-- up
ALTER TABLE public.t ADD COLUMN n integer NOT NULL DEFAULT 0;
-- down
ALTER TABLE public.t DROP COLUMN n;

# case: add nullable column
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int, created_at timestamptz DEFAULT now());
-- up
ALTER TABLE public.t ADD COLUMN created_at timestamp with time zone DEFAULT now();
-- down
ALTER TABLE public.t DROP COLUMN created_at;

# case: drop column
-- current
CREATE TABLE t (id int, legacy text);
-- desired
CREATE TABLE t (id int);
-- up
ALTER TABLE public.t DROP COLUMN legacy;
-- down
ALTER TABLE public.t ADD COLUMN legacy text;

# case: set and drop default
-- current
CREATE TABLE t (id int, a int DEFAULT 1, b text);
-- desired
CREATE TABLE t (id int, a int, b text DEFAULT 'none');
-- up
ALTER TABLE public.t ALTER COLUMN a DROP DEFAULT;
ALTER TABLE public.t ALTER COLUMN b SET DEFAULT 'none';
-- down
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 1;
ALTER TABLE public.t ALTER COLUMN b DROP DEFAULT;

# case: change default expression
-- current
CREATE TABLE t (id int, a int DEFAULT 1 + 1);
-- desired
CREATE TABLE t (id int, a int DEFAULT 3 * 2);
-- up
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 3 * 2;
-- down
ALTER TABLE public.t ALTER COLUMN a SET DEFAULT 1 + 1;

# case: set not null
-- current
CREATE TABLE t (id int, a int);
-- desired
CREATE TABLE t (id int, a int NOT NULL);
-- up
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;
-- down
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;

# case: drop not null
-- current
CREATE TABLE t (id int, a int NOT NULL);
-- desired
CREATE TABLE t (id int, a int);
-- up
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;
-- down
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;

# case: serial column in new table
-- current
-- desired
CREATE TABLE t (id serial PRIMARY KEY, n bigserial);
-- up
CREATE TABLE public.t (id serial PRIMARY KEY, n bigserial);
-- down
DROP TABLE public.t;

# case: add serial column
-- current
CREATE TABLE t (name text);
-- desired
CREATE TABLE t (name text, id bigserial);
-- up
ALTER TABLE public.t ADD COLUMN id bigserial;
-- down
ALTER TABLE public.t DROP COLUMN id;

# case: hostile table and column names round-trip safely
-- current
CREATE TABLE ok (id int);
-- desired
CREATE TABLE ok (id int);
CREATE TABLE "a""; drop table x; --" ("select" int, "Mixed Case" text DEFAULT 'it''s', "naïve" int);
-- up
CREATE TABLE public."a""; drop table x; --" ("select" integer, "Mixed Case" text DEFAULT 'it''s', "naïve" integer);
-- down
DROP TABLE public."a""; drop table x; --";

# case: keyword and upper-case names are quoted, plain names are not
-- current
CREATE TABLE "User" (id int);
-- desired
CREATE TABLE "User" (id int, "order" int, "Order" int, type text, "user" text);
-- up
ALTER TABLE public."User" ADD COLUMN "order" integer;
ALTER TABLE public."User" ADD COLUMN "Order" integer;
ALTER TABLE public."User" ADD COLUMN type text;
ALTER TABLE public."User" ADD COLUMN "user" text;
-- down
ALTER TABLE public."User" DROP COLUMN "order";
ALTER TABLE public."User" DROP COLUMN "Order";
ALTER TABLE public."User" DROP COLUMN type;
ALTER TABLE public."User" DROP COLUMN "user";

# case: column collation
-- current
CREATE TABLE t (id int, name text);
-- desired
CREATE TABLE t (id int, name text COLLATE "C");
-- up
ALTER TABLE public.t ALTER COLUMN name TYPE text COLLATE "C";
-- down
ALTER TABLE public.t ALTER COLUMN name TYPE text;

# case: several tables created in name order
-- current
-- desired
CREATE TABLE b (id int);
CREATE TABLE a (id int);
CREATE TABLE c (id int);
-- up
CREATE TABLE public.a (id integer);
CREATE TABLE public.b (id integer);
CREATE TABLE public.c (id integer);
-- down
DROP TABLE public.c;
DROP TABLE public.b;
DROP TABLE public.a;

# case: table in another schema
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
CREATE TABLE app.accounts (id bigint PRIMARY KEY, email text NOT NULL);
-- up
CREATE TABLE app.accounts (id bigint PRIMARY KEY, email text NOT NULL);
-- down
DROP TABLE app.accounts;

# case: expression defaults keep their parentheses where the grammar needs them
-- current
CREATE TABLE t (id int);
-- desired
CREATE TABLE t (id int, a boolean DEFAULT 1 < 2, b int DEFAULT -1, c text DEFAULT lower('X'), d numeric DEFAULT -1.5);
-- up
ALTER TABLE public.t ADD COLUMN a boolean DEFAULT (1 < 2);
ALTER TABLE public.t ADD COLUMN b integer DEFAULT -1;
ALTER TABLE public.t ADD COLUMN c text DEFAULT lower('X');
ALTER TABLE public.t ADD COLUMN d numeric DEFAULT -1.5;
-- down
ALTER TABLE public.t DROP COLUMN a;
ALTER TABLE public.t DROP COLUMN b;
ALTER TABLE public.t DROP COLUMN c;
ALTER TABLE public.t DROP COLUMN d;
