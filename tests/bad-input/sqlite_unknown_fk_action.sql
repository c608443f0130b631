-- case: SQLite: a foreign key action SQLite does not have
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :6:58: error: expected SET NULL, SET DEFAULT, CASCADE, RESTRICT or NO ACTION
CREATE TABLE a (id INTEGER PRIMARY KEY);
CREATE TABLE b (a_id INTEGER REFERENCES a (id) ON DELETE EXPLODE);
