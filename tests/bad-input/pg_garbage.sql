-- case: not SQL at all
-- run: inspect {input}
-- exit: 1
-- expect: :5:1: error: syntax error at or near "hello"
hello, world
