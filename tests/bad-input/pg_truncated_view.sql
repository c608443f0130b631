-- case: a view without its query
-- run: inspect {input}
-- exit: 1
-- expect: :6:1: error: syntax error at end of input
CREATE VIEW v AS
