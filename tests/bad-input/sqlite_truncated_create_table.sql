-- case: SQLite: a CREATE TABLE cut off
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: error:
CREATE TABLE t (a INTEGER,
