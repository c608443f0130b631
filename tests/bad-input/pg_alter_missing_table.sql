-- case: ALTER of a missing table
-- run: inspect {input}
-- exit: 1
-- expect: :5:13: error: relation "public.nowhere" does not exist
ALTER TABLE nowhere ADD COLUMN a int;
