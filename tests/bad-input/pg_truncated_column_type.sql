-- case: a type missing
-- run: inspect {input}
-- exit: 1
-- expect: :6:1: error: syntax error at end of input
CREATE TABLE t (a
