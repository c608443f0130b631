-- case: SQLite: a table made twice
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :6:1: error: table t already exists
CREATE TABLE t (a INTEGER);
CREATE TABLE t (a INTEGER);
