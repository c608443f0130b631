-- case: SQLite: an unterminated string
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :6:1: error: expected ' to end the string
CREATE TABLE t (a TEXT DEFAULT 'oops);
