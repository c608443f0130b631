-- case: an index on a missing column
-- run: inspect {input}
-- exit: 1
-- expect: :6:19: error: column "b" does not exist in public.t
CREATE TABLE t (a int);
CREATE INDEX i ON t (b);
