-- case: SQLite: a trigger without END
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :7:1: error: expected END
CREATE TABLE t (a INTEGER);
CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;
