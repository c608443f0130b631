-- case: an unterminated block comment
-- run: inspect {input}
-- exit: 1
-- expect: :5:1: error: unterminated /* comment
/* a comment
CREATE TABLE t (a int);
