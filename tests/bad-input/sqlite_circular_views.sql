-- case: SQLite: views that read each other
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: views read each other
CREATE VIEW a AS SELECT x FROM b;
CREATE VIEW b AS SELECT x FROM a;
