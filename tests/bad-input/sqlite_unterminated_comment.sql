-- case: SQLite: an unterminated block comment
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :7:1: error: expected '*/' to end the comment
/* a comment
CREATE TABLE t (a INTEGER);
