-- case: a file name that is no migration
-- run: migrate status --dir {dir} --url sqlite://{dir}/app.db
-- exit: 1
-- expect: notes.up.sql: not a golang-migrate migration file name
-- files: 20240101000000_a.up.sql notes.up.sql
CREATE TABLE t (a INTEGER);
