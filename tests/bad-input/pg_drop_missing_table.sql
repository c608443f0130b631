-- case: DROP of a missing table
-- run: inspect {input}
-- exit: 1
-- expect: :5:1: error: table "public.nowhere" does not exist
DROP TABLE nowhere;
