-- case: a down file without its up file
-- run: migrate status --dir {dir} --url sqlite://{dir}/app.db
-- exit: 3
-- expect: schemac.sum is missing
-- files: 20240101000000_a.down.sql
CREATE TABLE t (a INTEGER);
