# PostgreSQL 18 keeps each NOT NULL as a constraint in pg_constraint, with a
# name: the one written (CONSTRAINT n NOT NULL), the parent's for a column a
# parent hands down, else <table>_<column>_not_null (numbered when taken).
# The name stays through renames of its table and column, so a migration
# renames it as it renames keys. Read for PostgreSQL 18 (older majors have
# no such names), converged on 18 only.

# case: a NOT NULL constraint named in CREATE TABLE and in ALTER TABLE
-- min-version
18
-- current
CREATE TABLE t (a int, b int);
-- desired
CREATE TABLE t (a int CONSTRAINT a_is_set NOT NULL, b int NOT NULL, c int CONSTRAINT c_is_set NOT NULL);
-- up
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;
ALTER TABLE public.t RENAME CONSTRAINT t_a_not_null TO a_is_set;
ALTER TABLE public.t ALTER COLUMN b SET NOT NULL;
ALTER TABLE public.t ADD COLUMN c integer CONSTRAINT c_is_set NOT NULL;
-- down
ALTER TABLE public.t DROP COLUMN c;
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;
ALTER TABLE public.t ALTER COLUMN b DROP NOT NULL;

# case: a table renamed: its NOT NULL constraint follows, as its key does
-- min-version
18
-- current
CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL);
-- desired
CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL);
-- options
--rename table:public.users=public.accounts
-- up
ALTER TABLE public.users RENAME TO accounts;
ALTER TABLE public.accounts RENAME CONSTRAINT users_id_not_null TO accounts_id_not_null;
ALTER TABLE public.accounts RENAME CONSTRAINT users_email_not_null TO accounts_email_not_null;
ALTER TABLE public.accounts RENAME CONSTRAINT users_pkey TO accounts_pkey;
-- down
ALTER TABLE public.accounts RENAME TO users;
ALTER TABLE public.users RENAME CONSTRAINT accounts_id_not_null TO users_id_not_null;
ALTER TABLE public.users RENAME CONSTRAINT accounts_email_not_null TO users_email_not_null;
ALTER TABLE public.users RENAME CONSTRAINT accounts_pkey TO users_pkey;

# case: a column renamed: its NOT NULL constraint follows
-- min-version
18
-- current
CREATE TABLE t (id int NOT NULL, mail text NOT NULL);
-- desired
CREATE TABLE t (id int NOT NULL, email text NOT NULL);
-- options
--rename column:public.t.mail=email
-- up
ALTER TABLE public.t RENAME COLUMN mail TO email;
ALTER TABLE public.t RENAME CONSTRAINT t_mail_not_null TO t_email_not_null;
-- down
ALTER TABLE public.t RENAME COLUMN email TO mail;
ALTER TABLE public.t RENAME CONSTRAINT t_email_not_null TO t_mail_not_null;

# case: renamed in the file before: the old name stays, as on the server
-- min-version
18
-- current
CREATE TABLE old_t (id int NOT NULL);
ALTER TABLE old_t RENAME TO t;
-- desired
CREATE TABLE t (id int NOT NULL);
-- up
ALTER TABLE public.t RENAME CONSTRAINT old_t_id_not_null TO t_id_not_null;
-- down
ALTER TABLE public.t RENAME CONSTRAINT t_id_not_null TO old_t_id_not_null;

# case: RENAME CONSTRAINT and DROP CONSTRAINT on NOT NULL constraints
-- min-version
18
-- current
CREATE TABLE t (a int NOT NULL, b int NOT NULL);
-- desired
CREATE TABLE t (a int NOT NULL, b int NOT NULL);
ALTER TABLE t RENAME CONSTRAINT t_a_not_null TO a_required;
ALTER TABLE t DROP CONSTRAINT t_b_not_null;
-- up
ALTER TABLE public.t RENAME CONSTRAINT t_a_not_null TO a_required;
ALTER TABLE public.t ALTER COLUMN b DROP NOT NULL;
-- down
ALTER TABLE public.t RENAME CONSTRAINT a_required TO t_a_not_null;
ALTER TABLE public.t ALTER COLUMN b SET NOT NULL;

