-- case: a constraint name twice
-- run: inspect {input}
-- exit: 1
-- expect: :5:52: error: constraint "c" for relation "t" already exists
CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0), CONSTRAINT c CHECK (a < 9));
