-- case: a function without its body
-- run: inspect {input}
-- exit: 1
-- expect: :6:1: error: syntax error at end of input
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS
