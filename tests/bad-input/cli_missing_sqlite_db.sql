-- case: a SQLite database that does not exist
-- run: plan sqlite://{dir}/missing.db {input}
-- exit: 1
-- expect: no SQLite database at
CREATE TABLE t (a INTEGER);
