-- case: NULLS NOT DISTINCT in a migration for PostgreSQL 14, which lacks it
-- run: diff /dev/null {input} --pg-version 14
-- exit: 1
-- expect: :5:23: error: a unique constraint of public.t uses NULLS NOT DISTINCT, which PostgreSQL 15 added; the migration is for PostgreSQL 14
CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT);
