-- case: CREATE INDEX without columns
-- run: inspect {input}
-- exit: 1
-- expect: :7:1: error: syntax error at end of input
CREATE TABLE t (a int);
CREATE INDEX i ON t
