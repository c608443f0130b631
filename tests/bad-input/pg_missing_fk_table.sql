-- case: a foreign key to a missing table
-- run: inspect {input}
-- exit: 1
-- expect: :5:23: error: foreign key t_a_fkey references missing table "public.nowhere"
CREATE TABLE t (a int REFERENCES nowhere (id));
