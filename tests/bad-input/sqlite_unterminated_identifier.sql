-- case: SQLite: an unterminated quoted name
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :6:1: error: expected ] to end the quoted name
CREATE TABLE [t (a INTEGER);
