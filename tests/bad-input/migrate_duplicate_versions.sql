-- case: two migrations with one version
-- run: migrate status --dir {dir} --url sqlite://{dir}/app.db
-- exit: 1
-- expect: version 20240101000000 is also 20240101000000_a.up.sql
-- files: 20240101000000_a.up.sql 20240101000000_b.up.sql
CREATE TABLE t (a INTEGER);
