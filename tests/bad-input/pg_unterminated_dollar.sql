-- case: an unterminated dollar quote
-- run: inspect {input}
-- exit: 1
-- expect: :5:49: error: unterminated dollar-quoted string
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1;
