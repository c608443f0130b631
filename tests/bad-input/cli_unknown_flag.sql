-- case: an unknown flag
-- run: diff --frobnicate {input} {input}
-- exit: 1
-- expect: The following argument was not expected: --frobnicate
CREATE TABLE t (a int);
