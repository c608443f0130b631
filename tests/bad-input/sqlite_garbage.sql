-- case: SQLite: not SQL at all
-- run: inspect --dialect sqlite {input}
-- exit: 1
-- expect: :5:1: error: HELLO is not supported yet
hello, world