# case: the name taken by a check: the NOT NULL gets the next number
-- min-version
18
-- current
-- desired
CREATE TABLE t (a int);
ALTER TABLE t ADD CONSTRAINT t_a_not_null CHECK (a IS NOT NULL) NOT VALID;
ALTER TABLE t ALTER COLUMN a SET NOT NULL;
-- up
CREATE TABLE public.t (a integer CONSTRAINT t_a_not_null1 NOT NULL);
ALTER TABLE public.t ADD CONSTRAINT t_a_not_null CHECK (a IS NOT NULL) NOT VALID;
-- down
DROP TABLE public.t;

# case: partitions take the parent's name, unless made before ATTACH or named
-- min-version
18
-- current
-- desired
CREATE TABLE t (k int NOT NULL, v int) PARTITION BY LIST (k);
CREATE TABLE t_1 PARTITION OF t (k CONSTRAINT t_1_k_set NOT NULL) FOR VALUES IN (1);
CREATE TABLE t_2 PARTITION OF t FOR VALUES IN (2);
CREATE TABLE t_3 (k int NOT NULL, v int);
ALTER TABLE t ATTACH PARTITION t_3 FOR VALUES IN (3);
-- up
CREATE TABLE public.t (k integer NOT NULL, v integer) PARTITION BY LIST (k);
CREATE TABLE public.t_1 PARTITION OF public.t (k CONSTRAINT t_1_k_set NOT NULL) FOR VALUES IN (1);
CREATE TABLE public.t_2 PARTITION OF public.t FOR VALUES IN (2);
CREATE TABLE public.t_3 PARTITION OF public.t (k CONSTRAINT t_3_k_not_null NOT NULL) FOR VALUES IN (3);
-- down
DROP TABLE public.t_3;
DROP TABLE public.t_2;
DROP TABLE public.t_1;
DROP TABLE public.t;

# case: inheritance: a column declared again keeps its own name
-- min-version
18
-- current
-- desired
CREATE TABLE p (a int NOT NULL);
CREATE TABLE c (a int NOT NULL) INHERITS (p);
CREATE TABLE c2 (a int CONSTRAINT c2_own NOT NULL) INHERITS (p);
CREATE TABLE c3 () INHERITS (p);
-- up
CREATE TABLE public.p (a integer NOT NULL);
CREATE TABLE public.c (a integer NOT NULL) INHERITS (public.p);
CREATE TABLE public.c2 (a integer CONSTRAINT c2_own NOT NULL) INHERITS (public.p);
CREATE TABLE public.c3 () INHERITS (public.p);
-- down
DROP TABLE public.c3;
DROP TABLE public.c2;
DROP TABLE public.c;
DROP TABLE public.p;

# case: SET NOT NULL with a name other than PostgreSQL's own
-- min-version
18
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int CONSTRAINT a_required NOT NULL);
-- up
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;
ALTER TABLE public.t RENAME CONSTRAINT t_a_not_null TO a_required;
-- down
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;

# case: --online-constraints: the check that lets SET NOT NULL skip its scan does not take the constraint's name
-- min-version
18
-- current
CREATE TABLE t (a int);
-- desired
CREATE TABLE t (a int NOT NULL);
-- options
--online-constraints
-- up
ALTER TABLE public.t ADD CONSTRAINT t_a_not_null_check CHECK ("a" IS NOT NULL) NOT VALID;
ALTER TABLE public.t VALIDATE CONSTRAINT t_a_not_null_check;
ALTER TABLE public.t ALTER COLUMN a SET NOT NULL;
ALTER TABLE public.t DROP CONSTRAINT t_a_not_null_check;
-- down
ALTER TABLE public.t ALTER COLUMN a DROP NOT NULL;
