-- case: an unknown dialect
-- run: inspect --dialect mysql {input}
-- exit: 1
-- expect: --dialect: mysql not in {postgres,postgresql,sqlite,duckdb}
CREATE TABLE t (a int);
