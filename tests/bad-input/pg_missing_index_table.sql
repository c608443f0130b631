-- case: an index on a missing table
-- run: inspect {input}
-- exit: 1
-- expect: :5:19: error: relation "public.nowhere" does not exist
CREATE INDEX i ON nowhere (a);
