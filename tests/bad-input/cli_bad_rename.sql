-- case: a malformed --rename
-- run: diff {input} {input} --rename=nonsense
-- exit: 1
-- expect: --rename nonsense: expected KIND:OLD=NEW
CREATE TABLE t (a int);
