-- case: DuckDB: a CREATE TABLE cut off
-- run: inspect --dialect duckdb {input}
-- exit: 1
-- expect: error: DuckDB: syntax error at end of input
CREATE TABLE t (a INTEGER,
