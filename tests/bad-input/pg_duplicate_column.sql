-- case: a column twice
-- run: inspect {input}
-- exit: 1
-- expect: :5:24: error: column "a" specified more than once
CREATE TABLE t (a int, a text);
