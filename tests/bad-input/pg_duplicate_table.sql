-- case: a table made twice
-- run: inspect {input}
-- exit: 1
-- expect: :6:14: error: relation "public.t" already exists
CREATE TABLE t (a int);
CREATE TABLE t (a int);
