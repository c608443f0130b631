-- case: a function with no body (PostgreSQL refuses it; offline it was accepted with an empty one)
-- run: inspect {input}
-- exit: 1
-- expect: :5:1: error: no function body specified
CREATE FUNCTION t() RETURNS trigger LANGUAGE plpgsql;
