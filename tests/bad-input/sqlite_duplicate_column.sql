-- case: SQLite: a column twice
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :5:28: error: duplicate column name: a
CREATE TABLE t (a INTEGER, a TEXT);
