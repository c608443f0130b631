-- case: an unterminated quoted name
-- run: inspect {input}
-- exit: 1
-- expect: :5:14: error: unterminated quoted identifier
CREATE TABLE "t (a int);
