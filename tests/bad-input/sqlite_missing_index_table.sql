-- case: SQLite: an index on a missing table
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :5:19: error: no such table: nowhere
CREATE INDEX i ON nowhere (a);
