-- case: CREATE OPERATOR whose FUNCTION is an operator (found by fuzzing: it crashed schemac)
-- run: inspect {input}
-- exit: 1
-- expect: :6:1: error: expected a name here
CREATE FUNCTION f(integer, integer) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 = $2 $$;
CREATE OPERATOR !== (FUNCTION = ===);
