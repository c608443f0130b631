-- case: an index made twice
-- run: inspect {input}
-- exit: 1
-- expect: :7:19: error: relation "public.i" already exists
CREATE TABLE t (a int);
CREATE INDEX i ON t (a);
CREATE INDEX i ON t (a);
