# Schemas (namespaces) and search_path.

# case: create schema
-- current
-- desired
CREATE SCHEMA reporting;
-- up
CREATE SCHEMA reporting;
-- down
DROP SCHEMA reporting;

# case: drop schema after its tables
-- current
CREATE SCHEMA old;
CREATE TABLE old.t (id int);
-- desired
-- up
DROP TABLE old.t;
DROP SCHEMA old;
-- down
CREATE SCHEMA old;
CREATE TABLE old.t (id integer);

# case: search_path decides where unqualified objects go
-- current
CREATE SCHEMA app;
-- desired
CREATE SCHEMA app;
SET search_path = app, public;
CREATE TABLE users (id int PRIMARY KEY);
CREATE TABLE posts (user_id int REFERENCES users);
-- up
CREATE TABLE app.users (id integer PRIMARY KEY);
CREATE TABLE app.posts (user_id integer REFERENCES app.users (id));
-- down
DROP TABLE app.posts;
DROP TABLE app.users;

# case: same table name in two schemas
-- current
CREATE SCHEMA a;
CREATE TABLE a.t (id int);
CREATE TABLE t (id int);
-- desired
CREATE SCHEMA a;
CREATE TABLE a.t (id int, x int);
CREATE TABLE t (id int);
-- up
ALTER TABLE a.t ADD COLUMN x integer;
-- down
ALTER TABLE a.t DROP COLUMN x;

# case: a schema the files use but never create exists outside them
-- current
-- desired
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total numeric(12,2));
-- up
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, total numeric(12,2));
-- down
DROP TABLE billing.invoices;

# case: a schema made outside the files, used on both sides
-- current
CREATE TABLE billing.invoices (id bigint PRIMARY KEY);
-- desired
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, paid_at timestamptz);
CREATE INDEX ON billing.invoices (paid_at);
-- up
ALTER TABLE billing.invoices ADD COLUMN paid_at timestamp with time zone;
CREATE INDEX invoices_paid_at_idx ON billing.invoices (paid_at);
-- down
DROP INDEX billing.invoices_paid_at_idx;
ALTER TABLE billing.invoices DROP COLUMN paid_at;

# case: a schema one side creates and the other only uses is left alone
-- current
CREATE SCHEMA audit;
CREATE TABLE audit.log (id bigint);
-- desired
CREATE TABLE audit.log (id bigint, at timestamptz);
-- up
ALTER TABLE audit.log ADD COLUMN at timestamp with time zone;
-- down
ALTER TABLE audit.log DROP COLUMN at;

# case: types, sequences and views in a schema made outside the files
-- current
-- desired
CREATE TYPE ext.mood AS ENUM ('ok', 'sad');
CREATE SEQUENCE ext.ticket_no;
CREATE TABLE ext.tickets (no bigint DEFAULT nextval('ext.ticket_no'), mood ext.mood);
CREATE VIEW ext.sad_tickets AS SELECT no FROM ext.tickets WHERE mood = 'sad';
-- up
CREATE TYPE ext.mood AS ENUM ('ok', 'sad');
CREATE SEQUENCE ext.ticket_no;
CREATE TABLE ext.tickets (no bigint DEFAULT nextval('ext.ticket_no'::regclass), mood ext.mood);
CREATE VIEW ext.sad_tickets AS SELECT no FROM ext.tickets WHERE mood = 'sad';
-- down
DROP VIEW ext.sad_tickets;
DROP TABLE ext.tickets;
DROP SEQUENCE ext.ticket_no;
DROP TYPE ext.mood;

# case: --search-path puts unqualified names where the role's search_path will
-- options
--search-path tenant,public
-- current
CREATE TABLE accounts (id int PRIMARY KEY);
-- desired
CREATE TABLE accounts (id int PRIMARY KEY, name text);
CREATE TABLE sessions (account_id int REFERENCES accounts);
-- up
CREATE TABLE tenant.sessions (account_id integer REFERENCES tenant.accounts (id));
ALTER TABLE tenant.accounts ADD COLUMN name text;
-- down
DROP TABLE tenant.sessions;
ALTER TABLE tenant.accounts DROP COLUMN name;

# case: --search-path, with a file's own SET search_path winning for that file
-- options
--search-path tenant
-- current
-- desired
CREATE SCHEMA shared;
CREATE TABLE plans (id int PRIMARY KEY);
SET search_path = shared;
CREATE TABLE currencies (code text PRIMARY KEY);
-- up
CREATE SCHEMA shared;
CREATE TABLE shared.currencies (code text PRIMARY KEY);
CREATE TABLE tenant.plans (id integer PRIMARY KEY);
-- down
DROP TABLE tenant.plans;
DROP TABLE shared.currencies;
DROP SCHEMA shared;
